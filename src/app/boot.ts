// Starts at once everything the page's URL needs, before React renders: the data catalogue (the
// HTML already asked for it), the user's imported datasets, the view's code and, as soon as the
// catalogue is in, the indicator files the view reads. Each used to wait for the one before.
// The marks are read by `npm run bench` to print where the time goes.
import type { QueryClient } from '@tanstack/react-query';
import { preloadCore, preloadObservations, userDatasetsQuery } from '../features/common/queries.ts';
import { breakdownsForView, indicatorFiles, indicatorsForView } from '../view/view-data.ts';
import type { ViewSpec } from '../view/view-spec.ts';
import { loadView } from './view-modules.ts';

/** Starts the loads; settles once the catalogue is read and the view's files are asked for. */
export function startLoading(client: QueryClient, spec: ViewSpec): Promise<unknown> {
  performance.mark('kommunetal:boot');
  loadView(spec.view).then(
    () => performance.mark('kommunetal:view-code'),
    // The view's error boundary tells the user; nothing to add here.
    () => undefined,
  );
  if (spec.data === null) void client.prefetchQuery(userDatasetsQuery());
  return preloadCore().then(
    (core) => {
      performance.mark('kommunetal:core');
      // A link pinned to an older version reads that version's files; the view fetches those itself.
      if (spec.data !== null && spec.data !== core.dataVersion) return;
      for (const indicator of indicatorsForView(spec, core)) for (const file of indicatorFiles(core, indicator, breakdownsForView(spec, core, indicator))) preloadObservations(`data/${file}`);
    },
    () => undefined,
  );
}
