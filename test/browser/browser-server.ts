// One Chromium, started by the global setup for every browser test file; Playwright gives it a
// fresh profile folder of its own and removes it when the browser closes.
import { chromium, type BrowserServer } from 'playwright-core';
import { chromiumLaunch } from '../../scripts/chromium.ts';

/** Written into the built app's folder by the global setup when its build has finished, or failed. */
export const BUILT = '.kommunetal-built';
export const BUILD_FAILED = '.kommunetal-build-failed';

export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(chromiumLaunch);
}
