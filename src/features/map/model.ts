// The map's model: every municipality's value at one period in a comparable measure, its
// colour class, rank with direction, and the table, text and CSV that go with them.
import { mapTexts } from '../../i18n/texts/map.ts';
import { textsWith } from '../../i18n/locale.ts';
import { colourScale, type ColourScale } from '../../charts/colour-scale.ts';
import type { FrameModel } from '../../model/frame-model.ts';
import { freshnessNotes, indicatorSources, sourceLineFor } from '../../model/source-line.ts';
import type { Comparison } from '../../data/compare.ts';
import type { Indicator } from '../../data/contract.ts';
import { choicesLine } from '../../i18n/locale.ts';
import type { ModeOption } from '../../model/modes.ts';
import { oneMonthComparison } from '../../model/one-month.ts';
import type { ViewInput } from '../../model/view-input.ts';
import { populationNote } from '../../model/series.ts';
import { POPULATION_INDICATOR } from '../../view/view-data.ts';

const BOUNDARY_SOURCE = 'dagi-kommunegraenser';

export interface MapModel extends FrameModel {
  indicator: Indicator | undefined;
  breakdown: string;
  period: string | null;
  periods: string[];
  comparison: Comparison | null;
  scale: ColourScale | null;
  /** Legend classes as text: "2,1 – 2,6 %". */
  classes: { colour: string; label: string }[];
  /** The measures the controls offer, each with why not where it is not. */
  measures: ModeOption[];
  /** What a municipality's shape says on hover, focus and to a screen reader. */
  describe: (code: string) => string;
}


export function mapModel(input: ViewInput): MapModel {
  const { core, population, spec, locale } = input;
  const t = textsWith(locale, mapTexts);
  const { indicator, names, breakdown, periods, period, codes, comparison, per1000, unitLabel, valueText, rankText, title, subtitle, measures, notes: comparisonNotes } = oneMonthComparison(input);
  const scale = comparison ? colourScale(codes.map((c) => comparison.values.get(c) ?? null)) : null;
  const suffix = indicator?.unit === 'pct' && !per1000 ? ' %' : '';
  const classes = (scale?.classes ?? []).map((c) => ({ colour: c.colour, label: `${locale.number(c.from, 1)} – ${locale.number(c.to, 1)}${suffix}` }));

  const rows = codes
    .map((code) => ({ code, name: names.get(code) ?? code, value: comparison?.values.get(code) ?? null, rank: comparison?.ranks?.get(code) ?? null }))
    .sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : a.value - b.value || locale.collator.compare(a.name, b.name)));
  const direction = comparison?.ranks ? ` (${t.rankDirectionShort(comparison.lowerBetter)})` : '';
  const describe = (code: string) => {
    const r = comparison?.ranks?.get(code) ?? null;
    const v = comparison?.values.get(code) ?? null;
    return [`${names.get(code) ?? code}: ${v === null ? t.noData : valueText(v)}`, r ? `${rankText(r)}${direction}` : '', period ? locale.period(period, true) : ''].filter(Boolean).join(', ');
  };

  const notes: string[] = [];
  if (comparison?.ranks) notes.push(t.rankDirection(comparison.lowerBetter));
  notes.push(...comparisonNotes);
  notes.push(...populationNote(population, period, per1000, locale));
  notes.push(...freshnessNotes(core, [spec.indicator], input.today, locale));
  const sourceIds = [...indicatorSources(core, spec.indicator), BOUNDARY_SOURCE];
  if (per1000) sourceIds.push(...indicatorSources(core, POPULATION_INDICATOR));

  const c = t.csvColumns;
  const lowest = rows[0];
  const highest = rows.filter((r) => r.value !== null).at(-1);
  return {
    indicator,
    measures,
    breakdown,
    period,
    periods,
    comparison,
    scale,
    classes,
    describe,
    title,
    subtitle,
    choices: choicesLine(locale, { indicator: title, period: period ? locale.period(period, true) : '' }),
    unitLabel,
    legend: classes.map((k) => ({ key: k.label, name: k.label, colour: k.colour, hidden: false })),
    notes,
    table: {
      caption: t.tableCaption(title),
      columns: [t.municipality, unitLabel, t.rank],
      rows: rows.map((r) => ({ key: r.code, header: r.name, cells: [{ text: r.value === null ? t.noData : valueText(r.value), value: r.value }, { text: rankText(r.rank) }] })),
    },
    textAlternative: lowest?.value != null && highest ? t.compareSummary(title, subtitle, `${highest.name} ${valueText(highest.value)}`, `${lowest.name} ${valueText(lowest.value)}`, rows.filter((r) => r.value !== null).length) : '',
    sourceLine: sourceLineFor(core, sourceIds, locale),
    csv: {
      columns: [c.area, c.code, c.indicator, c.breakdown, c.period, c.value, c.measure, c.rank],
      rows: rows.map((r) => [r.name, r.code, spec.indicator, breakdown, period, r.value, unitLabel, r.rank ? rankText(r.rank) : null]),
    },
    fileTitle: title,
    empty: scale ? null : { title: t.emptyTitle, body: t.mapEmpty },
  };
}
