// Debian's Chromium driven by playwright-core; CHROMIUM_PATH overrides the binary. Started once
// by the global setup for every browser test file; Playwright gives it a fresh profile folder of
// its own and removes it when the browser closes.
import { chromium, type BrowserServer } from 'playwright-core';

/** Written into the built app's folder by the global setup when its build has finished, or failed. */
export const BUILT = '.kommunetal-built';
export const BUILD_FAILED = '.kommunetal-build-failed';

/** Chromium as the brief asks for it: headless, nothing fetched in the background. */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
