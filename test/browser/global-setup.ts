// Builds the app once into a temporary folder and serves it, and starts one browser, for every browser test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/static-server.ts';
import { BUILD_FAILED, BUILT, launchBrowserServer } from './browser-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  const outDir = mkdtempSync(join(tmpdir(), 'kommunetal-dist-'));
  // The unit files run first and need no app, so the build runs beside them; a browser test waits
  // for its marker (appBuilt in browser.ts), and a failed build fails every browser test with its message.
  const building = build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } }).then(
    () => writeFileSync(join(outDir, BUILT), ''),
    (e: unknown) => writeFileSync(join(outDir, BUILD_FAILED), e instanceof Error ? e.message : String(e)),
  );
  const { server, url } = await serveStatic(outDir);
  project.provide('baseUrl', url);
  project.provide('distDir', outDir);
  const browser = await launchBrowserServer();
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await building;
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
