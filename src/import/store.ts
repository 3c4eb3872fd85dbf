// Imported datasets live in the browser's IndexedDB until the user removes them.
import { openDB, type IDBPDatabase } from 'idb';
import { encodeObservations, type ColumnarObservations } from '../data/bundle.ts';
import type { Observation } from '../data/contract.ts';
import { USER_DATABASE, type UserDatasetSummary } from './merge.ts';

const VERSION = 1;

let db: Promise<IDBPDatabase> | null = null;
function database(): Promise<IDBPDatabase> {
  db ??= openDB(USER_DATABASE, VERSION, {
    upgrade(d) {
      d.createObjectStore('datasets', { keyPath: 'id' });
      d.createObjectStore('rows');
    },
  });
  return db;
}

/** A short id that is also valid in an indicator id (starts with a letter). */
export function newDatasetId(): string {
  return `d${Math.random().toString(36).slice(2, 10)}`;
}

export class StorageFullError extends Error {
  constructor() {
    super('Browserens lager er fuldt. Fjern nogle af dine importerede data, eller importér en mindre fil.');
  }
}

export async function listDatasets(): Promise<UserDatasetSummary[]> {
  const d = await database();
  const all = (await d.getAll('datasets')) as UserDatasetSummary[];
  return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

/** Saves one dataset: its summary and each indicator's columns, in one transaction. */
export async function saveDataset(summary: UserDatasetSummary, columnars: ColumnarObservations[]): Promise<void> {
  const d = await database();
  const tx = d.transaction(['datasets', 'rows'], 'readwrite');
  try {
    await tx.objectStore('datasets').put(summary);
    for (const c of columnars) await tx.objectStore('rows').put(c, `${summary.id}:${c.indicator}`);
    await tx.done;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'QuotaExceededError') throw new StorageFullError();
    throw e;
  }
}

/** One imported indicator's stored columns (read in the observations worker). */
export async function loadColumnar(key: string): Promise<ColumnarObservations> {
  const d = await database();
  const columnar = (await d.get('rows', key)) as ColumnarObservations | undefined;
  if (!columnar) throw new Error('De importerede data findes ikke længere i browseren.');
  return columnar;
}

export async function removeDataset(id: string): Promise<void> {
  const d = await database();
  const summary = (await d.get('datasets', id)) as UserDatasetSummary | undefined;
  const tx = d.transaction(['datasets', 'rows'], 'readwrite');
  await tx.objectStore('datasets').delete(id);
  for (const ind of summary?.indicators ?? []) await tx.objectStore('rows').delete(`${id}:${ind.indicator}`);
  await tx.done;
}

/** Observations grouped by indicator, in the columnar form the store keeps. */
export function columnarsOf(observations: Observation[]): ColumnarObservations[] {
  const byIndicator = new Map<string, Observation[]>();
  for (const o of observations) {
    const list = byIndicator.get(o.indicator);
    if (list) list.push(o);
    else byIndicator.set(o.indicator, [o]);
  }
  return [...byIndicator].map(([indicator, rows]) => encodeObservations(indicator, rows));
}

export function summarise(id: string, fileName: string, label: string, columnars: ColumnarObservations[]): UserDatasetSummary {
  const distinct = (c: ColumnarObservations, codes: number[]) => [...new Set(codes)].map((i) => c.dict[i]!);
  return {
    id,
    fileName,
    importedAt: new Date().toISOString(),
    label,
    unit: (columnars[0]?.dict[columnars[0].unit[0] ?? -1] ?? 'persons') as Observation['unit'],
    indicators: columnars.map((c) => ({
      indicator: c.indicator,
      label: columnars.length === 1 ? label : `${label}: ${c.indicator}`,
      unit: (c.dict[c.unit[0] ?? -1] ?? 'persons') as Observation['unit'],
      breakdowns: distinct(c, c.breakdown),
      areas: distinct(c, c.area).sort(),
      periods: distinct(c, c.period),
      rows: c.value.length,
    })),
  };
}
