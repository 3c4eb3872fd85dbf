// The sources view's model: every meeting with the figures and grants taken from it, and every
// official table with the indicators it feeds.
import { breakdownLabel } from '../../model/breakdown.ts';
import type { CoreBundle } from '../../data/bundle.ts';
import type { Source } from '../../data/contract.ts';
import type { ObservationTable } from '../../data/table.ts';
import { areaNamesFor, type Locale } from '../../i18n/locale.ts';

interface FigureRow {
  indicator: string;
  area: string;
  breakdown: string;
  period: string;
  value: string;
  item: string;
  quote: string;
}

interface MeetingEntry {
  source: Source;
  heading: string;
  caption: string;
  figures: FigureRow[];
  grants: string[];
  count: string;
}

interface TableEntry {
  source: Source;
  retrieved: string;
  indicators: string;
}

export interface SourcesModel {
  meetings: MeetingEntry[];
  tables: TableEntry[];
}

export function sourcesModel(core: Pick<CoreBundle, 'municipalities' | 'groups' | 'indicators' | 'catalog' | 'sources' | 'grants' | 'breakdownLabels'>, tables: ReadonlyMap<string, ObservationTable>, locale: Locale): SourcesModel {
  const { t } = locale;
  const names = areaNamesFor(core, locale);
  const labels = new Map(core.indicators.map((i) => [i.indicator, locale.indicatorLabel(i)]));
  const bySource = new Map<string, FigureRow[]>();
  for (const table of tables.values()) {
    for (const o of table.rows()) {
      const rows = bySource.get(o.source_id) ?? [];
      rows.push({
        indicator: labels.get(o.indicator) ?? o.indicator,
        area: names.get(o.area) ?? o.area,
        breakdown: breakdownLabel(core, o.indicator, o.breakdown, locale),
        period: locale.period(o.period, true),
        value: `${locale.value(o.value, o.unit)}${o.kind !== 'actual' ? ` (${t.kinds[o.kind]})` : ''}`,
        item: o.item,
        quote: o.quote ? `»${o.quote}«` : '',
      });
      bySource.set(o.source_id, rows);
    }
  }
  const meetings = core.sources
    .filter((s) => s.meeting_date)
    .sort((a, b) => b.meeting_date.localeCompare(a.meeting_date))
    .map((source): MeetingEntry => {
      const figures = bySource.get(source.source_id) ?? [];
      const grants = core.grants.filter((g) => g.source_id === source.source_id).map((g) => `${t.grantsTitle}: ${g.title}, ${locale.value(g.amount_dkk, 'dkk')} (${g.grantor})`);
      const area = names.get(source.municipality_code) ?? source.municipality_code;
      return { source, heading: `${area} · ${source.body} · ${locale.date(source.meeting_date)}`, caption: t.figuresFrom(area, locale.date(source.meeting_date)), figures, grants, count: t.figureCount(figures.length, grants.length) };
    });
  const officialTables = core.sources
    .filter((s) => !s.meeting_date)
    .map((source): TableEntry => ({
      source,
      retrieved: source.retrieved ? `${t.retrieved} ${locale.date(source.retrieved)}` : '',
      indicators: core.catalog
        .filter((c) => c.sources.includes(source.source_id))
        .map((c) => `${labels.get(c.indicator) ?? c.indicator} (${locale.periodRange(c.firstPeriod, c.lastPeriod)}, ${t.areaCount(c.areas.length)})`)
        .join('; '),
    }));
  return { meetings, tables: officialTables };
}
