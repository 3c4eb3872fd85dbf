// The report: its themes, summary sentences and print layout. Danish first; the English has the Danish object's type, so no key is missing.
import type { Lang } from '../../view/view-spec.ts';

/** The parts of a report theme's summary sentence, already formatted. */
export interface ReportSentence {
  subject: string;
  area: string;
  month: string;
  value: string | null;
  change: { size: string; sign: number } | null;
  per1000: string | null;
  rank: string | null;
  /** Municipalities the rank leaves out ("Fanø og Læsø"), named beside "af 96". */
  unranked: string | null;
  lowerBetter: boolean;
  uncertain: boolean;
}

export const reportDa = {
  reportTheme: 'Tema',
  themes: {
    ledighed: { title: 'Ledighed', subject: 'Ledigheden' },
    kontanthjaelp: { title: 'Kontanthjælp', subject: 'Andelen på kontanthjælp' },
    langtidsledighed: { title: 'Langtidsledighed', subject: 'Antallet af langtidsledige' },
    aktivering: { title: 'Aktivering', subject: 'Aktiveringsgraden for kontanthjælpsmodtagere' },
  },
  reportSentence: (r: ReportSentence) => {
    if (r.value === null) return `${r.subject} i ${r.area}: der er ingen tal for ${r.month}.`;
    let s = `${r.subject} i ${r.area} var ${r.value} i ${r.month}`;
    if (r.change) s += r.change.sign === 0 ? ', det samme som året før' : `, ${r.change.size} ${r.change.sign > 0 ? 'højere' : 'lavere'} end året før`;
    if (r.per1000) s += `; ${r.per1000} pr. 1.000 indbyggere`;
    if (r.rank) s += `; ${r.rank} kommuner (1 = ${r.lowerBetter ? 'lavest' : 'højest'}${r.unranked ? `; ${r.unranked} har ingen tal` : ''})`;
    s += '.';
    if (r.uncertain) s += ' Tallet bygger på under 20 personer og er usikkert.';
    return s;
  },
  reportTitle: (area: string) => `Beskæftigelsesoverblik: ${area}`,
  reportIntro: 'Kommunens nøgletal for måneden: værdien, ændringen siden samme måned året før, placeringen blandt de 98 kommuner og udviklingen de seneste to år ved siden af sammenligningskommunerne.',
  comparedWith: (n: number) => `sammenlignet med ${n}`,
  comparisonSet: 'Sammenlign med',
  resetPeers: 'Brug standardsammenligningen',
  unweightedAverage: 'uvægtet gns.',
  changeYear: 'Siden året før',
  openAsChart: 'Åbn som graf (kan indlejres) →',
  reportMinutes: (area: string) => `Hvad ${area}s udvalgsreferater siger`,
  figuresInMeeting: (labels: string[]) => (labels.length ? labels.join(', ') : 'ingen tal'),
};

const reportEn: typeof reportDa = {
  reportTheme: 'Theme',
  themes: {
    ledighed: { title: 'Unemployment', subject: 'Unemployment' },
    kontanthjaelp: { title: 'Social assistance', subject: 'The share on social assistance' },
    langtidsledighed: { title: 'Long-term unemployment', subject: 'The number of long-term unemployed' },
    aktivering: { title: 'Activation', subject: 'The activation rate of social assistance recipients' },
  },
  reportSentence: (r: ReportSentence) => {
    if (r.value === null) return `${r.subject} in ${r.area}: there are no figures for ${r.month}.`;
    let s = `${r.subject} in ${r.area} was ${r.value} in ${r.month}`;
    if (r.change) s += r.change.sign === 0 ? ', the same as a year before' : `, ${r.change.size} ${r.change.sign > 0 ? 'higher' : 'lower'} than a year before`;
    if (r.per1000) s += `; ${r.per1000} per 1,000 inhabitants`;
    if (r.rank) s += `; ${r.rank} municipalities (1 = ${r.lowerBetter ? 'lowest' : 'highest'}${r.unranked ? `; ${r.unranked} ${r.unranked.includes(' and ') ? 'have' : 'has'} no figures` : ''})`;
    s += '.';
    if (r.uncertain) s += ' The figure rests on fewer than 20 persons and is uncertain.';
    return s;
  },
  reportTitle: (area: string) => `Employment report: ${area}`,
  reportIntro: 'The municipality\'s key figures for the month: the value, the change since the same month a year before, the rank among the 98 municipalities and the last two years beside the comparison municipalities.',
  comparedWith: (n: number) => `compared with ${n}`,
  comparisonSet: 'Compare with',
  resetPeers: 'Use the default comparison',
  unweightedAverage: 'unweighted avg.',
  changeYear: 'Since a year before',
  openAsChart: 'Open as chart (can be embedded) →',
  reportMinutes: (area: string) => `What ${area}'s committee minutes say`,
  figuresInMeeting: (labels: string[]) => (labels.length ? labels.join(', ') : 'no figures'),
};

/** This feature's texts in the view's language; they load with the feature's code, not the first view's. */
export const reportTexts = (lang: Lang): typeof reportDa => (lang === 'en' ? reportEn : reportDa);
