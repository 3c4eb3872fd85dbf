// The data contract, version 1 (see README.md): one schema per file, Danish messages.
import { z } from 'zod';
import { isPeriod } from './period.ts';

// Our CSP forbids eval; without this zod probes for it with `new Function` on first use, and the
// browser reports that probe as a policy violation on every page that validates.
z.config({ jitless: true });

export const UNITS = ['persons', 'fte', 'pct', 'pp', 'dkk', 'rank', 'count'] as const;
/** What kind of figure an indicator is: it decides how it may be drawn, ranked and converted. */
const FIGURES = ['level', 'share', 'rate', 'rank', 'difference', 'money'] as const;
/** How often the figure is published: a monthly series, a yearly figure, a 12-month window, a figure on a date. */
export const FREQUENCIES = ['month', 'quarter', 'year', 'window', 'date', 'mixed'] as const;
export type Figure = (typeof FIGURES)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export const KINDS = ['actual', 'target', 'forecast', 'expected'] as const;
export type Unit = (typeof UNITS)[number];
export type Kind = (typeof KINDS)[number];

const required = z.string().trim().min(1, { error: 'må ikke være tom' });
const optional = z
  .string()
  .optional()
  .transform((s) => (s ?? '').trim());
const areaCode = z.string().regex(/^\d{3}$/, { error: 'skal være en kommunekode på tre cifre, fx 163' });
const isoDate = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isPeriod(s), { error: 'skal være en dato som ÅÅÅÅ-MM-DD' });
const optionalIsoDate = z.union([z.literal(''), isoDate]).optional().transform((s) => s ?? '');
const period = z.string().refine(isPeriod, { error: 'perioden skal skrives ÅÅÅÅ, ÅÅÅÅ-Qn, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD' });
// At most 15 digits before the point: beyond that a figure is not a count of anything Danish, and 10^400 would read as Infinity.
const NUMBER_RE = /^-?\d{1,15}(\.\d+)?$/;
const numberMessage = 'skal være et tal med punktum som decimaltegn og uden tusindtalsskilletegn, fx 1234.5';
const number = z
  .string()
  .trim()
  .regex(NUMBER_RE, { error: numberMessage })
  .transform(Number);
/**
 * An observation's value: empty means "missing in the source", kept as null, never as zero;
 * undefined when the text is not a number the contract accepts. Millions of rows are read by it
 * directly, the schema below for its message.
 */
export function readValue(text: string): number | null | undefined {
  const s = text.trim();
  if (s === '') return null;
  return NUMBER_RE.test(s) ? Number(s) : undefined;
}
const numberOrMissing = z
  .string()
  .refine((s) => readValue(s) !== undefined, { error: numberMessage + ' (tom celle = mangler)' })
  .transform((s) => readValue(s) ?? null);
const optionalNumber = z
  .string()
  .optional()
  .transform((s) => (s ?? '').trim())
  .refine((s) => s === '' || NUMBER_RE.test(s), { error: numberMessage })
  .transform((s) => (s === '' ? null : Number(s)));
const unit = z.enum(UNITS, { error: `enheden skal være en af ${UNITS.join(', ')}` });
const kind = z.enum(KINDS, { error: `arten skal være en af ${KINDS.join(', ')}` });
const quote = optional.refine((s) => s.length <= 200, { error: 'citatet må højst være 200 tegn' });

