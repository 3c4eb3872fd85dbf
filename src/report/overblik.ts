// The monthly employment report for one municipality: per theme the latest value, the change
// against the same month a year before, the rank among the 98 and the comparison set.
import { groupAverage, lowerIsBetter, rankValues, valuesAt } from '../data/compare.ts';
import type { GroupMember, Indicator, Observation, Unit } from '../data/contract.ts';
import { NATIONAL } from '../data/national.ts';
import { comparePeriods, parsePeriod, periodStart, sameperiodLastYear } from '../data/period.ts';
import type { ChartRow } from '../data/series.ts';
import { formatNumber, formatPeriod } from '../format/format.ts';

export interface Theme {
  id: string;
  title: string;
  /** The noun used in the summary sentence ("Ledigheden"). */
  subject: string;
  indicator: string;
  /** A count behind the figure: below SMALL_NUMBER the figure is flagged as uncertain. */
  countIndicator?: string;
}

/** The themes the data supports today; a new theme is one more line here. */
export const THEMES: Theme[] = [
  { id: 'ledighed', title: 'Ledighed', subject: 'Ledigheden', indicator: 'ledighed_pct', countIndicator: 'ledige' },
  { id: 'kontanthjaelp', title: 'Kontanthjælp', subject: 'Andelen på kontanthjælp', indicator: 'kontanthjaelp_pct_befolkning', countIndicator: 'kontanthjaelp_fuldtid' },
  { id: 'langtidsledighed', title: 'Langtidsledighed', subject: 'Antallet af langtidsledige', indicator: 'langtidsledige', countIndicator: 'langtidsledige' },
  { id: 'aktivering', title: 'Aktivering', subject: 'Aktiveringsgraden for kontanthjælpsmodtagere', indicator: 'aktiveringsgrad', countIndicator: 'kontanthjaelp_personer' },
];

export const SMALL_NUMBER = 20;

/** The comparison sets the minutes name; other municipalities start with Hele landet. */
export function defaultPeers(municipality: string): string[] {
  switch (municipality) {
    case '165':
      return [NATIONAL, 'albertslund-lokalomraade', '151', '159'];
    case '163':
      return [NATIONAL, '151', '161', '165'];
    default:
      return [NATIONAL];
  }
}

export interface ThemeResult {
  theme: Theme;
  indicator: Indicator;
  period: string;
  value: number | null;
  previous: number | null;
  change: number | null;
  rank: number | null;
  rankTotal: number;
  uncertain: boolean;
  sentence: string;
  /** Chart rows: the municipality and each peer (groups as their average) over the last two years. */
  rows: ChartRow[];
  seriesKeys: string[];
}

export interface OverblikInput {
  municipality: string;
  period: string | null;
  peers: string[];
  names: Map<string, string>;
  groups: GroupMember[];
  municipalityCodes: string[];
  indicators: Map<string, Indicator>;
  observations: Map<string, Observation[]>;
}

