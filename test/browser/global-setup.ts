// Builds the app once into a temporary folder and serves it, and starts one browser, for every browser test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/static-server.ts';
import { launchBrowserServer } from './browser-server.ts';

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
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const { server, url } = await serveStatic(outDir);
  project.provide('baseUrl', url);
  project.provide('distDir', outDir);
  const browser = await launchBrowserServer();
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