const municipalitySchema = z.object({ code: areaCode, name: required, region: optional });
const groupSchema = z.object({
  group_id: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'gruppe-id skal være små bogstaver, tal og bindestreg' }),
  name: required,
  member_code: areaCode,
  weighting: optional,
});
const indicatorSchema = z.object({
  indicator: z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'indikator-id skal være små bogstaver, tal og _' }),
  label_da: required,
  label_en: required,
  unit,
  description_da: required,
  lower_is_better: optional,
  share_of: optional,
  // Semantics (README, "Nøgletallenes art"); optional for imported files, required in data/ by check-data.
  figure: z.union([z.literal(''), z.enum(FIGURES)], { error: `arten af tal skal være en af ${FIGURES.join(', ')}` }).optional().transform((s) => s ?? ''),
  frequency: z.union([z.literal(''), z.enum(FREQUENCIES)], { error: `hyppigheden skal være en af ${FREQUENCIES.join(', ')}` }).optional().transform((s) => s ?? ''),
  rank_of: optional.refine((s) => s === '' || /^[1-9]\d{0,3}$/.test(s), { error: 'skal være antallet, der er placeret, fx 98' }),
  additive: z.union([z.literal(''), z.enum(['yes', 'no'])], { error: 'skal være yes eller no' }).optional().transform((s) => s ?? ''),
  /** The Danish words that name the indicator in minutes, separated by |; the extractor reads them. */
  terms_da: optional,
});
/** The English name of a breakdown value; Danish names are the values themselves. */
const breakdownLabelSchema = z.object({ indicator: required, breakdown: required, label_en: required, terms_da: z.string().optional() });
const sourceSchema = z.object({
  source_id: required,
  municipality_code: areaCode,
  body: required,
  meeting_date: optionalIsoDate,
  title: required,
  document: optional,
  url: optional.refine((s) => s === '' || /^https?:\/\//.test(s), { error: 'skal være en http(s)-adresse' }),
  publisher: optional,
  retrieved: optionalIsoDate,
  /** Days after a period ends by which the publisher usually has its figures out (official tables). */
  usual_delay_days: optional.refine((s) => s === '' || /^\d+$/.test(s), { error: 'skal være et helt antal dage' }),
});
export const observationSchema = z.object({
  area: required,
  indicator: required,
  breakdown: required,
  period,
  value: numberOrMissing,
  unit,
  kind,
  source_id: required,
  item: optional,
  quote,
});
const grantSchema = z.object({
  grant_id: required,
  municipality_code: areaCode,
  title: required,
  grantor: required,
  amount_dkk: number,
  period_start: optionalIsoDate,
  period_end: optionalIsoDate,
  decided_on: optionalIsoDate,
  source_id: required,
  item: optional,
  guaranteed_dkk: optionalNumber,
  at_risk_dkk: optionalNumber,
  budget_total_dkk: optionalNumber,
  quote,
});
const grantLineSchema = z.object({ grant_id: required, line: required, amount_dkk: number });

export type Municipality = z.output<typeof municipalitySchema>;
export type GroupMember = z.output<typeof groupSchema>;
type IndicatorRow = z.output<typeof indicatorSchema>;
type SemanticColumn = 'figure' | 'frequency' | 'rank_of' | 'additive' | 'terms_da';
/** The semantic columns are optional for indicators built in code (imports, tests); semantics.ts fills the gaps. */
export type Indicator = Omit<IndicatorRow, SemanticColumn> & Partial<Pick<IndicatorRow, SemanticColumn>>;
export type Source = z.output<typeof sourceSchema>;
export type Observation = z.output<typeof observationSchema>;
export type Grant = z.output<typeof grantSchema>;
export type GrantLine = z.output<typeof grantLineSchema>;
export type BreakdownLabel = z.output<typeof breakdownLabelSchema>;

/** The columns each file must have (further columns are allowed). */
export const CONTRACT = {
  municipalities: { schema: municipalitySchema, columns: ['code', 'name', 'region'] },
  groups: { schema: groupSchema, columns: ['group_id', 'name', 'member_code'] },
  indicators: { schema: indicatorSchema, columns: ['indicator', 'label_da', 'label_en', 'unit', 'description_da'] },
  sources: {
    schema: sourceSchema,
    columns: ['source_id', 'municipality_code', 'body', 'meeting_date', 'title', 'document', 'url'],
  },
  observations: {
    schema: observationSchema,
    columns: ['area', 'indicator', 'breakdown', 'period', 'value', 'unit', 'kind', 'source_id', 'item', 'quote'],
  },
  grants: {
    schema: grantSchema,
    columns: [
      'grant_id',
      'municipality_code',
      'title',
      'grantor',
      'amount_dkk',
      'period_start',
      'period_end',
      'decided_on',
      'source_id',
      'item',
    ],
  },
  grant_lines: { schema: grantLineSchema, columns: ['grant_id', 'line', 'amount_dkk'] },
  breakdowns: { schema: breakdownLabelSchema, columns: ['indicator', 'breakdown', 'label_en'] },
} as const;

export type ContractFile = keyof typeof CONTRACT;

export interface RowOf {
  municipalities: Municipality;
  groups: GroupMember;
  indicators: Indicator;
  sources: Source;
  observations: Observation;
  grants: Grant;
  grant_lines: GrantLine;
  breakdowns: BreakdownLabel;
}

/** A problem found in a data file. `row` counts as a spreadsheet does: the header is row 1. */
export interface DataError {
  file: string;
  row: number;
  column: string;
  message: string;
}
