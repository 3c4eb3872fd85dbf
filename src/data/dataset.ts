// The whole of data/ as typed records, and the cross-file checks the contract asks for.
import type {
  BreakdownLabel,
  DataError,
  GrantLine,
  Grant,
  GroupMember,
  Indicator,
  Municipality,
  Observation,
  Source,
} from './contract.ts';
import { observationChecker } from './observation-checks.ts';
import { parseContractCsv, readContractRecords } from './parse-csv.ts';
import { semanticsErrors } from './semantics.ts';

export interface CoreData {
  municipalities: Municipality[];
  groups: GroupMember[];
  indicators: Indicator[];
  sources: Source[];
  grants: Grant[];
  grantLines: GrantLine[];
  /** English names of breakdown values (breakdowns.csv); a folder without the file has none. */
  breakdownLabels: BreakdownLabel[];
}

export interface Dataset extends CoreData {
  observations: Observation[];
}

/** Observation rows remember which file and row they came from, so reference errors can point there. */
interface ObservationFile {
  file: string;
  text: string;
}

export interface DataFiles {
  municipalities: string;
  groups: string;
  indicators: string;
  sources: string;
  grants: string;
  grant_lines: string;
  /** Optional: English names of breakdown values. */
  breakdowns?: string;
  /** Files that are missing or whose bytes are not UTF-8, found where they were read. */
  fileErrors?: DataError[];
  observations: ObservationFile[];
}

/** With `sanity`, the rules of sanity.ts run on every row as it is read (check-data and builds). */
export function parseDataFiles(files: DataFiles, options: { sanity?: boolean } = {}): { dataset: Dataset; errors: DataError[] } {
  const errors: DataError[] = [...(files.fileErrors ?? [])];
  const take = <T>(parsed: { rows: T[]; errors: DataError[] }): T[] => {
    errors.push(...parsed.errors);
    return parsed.rows;
  };
  const municipalities = take(parseContractCsv('municipalities', 'municipalities.csv', files.municipalities));
  const groups = take(parseContractCsv('groups', 'groups.csv', files.groups));
  const indicators = take(parseContractCsv('indicators', 'indicators.csv', files.indicators));
  const sources = take(parseContractCsv('sources', 'sources.csv', files.sources));
  const grants = take(parseContractCsv('grants', 'grants.csv', files.grants));
  const grantLines = take(parseContractCsv('grant_lines', 'grant_lines.csv', files.grant_lines));

  const breakdownLabels = files.breakdowns ? take(parseContractCsv('breakdowns', 'breakdowns.csv', files.breakdowns)) : [];
  const core: CoreData = { municipalities, groups, indicators, sources, grants, grantLines, breakdownLabels };
  errors.push(...checkCoreReferences(core));

  const observations: Observation[] = [];
  const checker = observationChecker(core, { sanity: options.sanity });
  for (const f of files.observations) {
    const read = readContractRecords('observations', f.file, f.text);
    errors.push(...read.errors);
    read.records.forEach((record, i) => {
      const o = checker.check(record, f.file, i + 2);
      if (o) observations.push(o);
    });
  }
  errors.push(...checker.finish());
  if (options.sanity) errors.push(...semanticsErrors(indicators));
  return { dataset: { ...core, observations }, errors };
}

function checkCoreReferences(core: CoreData): DataError[] {
  const errors: DataError[] = [];
  const codes = new Set(core.municipalities.map((m) => m.code));
  const sources = new Set(core.sources.map((s) => s.source_id));
  const grantIds = new Set(core.grants.map((g) => g.grant_id));
  const unknown = (file: string, row: number, column: string, value: string, what: string) =>
    errors.push({ file, row, column, message: `"${value}" findes ikke i ${what}.` });

  const seenCodes = new Set<string>();
  core.municipalities.forEach((m, i) => {
    if (seenCodes.has(m.code)) errors.push({ file: 'municipalities.csv', row: i + 2, column: 'code', message: `Koden ${m.code} står der to gange.` });
    seenCodes.add(m.code);
  });
  core.groups.forEach((g, i) => {
    if (!codes.has(g.member_code)) unknown('groups.csv', i + 2, 'member_code', g.member_code, 'municipalities.csv');
  });
  core.sources.forEach((s, i) => {
    if (!codes.has(s.municipality_code)) unknown('sources.csv', i + 2, 'municipality_code', s.municipality_code, 'municipalities.csv');
  });
  core.grants.forEach((g, i) => {
    if (g.period_start && g.period_end && g.period_end < g.period_start) errors.push({ file: 'grants.csv', row: i + 2, column: 'period_end', message: `Bevillingen slutter ${g.period_end}, før den begynder ${g.period_start}.` });
    if (!codes.has(g.municipality_code)) unknown('grants.csv', i + 2, 'municipality_code', g.municipality_code, 'municipalities.csv');
    if (!sources.has(g.source_id)) unknown('grants.csv', i + 2, 'source_id', g.source_id, 'sources.csv');
  });
  core.grantLines.forEach((l, i) => {
    if (!grantIds.has(l.grant_id)) unknown('grant_lines.csv', i + 2, 'grant_id', l.grant_id, 'grants.csv');
  });
  return errors;
}
