#!/usr/bin/env node
/**
 * npm run lighthouse: Lighthouse 12.8.2 (performance, accessibility, best practices, SEO) on
 * the built app, served from a deep sub-path on 127.0.0.1 as a school's own website would.
 *
 *   node tests/tools/lighthouse.mjs            builds first if dist/ is missing
 *   node tests/tools/lighthouse.mjs --build    always builds first
 *   node tests/tools/lighthouse.mjs --min=0.9  fails if any score is below this (default 0.9)
 *
 * Chromium: CHROME_PATH, else /usr/bin/chromium. The full report is out/lighthouse.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromeFlags, findChrome } from './chrome.mjs';
import { serveDist } from './serve-dist.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const outFile = join(root, 'out', 'lighthouse.json');
const args = process.argv.slice(2);
const min = Number(args.find((a) => a.startsWith('--min='))?.slice(6) ?? 0.9);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const chromePath = findChrome();

if (args.includes('--build') || !existsSync(join(dist, 'index.html'))) {
  console.info('Building…');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

const { server, url } = await serveDist(dist);

mkdirSync(join(root, 'out'), { recursive: true });
const bin = join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
const child = spawn(
  process.execPath,
  [
    bin,
    url,
    `--chrome-flags=${chromeFlags.join(' ')}`,
    `--only-categories=${categories.join(',')}`,
    '--output=json',
    `--output-path=${outFile}`,
    '--quiet',
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromePath } },
);
const code = await new Promise((done) => child.on('exit', (c) => done(c ?? 1)));
await new Promise((done) => server.close(done));
if (code !== 0) {
  console.error(`Lighthouse exited with code ${code}.`);
  process.exit(1);
}

const report = JSON.parse(readFileSync(outFile, 'utf8'));
console.info(`\nLighthouse ${report.lighthouseVersion} on ${url}`);
const scores = categories.map((id) => ({ id, title: report.categories[id].title, score: report.categories[id].score }));
for (const { title, score } of scores) console.info(`  ${title.padEnd(16)} ${Math.round(score * 100)}`);

// What cost points, so it can be fixed.
for (const id of categories) {
  const lost = report.categories[id].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1);
  for (const audit of lost) console.info(`  - ${id}: ${audit.id} (${audit.score}): ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
}
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
console.info(`  metrics: ${metrics.map((m) => `${m} ${report.audits[m]?.displayValue ?? '?'}`).join(', ')}`);

const low = scores.filter((s) => s.score < min);
if (low.length > 0) {
  console.error(`\nBelow ${min * 100}: ${low.map((s) => `${s.title} ${Math.round(s.score * 100)}`).join(', ')}`);
  process.exit(1);
}
