// A session in the one browser the global setup starts (browser-server.ts): a new context of its
// own, with no cookies, storage or cache shared, which costs a fraction of starting a browser.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type BrowserContext, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { BUILD_FAILED, BUILT } from './browser-server.ts';

export interface Session {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  close: () => Promise<void>;
}

/** Until the global setup's build of the app is done; its error if it failed. */
export async function appBuilt(): Promise<void> {
  const dist = inject('distDir');
  for (;;) {
    if (existsSync(join(dist, BUILD_FAILED))) throw new Error(`Appen kunne ikke bygges: ${readFileSync(join(dist, BUILD_FAILED), 'utf8')}`);
    if (existsSync(join(dist, BUILT))) return;
    await sleep(100);
  }
}

export async function openBrowser(options: { width?: number; height?: number } = {}): Promise<Session> {
  await appBuilt();
  const browser = await chromium.connect(inject('browserEndpoint'));
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    acceptDownloads: true,
    locale: 'da-DK',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    p.on('pageerror', (e) => consoleErrors.push(e.message));
  };
  watch(page);
  context.on('page', watch);
  return {
    context,
    page,
    consoleErrors,
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}

/** A download's bytes, read through Playwright: the browser runs in its own process, so there is no local path. */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** One browser for the tests of a file: opened before them, closed after. */
export function browserSession(): Pick<Session, 'page' | 'context' | 'consoleErrors'> {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });
  const current = () => {
    if (!session) throw new Error('The browser is not open yet.');
    return session;
  };
  return {
    get page() {
      return current().page;
    },
    get context() {
      return current().context;
    },
    get consoleErrors() {
      return current().consoleErrors;
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings on the page as it is now, one line each. */
export async function seriousAxeViolations(page: Page, tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']): Promise<string[]> {
  // evaluate() runs through the debugger protocol, so the page's CSP does not block axe.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values } });
    return result.violations;
  }, tags);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
