// The bundled form of data/: generated at build time from the contract CSVs, never committed.
// core.json holds the small files and a catalogue; obs/<indicator>/<breakdown>.bin holds one
// partition, an indicator's figures for one breakdown in every area, as binary columns (wire.ts),
// so a view fetches what it draws and no more however many breakdowns the data holds.
// manifest.json lists the partitions with their rows and periods.
import type { DataError, Kind, Observation } from './contract.ts';
import type { CoreData, Dataset } from './dataset.ts';
import { comparePeriods } from './period.ts';
import { slugify } from './danish-text.ts';

export interface IndicatorCatalogEntry {
  indicator: string;
  /**
   * One file with every figure of the indicator: an imported dataset (idb:…) or a version
   * published before the partitions. Without it, each breakdown is its own `partitionFile`.
   */
  file?: string;
  rows: number;
  areas: string[];
  breakdowns: string[];
  firstPeriod: string;
  lastPeriod: string;
  kinds: Kind[];
  sources: string[];
}

/** One file of the bundle's observations, as manifest.json lists it. */
export interface PartitionEntry {
  indicator: string;
  breakdown: string;
  file: string;
  rows: number;
  areas: number;
  firstPeriod: string;
  lastPeriod: string;
  bytes: number;
}

export interface Manifest {
  version: 1;
  dataVersion: string;
  partitions: PartitionEntry[];
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

/**
 * Where one indicator's figures for one breakdown are, below data/: a readable name and a short
 * hash of the exact breakdown, so two breakdowns that fold alike ("a-dagpenge", "A dagpenge")
 * never share a file. The browser works it out from the catalogue without a manifest.
 */
export function partitionFile(indicator: string, breakdown: string): string {
  const hash = new Fingerprint().add(breakdown).digest().slice(0, 8);
  return `obs/${indicator}/${slugify(breakdown).slice(0, 40) || 'x'}-${hash}.bin`;
}

/** A short, stable fingerprint of texts and bytes fed in turn, so a frozen embed can name the version it shows. */
export class Fingerprint {
  private h1 = 0x811c9dc5;
  private h2 = 0x01000193;

  add(data: string | Uint8Array): this {
    for (let i = 0; i < data.length; i++) {
      const c = typeof data === 'string' ? data.charCodeAt(i) : data[i]!;
      this.h1 = Math.imul(this.h1 ^ c, 16777619);
      this.h2 = Math.imul(this.h2 + c, 2246822519);
    }
    return this;
  }

  digest(): string {
    return ((this.h1 >>> 0).toString(16).padStart(8, '0') + (this.h2 >>> 0).toString(16).padStart(8, '0')).slice(0, 12);
  }
}

/** Builds an indicator's catalogue entry from its rows as they pass, without keeping them. */
export class CatalogEntryBuilder {
  private rows = 0;
  private readonly areas = new Set<string>();
  private readonly breakdowns = new Set<string>();
  private readonly periods = new Set<string>();
  private readonly kinds = new Set<Kind>();
  private readonly sources = new Set<string>();

  constructor(private readonly indicator: string) {}

  add(o: Pick<Observation, 'area' | 'breakdown' | 'period' | 'kind' | 'source_id'>): void {
    this.rows++;
    this.areas.add(o.area);
    this.breakdowns.add(o.breakdown);
    this.periods.add(o.period);
    this.kinds.add(o.kind);
    this.sources.add(o.source_id);
  }

  entry(): IndicatorCatalogEntry | null {
    if (this.rows === 0) return null;
    const periods = [...this.periods].sort(comparePeriods);
    return {
      indicator: this.indicator,
      rows: this.rows,
      areas: [...this.areas].sort(),
      breakdowns: [...this.breakdowns].sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b, 'da'))),
      firstPeriod: periods[0]!,
      lastPeriod: periods[periods.length - 1]!,
      kinds: [...this.kinds].sort(),
      sources: [...this.sources].sort(),
    };
  }
}

/**
 * core.json of a dataset whose partitions are written: its version is the fingerprint of the
 * partitions (fed in by the caller as it wrote them) and of the small files.
 */
export function coreBundle(dataset: CoreData, errors: DataError[], catalog: IndicatorCatalogEntry[], partitions: Fingerprint): CoreBundle {
  const dates = dataset.sources.flatMap((s) => [s.meeting_date, s.retrieved]).filter((d) => d !== '');
  const core: CoreData = {
    municipalities: dataset.municipalities,
    groups: dataset.groups,
    indicators: dataset.indicators,
    sources: dataset.sources,
    grants: dataset.grants,
    grantLines: dataset.grantLines,
    breakdownLabels: dataset.breakdownLabels,
  };
  const dataVersion = partitions.add(JSON.stringify(core)).digest();
  return { version: 1, dataVersion, publishedOn: dates.sort().at(-1) ?? '', catalog, errors, ...core };
}

/** A dataset held in memory (tests, small tools) as the build bundles it: catalogue and one table per partition. */
export function bundleDataset(dataset: Dataset, errors: DataError[]): { core: CoreBundle; partitions: Map<string, ColumnarObservations> } {
  const builders = new Map(dataset.indicators.map((i) => [i.indicator, new CatalogEntryBuilder(i.indicator)]));
  const byPartition = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    builders.get(o.indicator)?.add(o);
    const file = partitionFile(o.indicator, o.breakdown);
    let list = byPartition.get(file);
    if (!list) byPartition.set(file, (list = []));
    list.push(o);
  }
  const catalog = [...builders.values()].map((b) => b.entry()).filter((e) => e !== null);
  const partitions = new Map([...byPartition].map(([file, rows]) => [file, encodeObservations(rows[0]!.indicator, rows)]));
  return { core: coreBundle(dataset, errors, catalog, new Fingerprint().add(JSON.stringify([...partitions.values()]))), partitions };
}
