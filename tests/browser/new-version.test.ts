import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { serveDist } from '../tools/serve-dist.mjs';
import { chromiumArgs } from './chromium';
import { seededAnswers, seededState, STORAGE_KEY } from './seed';

/**
 * A new version is deployed while the app is open: the served build is swapped for another
 * whose files all have new names, as every release's do. The open page's next page and its PDF
 * maker are then gone from the server. The app must reload into the new version, keep every
 * answer, say a new version is ready, and make the first PDF after the deploy.
 *
 * Service workers are blocked here, so the old files cannot come from the worker's cache: this
 * is a browser that has not installed it yet, or one whose worker has already moved on.
 */

const dist = resolve(process.env.DIST_UNDER_TEST ?? resolve(import.meta.dirname, '../../dist'));
let root: string;
let server: Server;
let url: string;
let browser: Browser;

/** Copies dist/ with every hashed file renamed, and every mention of it changed to match. */
function makeNextRelease(from: string, to: string) {
  cpSync(from, to, { recursive: true });
  const assets = join(to, 'assets');
  const renames = readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => [name, name.replace(/\.(js|css)$/, '-next.$1')] as const);
  for (const [before, after] of renames) renameSync(join(assets, before), join(assets, after));
  const textFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? textFiles(join(dir, e.name)) : /\.(html|js|css|json|webmanifest)$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  for (const file of textFiles(to)) {
    let text = readFileSync(file, 'utf8');
    for (const [before, after] of renames) text = text.split(before).join(after);
    writeFileSync(file, text);
  }
}

/** Points the served folder at another release, in one step (as a deploy that swaps folders). */
function deploy(release: 'v1' | 'v2') {
  const link = join(root, 'next-link');
  symlinkSync(join(root, release), link);
  renameSync(link, join(root, 'current'));
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'join-a-trust-deploy-'));
  cpSync(dist, join(root, 'v1'), { recursive: true });
  makeNextRelease(dist, join(root, 'v2'));
  deploy('v1');
  ({ server, url } = await serveDist(join(root, 'current')));
  browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  rmSync(root, { recursive: true, force: true });
});

async function openSeeded(hash: string): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  deploy('v1');
  const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true, locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.evaluate(([key, state]) => localStorage.setItem(key!, state!), [STORAGE_KEY, seededState]);
  await page.goto(`${url}#${hash}`);
  await page.locator('main h1').first().waitFor();
  return { page, errors, close: () => context.close() };
}

const newVersionBanner = (page: Page) => page.getByRole('heading', { level: 2, name: 'A new version of this tool is ready' });

it('going to a page whose file is gone reloads into the new version, with every answer kept', async () => {
  const { page, errors, close } = await openSeeded('/tasks');
  deploy('v2');
  await page.getByRole('link', { name: 'See your readiness report' }).click();
  await newVersionBanner(page).waitFor();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  expect(page.url()).toContain('#/report');
  await expect(page.getByText('Riverside Learning Trust').first().isVisible()).resolves.toBe(true);
  // The new version's files are the ones loaded now.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
  expect(scripts.some((n) => n.endsWith('-next.js'))).toBe(true);
  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}') as { state: { answers: unknown } };
  expect(stored.state.answers).toEqual(seededAnswers);
  expect(errors).toEqual([]);
  await close();
});

it('the first PDF after a deploy is made', async () => {
  const { page, close } = await openSeeded('/report');
  deploy('v2');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 0 }),
    page.getByRole('button', { name: 'Download the report as a PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  await newVersionBanner(page).waitFor();
  await page.getByText(/Your PDF is ready/).waitFor();
  await close();
});
