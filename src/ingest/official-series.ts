// Converts the official public series (Jobindsats dashboard JSON, Statistikbanken CSV
// extracts) into contract observations. Pure: the CLI reads and writes the files.
import { decimalCommaToPoint } from '../data/danish-text.ts';
import type { Frequency, Indicator, Observation, Source, Unit } from '../data/contract.ts';
import { semanticsOf } from '../data/semantics.ts';
import type { AreaResolver } from '../data/area-names.ts';
import { isAggregateName } from '../data/area-names.ts';
import { readCsv } from '../data/parse-csv.ts';
import { periodFromStatbank } from '../data/statbank-period.ts';

export class IngestError extends Error {}

interface MonthlySeries {
  section: string;
  field: string;
  indicator: string;
  breakdown: string;
  source: string;
}

const JOBINDSATS_MONTHLY: MonthlySeries[] = [
  { section: 'unemployment', field: 'total', indicator: 'ledige', breakdown: 'all', source: 'jobindsats-y25i01' },
  { section: 'unemployment', field: 'dagpenge', indicator: 'ledige', breakdown: 'a-dagpenge', source: 'jobindsats-y25i01' },
  { section: 'unemployment', field: 'kontanthjaelp', indicator: 'ledige', breakdown: 'kontanthjælp', source: 'jobindsats-y25i01' },
  { section: 'unemployment', field: 'totalRate', indicator: 'ledighed_pct', breakdown: 'all', source: 'jobindsats-y25i01' },
  { section: 'unemployment', field: 'dagpengeRate', indicator: 'ledighed_pct', breakdown: 'a-dagpenge', source: 'jobindsats-y25i01' },
  { section: 'unemployment', field: 'kontanthjaelpRate', indicator: 'ledighed_pct', breakdown: 'kontanthjælp', source: 'jobindsats-y25i01' },
  { section: 'longterm', field: 'total', indicator: 'langtidsledige', breakdown: 'all', source: 'jobindsats-y25i09' },
  { section: 'longterm', field: 'dagpenge', indicator: 'langtidsledige', breakdown: 'a-dagpenge', source: 'jobindsats-y25i09' },
  { section: 'longterm', field: 'kontanthjaelp', indicator: 'langtidsledige', breakdown: 'kontanthjælp', source: 'jobindsats-y25i09' },
  { section: 'cashAssistance', field: 'persons', indicator: 'kontanthjaelp_personer', breakdown: 'all', source: 'jobindsats-y60a02' },
  { section: 'cashAssistance', field: 'fullTime', indicator: 'kontanthjaelp_fuldtid', breakdown: 'all', source: 'jobindsats-y60a02' },
  { section: 'cashAssistance', field: 'workforceRate', indicator: 'kontanthjaelp_pct_arbejdsstyrke', breakdown: 'all', source: 'jobindsats-y60a02' },
  { section: 'cashAssistance', field: 'populationRate', indicator: 'kontanthjaelp_pct_befolkning', breakdown: 'all', source: 'jobindsats-y60a02' },
  { section: 'activation', field: 'degree', indicator: 'aktiveringsgrad', breakdown: 'all', source: 'jobindsats-y60c07' },
  { section: 'activation', field: 'affectedShare', indicator: 'aktiveringsberoerte_pct', breakdown: 'all', source: 'jobindsats-y60c07' },
  { section: 'ordinaryHours', field: 'persons', indicator: 'kontanthjaelp_loentimer', breakdown: 'all', source: 'jobindsats-y60j01' },
  { section: 'ordinaryHours', field: 'share', indicator: 'kontanthjaelp_loentimer_pct', breakdown: 'all', source: 'jobindsats-y60j01' },
];

/** The latest month only, broken down by category. */
const JOBINDSATS_LATEST = [
  { section: 'cashVisitation', field: 'fullTime', indicator: 'kontanthjaelp_visitation', source: 'jobindsats-y60a02' },
  { section: 'offers', field: 'courses', indicator: 'aktiveringsforloeb', source: 'jobindsats-y60c02' },
  { section: 'offers', field: 'activated', indicator: 'aktiverede_tilbud', source: 'jobindsats-y60c02' },
];

