// Imported datasets ("egne data") join the bundled catalogue, so every view shows them.
import type { CoreBundle, IndicatorCatalogEntry } from '../data/bundle.ts';
import type { Indicator, Source, Unit } from '../data/contract.ts';
import { DISTINCT_COLOURS } from '../format/palette.ts';
import { NATIONAL } from '../data/national.ts';
import { comparePeriods } from '../data/period.ts';
import { trendViewPatch, type ViewSpec } from '../view/view-spec.ts';

export interface UserDatasetSummary {
  id: string;
  fileName: string;
  importedAt: string;
  label: string;
  unit: Unit;
  /** Rows in our contract format name their own indicators; otherwise one per dataset. */
  indicators: { indicator: string; label: string; unit: Unit; breakdowns: string[]; areas: string[]; periods: string[]; rows: number }[];
}

const USER_SOURCE_PREFIX = 'egne-';
/** The browser database (IndexedDB) that holds the imported datasets (store.ts). */
export const USER_DATABASE = 'kommunetal';

export const USER_FILE_PREFIX = 'idb:';

export function userSourceId(datasetId: string): string {
  return `${USER_SOURCE_PREFIX}${datasetId}`;
}

export function isUserSource(sourceId: string): boolean {
  return sourceId.startsWith(USER_SOURCE_PREFIX);
}

function importTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getDate()}.${pad(d.getMonth() + 1)}.${d.getFullYear()} kl. ${pad(d.getHours())}.${pad(d.getMinutes())}`;
}

export function mergeUserData<T extends CoreBundle>(core: T, datasets: readonly UserDatasetSummary[]): T {
  if (datasets.length === 0) return core;
  const indicators: Indicator[] = [...core.indicators];
  const sources: Source[] = [...core.sources];
  const catalog: IndicatorCatalogEntry[] = [...core.catalog];
  for (const ds of datasets) {
    const sourceId = userSourceId(ds.id);
    sources.push({
      source_id: sourceId,
      municipality_code: '000',
      body: 'Egne data',
      meeting_date: '',
      title: `${ds.fileName}, importeret ${importTime(ds.importedAt)}`,
      document: `${ds.fileName} (importeret ${importTime(ds.importedAt)})`,
      url: '',
      publisher: 'Egne data',
      retrieved: ds.importedAt.slice(0, 10),
      usual_delay_days: '',
    });
    for (const ind of ds.indicators) {
      if (!indicators.some((i) => i.indicator === ind.indicator)) {
        indicators.push({ indicator: ind.indicator, label_da: `${ind.label} (egne data)`, label_en: `${ind.label} (own data)`, unit: ind.unit, description_da: `Importeret fra ${ds.fileName}.`, lower_is_better: '', share_of: '' });
      }
      const periods = [...ind.periods].sort(comparePeriods);
      catalog.push({
        indicator: ind.indicator,
        file: `${USER_FILE_PREFIX}${ds.id}:${ind.indicator}`,
        rows: ind.rows,
        areas: ind.areas,
        breakdowns: ind.breakdowns.includes('all') ? ['all', ...ind.breakdowns.filter((b) => b !== 'all')] : ind.breakdowns,
        firstPeriod: periods[0] ?? '',
        lastPeriod: periods[periods.length - 1] ?? '',
        kinds: ['actual'],
        sources: [sourceId],
      });
    }
  }
  return { ...core, indicators, sources, catalog };
}

/** How many areas a trend of imported data starts with: as many as the palette tells apart. */
const IMPORT_TREND_AREAS = DISTINCT_COLOURS;

/**
 * The trend view of a saved dataset's first indicator: its total, its areas up to what the
 * palette tells apart (the areas already chosen first, so they keep their colours) and Hele landet.
 */
export function trendViewOf(dataset: UserDatasetSummary, chosen: readonly string[] = []): Partial<ViewSpec> | null {
  const first = dataset.indicators[0];
  if (!first) return null;
  const inFile = new Set(first.areas);
  const ordered = [...new Set([...chosen.filter((a) => inFile.has(a)), ...first.areas])].filter((a) => a !== NATIONAL);
  const areas = ordered.slice(0, IMPORT_TREND_AREAS);
  return trendViewPatch(first.indicator, inFile.has(NATIONAL) ? [...areas, NATIONAL] : areas, { breakdown: first.breakdowns.includes('all') ? 'all' : (first.breakdowns[0] ?? 'all') });
}
