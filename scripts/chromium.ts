// How every command and test starts Debian's Chromium: headless, nothing fetched in the
// background, no first-run screens. CHROMIUM_PATH overrides the binary.
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
