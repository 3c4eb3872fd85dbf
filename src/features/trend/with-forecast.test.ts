import { describe, expect, it } from 'vitest';
import { trendModel } from './model.ts';
import { MODEL_FORECAST_KIND, withForecast } from './with-forecast.ts';
import { forecastRequest } from './forecast-request.ts';
import { forecastUnavailable } from './forecast-available.ts';
import { core, tables, spec, da, en } from '../../../test/fixtures/models/world.ts';

describe('the trend model with a forecast', () => {
  const model = trendModel({ core, observations: tables.get('ledige')!, population: tables.get('befolkning'), spec: spec({ view: 'trend', indicator: 'ledige', areas: ['163'] }), locale: da });
  const last = model.rows.at(-1)!;
  const [y, m] = last.period.split('-').map(Number) as [number, number];
  const next = (k: number) => `${y + Math.floor((m - 1 + k) / 12)}-${String(((m - 1 + k) % 12) + 1).padStart(2, '0')}`;
  const points = [1, 2].map((k) => ({ period: next(k), value: 100 + k, lower80: 90, upper80: 110 + k, lower95: 80, upper95: 120 + k }));

  it('adds a named forecast series after the last figure, with its bands, table cells and CSV rows of kind model_forecast', () => {
    const f = withForecast(model, new Map([['163', points]]), [], da);
    expect(f.legend.map((l) => l.name)).toContain('Herlev – Prognose (model)');
    expect(f.panels[0]!.bands).toEqual([{ key: '163:model', colour: model.drawn[0]!.colour }]);
    const rows = f.drawRows.filter((r) => r.period > last.period);
    expect(rows.map((r) => [r.period, r['163:model'], r['163:model:lower80'], r['163:model:upper95']])).toEqual([
      [next(1), 101, 90, 121],
      [next(2), 102, 90, 122],
    ]);
    const csvKinds = f.csv.rows.filter((r) => r[f.csv.columns.indexOf(da.t.csvColumns.kind)] === MODEL_FORECAST_KIND);
    expect(csvKinds.map((r) => r[f.csv.columns.indexOf(da.t.csvColumns.period)])).toEqual([next(1), next(2)]);
    expect(f.table.columns.at(-1)).toBe('Herlev – Prognose (model)');
    expect(f.table.rows.at(-1)!.cells.at(-1)).toMatchObject({ value: 102, series: '163:model' });
    // The actual figures are as before.
    expect(f.csv.rows.filter((r) => r[f.csv.columns.indexOf(da.t.csvColumns.kind)] === 'actual')).toEqual(model.csv.rows);
  });

  it('draws a target after the last figure and states the chance of reaching it, with how it was computed; a target it cannot judge it says so of', () => {
    const goal = { area: '163', value: 95.5, at: next(2), atLeast: false, chance: 0.347 };
    const f = withForecast(model, new Map([['163', points]]), [], da, goal);
    expect(f.panels[0]!.goal).toMatchObject({ value: 95.5, label: `Mål: ${model.valueText(95.5)}` });
    expect(f.panels[0]!.goal!.to).toBeGreaterThan(f.panels[0]!.goal!.from);
    const month = da.period(next(2), true);
    expect(f.notes).toContain(`Sandsynlighed for, at Herlev når målet (højst ${model.valueText(95.5)} i ${month}): 35 %.`);
    expect(f.notes).toContain(da.t.goalHow);
    const rising = withForecast(model, new Map([['163', points]]), [], en, { ...goal, atLeast: true, chance: 0.004 });
    expect(rising.notes).toContain(`Chance that Herlev reaches the target (at least ${model.valueText(95.5)} in ${en.period(next(2), true)}): under 1%.`);
    expect(withForecast(model, new Map([['163', points]]), [], da, { ...goal, at: next(14), chance: null }).notes).toContain(da.t.goalOutside(da.period(next(14), true)));
    const past = withForecast(model, new Map([['163', points]]), [], da, { ...goal, at: last.period, chance: null });
    expect(past.notes).toContain(da.t.goalPast(da.period(last.period, true)));
    expect(past.panels[0]!.goal).toBeUndefined();
  });

  it('says why an area gets no forecast, and offers none for figures that are not monthly levels or shares', () => {
    const f = withForecast(model, new Map(), [{ area: '163', reason: 'too-short' }], da);
    expect(f.notes.at(-1)).toBe('Ingen prognose for Herlev: serien har færre end 36 måneder.');
    const monthly = { ...core.indicators[0]!, figure: 'level' as const, frequency: 'month' as const };
    expect(forecastUnavailable(monthly, 'absolute', false)).toBeNull();
    expect(forecastUnavailable(monthly, 'index', false)).toBe('mode');
    expect(forecastUnavailable(monthly, 'absolute', true)).toBe('second');
    expect(forecastUnavailable({ ...monthly, frequency: 'year' }, 'absolute', false)).toBe('figure');
    expect(forecastUnavailable({ ...core.indicators[0]!, figure: 'rank', frequency: 'month' }, 'absolute', false)).toBe('figure');
    const request = forecastRequest(tables.get('ledige')!, ['163'], 'all', 'k');
    expect(request.targets.length + request.refused.length).toBe(1);
  });
});
