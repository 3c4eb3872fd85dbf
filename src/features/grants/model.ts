// The grants view's model: the grants the filters in the view spec leave, in the spec's order,
// with their totals, timeline, the opened grant's budget lines, and the table's CSV.
import { grantsTexts } from '../../i18n/texts/grants.ts';
import { textsWith } from '../../i18n/locale.ts';
import type { FrameModel } from '../../model/frame-model.ts';
import { sourceLineFor } from '../../model/source-line.ts';
import { niceTicks } from '../../charts/ticks.ts';
import type { CoreBundle } from '../../data/bundle.ts';
import type { Grant, GrantLine } from '../../data/contract.ts';
import { areaNamesFor, choicesLine, type Locale } from '../../i18n/locale.ts';
import type { ViewSpec } from '../../view/view-spec.ts';

export const SORT_KEYS = ['municipality', 'title', 'grantor', 'amount', 'start', 'decided'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface GrantSort {
  key: SortKey;
  ascending: boolean;
}

/** "amount" is ascending, "-amount" descending; no sort in the spec means the largest amount first. */
function parseSort(sort: string | null): GrantSort {
  const key = sort?.replace(/^-/, '') as SortKey | undefined;
  if (!sort || !key || !SORT_KEYS.includes(key)) return { key: 'amount', ascending: false };
  return { key, ascending: !sort.startsWith('-') };
}

export function sortParam(s: GrantSort): string | null {
  return s.key === 'amount' && !s.ascending ? null : `${s.ascending ? '' : '-'}${s.key}`;
}

interface GrantRow {
  grant: Grant;
  municipality: string;
  amount: string;
  period: string;
  decided: string;
}

export interface GrantsModel {
  rows: GrantRow[];
  sort: GrantSort;
  subtitle: string;
  municipalities: { code: string; name: string }[];
  grantors: string[];
  sourceLine: string;
  timeline: { years: number[]; bars: { grantId: string; label: string; start: number; width: number; text: string }[] } | null;
  selected: {
    grant: Grant;
    subtitle: string;
    lines: (GrantLine & { text: string })[];
    ticks: number[];
    total: string;
    sourceLine: string;
    differs: string;
    /** The guaranteed part and the part that depends on results, where the minutes give both. */
    guarantee: { guaranteed: number; atRisk: number; guaranteedText: string; atRiskText: string } | null;
  } | null;
  /** A grant's amount as the source panel shows it. */
  amountOf: (grantId: string) => string;
  /** The table as the frame's actions share and download it. */
  frame: FrameModel;
}

export function grantsModel(core: Pick<CoreBundle, 'municipalities' | 'groups' | 'grants' | 'grantLines' | 'sources'>, spec: ViewSpec, locale: Locale): GrantsModel {
  const t = textsWith(locale, grantsTexts);
  const names = areaNamesFor(core, locale);
  const dkk = (v: number | null) => locale.value(v, 'dkk');
  const sort = parseSort(spec.sort);
  const valueOf = (g: Grant): string | number => {
    switch (sort.key) {
      case 'municipality':
        return names.get(g.municipality_code) ?? '';
      case 'title':
        return g.title;
      case 'grantor':
        return g.grantor;
      case 'amount':
        return g.amount_dkk;
      case 'start':
        return g.period_start;
      case 'decided':
        return g.decided_on;
    }
  };
  const grants = core.grants
    .filter((g) => (!spec.grantArea || g.municipality_code === spec.grantArea) && (!spec.grantor || g.grantor === spec.grantor))
    .sort((a, b) => {
      const va = valueOf(a);
      const vb = valueOf(b);
      const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : locale.collator.compare(String(va), String(vb));
      return sort.ascending ? c : -c;
    });
  const range = (g: Grant) => (g.period_start ? `${locale.date(g.period_start)} – ${locale.date(g.period_end)}` : '–');
  const rows = grants.map((g) => ({ grant: g, municipality: names.get(g.municipality_code) ?? g.municipality_code, amount: dkk(g.amount_dkk), period: range(g), decided: g.decided_on ? locale.date(g.decided_on) : '–' }));
  const total = grants.reduce((a, g) => a + g.amount_dkk, 0);

  const dated = grants.filter((g) => g.period_start && g.period_end);
  let timeline: GrantsModel['timeline'] = null;
  if (dated.length > 0) {
    const firstYear = Math.min(...dated.map((g) => Number(g.period_start.slice(0, 4))));
    const lastYear = Math.max(...dated.map((g) => Number(g.period_end.slice(0, 4)))) + 1;
    const t0 = Date.UTC(firstYear, 0, 1);
    const x = (time: number) => ((time - t0) / (Date.UTC(lastYear, 0, 1) - t0)) * 100;
    timeline = {
      years: Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i),
      bars: dated.map((g) => {
        const start = x(Date.parse(g.period_start));
        return { grantId: g.grant_id, label: `${names.get(g.municipality_code) ?? ''}: ${g.title}`, start, width: Math.max(x(Date.parse(g.period_end) + 86_400_000) - start, 0.5), text: range(g) };
      }),
    };
  }

  const grant = core.grants.find((g) => g.grant_id === spec.grant) ?? null;
  const lines = grant ? core.grantLines.filter((l) => l.grant_id === grant.grant_id) : [];
  const selected = grant
    ? {
        grant,
        subtitle: `${names.get(grant.municipality_code) ?? ''} · ${grant.grantor} · ${dkk(grant.amount_dkk)}`,
        lines: lines.map((l) => ({ ...l, text: dkk(l.amount_dkk) })),
        guarantee:
          grant.guaranteed_dkk !== null && grant.at_risk_dkk !== null
            ? { guaranteed: grant.guaranteed_dkk, atRisk: grant.at_risk_dkk, guaranteedText: dkk(grant.guaranteed_dkk), atRiskText: dkk(grant.at_risk_dkk) }
            : null,
        ticks: niceTicks(0, Math.max(0, ...lines.map((l) => l.amount_dkk))),
        total: dkk(lines.reduce((a, l) => a + l.amount_dkk, 0)),
        sourceLine: sourceLineFor(core, [grant.source_id], locale),
        differs: grant.budget_total_dkk !== null && grant.budget_total_dkk !== grant.amount_dkk ? t.budgetDiffers(dkk(grant.budget_total_dkk), dkk(grant.amount_dkk)) : '',
      }
    : null;

  const municipalities = [...new Set(core.grants.map((g) => g.municipality_code))].map((code) => ({ code, name: names.get(code) ?? code })).sort((a, b) => locale.collator.compare(a.name, b.name));
  const c = t.csvColumns;
  return {
    rows,
    sort,
    subtitle: t.grantsSubtitle(rows.length, dkk(total)),
    municipalities,
    grantors: [...new Set(core.grants.map((g) => g.grantor))].sort(locale.collator.compare),
    sourceLine: sourceLineFor(core, grants.map((g) => g.source_id), locale),
    timeline,
    selected,
    amountOf: (id) => dkk(core.grants.find((g) => g.grant_id === id)?.amount_dkk ?? null),
    frame: {
      title: t.grantsTitle,
      subtitle: t.grantsSubtitle(rows.length, dkk(total)),
      choices: choicesLine(locale, { areas: [spec.grantArea ? (names.get(spec.grantArea) ?? spec.grantArea) : t.allMunicipalities], extra: spec.grantor ?? t.allGrantors }),
      unitLabel: t.units.dkk,
      legend: [],
      notes: [],
      table: { caption: t.grantsTitle, columns: [], rows: [] },
      textAlternative: '',
      sourceLine: sourceLineFor(core, grants.map((g) => g.source_id), locale),
      fileTitle: t.grantsTitle,
      empty: rows.length ? null : { title: t.emptyTitle, body: '' },
      csv: {
      columns: [c.area, c.code, t.grantTitle, t.grantor, t.amount, t.periodFrom, t.periodTo, t.decidedOn, c.source, c.item],
      rows: grants.map((g) => [names.get(g.municipality_code) ?? '', g.municipality_code, g.title, g.grantor, g.amount_dkk, g.period_start, g.period_end, g.decided_on, g.source_id, g.item]),
      },
    },
  };
}