const JOBINDSATS_URL = 'https://www.jobindsats.dk/';
const JOBINDSATS_RETRIEVED = '2026-08-22';
// Jobindsats publishes a month's figures about two months after it ends.
const JOBINDSATS_DELAY_DAYS = '70';

export const OFFICIAL_SOURCES: Source[] = [
  ['jobindsats-y25i01', 'Ledighed (y25i01)', 'y25i01', JOBINDSATS_URL],
  ['jobindsats-y25i09', 'Langtidsledighed (y25i09)', 'y25i09', JOBINDSATS_URL],
  ['jobindsats-y60a02', 'Kontanthjælp: personer, fuldtidspersoner og visitation (y60a02)', 'y60a02', JOBINDSATS_URL],
  ['jobindsats-y60c07', 'Aktiveringsgrad, kontanthjælp (y60c07)', 'y60c07', JOBINDSATS_URL],
  ['jobindsats-y60c02', 'Aktiveringsforløb efter tilbudstype, kontanthjælp (y60c02)', 'y60c02', JOBINDSATS_URL],
  ['jobindsats-y60j01', 'Kontanthjælpsmodtagere med ordinære løntimer (y60j01)', 'y60j01', JOBINDSATS_URL],
].map(([source_id, title, document, url]) => ({
  source_id: source_id!,
  municipality_code: '000',
  body: 'Jobindsats.dk / STAR',
  meeting_date: '',
  title: title!,
  document: document!,
  url: url!,
  publisher: 'Styrelsen for Arbejdsmarked og Rekruttering (STAR), Jobindsats.dk',
  retrieved: JOBINDSATS_RETRIEVED,
  usual_delay_days: JOBINDSATS_DELAY_DAYS,
}));

const DST = (source_id: string, title: string, table: string, retrieved: string, usual_delay_days: string): Source => ({
  source_id,
  municipality_code: '000',
  body: 'Danmarks Statistik',
  meeting_date: '',
  title,
  document: table,
  url: `https://www.statbank.dk/${table}`,
  publisher: 'Danmarks Statistik, Statistikbanken (CC BY 4.0)',
  retrieved,
  usual_delay_days,
});

OFFICIAL_SOURCES.push({
  source_id: 'dagi-kommunegraenser',
  municipality_code: '000',
  body: 'Geodatastyrelsen',
  meeting_date: '',
  title: 'Kommunegrænser (DAGI, 1:500.000, 2014)',
  document: 'DAGI kommunegrænser 2014',
  url: 'https://dataforsyningen.dk/',
  publisher: 'Geodatastyrelsen / Danske Kommuner, DAGI',
  retrieved: '2015-07-20',
  usual_delay_days: '',
});
OFFICIAL_SOURCES.push(
  DST('dst-auk01', 'Offentligt forsørgede: nettoledige kontanthjælpsmodtagere, fuldtidsmodtagere (AUK01)', 'AUK01', '2026-04-01', '100'),
  DST('dst-folk1am', 'Befolkningen den 1. i måneden (FOLK1AM)', 'FOLK1AM', '2026-04-01', '60'),
  DST('dst-aup02', 'Fuldtidsledige i pct. af arbejdsstyrken, årsgennemsnit (AUP02)', 'AUP02', '2026-04-01', '200'),
);

export type IndicatorRow = Omit<Indicator, 'lower_is_better' | 'share_of' | 'figure' | 'frequency' | 'rank_of' | 'additive'> &
  Record<'lower_is_better' | 'share_of' | 'figure' | 'frequency' | 'rank_of' | 'additive', string>;
