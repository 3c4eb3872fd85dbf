// The trend model with each area's seasonally adjusted line beside its figures: dashed in the
// area's colour, named "sæsonkorrigeret (model)" in the legend, the table and the CSV (whose kind
// column says model_seasonally_adjusted), and for the latest month a sentence that splits the
// change into the season's part and the rest. Pure.
import type { ChartRow } from '../../data/series.ts';
import type { SeasonalAdjustment } from '../../forecast/seasonal.ts';
import type { Refusal } from '../../forecast/series.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { DrawnSeries } from '../../model/series.ts';
import type { TrendModel } from './model.ts';

const SEASONAL_SUFFIX = ':sa';
/** The CSV's kind for an adjusted figure: never read as a figure a publisher gave. */
export const MODEL_SEASONAL_KIND = 'model_seasonally_adjusted';
const SEASONAL_DASH = '8 3';

export function withSeasonal(model: TrendModel, adjustments: ReadonlyMap<string, SeasonalAdjustment>, refused: readonly { area: string; reason: Refusal }[], locale: Locale): TrendModel {
  const { t } = locale;
  const refusedNotes = refused.map((r) => t.seasonalRefused(model.drawn.find((d) => d.area === r.area)?.name ?? r.area, r.reason));
  const actual = model.drawn.filter((d) => d.kind === 'actual' && !d.key.includes(':') && adjustments.has(d.area));
  if (actual.length === 0 || model.chart !== 'lines' || model.panels.length !== 1) return refusedNotes.length ? { ...model, notes: [...model.notes, ...refusedNotes] } : model;

  const rows = new Map<string, ChartRow>(model.drawRows.map((r) => [r.period, { ...r }]));
  type Row = TrendModel['table']['rows'][number];
  const tableRows = model.table.rows.map((r) => ({ ...r, cells: [...r.cells] }));
  const rowByKey = new Map<string, Row>(tableRows.map((r) => [r.key, r]));
  const added: DrawnSeries[] = [];
  const csvRows = [...model.csv.rows];
  const changeNotes: string[] = [];
  // A share changes by percentage points, a count by whole persons, as the report and overview write them.
  const pct = model.indicator?.unit === 'pct';
  const changeText = (v: number) => locale.change(v, pct ? 1 : model.decimals, pct ? t.percentagePoints : '');
  for (const d of actual) {
    const key = `${d.key}${SEASONAL_SUFFIX}`;
    const a = adjustments.get(d.area)!;
    added.push({ ...d, key, kind: 'actual', dash: SEASONAL_DASH, sparse: false, marker: undefined, derived: true });
    const shown: number[] = [];
    a.periods.forEach((period, i) => {
      const row = rows.get(period);
      // Only the months the view shows: the model saw the whole series, the reader chose a range.
      if (!row || typeof row[d.key] !== 'number') return;
      row[key] = a.adjusted[i]!;
      shown.push(i);
      csvRows.push([`${d.name} – ${t.seasonalModel}`, d.area, model.indicator?.indicator ?? '', model.breakdown, period, a.adjusted[i]!, null, model.indicator?.unit ?? '', MODEL_SEASONAL_KIND, t.seasonalSource, t.seasonalSeason(changeText(a.season[i]!))]);
    });
    const last = shown.at(-1);
    if (last !== undefined && last > 0) {
      const raw = (rows.get(a.periods[last]!)![d.key] as number) - (rows.get(a.periods[last - 1]!)?.[d.key] as number | undefined ?? Number.NaN);
      if (Number.isFinite(raw)) {
        changeNotes.push(t.seasonalChange(d.name, locale.period(a.periods[last]!, true), locale.period(a.periods[last - 1]!, true), changeText(raw), changeText(a.adjusted[last]! - a.adjusted[last - 1]!), changeText(a.season[last]! - a.season[last - 1]!)));
      }
    }
  }
  const name = (d: DrawnSeries) => `${d.name} – ${t.seasonalModel}`;
  const drawRows = model.drawRows.map((r) => rows.get(r.period)!);
  for (const r of drawRows) {
    const row = rowByKey.get(String(r.time));
    if (!row) continue;
    for (const d of added) {
      const v = r[d.key];
      row.cells.push(typeof v === 'number' ? { text: model.valueText(v), value: v, series: d.key } : { text: '–', value: null, series: d.key });
    }
  }
  // Rows of the table with no line to draw still get a cell per added column (the first column is the period).
  for (const row of tableRows) while (row.cells.length < model.table.columns.length - 1 + added.length) row.cells.push({ text: '–', value: null, series: '' });
  const adjustedFirst = adjustments.get(actual[0]!.area)!.periods;
  const panel = { ...model.panels[0]!, drawRows, drawn: [...model.panels[0]!.drawn, ...added] };
  return {
    ...model,
    drawn: [...model.drawn, ...added],
    drawRows,
    panels: [panel],
    legend: [...model.legend, ...added.map((d) => ({ key: d.key, name: name(d), colour: d.colour, dash: d.dash, hidden: false }))],
    table: { ...model.table, columns: [...model.table.columns, ...added.map(name)], rows: tableRows },
    csv: { ...model.csv, rows: csvRows },
    subtitle: `${model.subtitle} · ${t.seasonalModel}`,
    notes: [...model.notes, ...changeNotes, t.seasonalNote(locale.period(adjustedFirst[0]!, true), locale.period(adjustedFirst.at(-1)!, true)), ...refusedNotes],
  };
}
