// Grants and their budget lines. Danish first; the English has the Danish object's type, so no key is missing.
import type { Lang } from '../../view/view-spec.ts';

export const grantsDa = {
  grantor: 'Bevilliget af',
  allGrantors: 'Alle bevillingsgivere',
  grantsSubtitle: (n: number, total: string) => `${n} ${n === 1 ? 'bevilling' : 'bevillinger'}, i alt ${total}`,
  grantTitle: 'Formål',
  amount: 'Beløb',
  grantPeriod: 'Periode',
  decidedOn: 'Besluttet',
  grantTimeline: 'Bevillingsperioder',
  grantTimelineSubtitle: 'Hvornår pengene kan bruges',
  guaranteeLabel: 'Garanteret og usikker del af bevillingen',
  guaranteed: 'Garanteret',
  atRisk: 'Afhænger af resultatkrav',
  budgetLines: 'Budgetlinjer',
  budgetLine: 'Linje',
  noBudgetLines: 'Referatet opgør ikke bevillingen på budgetlinjer.',
  budgetDiffers: (lines: string, amount: string) => `Budgetlinjerne summer til ${lines}, som referatet angiver dem; bevillingen er på ${amount}`,
  sortBy: 'Sortér efter',
  grantSorts: { municipality: 'Kommune', title: 'Formål', grantor: 'Bevilliget af', amount: 'Beløb', start: 'Periode', decided: 'Besluttet' },
};

const grantsEn: typeof grantsDa = {
  grantor: 'Granted by',
  allGrantors: 'All grantors',
  grantsSubtitle: (k: number, total: string) => `${k} ${k === 1 ? 'grant' : 'grants'}, ${total} in all`,
  grantTitle: 'Purpose',
  amount: 'Amount',
  grantPeriod: 'Period',
  decidedOn: 'Decided',
  grantTimeline: 'Grant periods',
  grantTimelineSubtitle: 'When the money can be spent',
  guaranteeLabel: 'Guaranteed and uncertain part of the grant',
  guaranteed: 'Guaranteed',
  atRisk: 'Depends on result requirements',
  budgetLines: 'Budget lines',
  budgetLine: 'Line',
  noBudgetLines: 'The minutes do not break the grant down into budget lines.',
  budgetDiffers: (lines: string, amount: string) => `The budget lines add up to ${lines}, as the minutes state them; the grant is ${amount}`,
  sortBy: 'Sort by',
  grantSorts: { municipality: 'Municipality', title: 'Purpose', grantor: 'Granted by', amount: 'Amount', start: 'Period', decided: 'Decided' },
};

/** This feature's texts in the view's language; they load with the feature's code, not the first view's. */
export const grantsTexts = (lang: Lang): typeof grantsDa => (lang === 'en' ? grantsEn : grantsDa);
