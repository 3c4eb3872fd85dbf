// The update configuration (update.config.json): which publisher tables `npm run update` fetches,
// how each becomes contract rows, and the indicators they fill. A municipality adds a table here,
// not in code.
import { z } from 'zod';
import { FREQUENCIES, UNITS } from '../data/contract.ts';
import { semanticsOf } from '../data/semantics.ts';

const indicatorId = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'indikator-id skal være små bogstaver, tal og _' });

const source = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** How long after a period ends the publisher usually has its figures out; older series are marked. */
  usualDelayDays: z.number().int().positive(),
});

const statbankTable = z.object({
  table: z.string().regex(/^[A-Za-z0-9]+$/, { error: 'tabelnavnet skal være bogstaver og tal, fx AUK01' }),
  source,
  /** Variable code → value codes; "*" is every value, "16..66" a numeric range. Left-out variables are totalled by the publisher. */
  select: z.record(z.string(), z.array(z.string()).min(1)),
  area: z.string().default('OMRÅDE'),
  breakdown: z.string().optional(),
  /** A variable whose values are added up into one figure (ages 16..66 into one population). */
  sum: z.string().optional(),
  indicator: indicatorId,
});

const jobindsatsTable = z.object({
  table: z.string().regex(/^[A-Za-z0-9]+$/, { error: 'tabel-id skal være bogstaver og tal, fx ptva02' }),
  source,
  /** The dimension (by its name in the table's metadata) whose values become the breakdown. */
  breakdown: z.string().optional(),
  /** How many of the table's latest periods to fetch. */
  periods: z.number().int().positive(),
  /** Measure label as the API names it → indicator; or a named converter for tables with rules of their own. */
  measures: z.record(z.string(), indicatorId).optional(),
  convert: z.enum(['benchmark']).optional(),
});

const indicator = z.object({
  indicator: indicatorId,
  label_da: z.string().min(1),
  label_en: z.string().min(1),
  unit: z.enum(UNITS),
  description_da: z.string().min(1),
  lower_is_better: z.enum(['yes', 'no', '']).default('yes'),
  share_of: z.string().default(''),
  frequency: z.enum(FREQUENCIES).default('month'),
  rank_of: z.string().regex(/^(\d+)?$/).default(''),
  additive: z.enum(['yes', 'no']).default('no'),
}).transform((i) => ({ ...i, figure: semanticsOf(i).figure }));

const updateConfigSchema = z.object({
  statbank: z.object({ url: z.url(), tables: z.array(statbankTable) }),
  jobindsats: z.object({ url: z.url(), tables: z.array(jobindsatsTable) }),
  indicators: z.array(indicator),
});

export type UpdateConfig = z.output<typeof updateConfigSchema>;
export type StatbankTable = UpdateConfig['statbank']['tables'][number];
export type JobindsatsTable = UpdateConfig['jobindsats']['tables'][number];
export type UpdateSource = StatbankTable['source'];

export class UpdateError extends Error {}

/** The configuration, checked: every table names indicators that the file defines. */
const TYPE_NAMES: Record<string, string> = { array: 'en liste', object: 'et objekt', string: 'en tekst', number: 'et tal', boolean: 'sand eller falsk' };

export function parseUpdateConfig(text: string, file: string): UpdateConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UpdateError(`${file} er ikke gyldig JSON: ${(e as Error).message}`);
  }
  const parsed = updateConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // zod's own messages are English; the ones a person meets first are said in Danish.
    const message = issue.code !== 'invalid_type' ? issue.message : /received undefined/.test(issue.message) ? 'mangler' : `har den forkerte type (skal være ${TYPE_NAMES[issue.expected] ?? issue.expected})`;
    throw new UpdateError(`${file}, ${issue.path.join('.') || 'roden'}: ${message}`);
  }
  const config = parsed.data;
  const defined = new Set(config.indicators.map((i) => i.indicator));
  const used = [
    ...config.statbank.tables.map((t) => ({ table: t.table, indicator: t.indicator })),
    ...config.jobindsats.tables.flatMap((t) => Object.values(t.measures ?? {}).map((indicator) => ({ table: t.table, indicator }))),
  ];
  for (const u of used) {
    if (!defined.has(u.indicator)) throw new UpdateError(`${file}: tabellen ${u.table} fylder nøgletallet ${u.indicator}, som ikke står under "indicators".`);
  }
  for (const t of config.jobindsats.tables) {
    if (!t.measures && !t.convert) throw new UpdateError(`${file}: Jobindsats-tabellen ${t.table} skal have "measures" eller "convert".`);
  }
  return config;
}

/** "16..66" → "16", "17", … "66"; other values as written. */
export function expandValues(values: readonly string[]): string[] {
  return values.flatMap((v) => {
    const m = /^(\d+)\.\.(\d+)$/.exec(v.trim());
    if (!m) return [v];
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to < from) throw new UpdateError(`Intervallet ${v} går baglæns.`);
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  });
}
