// The names beside the codes in a downloaded CSV, in the view's language: a reader of the file
// sees "unemployment insurance" and "expected" next to "a-dagpenge" and "expected", and a script
// can still join on the codes.
import type { CsvLabelColumn } from '../export/csv.ts';
import type { CoreData } from '../data/dataset.ts';
import type { Kind, Unit } from '../data/contract.ts';
import { isPeriod } from '../data/period.ts';
import type { Locale } from '../i18n/locale.ts';
import { breakdownLabel } from './breakdown.ts';

export function csvLabelColumns(core: Pick<CoreData, 'indicators' | 'sources' | 'breakdownLabels'>, locale: Locale): CsvLabelColumn[] {
  const { t } = locale;
  const c = t.csvColumns;
  const named = (column: string) => `${column}_${t.csvNameSuffix}`;
  const indicators = new Map(core.indicators.map((i) => [i.indicator, locale.indicatorLabel(i)]));
  const sources = new Map(core.sources.map((s) => [s.source_id, s.title]));
  // A model's forecast is named as such, never as a publisher's own forecast.
  const kinds: Record<string, string> = { ...(t.kinds satisfies Record<Kind, string>), model_forecast: t.forecastModel };
  const units: Record<string, string> = t.units satisfies Record<Unit, string>;
  return [
    { after: c.indicator, header: named(c.indicator), name: (code) => indicators.get(code) ?? code },
    { after: c.breakdown, header: named(c.breakdown), name: (code, row, columns) => breakdownLabel(core, String(row[columns.indexOf(c.indicator)] ?? ''), code, locale) },
    { after: c.period, header: named(c.period), name: (code) => (isPeriod(code) ? locale.period(code, true) : code) },
    { after: c.kind, header: named(c.kind), name: (code) => kinds[code] ?? code },
    { after: c.sourceUnit, header: named(c.sourceUnit), name: (code) => units[code] ?? code },
    { after: c.source, header: named(c.source), name: (code) => sources.get(code) ?? code },
  ];
}
