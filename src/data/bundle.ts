// The bundled form of data/: generated at build time from the contract CSVs, never committed.
// core.json holds the small files and a catalogue; obs/<indicator>.bin holds one indicator's
// observations as binary columns (wire.ts), so a view fetches only what it draws.
import type { DataError, Kind, Observation } from './contract.ts';
import type { CoreData, Dataset } from './dataset.ts';
import { comparePeriods } from './period.ts';

export interface IndicatorCatalogEntry {
  indicator: string;
  file: string;
  rows: number;
  areas: string[];
  breakdowns: string[];
  firstPeriod: string;
  lastPeriod: string;
  kinds: Kind[];
  sources: string[];
}

export interface CoreBundle extends CoreData {
  version: 1;
  dataVersion: string;
  /** Newest meeting or retrieval date among the sources: the date the data was published. */
  publishedOn: string;
  catalog: IndicatorCatalogEntry[];
  errors: DataError[];
}

export interface ColumnarObservations {
  indicator: string;
  dict: string[];
  area: number[];
  breakdown: number[];
  period: number[];
  value: (number | null)[];
  unit: number[];
  kind: number[];
  source_id: number[];
  item: number[];
  quote: number[];
}

const TEXT_COLUMNS = ['area', 'breakdown', 'period', 'unit', 'kind', 'source_id', 'item', 'quote'] as const;

/** Codes strings by their first appearance: repeated texts are stored once. */
export function dictionary(): { dict: string[]; code: (s: string) => number } {
  const dict: string[] = [];
  const index = new Map<string, number>();
  return {
    dict,
    code: (s) => {
      let i = index.get(s);
      if (i === undefined) index.set(s, (i = dict.push(s) - 1));
      return i;
    },
  };
}

export function encodeObservations(indicator: string, rows: readonly Observation[]): ColumnarObservations {
  const { dict, code } = dictionary();
  const out: ColumnarObservations = {
    indicator,
    dict,
    area: [],
    breakdown: [],
    period: [],
    value: [],
    unit: [],
    kind: [],
    source_id: [],
    item: [],
    quote: [],
  };
  for (const r of rows) {
    for (const c of TEXT_COLUMNS) out[c].push(code(r[c]));
    out.value.push(r.value);
  }
  return out;
}

function observationFileName(indicator: string): string {
  return `obs/${indicator}.bin`;
}

/** A short, stable fingerprint of the data, so a frozen embed can name the version it shows. */
function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 + c, 2246822519);
  }
  return ((h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0')).slice(0, 12);
}

export function bundleDataset(
  dataset: Dataset,
  errors: DataError[],
): { core: CoreBundle; observations: Map<string, ColumnarObservations> } {
  const byIndicator = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    let list = byIndicator.get(o.indicator);
    if (!list) byIndicator.set(o.indicator, (list = []));
    list.push(o);
  }
  const observations = new Map<string, ColumnarObservations>();
  const catalog: IndicatorCatalogEntry[] = [];
  for (const ind of dataset.indicators) {
    const rows = byIndicator.get(ind.indicator) ?? [];
    if (rows.length === 0) continue;
    const periods = [...new Set(rows.map((r) => r.period))].sort(comparePeriods);
    catalog.push({
      indicator: ind.indicator,
      file: observationFileName(ind.indicator),
      rows: rows.length,
      areas: [...new Set(rows.map((r) => r.area))].sort(),
      breakdowns: [...new Set(rows.map((r) => r.breakdown))].sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b, 'da'))),
      firstPeriod: periods[0]!,
      lastPeriod: periods[periods.length - 1]!,
      kinds: [...new Set(rows.map((r) => r.kind))].sort(),
      sources: [...new Set(rows.map((r) => r.source_id))].sort(),
    });
    observations.set(ind.indicator, encodeObservations(ind.indicator, rows));
  }
  const dates = dataset.sources.flatMap((s) => [s.meeting_date, s.retrieved]).filter((d) => d !== '');
  const publishedOn = dates.sort().at(-1) ?? '';
  const core: CoreData = {
    municipalities: dataset.municipalities,
    groups: dataset.groups,
    indicators: dataset.indicators,
    sources: dataset.sources,
    grants: dataset.grants,
    grantLines: dataset.grantLines,
    breakdownLabels: dataset.breakdownLabels,
  };
  const dataVersion = fingerprint(JSON.stringify(core) + JSON.stringify([...observations.values()]));
  return { core: { version: 1, dataVersion, publishedOn, catalog, errors, ...core }, observations };
}
