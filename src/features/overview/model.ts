// The landing page's model: per headline indicator the newest value, the change against the
// same period a year before with whether that is good, a rate and rank where they are fair to
// give, and two years beside Hele landet where the two compare.
import { overviewTexts } from '../../i18n/texts/overview.ts';
import { textsWith } from '../../i18n/locale.ts';
import { areaColours, NATIONAL_COLOUR } from '../../format/palette.ts';
import { indicatorSources, sourceLineFor } from '../../model/source-line.ts';
import type { CoreBundle } from '../../data/bundle.ts';
import { compareAt, missingAreas } from '../../data/compare.ts';
import { missingAreasNotes } from '../../model/missing.ts';
import { isCount } from '../../data/indicator-rules.ts';
import { NATIONAL } from '../../data/national.ts';
import { comparePeriods, sameperiodLastYear } from '../../data/period.ts';
import { carriedForward, populationLookup } from '../../data/series.ts';
import type { ObservationTable } from '../../data/table.ts';
import { areaNamesFor, type Locale } from '../../i18n/locale.ts';
import type { ViewSpec } from '../../view/view-spec.ts';
import { populationNote } from '../../model/series.ts';
import { HEADLINE_INDICATORS, POPULATION_INDICATOR } from '../../view/view-data.ts';


export interface Card {
  indicator: string;
  title: string;
  loading: boolean;
  valueText: string;
  periodText: string;
  changeText: string;
  direction: 'up' | 'down' | 'flat';
  /** Whether the change is an improvement; null when there is none to judge. */
  good: boolean | null;
  /** For counts: the value per 1.000 inhabitants, which is what compares across municipalities. */
  rateText: string;
  rankText: string;
  spark: { period: string; value: number | null; national: number | null }[];
  /** Hele landet is drawn beside the area only where the two are on one scale (shares). */
  showNational: boolean;
}

export interface OverviewModel {
  area: string;
  title: string;
  colour: string;
  cards: Card[];
  newest: { indicator: string; text: string; upTo: string }[];
  meetings: { sourceId: string; text: string; date: string }[];
  sourceLine: string;
  /** Which population month the rates per 1.000 use, when it is older than the figures. */
  notes: string[];
}

export interface OverviewInput {
  core: Pick<CoreBundle, 'municipalities' | 'groups' | 'indicators' | 'catalog' | 'sources' | 'breakdownLabels'>;
  tables: ReadonlyMap<string, ObservationTable>;
  spec: ViewSpec;
  locale: Locale;
}

function overviewArea(spec: ViewSpec, core: Pick<CoreBundle, 'municipalities'>): string {
  const codes = new Set(core.municipalities.map((m) => m.code));
  return spec.areas.find((a) => codes.has(a) && a !== NATIONAL) ?? NATIONAL;
}

export function overviewModel({ core, tables, spec, locale }: OverviewInput): OverviewModel {
  const t = textsWith(locale, overviewTexts);
  const names = areaNamesFor(core, locale);
  const area = overviewArea(spec, core);
  const population = tables.get(POPULATION_INDICATOR);
  const lookup = population ? carriedForward(populationLookup(population)) : null;
  const codes = core.municipalities.map((m) => m.code);
  const available = HEADLINE_INDICATORS.filter((i) => core.catalog.some((c) => c.indicator === i));

  // A rank "af 96" says who is not among the 98, card by card.
  const missingNotes: string[] = [];
  const cards = available.map((id): Card => {
    const indicator = core.indicators.find((i) => i.indicator === id);
    const table = tables.get(id);
    const title = indicator ? locale.indicatorLabel(indicator) : id;
    const blank: Card = { indicator: id, title, loading: !table, valueText: '', periodText: '', changeText: '', direction: 'flat', good: null, rateText: '', rankText: '', spark: [], showNational: false };
    if (!table || !indicator) return blank;
    const series = table.series(area, 'all').filter((o) => o.kind === 'actual' && o.value !== null);
    const latest = series.at(-1);
    if (!latest || latest.value === null) return { ...blank, valueText: t.emptyTitle };
    const previousPeriod = sameperiodLastYear(latest.period);
    const previous = series.find((o) => o.period === previousPeriod)?.value ?? null;
    const change = previous === null ? null : latest.value - previous;
    const pct = indicator.unit === 'pct';
    const lowerBetter = indicator.lower_is_better !== 'no';
    const count = isCount(indicator);
    const c = compareAt(table.valuesAt('all', latest.period), latest.period, indicator, count, lookup, codes);
    const rate = c.measure === 'per1000' ? c.values.get(area) : null;
    const rank = area !== NATIONAL ? c.ranks?.get(area) : undefined;
    if (rank) missingNotes.push(...missingAreasNotes(missingAreas(c, codes), names, latest.period, true, locale).map((n) => `${title}: ${n}`));
    const national = new Map(table.series(NATIONAL, 'all').filter((o) => o.kind === 'actual').map((o) => [o.period, o.value]));
    return {
      ...blank,
      valueText: locale.value(latest.value, indicator.unit),
      periodText: locale.period(latest.period, true),
      changeText: change === null ? t.noComparison : `${locale.change(change, pct ? 1 : 0, pct ? t.percentagePoints : '')} ${t.sinceLastYear(locale.period(previousPeriod ?? ''))}`,
      direction: change === null || change === 0 ? 'flat' : change > 0 ? 'up' : 'down',
      good: change === null || change === 0 ? null : change < 0 === lowerBetter,
      rateText: rate !== null && rate !== undefined ? t.per1000Value(locale.number(rate, 1, 1)) : '',
      rankText: rank ? `${t.rankOf(rank.rank, rank.total, rank.tiedTo)} · ${t.rankDirectionShort(c.lowerBetter)}` : '',
      spark: series.slice(-24).map((o) => ({ period: o.period, value: o.value, national: national.get(o.period) ?? null })),
      showNational: area !== NATIONAL && pct,
    };
  });

  const newest = [...core.catalog]
    .sort((a, b) => comparePeriods(b.lastPeriod, a.lastPeriod))
    .slice(0, 4)
    .map((c) => {
      const indicator = core.indicators.find((i) => i.indicator === c.indicator);
      return { indicator: c.indicator, text: indicator ? locale.indicatorLabel(indicator) : c.indicator, upTo: `${t.upTo} ${locale.period(c.lastPeriod, true)}` };
    });
  const meetings = core.sources
    .filter((s) => s.meeting_date && (area === NATIONAL || s.municipality_code === area))
    .sort((a, b) => b.meeting_date.localeCompare(a.meeting_date))
    .map((s) => ({ sourceId: s.source_id, text: `${names.get(s.municipality_code) ?? s.municipality_code}, ${s.body}`, date: locale.period(s.meeting_date, true) }));
  const sourceIds = available.flatMap((i) => indicatorSources(core, i));
  if (cards.some((c) => c.rateText)) sourceIds.push(...indicatorSources(core, POPULATION_INDICATOR));

  return {
    area,
    title: t.overviewTitle(names.get(area) ?? area),
    colour: area === NATIONAL ? NATIONAL_COLOUR : (areaColours([area]).get(area) ?? NATIONAL_COLOUR),
    cards,
    newest,
    meetings,
    sourceLine: sourceLineFor(core, sourceIds, locale),
    notes: [...populationNote(population, tables.get(HEADLINE_INDICATORS[0]!)?.latestPeriodOf(area, 'all') ?? null, cards.some((c) => c.rateText), locale), ...missingNotes],
  };
}