/** What kind of figure an official indicator is (README, "Nøgletallenes art"): monthly and not additive unless said. */
interface IndicatorSemantics {
  frequency?: Frequency;
  additive?: boolean;
  rankOf?: number;
}
export const ind = (
  indicator: string,
  unit: Unit,
  label_da: string,
  label_en: string,
  description_da: string,
  lower_is_better = 'yes',
  share_of = '',
  { frequency = 'month', additive = false, rankOf }: IndicatorSemantics = {},
): IndicatorRow => ({
  indicator,
  unit,
  label_da,
  label_en,
  description_da,
  lower_is_better,
  share_of,
  figure: semanticsOf({ unit, lower_is_better }).figure,
  frequency,
  rank_of: rankOf ? String(rankOf) : '',
  additive: additive ? 'yes' : 'no',
});

export const OFFICIAL_INDICATORS: IndicatorRow[] = [
  ind('ledige', 'persons', 'Registrerede ledige', 'Registered unemployed', 'Antal personer, der er registreret ledige i måneden (bruttoledige), i alt og fordelt på a-dagpenge og kontanthjælp. Ikke sæsonkorrigeret.', 'yes', '', { additive: true }),
  ind('ledighed_pct', 'pct', 'Ledighed i pct. af arbejdsstyrken', 'Unemployment, % of labour force', 'Registrerede ledige i procent af arbejdsstyrken i kommunen, i alt og fordelt på a-dagpenge og kontanthjælp. Ikke sæsonkorrigeret.', 'yes', 'arbejdsstyrken', { additive: true }),
  ind('langtidsledige', 'persons', 'Langtidsledige', 'Long-term unemployed', 'Antal personer, der har været ledige i mindst 80 pct. af tiden det seneste år, i alt og fordelt på a-dagpenge og kontanthjælp.', 'yes', '', { additive: true }),
  ind('kontanthjaelp_personer', 'persons', 'Kontanthjælpsmodtagere (personer)', 'Social assistance recipients (persons)', 'Antal personer, der har modtaget kontanthjælp i måneden, uanset hvor meget.'),
  ind('kontanthjaelp_fuldtid', 'fte', 'Kontanthjælpsmodtagere (fuldtidspersoner)', 'Social assistance recipients (full-time)', 'Kontanthjælp omregnet til fuldtidspersoner: to personer på halv tid tæller som én.'),
  ind('kontanthjaelp_pct_arbejdsstyrke', 'pct', 'Kontanthjælp i pct. af arbejdsstyrken', 'Social assistance, % of labour force', 'Fuldtidspersoner på kontanthjælp i procent af arbejdsstyrken i kommunen.', 'yes', 'arbejdsstyrken'),
  ind('kontanthjaelp_pct_befolkning', 'pct', 'Kontanthjælp i pct. af befolkningen 16-66 år', 'Social assistance, % of population 16-66', 'Fuldtidspersoner på kontanthjælp i procent af befolkningen mellem 16 og 66 år.', 'yes', 'befolkningen 16-66 år'),
  ind('aktiveringsgrad', 'pct', 'Aktiveringsgrad, kontanthjælp', 'Activation rate, social assistance', 'Den del af tiden, kontanthjælpsmodtagere (jobparate og ikke-jobparate) har været i aktive tilbud, i procent.', 'no'),
  ind('aktiveringsberoerte_pct', 'pct', 'Andel aktiveringsberørte, kontanthjælp', 'Share in activation, social assistance', 'Andel af kontanthjælpsmodtagerne, der har været i et aktivt tilbud i måneden, i procent.', 'no'),
  ind('kontanthjaelp_loentimer', 'persons', 'Kontanthjælpsmodtagere med ordinære løntimer', 'Social assistance recipients with paid hours', 'Antal kontanthjælpsmodtagere, der har haft ordinære løntimer i måneden.', 'no'),
  ind('kontanthjaelp_loentimer_pct', 'pct', 'Andel kontanthjælpsmodtagere med ordinære løntimer', 'Share of recipients with paid hours', 'Andel af kontanthjælpsmodtagerne med ordinære løntimer i måneden, i procent.', 'no'),
  ind('kontanthjaelp_visitation', 'fte', 'Kontanthjælp efter visitationskategori', 'Social assistance by category', 'Fuldtidspersoner på kontanthjælp i den seneste måned, fordelt på visitationskategori (jobparat, aktivitetsparat m.fl.).', 'yes', '', { additive: true }),
  ind('aktiveringsforloeb', 'count', 'Aktiveringsforløb efter tilbudstype', 'Activation courses by offer type', 'Antal aktiveringsforløb for kontanthjælpsmodtagere i den seneste måned, fordelt på tilbudstype.', 'no'),
  ind('aktiverede_tilbud', 'persons', 'Aktiverede kontanthjælpsmodtagere efter tilbudstype', 'Activated recipients by offer type', 'Antal kontanthjælpsmodtagere i aktivering i den seneste måned, fordelt på tilbudstype.', 'no'),
  ind('nettoledige_kontanthjaelp', 'fte', 'Nettoledige kontanthjælpsmodtagere (fuldtid)', 'Net-unemployed social assistance recipients (full-time)', 'Nettoledige kontanthjælpsmodtagere omregnet til fuldtidsmodtagere, kvartalsvis (Danmarks Statistik, AUK01).', 'yes', '', { frequency: 'quarter' }),
  ind('ledighed_pct_aar', 'pct', 'Ledighed i pct. af arbejdsstyrken, årligt', 'Unemployment, % of labour force, yearly', 'Fuldtidsledige i procent af arbejdsstyrken, årstal (Danmarks Statistik, AUP02).', 'yes', 'arbejdsstyrken', { frequency: 'year' }),
  ind('befolkning', 'persons', 'Befolkning', 'Population', 'Hele befolkningen (alle aldre) den 1. i måneden. Bruges til tal pr. 1.000 indbyggere.', 'no'),
];

