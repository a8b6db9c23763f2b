/**
 * The PDF timed in real Chromium: the built app, a complete assessment seeded into its
 * storage, "Download the report as a PDF" pressed again and again. The page records each
 * render as a User Timing entry ("pdf:render"), which this reads back.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeFlags, findChrome } from './chrome.mjs';
import { serveDist } from './serve-dist.mjs';

export async function benchInChromium(answers, runs) {
  const root = resolve(import.meta.dirname, '../..');
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const { server, url } = await serveDist(dist);
  const browser = await chromium.launch({ executablePath: findChrome(), args: chromeFlags });
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate((saved) => localStorage.setItem('join-a-trust:answers', saved), JSON.stringify({ state: { answers }, version: 1 }));
    await page.goto(`${url}#/report`);
    await page.reload();
    const button = page.getByRole('button', { name: /Download the report as a PDF/ });
    for (let i = 0; i < runs + 3; i += 1) {
      const download = page.waitForEvent('download');
      await button.click();
      await download;
      await page.getByRole('button', { name: /Download the report as a PDF/ }).waitFor();
    }
    const times = await page.evaluate(() => performance.getEntriesByName('pdf:render').map((e) => e.duration));
    return { times: times.slice(3), version: browser.version() };
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}