const monthsBefore = (period: string, months: number): string | null => {
  const p = parsePeriod(period);
  if (!p || p.granularity !== 'month') return null;
  const d = new Date(Date.UTC(p.year, p.month - 1 - months, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/** The newest month every theme's indicator has, so the report describes one month. */
export function reportPeriod(observations: Map<string, Observation[]>, municipality: string): string | null {
  let common: string | null = null;
  for (const theme of THEMES) {
    const obs = observations.get(theme.indicator);
    if (!obs) continue;
    let latest: string | null = null;
    for (const o of obs) {
      if (o.area === municipality && o.breakdown === 'all' && o.value !== null && (latest === null || comparePeriods(o.period, latest) > 0)) latest = o.period;
    }
    if (latest && (common === null || comparePeriods(latest, common) < 0)) common = latest;
  }
  return common;
}

export function themeResult(theme: Theme, input: OverblikInput): ThemeResult | null {
  const indicator = input.indicators.get(theme.indicator);
  const obs = input.observations.get(theme.indicator);
  if (!indicator || !obs || !input.period) return null;
  const all = obs.filter((o) => o.breakdown === 'all' && o.kind === 'actual');
  const values = valuesAt(all, 'all', input.period);
  const value = values.get(input.municipality) ?? null;
  const lastYear = sameperiodLastYear(input.period);
  const previous = lastYear ? (valuesAt(all, 'all', lastYear).get(input.municipality) ?? null) : null;
  const change = value !== null && previous !== null ? value - previous : null;

  const municipal = new Map<string, number | null>();
  for (const code of input.municipalityCodes) if (code !== NATIONAL) municipal.set(code, values.get(code) ?? null);
  // Ranking raw counts would rank municipalities by size: only shares are ranked.
  const ranks = indicator.unit === 'pct' ? rankValues(municipal, lowerIsBetter(indicator)) : new Map<string, number>();
  const countObs = theme.countIndicator ? input.observations.get(theme.countIndicator) : undefined;
  const count = countObs ? valuesAt(countObs, 'all', input.period).get(input.municipality) : value;
  const uncertain = count !== null && count !== undefined && count < SMALL_NUMBER;

  const rows = trendRows(all, input);
  const result: ThemeResult = {
    theme,
    indicator,
    period: input.period,
    value,
    previous,
    change,
    rank: ranks.get(input.municipality) ?? null,
    rankTotal: ranks.size,
    uncertain,
    sentence: '',
    rows,
    // Hele landet's count would dwarf a municipality's: it is drawn only for shares.
    seriesKeys: [input.municipality, ...input.peers.filter((p) => p !== input.municipality && (indicator.unit === 'pct' || p !== NATIONAL))],
  };
  result.sentence = summarySentence(result, input.names.get(input.municipality) ?? input.municipality);
  return result;
}

/** The municipality and its peers over the 24 months up to the report month; groups as averages. */
function trendRows(all: Observation[], input: OverblikInput): ChartRow[] {
  const from = monthsBefore(input.period!, 23);
  const periods = [...new Set(all.map((o) => o.period))].filter((p) => (!from || comparePeriods(p, from) >= 0) && comparePeriods(p, input.period!) <= 0).sort(comparePeriods);
  const groupIds = new Set(input.groups.map((g) => g.group_id));
  const byPeriod = new Map<string, Map<string, number | null>>();
  for (const o of all) {
    let m = byPeriod.get(o.period);
    if (!m) byPeriod.set(o.period, (m = new Map<string, number | null>()));
    m.set(o.area, o.value);
  }
  return periods.map((period) => {
    const values = byPeriod.get(period) ?? new Map<string, number | null>();
    const row: ChartRow = { time: periodStart(parsePeriod(period)!), period };
    for (const key of [input.municipality, ...input.peers]) {
      row[key] = groupIds.has(key) ? groupAverage(key, input.groups, values).value : (values.get(key) ?? null);
    }
    return row;
  });
}

function unitText(unit: Unit, value: number): string {
  return unit === 'pct' ? `${formatNumber(value, 1, 1)} %` : formatNumber(value, 0);
}

/** One plain Danish sentence per theme; it is also the chart's text alternative. */
export function summarySentence(r: Pick<ThemeResult, 'theme' | 'indicator' | 'period' | 'value' | 'change' | 'rank' | 'rankTotal' | 'uncertain'>, area: string): string {
  if (r.value === null) return `${r.theme.subject} i ${area} er der ingen tal for i ${formatPeriod(r.period, true)}.`;
  const pct = r.indicator.unit === 'pct';
  let sentence = `${r.theme.subject} i ${area} var ${unitText(r.indicator.unit, r.value)} i ${formatPeriod(r.period, true)}`;
  if (r.change !== null) {
    const size = pct ? `${formatNumber(Math.abs(r.change), 1, 1)} procentpoint` : formatNumber(Math.abs(r.change), 0);
    sentence += r.change === 0 ? ', det samme som året før' : `, ${size} ${r.change > 0 ? 'højere' : 'lavere'} end året før`;
  }
  if (r.rank !== null) sentence += `; nr. ${r.rank} af ${r.rankTotal} kommuner`;
  sentence += '.';
  if (r.uncertain) sentence += ' Tallet bygger på under 20 personer og er usikkert.';
  return sentence;
}
