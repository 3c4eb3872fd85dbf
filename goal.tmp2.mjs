import { chromium } from 'playwright-core';
import { serveStatic } from './scripts/static-server.ts';
const { server, url } = await serveStatic('/tmp/shotdist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const lang of ['da', 'en']) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
  await page.goto(`${url}?view=trend&ind=ledige&areas=000&fc=1&goal=88500~2027-03${lang === 'en' ? '&lang=en' : ''}`);
  await page.locator('.goal-control input').waitFor();
  await page.waitForFunction(() => document.querySelector('.goal-line') !== null, undefined, { timeout: 60000 });
  console.log(lang, await page.locator('.goal-control input').inputValue(), (await page.locator('.chart-notes li').allTextContents()).join(' | ').slice(0, 400));
  await page.screenshot({ path: `/tmp/goal-${lang}.png` });
  await page.close();
}
await browser.close(); server.close();
