// Retrieval dates and stale series: the source line names when the figures were fetched, and a
// series whose publisher should have newer figures by today is marked in the models' notes.
import { describe, expect, it } from 'vitest';
import { freshnessNotes, sourceLineFor } from '../../src/model/source-line.ts';
import type { CoreBundle } from '../../src/data/bundle.ts';
import { staleSeries } from '../../src/data/freshness.ts';
import { trendModel } from '../../src/features/trend/model.ts';
import { compareModel } from '../../src/features/compare/model.ts';
import { userSourceId } from '../../src/import/merge.ts';
import { core, da, en, spec, tables } from '../fixtures/models/world.ts';

/** The world with its ledige source fetched on 22 Aug 2026 from a publisher that is ~70 days behind. */
const fetched: CoreBundle = {
  ...core,
  sources: core.sources.map((s) => (s.source_id === 'src-ledige' ? { ...s, retrieved: '2026-08-22', usual_delay_days: '70' } : s)),
};
const last = core.catalog.find((c) => c.indicator === 'ledige')!.lastPeriod;

describe('freshness', () => {
  it('knows the month after the last is due 70 days after it ends, and not before', () => {
    expect(last).toBe('2026-07');
    // August 2026 is over on 1 September; 70 days later is 10 November, the day it is due.
    expect(staleSeries(fetched, ['ledige'], '2026-11-10')).toEqual([]);
    expect(staleSeries(fetched, ['ledige'], '2026-11-11')).toEqual([{ indicator: 'ledige', lastPeriod: '2026-07', publisher: 'Jobindsats.dk / STAR', usualDelayDays: 70, retrieved: '2026-08-22' }]);
    // Sources without a usual delay (minutes, own data) are never marked, nor is a bad date.
    expect(staleSeries(core, ['ledige'], '2030-01-01')).toEqual([]);
    expect(staleSeries(fetched, ['ledige'], 'i dag')).toEqual([]);
  });

  it('marks quarters and STAR’s half-yearly windows by their own step', () => {
    const windows: CoreBundle = {
      ...fetched,
      catalog: [{ ...core.catalog[0]!, indicator: 'b', lastPeriod: '2021-Q3/2022-Q2', sources: ['src-ledige'] }, { ...core.catalog[0]!, indicator: 'q', lastPeriod: '2025-Q4', sources: ['src-ledige'] }],
    };
    // The next window ends with 2022-Q4, over on 1 January 2023: due 70 days later, 12 March.
    expect(staleSeries(windows, ['b'], '2023-03-12')).toEqual([]);
    expect(staleSeries(windows, ['b'], '2023-03-13').map((s) => s.indicator)).toEqual(['b']);
    // 2026-Q1 is over on 1 April; due 10 June.
    expect(staleSeries(windows, ['q'], '2026-06-10')).toEqual([]);
    expect(staleSeries(windows, ['q'], '2026-06-11').map((s) => s.indicator)).toEqual(['q']);
  });

  it('says it in both languages, and the trend and compare models carry the note when given today', () => {
    expect(freshnessNotes(fetched, ['ledige'], '2026-11-23', da)).toEqual(['Nyere tal end juli 2026 findes sandsynligvis hos Jobindsats.dk / STAR (disse er hentet 22. august 2026).']);
    expect(freshnessNotes(fetched, ['ledige'], '2026-11-23', en)).toEqual(['Jobindsats.dk / STAR probably has newer figures than July 2026 (these were retrieved 22 August 2026).']);
    const trend = (today?: string) => trendModel({ core: fetched, observations: tables.get('ledige')!, population: tables.get('befolkning'), spec: spec({ view: 'trend', indicator: 'ledige', areas: ['163'] }), locale: da, today });
    expect(trend('2026-11-23').notes.some((n) => n.startsWith('Nyere tal end juli 2026 findes sandsynligvis hos Jobindsats.dk / STAR'))).toBe(true);
    expect(trend('2026-11-10').notes.some((n) => n.startsWith('Nyere tal'))).toBe(false);
    const compare = compareModel({ core: fetched, observations: tables.get('ledige')!, population: tables.get('befolkning'), spec: spec({ view: 'compare', indicator: 'ledige', areas: ['163'] }), locale: da, today: '2026-11-23' });
    expect(compare.notes.some((n) => n.startsWith('Nyere tal end juli 2026'))).toBe(true);
  });

  it('puts the retrieval date in the source line, per publisher and date, but not for own data', () => {
    expect(sourceLineFor(fetched, ['src-ledige', 'src-befolkning'], da)).toBe('Kilde: Jobindsats.dk / STAR, ledige (hentet 22. august 2026); Danmarks Statistik, FOLK1AM');
    expect(sourceLineFor(fetched, ['src-ledige'], en)).toBe('Source: Jobindsats.dk / STAR, ledige (retrieved 22 August 2026)');
    const own = { ...fetched, sources: [...fetched.sources, { ...fetched.sources[0]!, source_id: userSourceId('abc'), body: 'Egne data', document: 'tal.csv (importeret 23.11.2026 kl. 10.00)', retrieved: '2026-11-23' }] };
    expect(sourceLineFor(own, [userSourceId('abc')], da)).toBe('Kilde: Egne data, tal.csv (importeret 23.11.2026 kl. 10.00)');
  });
});
