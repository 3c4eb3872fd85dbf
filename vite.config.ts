import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CSP, headersFile, securityHeaders } from './scripts/csp.ts';
import { kommunetalData } from './scripts/vite-plugin-data.ts';
import { pageShell } from './scripts/vite-plugin-shell.ts';
import { viewChunks } from './scripts/view-chunks.ts';

/** Writes the CSP into the built pages; the dev server needs inline scripts, so only in builds. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'kommunetal-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/**
 * The headers a host should send: written to dist/_headers for hosts that read it, and sent by
 * `npm run preview`, so what we test is what a host serves.
 */
function hostHeaders(): Plugin {
  return {
    name: 'kommunetal-headers',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        for (const [name, value] of Object.entries(securityHeaders(path.endsWith('/') ? `${path}index.html` : path))) res.setHeader(name, value);
        next();
      });
    },
  };
}

// base './' so dist/ works from any folder on any static file server.
export default defineConfig({
  base: './',
  resolve: {
    alias: [
      // read-excel-file's unzip step, unzipped in place instead of in a blob: worker our CSP forbids (src/import/unzip-sync.ts).
      { find: /^\.\.\/zip\/unzipFromArrayBuffer\.js$/, replacement: resolve(import.meta.dirname, 'src/import/unzip-sync.ts') },
      // Its XML step, without a call per chunk that overflowed the stack on large sheets (src/import/parse-xml-whole.ts).
      { find: /^\.\.\/xml\/parseXml\.js$/, replacement: resolve(import.meta.dirname, 'src/import/parse-xml-whole.ts') },
      { find: 'read-excel-file/xml-stream', replacement: resolve(import.meta.dirname, 'node_modules/read-excel-file/modules/xml/parseXmlStream.js') },
    ],
  },
  plugins: [react(), kommunetalData(), pageShell(), contentSecurityPolicy(), hostHeaders()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      input: { main: resolve(import.meta.dirname, 'index.html'), embed: resolve(import.meta.dirname, 'embed.html') },
      output: { codeSplitting: { groups: [viewChunks([resolve(import.meta.dirname, 'src/app/main.tsx')], 'trend')] } },
    },
  },
  worker: { format: 'es' },
});
