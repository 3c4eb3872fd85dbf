import { describe, expect, it } from 'vitest';
import { areaColours } from '../../format/palette.ts';
import { reportModel } from './model.ts';
import { DANISH_MONTH_NAMES } from '../../format/format.ts';
import { core, tables, spec, da, en } from '../../../test/fixtures/models/world.ts';
import { benchmarkCore, NEW, tables as benchmarkTables } from '../../../test/fixtures/models/benchmark.ts';

describe('report model', () => {
  it('ranks a share with its direction and writes the sentence in both languages', () => {
    const m = reportModel({ core, tables, spec: spec({ view: 'report', areas: ['163'] }), locale: da });
    expect(m.period).toBe('2026-07');
    expect(m.choices).toMatch(/^Herlev · juli 2026 · sammenlignet med \d+$/);
    const ledighed = m.themes.find((r) => r.theme.id === 'ledighed')!;
    expect(ledighed.rankText).toBe('delt nr. 2–3 af 5 · 1 = lavest');
    expect(ledighed.sentence).toBe('Ledigheden i Herlev var 3,0 % i juli 2026, 0,2 procentpoint lavere end året før; delt nr. 2–3 af 5 kommuner (1 = lavest).');
    const english = reportModel({ core, tables, spec: spec({ view: 'report', areas: ['163'], lang: 'en' }), locale: en });
    expect(english.themes[0]!.sentence).toBe('Unemployment in Herlev was 3.0 % in July 2026, 0.2 percentage points lower than a year before; joint no. 2–3 of 5 municipalities (1 = lowest).');
    for (const name of DANISH_MONTH_NAMES) expect(english.textAlternative).not.toContain(name);
  });

  it('divides the month\'s count by the newest population when the population series ends earlier, and says so', () => {
    const m = reportModel({ core, tables, spec: spec({ view: 'report', areas: ['163'] }), locale: da });
    const lang = m.themes.find((r) => r.theme.id === 'langtidsledighed')!;
    expect(lang.per1000).toBeCloseTo((450 / 30_000) * 1000);
    // Every point of the chart is per 1.000: none falls back to a raw count.
    expect(lang.rows.every((r) => typeof r['163'] === 'number' && r['163'] < 20)).toBe(true);
    expect(m.notes).toEqual(['Tal pr. 1.000 indbyggere og vægtede gennemsnit bruger de nyeste befolkningstal, fra marts 2026.']);
  });

  it('compares a count per 1.000 inhabitants, ranks that and draws the peers on the same scale', () => {
    const m = reportModel({ core, tables, spec: spec({ view: 'report', areas: ['163'], at: '2026-03' }), locale: da });
    const lang = m.themes.find((r) => r.theme.id === 'langtidsledighed')!;
    expect(lang.value).toBe(450 - 8);
    expect(lang.per1000).toBeCloseTo((442 / 30_000) * 1000);
    expect(lang.rank).not.toBeNull();
    expect(lang.unitLabel).toBe('personer pr. 1.000 indbyggere');
    expect(lang.series.map((s) => s.name)).toEqual(['Herlev', 'Hele landet', 'Ballerup', 'Glostrup', 'Albertslund']);
    const row = lang.rows.find((r) => r.period === '2026-03')!;
    expect(row['151']).toBeCloseTo((592 / 50_000) * 1000);
    expect(lang.sentence).toContain('14,7 pr. 1.000 indbyggere');
    expect(m.csv.rows.find((r) => r[0] === 'Langtidsledighed')?.[7]).toBeCloseTo(14.733, 2);
  });

  it('gives Herlev the same colour wherever it stands in the list', () => {
    const report = reportModel({ core, tables, spec: spec({ view: 'report', areas: ['163'] }), locale: da });
    const herlev = report.legend.find((l) => l.key === '163')!.colour;
    expect(areaColours(['151', '165', '163']).get('163')).toBe(herlev);
    expect(areaColours(['163']).get('163')).toBe(herlev);
    expect(areaColours(['000', '161', '151', '163', '165']).get('163')).toBe(herlev);
    // Adding an area never recolours those already chosen.
    const before = areaColours(['163', '151']);
    const after = areaColours(['163', '151', '101', '161', '165']);
    expect([after.get('163'), after.get('151')]).toEqual([before.get('163'), before.get('151')]);
  });

  it('adds the newest benchmark window as the theme "Offentlig forsørgelse mod forventet", with its direction, and offers similar conditions', () => {
    const b = benchmarkTables();
    const withBenchmark = new Map([...tables, ['benchmark_andel', b.share], ['benchmark_forskel', b.difference], ['benchmark_placering', b.rank]]);
    const m = reportModel({ core: benchmarkCore, tables: withBenchmark, spec: spec({ view: 'report', areas: ['163'] }), locale: da });
    expect(m.benchmark).toMatchObject({ period: NEW, actualText: '7,94 %', expectedText: '8,21 %', differenceText: '−0,27 pct.point', rankText: 'nr. 2 af 98', similar: ['165', '101', '161', '151'] });
    expect(m.benchmark!.sentence).toBe(
      'I 3. kvt. 2021 – 2. kvt. 2022 var 7,94 % af befolkningen i Herlev på offentlig forsørgelse (dagpenge, sygedagpenge og kontanthjælp mv.), 0,27 procentpoint under de 8,21 %, som kommunens rammevilkår lader forvente: nr. 2 af 98 på benchmarkranglisten (1 = mest under det forventede).',
    );
    expect(m.table.rows.at(-1)).toMatchObject({ key: 'benchmark', header: 'Offentlig forsørgelse mod forventet (3. kvt. 2021 – 2. kvt. 2022)', cells: [{ text: '7,94 % (forventet 8,21 %)' }, {}, {}, { text: 'nr. 2 af 98' }] });
    expect(m.csv.rows.at(-1)).toEqual(['Offentlig forsørgelse mod forventet', 'benchmark_andel', 'Herlev', '163', NEW, 7.94, null, null, 'nr. 2 af 98']);
    expect(m.textAlternative.endsWith(m.benchmark!.sentence)).toBe(true);
    const glostrup = reportModel({ core: benchmarkCore, tables: withBenchmark, spec: spec({ view: 'report', areas: ['165'], lang: 'en' }), locale: en });
    expect(glostrup.benchmark!.sentence).toContain('1.10 percentage points above the 8.30 %');
    expect(reportModel({ core, tables, spec: spec({ view: 'report', areas: ['163'] }), locale: da }).benchmark).toBeNull();
  });
});
