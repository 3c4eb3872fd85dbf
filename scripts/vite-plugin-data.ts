// Serves (dev) and emits (build) the app's data bundle, generated from the CSVs in data/.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { bundleDataDir } from './data-dir.ts';

// KOMMUNETAL_DATA_DIR builds the app on another data folder (the benchmark's synthetic data).
export function kommunetalData(dataDir = resolve(process.env.KOMMUNETAL_DATA_DIR ?? resolve(import.meta.dirname, '../data'))): Plugin {
  let cache: Promise<Map<string, string | Uint8Array>> | null = null;
  let strict = false;
  const files = () => (cache ??= bundleDataDir(dataDir, { strict }));
  return {
    name: 'kommunetal-data',
    configResolved(config) {
      strict = config.command === 'build';
    },
    configureServer(server) {
      server.watcher.add(dataDir);
      server.watcher.on('all', (_event, path) => {
        if (path.startsWith(dataDir)) cache = null;
      });
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const m = /\/data\/(.+\.(json|bin))$/.exec(url);
        if (!m) return next();
        files().then(
          (bundle) => {
            const body = bundle.get(decodeURIComponent(m[1]!));
            if (body === undefined) return next();
            res.setHeader('Content-Type', m[2] === 'bin' ? 'application/octet-stream' : 'application/json; charset=utf-8');
            res.end(body);
          },
          (error: unknown) => next(error),
        );
      });
    },
    // The catalogue is fetched with the page's own code instead of after it has run.
    transformIndexHtml: () => [{ tag: 'link', attrs: { rel: 'preload', href: 'data/core.json', as: 'fetch', crossorigin: '' }, injectTo: 'head' }],
    async generateBundle() {
      for (const [path, source] of await files()) {
        this.emitFile({ type: 'asset', fileName: `data/${path}`, source });
      }
    },
    async buildStart() {
      cache = null;
      // Checked first, so a build with bad data stops before it spends time on the code.
      if (strict) {
        try {
          await files();
        } catch (e) {
          this.error((e as Error).message);
        }
      }
    },
  };
}
