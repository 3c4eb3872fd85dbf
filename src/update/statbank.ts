// Danmarks Statistik's Statistikbank API (https://api.statbank.dk/v1, no key): the data request
// for a configured table and the conversion of its CSV answer into contract rows.
import type { AreaResolver } from '../data/area-names.ts';
import { isAggregateName } from '../data/area-names.ts';
import type { Observation, Unit } from '../data/contract.ts';
import { readCsv } from '../data/parse-csv.ts';
import { periodFromStatbank } from '../data/statbank-period.ts';
import { UpdateError, expandValues, type StatbankTable } from './config.ts';
import type { HttpRequest } from './http.ts';
import { isTotalValue } from '../import/outcome.ts';
import { breakdownOf, completeSeries, publisherNumber, type SeriesPoint } from './contract-rows.ts';

/** POST /data: CSV (semicolons) with value texts in Danish, so areas are matched by name like the ingest does. */
export function statbankDataRequest(baseUrl: string, table: StatbankTable): HttpRequest {
  return {
    method: 'POST',
    url: `${baseUrl.replace(/\/$/, '')}/data`,
    headers: { 'Content-Type': 'application/json', Accept: 'text/csv' },
    body: JSON.stringify({
      table: table.table,
      format: 'CSV',
      lang: 'da',
      valuePresentation: 'Value',
      delimiter: 'Semicolon',
      variables: Object.entries(table.select).map(([code, values]) => ({ code, values: expandValues(values) })),
    }),
  };
}

/** The CSV answer as contract rows; regions and provinces are left out, unknown names stop the run. */
export function observationsFromStatbank(text: string, table: StatbankTable, unit: Unit, resolve: AreaResolver): Observation[] {
  const where = `Statistikbanken ${table.table}`;
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new UpdateError(`${where}: svaret er tomt.`);
  if (/^\s*[[{<]/.test(body)) throw new UpdateError(`${where}: svaret er ikke en CSV-tabel, som ventet (det begynder med "${body.trim().slice(0, 40)}").`);
  const { header, records } = readCsv(body, ';');
  const column = (code: string) => header.find((h) => h.toUpperCase() === code.toUpperCase());
  const need = (code: string) => {
    const c = column(code);
    if (!c) throw new UpdateError(`${where}: svaret mangler kolonnen ${code.toUpperCase()} (kolonnerne er ${header.join(', ')}); har tabellen skiftet form?`);
    return c;
  };
  const areaColumn = need(table.area);
  const timeColumn = need('TID');
  const valueColumn = need('INDHOLD');
  const breakdownColumn = table.breakdown ? need(table.breakdown) : null;
  const sumColumn = table.sum ? need(table.sum) : null;
  const otherColumns = header.filter((h) => ![areaColumn, timeColumn, valueColumn, breakdownColumn, sumColumn].includes(h));

  const points = new Map<string, SeriesPoint>();
  records.forEach((r, i) => {
    const at = `${where}, række ${i + 2}`;
    const name = r[areaColumn] ?? '';
    if (isAggregateName(name)) return;
    const area = resolve(name);
    if (area === null) throw new UpdateError(`${at}: området "${name}" findes ikke i municipalities.csv.`);
    const period = periodFromStatbank(r[timeColumn] ?? '');
    if (!period) throw new UpdateError(`${at}: ukendt periode "${r[timeColumn]}".`);
    const breakdownParts = [breakdownColumn, ...otherColumns].filter((c): c is string => c !== null).map((c) => r[c] ?? '');
    const breakdown = breakdownOf(breakdownParts.filter((p) => !isTotalValue(p)).join(' · '));
    const value = publisherNumber(r[valueColumn], at);
    const key = `${area}|${breakdown}|${period}`;
    const previous = points.get(key);
    if (previous && !sumColumn) throw new UpdateError(`${at}: ${name}, ${breakdown}, ${r[timeColumn]} står to gange i svaret.`);
    if (previous) previous.value = previous.value === null || value === null ? null : previous.value + value;
    else points.set(key, { area, breakdown, period, value });
  });
  if (points.size === 0) throw new UpdateError(`${where}: svaret har ingen tal for kommunerne.`);
  return completeSeries([...points.values()], table.indicator, unit, table.source.id);
}
