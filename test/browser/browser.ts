// Debian's Chromium driven by playwright-core; CHROMIUM_PATH overrides the binary.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export interface Session {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  close: () => Promise<void>;
}

export async function openBrowser(options: { width?: number; height?: number } = {}): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kommunetal-chrome-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    acceptDownloads: true,
    locale: 'da-DK',
  });
  const page = context.pages()[0] ?? (await context.newPage());
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
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
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
