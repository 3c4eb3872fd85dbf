// The trend model with a model's forecast after each area's last figure: a dashed line in the
// area's colour with 80 % and 95 % bands, named "Prognose (model)" in the legend, the table and
// the CSV (whose kind column says model_forecast), and a note on how it was made. Pure.
import { periodTime } from '../../data/period.ts';
import type { ChartRow } from '../../data/series.ts';
import type { ForecastPoint } from '../../forecast/calibration.ts';
import type { Refusal } from '../../forecast/series.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { DrawnSeries } from '../../model/series.ts';
import type { GoalRequest } from './forecast-request.ts';
import type { GoalLine, TrendModel } from './model.ts';

const FORECAST_SUFFIX = ':model';
/** The CSV's kind for a model's forecast: never read as a figure a publisher gave. */
export const MODEL_FORECAST_KIND = 'model_forecast';
/** A band's edges are row fields beside the forecast's own: `<key>:lower80` … `<key>:upper95`. */
const BAND_EDGES = ['lower80', 'upper80', 'lower95', 'upper95'] as const;

/** A target and the forecast's chance of reaching it (null: its month is not forecast). */
export interface GoalAnswer extends GoalRequest {
  chance: number | null;
}

export function withForecast(model: TrendModel, forecasts: ReadonlyMap<string, ForecastPoint[]>, refused: readonly { area: string; reason: Refusal }[], locale: Locale, goal: GoalAnswer | null = null): TrendModel {
  const { t } = locale;
  const actual = model.drawn.filter((d) => d.kind === 'actual' && forecasts.has(d.area) && (forecasts.get(d.area)?.length ?? 0) > 0);
  const refusedNotes = refused.map((r) => t.forecastRefused(model.drawn.find((d) => d.area === r.area)?.name ?? r.area, r.reason));
  if (actual.length === 0 || model.chart !== 'lines' || model.panels.length !== 1) return refusedNotes.length ? { ...model, notes: [...model.notes, ...refusedNotes] } : model;

  const rows = new Map<number, ChartRow>(model.drawRows.map((r) => [r.time, { ...r }]));
  type Row = TrendModel['table']['rows'][number];
  const tableRows = new Map<string, Row>(model.table.rows.map((r) => [r.key, { ...r, cells: [...r.cells] }]));
  const added: DrawnSeries[] = [];
  const csvRows = [...model.csv.rows];
  let lastActual = '';
  for (const d of actual) {
    const key = `${d.key}${FORECAST_SUFFIX}`;
    const points = forecasts.get(d.area)!;
    added.push({ ...d, key, kind: 'forecast', dash: '2 4', sparse: false });
    // The dashed line starts at the last figure, so it reads as its continuation.
    const last = [...rows.values()].filter((r) => typeof r[d.key] === 'number').sort((a, b) => a.time - b.time).at(-1);
    if (last) {
      last[key] = last[d.key] as number;
      for (const edge of BAND_EDGES) last[`${key}:${edge}`] = last[d.key] as number;
      if (last.period > lastActual) lastActual = last.period;
    }
    for (const p of points) {
      const time = periodTime(p.period);
      const row = rows.get(time) ?? { time, period: p.period };
      row[key] = p.value;
      row[`${key}:lower80`] = p.lower80;
      row[`${key}:upper80`] = p.upper80;
      row[`${key}:lower95`] = p.lower95;
      row[`${key}:upper95`] = p.upper95;
      rows.set(time, row);
      csvRows.push([d.name, d.area, model.indicator?.indicator ?? '', model.breakdown, p.period, p.value, null, model.indicator?.unit ?? '', MODEL_FORECAST_KIND, t.forecastSource, t.forecastInterval(locale.number(p.lower80, model.decimals), locale.number(p.upper80, model.decimals), locale.number(p.lower95, model.decimals), locale.number(p.upper95, model.decimals))]);
    }
  }
  const name = (d: DrawnSeries) => `${d.name} – ${t.forecastModel}`;
  const drawRows = [...rows.values()].sort((a, b) => a.time - b.time);
  const drawn = [...model.drawn, ...added];
  for (const r of drawRows) {
    const key = String(r.time);
    const row: Row = tableRows.get(key) ?? { key, header: locale.period(r.period), cells: model.drawn.map((d) => ({ text: '–', value: null, series: d.key })) };
    for (const d of added) {
      const v = r[d.key];
      row.cells.push(typeof v === 'number' && r.period > lastActual ? { text: model.valueText(v), value: v, series: d.key } : { text: '–', value: null, series: d.key });
    }
    tableRows.set(key, row);
  }
  const table = { ...model.table, columns: [...model.table.columns, ...added.map(name)], rows: [...tableRows.values()].sort((a, b) => Number(a.key) - Number(b.key)) };
  const legend = [...model.legend, ...added.map((d) => ({ key: d.key, name: name(d), colour: d.colour, dash: d.dash, hidden: false }))];
  const bands = added.map((d) => ({ key: d.key, colour: d.colour }));
  const goalArea = goal && model.drawn.find((d) => d.area === goal.area && d.kind === 'actual');
  const goalText = goal && goalArea ? goalAnswer(goal, goalArea.name, lastActual, model, locale) : null;
  const panel = { ...model.panels[0]!, drawRows, drawn, bands, ...(goalText?.line ? { goal: goalText.line } : {}) };
  const horizon = locale.periodRange(added.length ? forecasts.get(added[0]!.area)![0]!.period : undefined, forecasts.get(added[0]!.area)!.at(-1)!.period);
  return {
    ...model,
    drawn,
    drawRows,
    panels: [panel],
    legend,
    table,
    csv: { ...model.csv, rows: csvRows },
    subtitle: `${model.subtitle} · ${t.forecastModel} ${horizon}`,
    notes: [...model.notes, t.forecastNote(locale.period(lastActual, true)), ...(goalText?.notes ?? []), ...refusedNotes],
  };
}

/** The target's line on the chart (where its month is after the last figure) and the sentences on its chance. */
function goalAnswer(goal: GoalAnswer, name: string, lastActual: string, model: TrendModel, locale: Locale): { line: GoalLine | null; notes: string[] } {
  const { t } = locale;
  const month = locale.period(goal.at, true);
  const value = model.valueText(goal.value);
  const line = goal.at > lastActual ? { from: periodTime(lastActual), to: periodTime(goal.at), value: goal.value, label: t.goalLabel(value) } : null;
  if (goal.at <= lastActual) return { line, notes: [t.goalPast(month)] };
  if (goal.chance === null || !Number.isFinite(goal.chance)) return { line, notes: [t.goalOutside(month)] };
  return { line, notes: [t.goalChance(name, goal.atLeast, value, month, goal.chance), t.goalHow] };
}
