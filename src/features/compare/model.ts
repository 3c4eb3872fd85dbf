// The compare view's model: bars across municipalities at one period, in a comparable measure,
// with ranks that say their direction, and Hele landet and group figures as reference lines.
import type { LegendEntry, SourceItem } from '../../model/frame-model.ts';
import { areaColours, NATIONAL_COLOUR, UNCHOSEN_COLOUR } from '../../format/palette.ts';
import { freshnessNotes, indicatorSources, sourceLineFor } from '../../model/source-line.ts';
import { niceTicks } from '../../charts/ticks.ts';
import { groupFigure } from '../../data/compare.ts';
import { isCount } from '../../data/indicator-rules.ts';
import { NATIONAL } from '../../data/national.ts';
import { choicesLine } from '../../i18n/locale.ts';
import { populationNote } from '../../model/series.ts';
import { POPULATION_INDICATOR } from '../../view/view-data.ts';
import { oneMonthComparison, type Bar, type CompareModel, type ReferenceLine } from '../../model/one-month.ts';
import type { ViewInput } from '../../model/view-input.ts';

export function compareModel(input: ViewInput): CompareModel {
  const { core, observations, population, spec, locale } = input;
  const { t } = locale;
  const { indicator, names, breakdown, periods, period, since, codes, comparison, per1000, unitLabel, valueText, rankText, title, subtitle, measures, missing, notes: comparisonNotes } = oneMonthComparison(input);
  const entry = core.catalog.find((c) => c.indicator === spec.indicator);
  const groupIds = new Set(core.groups.map((g) => g.group_id));

  const chosen: string[] = [];
  const groupOf = new Map<string, string>();
  for (const a of spec.areas) {
    if (groupIds.has(a)) {
      for (const g of core.groups.filter((m) => m.group_id === a)) {
        if (!chosen.includes(g.member_code)) chosen.push(g.member_code);
        if (!groupOf.has(g.member_code)) groupOf.set(g.member_code, a);
      }
    } else if (a !== NATIONAL && !chosen.includes(a)) chosen.push(a);
  }
  // All 98 are shown with the chosen ones highlighted and named (OWID's way); `only` narrows to the chosen.
  const shown = spec.only && chosen.length > 0 ? chosen : codes;
  const isChosen = new Set(chosen);
  const colours = areaColours(spec.areas);
  const hidden = new Set(spec.hidden);
  const bars: Bar[] = [];
  if (comparison && period) {
    for (const code of shown) {
      if (hidden.has(code)) continue;
      const value = comparison.values.get(code);
      const observation = observations.observationAt(code, breakdown, period);
      if (value === null || value === undefined || !observation) continue;
      const rank = comparison.ranks?.get(code) ?? null;
      const colour = isChosen.has(code) ? (colours.get(code) ?? colours.get(groupOf.get(code) ?? '') ?? UNCHOSEN_COLOUR) : UNCHOSEN_COLOUR;
      bars.push({ code, name: names.get(code) ?? code, chosen: isChosen.has(code), value, rank, colour, observation, label: rank ? `${valueText(value)} (${rankText(rank)})` : valueText(value) });
    }
    bars.sort((a, b) => b.value - a.value || locale.collator.compare(a.name, b.name));
  }

  const references: ReferenceLine[] = [];
  const legend: LegendEntry[] = [];
  if (comparison) {
    const national = comparison.values.get(NATIONAL);
    if (national !== undefined && national !== null && !(isCount(indicator) && !per1000 && !since)) {
      const label = `${names.get(NATIONAL)}: ${valueText(national)}`;
      legend.push({ key: NATIONAL, name: label, colour: NATIONAL_COLOUR, dash: '6 3', hidden: hidden.has(NATIONAL) });
      if (!hidden.has(NATIONAL)) references.push({ key: NATIONAL, label, value: national, colour: NATIONAL_COLOUR });
    }
    for (const g of spec.areas.filter((a) => groupIds.has(a))) {
      const figure = groupFigure(g, core.groups, comparison, indicator);
      if (figure.value === null) continue;
      const label = t.groupFigure(names.get(g) ?? g, figure.how, figure.membersWithData, figure.members, valueText(figure.value));
      const colour = colours.get(g) ?? '#7A4FA3';
      legend.push({ key: g, name: label, colour, dash: '6 3', hidden: hidden.has(g) });
      if (!hidden.has(g)) references.push({ key: g, label, value: figure.value, colour });
    }
  }

  const notes: string[] = [];
  if (comparison?.ranks) notes.push(t.rankDirection(comparison.lowerBetter));
  notes.push(...comparisonNotes);
  notes.push(...populationNote(population, period, per1000 || references.some((r) => r.key !== NATIONAL), locale));
  notes.push(...freshnessNotes(core, [spec.indicator], input.today, locale));
  const drawn = [...bars.map((b) => b.value), ...references.map((r) => r.value)];
  // A difference (percentage points) runs both ways from zero.
  const ticks = niceTicks(Math.min(0, ...drawn), Math.max(0, ...drawn));

  const sourceIds = bars.map((b) => b.observation.source_id);
  if (per1000) sourceIds.push(...indicatorSources(core, POPULATION_INDICATOR));
  const sourceLine = sourceLineFor(core, sourceIds, locale);

  const c = t.csvColumns;
  // A change names both its ends, so the file is never read as a level.
  const measureCell = since && period ? `${unitLabel} ${t.changeRange(since, period)}` : unitLabel;
  const csv = {
    columns: [c.area, c.code, c.indicator, c.breakdown, c.period, c.value, c.measure, c.sourceValue, c.sourceUnit, c.rank, c.source, c.item],
    rows: [
      ...bars.map((b) => [b.name, b.code, spec.indicator, breakdown, period, b.value, measureCell, b.observation.value, b.observation.unit, b.rank ? rankText(b.rank) : null, b.observation.source_id, b.observation.item]),
      ...references.map((r) => [r.label, r.key, spec.indicator, breakdown, period, r.value, measureCell, null, null, null, null, null]),
    ],
  };

  const table = {
    caption: t.tableCaption(title),
    columns: [t.area, unitLabel, t.rank],
    rows: [
      ...bars.map((b) => ({ key: b.code, header: b.name, cells: [{ text: valueText(b.value), value: b.value, select: b.code }, { text: rankText(b.rank) }] })),
      ...references.map((r) => ({ key: `ref-${r.key}`, header: r.label, cells: [{ text: valueText(r.value), value: r.value }, { text: '' }], note: true })),
    ],
  };

  const top = bars[0];
  const bottom = bars.at(-1);
  const textAlternative = top && bottom ? t.compareSummary(title, subtitle, `${top.name} ${valueText(top.value)}`, `${bottom.name} ${valueText(bottom.value)}`, bars.length) : '';
  const empty = bars.length > 0 ? null : { title: t.emptyTitle, body: entry ? `${t.compareEmpty} ${t.dataExistsFor(entry.areas.map((a) => names.get(a) ?? a), locale.periodRange(entry.firstPeriod, entry.lastPeriod))}` : t.compareEmpty };

  const sourceOf = (code: string): SourceItem | null => {
    const b = bars.find((x) => x.code === code);
    return b ? { label: b.name, colour: b.colour, valueText: locale.value(b.observation.value, b.observation.unit), observation: b.observation } : null;
  };

  const choices = choicesLine(locale, { areas: input.spec.areas.map((a) => names.get(a) ?? a), indicator: title, period: period ? locale.period(period, true) : '' });
  return { indicator, breakdown, period, periods, since, comparison, measures, missing, bars, references, ticks, valueText, rankText, sourceOf, title, subtitle, choices, unitLabel, legend, notes, table, textAlternative, sourceLine, csv, fileTitle: title, empty };
}
