// The Jobindsats API, version 2 (https://api.jobindsats.dk/v2, a personal key in the Authorization
// header): a table's metadata, the data request built from it, and the answer as contract rows.
import type { AreaResolver } from '../data/area-names.ts';
import { isAggregateName } from '../data/area-names.ts';
import type { Indicator, Observation } from '../data/contract.ts';
import { periodFromRollingYear, periodFromStatbank } from '../data/statbank-period.ts';
import { UpdateError, type JobindsatsTable } from './config.ts';
import type { HttpRequest } from './http.ts';
import { breakdownOf, completeSeries, publisherNumber, type SeriesPoint } from './contract-rows.ts';

export interface JobindsatsTableInfo {
  periods: string[];
  dimensions: { id: string; name: string; values: string[] }[];
}

/** A cell or field as text: strings and numbers as written, anything else as empty. */
const cellText = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

const headers = (key: string): Record<string, string> => ({ Authorization: key, Accept: 'application/json' });

export function jobindsatsTableRequest(baseUrl: string, table: string, key: string): HttpRequest {
  return { method: 'GET', url: `${baseUrl.replace(/\/$/, '')}/tables/${encodeURIComponent(table.toLowerCase())}/json`, headers: headers(key) };
}

/** GET /tables/<id>/json: the periods the table has and its dimensions with their values. */
export function parseJobindsatsTable(text: string, table: string): JobindsatsTableInfo {
  const where = `Jobindsats ${table}, tabelbeskrivelsen`;
  const json = parseJson(text, where);
  const root = (Array.isArray(json) ? json[0] : json) as Record<string, unknown> | undefined;
  if (!root || typeof root !== 'object') throw new UpdateError(`${where}: forventede et objekt med Period og Dimensions.`);
  const periods = root.Period;
  if (!Array.isArray(periods) || periods.length === 0 || !periods.every((p) => typeof p === 'string')) {
    throw new UpdateError(`${where}: feltet Period (tabellens perioder) mangler eller er tomt; har API'et skiftet form?`);
  }
  const dims = Array.isArray(root.Dimensions) ? (root.Dimensions as Record<string, unknown>[]) : [];
  return {
    periods,
    dimensions: dims.map((d) => ({
      id: cellText(d.DimensionID ?? d.ID),
      name: cellText(d.DimensionName ?? d.Name),
      values: Array.isArray(d.Values) ? d.Values.map(String) : [],
    })),
  };
}

