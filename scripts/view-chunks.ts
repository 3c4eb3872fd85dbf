// How the code of every page's start and of the first view is cut into files. Left to itself the
// bundler cuts shared code into a file per set of importers: the trend view's first load fetched
// ~28 files, many under 1 kB, and gzip, which compresses each file alone, found less to share in
// them than in a few larger ones (first-view JavaScript 238 kB gzip in ~28 files, 232 kB in 13).
// Here what every page loads is two files (`app`: our code, `vendor`: React and the query
// library), and the first view's own code two more: what it alone uses, and what it shares with
// other views. Other views and the chart library keep the bundler's files.
import type { Rolldown } from 'vite';
import { appendTo } from '../src/data/append-to.ts';

type Group = NonNullable<Exclude<NonNullable<Rolldown.OutputOptions['codeSplitting']>, boolean>['groups']>[number];
type Context = Parameters<Extract<Group['name'], (...args: never[]) => unknown>>[1];
type Info = NonNullable<ReturnType<Context['getModuleInfo']>>;

const VIEW = /[\\/]src[\\/]features[\\/]([a-z]+)[\\/]\1-view\.tsx$/;
const APP = /[\\/]src[\\/]/;

function reach(ctx: Context, from: string[], follow: (info: Info) => string[]): Set<string> {
  const seen = new Set<string>();
  const next = [...from];
  for (let id = next.pop(); id !== undefined; id = next.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const info = ctx.getModuleInfo(id);
    if (info) next.push(...follow(info));
  }
  return seen;
}

/** The chunk of each module the groups place, from the entries' module graph. */
function chunkNames(ctx: Context, entries: string[], first: string): Map<string, string> {
  const initial = reach(ctx, entries, (m) => m.importedIds);
  const everything = reach(ctx, entries, (m) => [...m.importedIds, ...m.dynamicallyImportedIds]);
  // Which views import each module of ours that a page does not load at its start.
  const usedBy = new Map<string, string[]>();
  for (const root of everything) {
    const view = VIEW.exec(root)?.[1];
    if (!view) continue;
    for (const id of reach(ctx, [root], (m) => m.importedIds.filter((i) => APP.test(i) && !initial.has(i)))) appendTo(usedBy, id, [view]);
  }
  const names = new Map<string, string>();
  for (const [id, views] of usedBy) if (views.includes(first)) names.set(id, views.length === 1 ? `${first}-view` : 'views');
  // The entry modules stay in their own small files, which the HTML pages name.
  for (const id of initial) if (!entries.includes(id)) names.set(id, APP.test(id) ? 'app' : 'vendor');
  return names;
}

/** The code-splitting group that places every page's start and the `first` view's code. */
export function viewChunks(entries: string[], first: string): Group {
  let names: Map<string, string> | undefined;
  return {
    name: (id, ctx) => {
      names ??= chunkNames(ctx, entries, first);
      return names.get(id) ?? null;
    },
    // Only the modules named; their imports stay where the bundler puts them.
    includeDependenciesRecursively: false,
  };
}
