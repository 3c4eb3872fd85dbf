// What an update changed, series by series: the periods that are new and the values the publisher
// revised. The monthly workflow puts this in its pull request so a reviewer sees it at a glance.
import type { Observation } from '../data/contract.ts';
import { comparePeriods } from '../data/period.ts';

export interface IndicatorChange {
  indicator: string;
  /** Periods in the new data that the old did not have, oldest first. */
  newPeriods: string[];
  /** Values that differ between old and new for a period both have. */
  revised: { area: string; breakdown: string; period: string; kind: string; before: number | null; after: number | null }[];
  /** Rows the old data had and the new does not. */
  removed: number;
  rows: number;
}

const keyOf = (o: Observation) => `${o.area}|${o.breakdown}|${o.period}|${o.kind}`;

export function dataChanges(before: readonly Observation[], after: readonly Observation[]): IndicatorChange[] {
  const group = (list: readonly Observation[]) => {
    const by = new Map<string, Map<string, Observation>>();
    for (const o of list) {
      let m = by.get(o.indicator);
      if (!m) by.set(o.indicator, (m = new Map<string, Observation>()));
      m.set(keyOf(o), o);
    }
    return by;
  };
  const old = group(before);
  const fresh = group(after);
  const out: IndicatorChange[] = [];
  for (const [indicator, rows] of fresh) {
    const previous = old.get(indicator) ?? new Map<string, Observation>();
    const oldPeriods = new Set([...previous.values()].map((o) => o.period));
    const newPeriods = [...new Set([...rows.values()].map((o) => o.period))].filter((p) => !oldPeriods.has(p)).sort(comparePeriods);
    const revised: IndicatorChange['revised'] = [];
    for (const [key, o] of rows) {
      const was = previous.get(key);
      if (was && was.value !== o.value) revised.push({ area: o.area, breakdown: o.breakdown, period: o.period, kind: o.kind, before: was.value, after: o.value });
    }
    const removed = [...previous.keys()].filter((k) => !rows.has(k)).length;
    out.push({ indicator, newPeriods, revised, removed, rows: rows.size });
  }
  return out.sort((a, b) => a.indicator.localeCompare(b.indicator));
}

/** The changes as Markdown for a pull request body; at most `examples` revisions are listed per indicator. */
export function changesMarkdown(changes: readonly IndicatorChange[], names: ReadonlyMap<string, string>, examples = 5): string {
  const lines = ['| nøgletal | nye perioder | reviderede tal | fjernede rækker |', '|---|---|---|---|'];
  for (const c of changes) {
    const periods = c.newPeriods.length === 0 ? '–' : c.newPeriods.length <= 3 ? c.newPeriods.join(', ') : `${c.newPeriods.length} (${c.newPeriods[0]} – ${c.newPeriods.at(-1)})`;
    lines.push(`| ${c.indicator} | ${periods} | ${c.revised.length || '–'} | ${c.removed || '–'} |`);
  }
  const revisions = changes.filter((c) => c.revised.length > 0);
  if (revisions.length > 0) {
    lines.push('', 'Eksempler på reviderede tal:', '');
    for (const c of revisions) {
      for (const r of c.revised.slice(0, examples)) {
        lines.push(`- ${c.indicator}, ${names.get(r.area) ?? r.area}${r.breakdown === 'all' ? '' : `, ${r.breakdown}`}, ${r.period}: ${r.before ?? 'tom'} → ${r.after ?? 'tom'}`);
      }
      if (c.revised.length > examples) lines.push(`- … og ${c.revised.length - examples} mere for ${c.indicator}`);
    }
  }
  const unchanged = changes.every((c) => c.newPeriods.length === 0 && c.revised.length === 0 && c.removed === 0);
  return `${unchanged ? 'Ingen ændringer i tallene.\n\n' : ''}${lines.join('\n')}\n`;
}
