// Every control that is offered works, or is disabled with its reason: for every indicator in
// data/, every mode and measure the trend, compare and map views offer, and every breakdown the
// breakdown menu lists, the model either changes what it shows or says why the control is off.
import { describe, expect, it } from 'vitest';
import { bundleDataset } from '../../src/data/bundle.ts';
import { appendTo } from '../../src/data/append-to.ts';
import type { Observation } from '../../src/data/contract.ts';
import { semanticsOf } from '../../src/data/semantics.ts';
import { ObservationTable } from '../../src/data/table.ts';
import { compareModel } from '../../src/features/compare/model.ts';
import { mapModel } from '../../src/features/map/model.ts';
import { trendModel } from '../../src/features/trend/model.ts';
import { localeFor } from '../../src/i18n/locale.ts';
import { DEFAULT_SPEC, MODES, type ViewSpec } from '../../src/view/view-spec.ts';
import { loadDataDir } from '../../scripts/data-dir.ts';

const { dataset, errors } = loadDataDir('data');
const { core } = bundleDataset(dataset, errors);
const byIndicator = new Map<string, Observation[]>();
for (const o of dataset.observations) appendTo(byIndicator, o.indicator, [o]);
const tables = new Map([...byIndicator].map(([id, rows]) => [id, ObservationTable.fromRows(id, rows)]));
const population = tables.get('befolkning');
const da = localeFor('da');

/** What a reader sees of a model: the values drawn and tabled, the unit and the subtitle. */
const shown = (m: { table: { rows: { cells: { text: string }[] }[] }; unitLabel: string; subtitle: string }) =>
  JSON.stringify([m.unitLabel, m.subtitle, m.table.rows.map((r) => r.cells.map((c) => c.text))]);

describe('every control offered works, or is disabled with its reason', () => {
  const indicators = core.catalog.map((c) => c.indicator);

  it('covers every indicator in data/', () => {
    expect(indicators.length).toBe(new Set(dataset.observations.map((o) => o.indicator)).size);
    expect(indicators.length).toBeGreaterThan(30);
  });

  for (const entry of core.catalog) {
    const observations = tables.get(entry.indicator)!;
    // Two areas with figures, municipalities first, as a reader would pick them.
    const areas = [...entry.areas.filter((a) => a !== '000'), ...entry.areas.filter((a) => a === '000')].slice(0, 2);
    const spec = (patch: Partial<ViewSpec>): ViewSpec => ({ ...DEFAULT_SPEC, indicator: entry.indicator, breakdown: entry.breakdowns[0]!, areas, ...patch });

    it(`${entry.indicator}: trend modes and breakdowns`, () => {
      const trend = (patch: Partial<ViewSpec>) => trendModel({ core, observations, population, spec: spec({ view: 'trend', ...patch }), locale: da, today: '2026-12-06' });
      const plain = trend({});
      expect(plain.modes.map((o) => o.mode)).toEqual([...MODES]);
      const figure = semanticsOf(core.indicators.find((i) => i.indicator === entry.indicator)).figure;
      for (const option of plain.modes) {
        if (option.mode === 'absolute') continue;
        // A rank or a difference is no amount: neither an index nor per 1.000 may be offered for it.
        if (figure === 'rank' || figure === 'difference') expect(option.available, `${option.mode} for a ${figure}`).toBe(false);
        const m = trend({ mode: option.mode });
        if (option.available) {
          expect(m.mode, `${option.mode} is offered`).toBe(option.mode);
          expect(shown(m), `${option.mode} changes what is shown`).not.toBe(shown(plain));
        } else {
          expect(m.mode).toBe('absolute');
          expect(option.reason.length, `${option.mode} is disabled with a reason`).toBeGreaterThan(20);
        }
      }
      const byBreakdown = entry.breakdowns.map((breakdown) => trend({ breakdown }));
      for (const [k, m] of byBreakdown.entries()) {
        expect(m.breakdown).toBe(entry.breakdowns[k]);
        // A single period draws every breakdown at once: the menu would change nothing, so it is disabled with its reason.
        if (!m.breakdownChoice.available) expect(m.breakdownChoice.reason.length).toBeGreaterThan(20);
      }
      const offered = byBreakdown.filter((m) => m.breakdownChoice.available);
      if (offered.length > 1) expect(new Set(offered.map(shown)).size, 'each breakdown shows something of its own').toBe(offered.length);
    });

    it(`${entry.indicator}: compare and map measures`, () => {
      for (const model of [compareModel, mapModel]) {
        const view = model === compareModel ? 'compare' : 'map';
        const plain = model({ core, observations, population, spec: spec({ view, mode: 'absolute' }), locale: da });
        for (const option of plain.measures) {
          if (option.mode === 'absolute') continue;
          const m = model({ core, observations, population, spec: spec({ view, mode: option.mode }), locale: da });
          if (option.available) {
            expect(m.comparison?.measure, `${view} ${option.mode}`).toBe('per1000');
            expect(shown(m)).not.toBe(shown(plain));
          } else {
            expect(m.comparison?.measure ?? 'value').toBe('value');
            expect(option.reason.length).toBeGreaterThan(20);
          }
        }
      }
    });
  }

  it('the compare view\'s "only the chosen" changes the bars whenever fewer than all are chosen', () => {
    const observations = tables.get('ledighed_pct')!;
    const all = compareModel({ core, observations, population, spec: { ...DEFAULT_SPEC, view: 'compare', areas: ['163', '151'] }, locale: da });
    const only = compareModel({ core, observations, population, spec: { ...DEFAULT_SPEC, view: 'compare', areas: ['163', '151'], only: true }, locale: da });
    expect(all.bars.length).toBe(98);
    expect(only.bars.map((b) => b.name).sort()).toEqual(['Ballerup', 'Herlev']);
  });
});