/** POST /data/<id>/json: every area, the table's latest periods, every value of the breakdown dimension. */
export function jobindsatsDataRequest(baseUrl: string, table: JobindsatsTable, info: JobindsatsTableInfo, key: string): HttpRequest {
  const body: Record<string, unknown> = { area: '*', period: info.periods.slice(-table.periods) };
  if (table.breakdown) {
    const wanted = table.breakdown.toLowerCase();
    const dim = info.dimensions.find((d) => d.name.toLowerCase() === wanted || d.id.toLowerCase() === wanted);
    if (!dim || dim.values.length === 0) {
      const names = info.dimensions.map((d) => d.name).join(', ') || 'ingen';
      throw new UpdateError(`Jobindsats ${table.table}: tabellen har ingen dimension "${table.breakdown}" (den har: ${names}); ret "breakdown" i update.config.json.`);
    }
    body[dim.id.startsWith('_') ? dim.id : `_${dim.id}`] = dim.values;
  }
  return {
    method: 'POST',
    url: `${baseUrl.replace(/\/$/, '')}/data/${encodeURIComponent(table.table.toLowerCase())}/json`,
    headers: { ...headers(key), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}

/**
 * The data answer as one object per row, keyed by the variables' labels. The API answers
 * `[{ Variables: [{ Label }], Data: [[…]] }]`; a list of row objects (as clients save them) is read too.
 */
export function rowsFromJobindsats(text: string, table: string): Record<string, unknown>[] {
  const where = `Jobindsats ${table}`;
  const json = parseJson(text, where);
  const first: unknown = Array.isArray(json) ? (json as unknown[])[0] : json;
  if (first && typeof first === 'object' && 'Variables' in first && 'Data' in first) {
    const { Variables, Data } = first as { Variables: unknown[]; Data: unknown[] };
    if (!Array.isArray(Variables) || !Array.isArray(Data)) throw new UpdateError(`${where}: Variables og Data skal være lister.`);
    const labels = Variables.map((v) => {
      const variable = v as { Label?: unknown; Name?: unknown };
      return cellText(variable.Label ?? variable.Name);
    });
    return Data.map((row, i) => {
      if (!Array.isArray(row) || row.length !== labels.length) throw new UpdateError(`${where}: række ${i + 1} har ${Array.isArray(row) ? row.length : 0} felter, men der er ${labels.length} variable.`);
      return Object.fromEntries(labels.map((l, j) => [l, row[j]]));
    });
  }
  if (Array.isArray(json) && json.every((r) => r && typeof r === 'object' && !Array.isArray(r))) return json as Record<string, unknown>[];
  const start = text.trim().slice(0, 60);
  throw new UpdateError(`${where}: svaret har ikke formen [{ Variables, Data }], som ventet (det begynder med "${start}").`);
}

/** The configured measures as contract rows, one indicator per measure. */
export function observationsFromJobindsats(rows: readonly Record<string, unknown>[], table: JobindsatsTable, indicators: readonly Pick<Indicator, 'indicator' | 'unit'>[], resolve: AreaResolver): Observation[] {
  const where = `Jobindsats ${table.table}`;
  if (rows.length === 0) throw new UpdateError(`${where}: svaret har ingen rækker.`);
  const keys = Object.keys(rows[0]!);
  const key = (...names: string[]) => keys.find((k) => names.some((n) => k.toLowerCase() === n.toLowerCase()));
  const areaKey = key('Area', 'Område');
  const periodKey = key('Periode', 'Period');
  if (!areaKey || !periodKey) throw new UpdateError(`${where}: svaret mangler område eller periode (felterne er ${keys.join(', ')}).`);
  const breakdownKey = table.breakdown ? key(table.breakdown) : undefined;
  if (table.breakdown && !breakdownKey) throw new UpdateError(`${where}: svaret mangler "${table.breakdown}" (felterne er ${keys.join(', ')}).`);
  const measures = Object.entries(table.measures ?? {});
  for (const [label] of measures) {
    if (!keys.includes(label)) throw new UpdateError(`${where}: svaret mangler målet "${label}" (felterne er ${keys.join(', ')}); ret "measures" i update.config.json.`);
  }
  const points = new Map<string, SeriesPoint[]>(measures.map(([, indicator]) => [indicator, []]));
  rows.forEach((row, i) => {
    const at = `${where}, række ${i + 1}`;
    const name = cellText(row[areaKey]);
    if (isAggregateName(name)) return;
    const area = resolve(name);
    if (area === null) throw new UpdateError(`${at}: området "${name}" findes ikke i municipalities.csv.`);
    const code = cellText(row[periodKey]);
    const period = periodFromStatbank(code) ?? periodFromRollingYear(code);
    if (!period) throw new UpdateError(`${at}: ukendt periode "${code}".`);
    const breakdown = breakdownKey ? breakdownOf(cellText(row[breakdownKey])) : 'all';
    for (const [label, indicator] of measures) {
      points.get(indicator)!.push({ area, breakdown, period, value: publisherNumber(row[label], `${at}, "${label}"`) });
    }
  });
  return measures.flatMap(([, indicator]) => {
    const unit = indicators.find((i) => i.indicator === indicator)?.unit;
    if (!unit) throw new UpdateError(`${where}: nøgletallet ${indicator} har ingen enhed.`);
    return completeSeries(points.get(indicator)!, indicator, unit, table.source.id);
  });
}

function parseJson(text: string, where: string): unknown {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') throw new UpdateError(`${where}: svaret er tomt.`);
  try {
    return JSON.parse(body);
  } catch {
    // Jobindsats has answered a bad key with a plain sentence and status 200.
    if (/nøgle/i.test(body) && body.length < 300) throw new UpdateError(`${where}: Jobindsats afviste nøglen ("${body}"). Tjek JOBINDSATS_API_KEY.`);
    throw new UpdateError(`${where}: svaret er ikke gyldig JSON (det begynder med "${body.slice(0, 60)}"); er svaret afbrudt, eller har API'et skiftet form?`);
  }
}