const obs = (
  area: string,
  indicator: string,
  breakdown: string,
  period: string,
  value: number | null,
  unit: Unit,
  source_id: string,
): Observation => ({ area, indicator, breakdown, period, value, unit, kind: 'actual', source_id, item: '', quote: '' });

const unitOf = (indicator: string): Unit => {
  const found = OFFICIAL_INDICATORS.find((i) => i.indicator === indicator);
  if (!found) throw new IngestError(`Ukendt indikator ${indicator}`);
  return found.unit;
};

export function requireArea(resolve: AreaResolver, name: string, where: string): string {
  const code = resolve(name);
  if (code === null) {
    throw new IngestError(`${where}: området "${name}" kan ikke findes i municipalities.csv. Ret navnet eller tilføj et alias.`);
  }
  return code;
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new IngestError(`${where}: forventede et objekt.`);
  }
  return value as Record<string, unknown>;
}

function asArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new IngestError(`${where}: forventede en liste.`);
  return value;
}

function asValue(v: unknown, where: string): number | null {
  if (v === null || v === undefined || v === '..' || v === '') return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  throw new IngestError(`${where}: "${JSON.stringify(v)}" er ikke et tal.`);
}

/** Jobindsats dashboard JSON: { municipalities: { slug: {...} }, national: {...} }. */
export function convertJobindsats(json: unknown, resolve: AreaResolver): Observation[] {
  const root = asRecord(json, 'dashboard-data.json');
  const municipalities = asRecord(root.municipalities, 'municipalities');
  const areas = [...Object.values(municipalities), root.national];
  const grid = monthGrid(root.national);
  const out: Observation[] = [];
  for (const raw of areas) {
    const area = asRecord(raw, 'område');
    const name = typeof area.name === 'string' ? area.name : '';
    const code = requireArea(resolve, name, 'dashboard-data.json');
    for (const s of JOBINDSATS_MONTHLY) {
      const section = area[s.section];
      if (section === undefined) continue;
      const sec = asRecord(section, `${name}.${s.section}`);
      const labels = asArray(sec.labels, `${name}.${s.section}.labels`).map(String);
      const values = asArray(sec[s.field], `${name}.${s.section}.${s.field}`);
      const byLabel = new Map(labels.map((label, i) => [label, asValue(values[i], `${name}.${s.section}.${s.field}[${i}]`)]));
      // Small municipalities lack some months in the source; those months are missing, not absent.
      const months = [...new Set([...(grid.get(s.section) ?? []), ...labels])].sort();
      for (const label of months) {
        const period = periodFromStatbank(label);
        if (!period) throw new IngestError(`${name}.${s.section}: ukendt periode "${label}".`);
        out.push(obs(code, s.indicator, s.breakdown, period, byLabel.get(label) ?? null, unitOf(s.indicator), s.source));
      }
    }
    for (const s of JOBINDSATS_LATEST) {
      const section = area[s.section];
      if (section === undefined) continue;
      const sec = asRecord(section, `${name}.${s.section}`);
      const period = periodFromStatbank(String(sec.period));
      if (!period) throw new IngestError(`${name}.${s.section}: ukendt periode "${String(sec.period)}".`);
      const labels = asArray(sec.labels, `${name}.${s.section}.labels`);
      const values = asArray(sec[s.field], `${name}.${s.section}.${s.field}`);
      labels.forEach((label, i) => {
        out.push(obs(code, s.indicator, String(label), period, asValue(values[i], `${name}.${s.section}[${i}]`), unitOf(s.indicator), s.source));
      });
    }
  }
  return out;
}

