import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CSP } from './scripts/csp.ts';
import { kommunetalData } from './scripts/vite-plugin-data.ts';

/** Writes the CSP into the built pages; the dev server needs inline scripts, so only in builds. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'kommunetal-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

// base './' so dist/ works from any folder on any static file server.
export default defineConfig({
  base: './',
  plugins: [react(), kommunetalData(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { input: { main: resolve(import.meta.dirname, 'index.html'), embed: resolve(import.meta.dirname, 'embed.html') } },
  },
  worker: { format: 'es' },
});