/** The months the national series covers, per section: the grid every municipality is written on. */
function monthGrid(national: unknown): Map<string, string[]> {
  const grid = new Map<string, string[]>();
  if (typeof national !== 'object' || national === null) return grid;
  for (const [section, value] of Object.entries(national as Record<string, unknown>)) {
    const labels = (value as { labels?: unknown } | null)?.labels;
    if (Array.isArray(labels) && !('period' in (value as object))) grid.set(section, labels.map(String));
  }
  return grid;
}

/** A Statistikbanken extract (`;`, BOM, OMRÅDE … TID;INDHOLD). Regions and provinces are skipped. */
export function convertStatbankTable(
  text: string,
  file: string,
  resolve: AreaResolver,
  target: { indicator: string; source: string },
): Observation[] {
  const { header, records } = readCsvSemicolon(text);
  return periodRows(header, records, file, resolve, target, { area: 'OMRÅDE', period: 'TID', value: 'INDHOLD', periodWord: 'periode' });
}

/** The yearly unemployment table: municipality,year,value (no national row in the source). */
export function convertYearlyTable(
  text: string,
  file: string,
  resolve: AreaResolver,
  target: { indicator: string; source: string },
): Observation[] {
  const { header, records } = readCsv(text);
  return periodRows(header, records, file, resolve, target, { area: 'municipality', period: 'year', value: 'value', periodWord: 'år' });
}

/** One figure per row of an area, a period and a value column; regions and provinces are skipped. */
function periodRows(
  header: string[],
  records: Record<string, string>[],
  file: string,
  resolve: AreaResolver,
  target: { indicator: string; source: string },
  columns: { area: string; period: string; value: string; periodWord: string },
): Observation[] {
  for (const col of [columns.area, columns.period, columns.value]) {
    if (!header.includes(col)) throw new IngestError(`${file}: kolonnen ${col} mangler.`);
  }
  const out: Observation[] = [];
  records.forEach((r, i) => {
    const name = r[columns.area] ?? '';
    if (isAggregateName(name)) return;
    const at = `${file}, række ${i + 2}`;
    const code = requireArea(resolve, name, at);
    const period = periodFromStatbank(r[columns.period] ?? '');
    if (!period) throw new IngestError(`${at}: ukendt ${columns.periodWord} "${r[columns.period]}".`);
    out.push(obs(code, target.indicator, 'all', period, statbankValue(r[columns.value] ?? '', at), unitOf(target.indicator), target.source));
  });
  return out;
}

/** Statistikbanken writes `..` for a missing value and may use a decimal comma. */
export function statbankValue(text: string, where: string): number | null {
  const t = text.trim();
  if (t === '' || t === '..' || t === '.' || t.toLowerCase() === 'null') return null;
  const normal = t.includes(',') ? decimalCommaToPoint(t) : t;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) throw new IngestError(`${where}: "${text}" er ikke et tal.`);
  return Number(normal);
}

function readCsvSemicolon(text: string) {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return readCsv(text, firstLine.includes(';') ? ';' : ',');
}
