#!/usr/bin/env node
/**
 * npm run lighthouse: Lighthouse 12.8.2 (performance, accessibility, best practices, SEO) on
 * the built app, served from a deep sub-path on 127.0.0.1 as a school's own website would.
 *
 *   node scripts/lighthouse.mjs            builds first if dist/ is missing
 *   node scripts/lighthouse.mjs --build    always builds first
 *   node scripts/lighthouse.mjs --min=0.9  fails if any score is below this (default 0.9)
 *
 * Chromium: CHROME_PATH, else /usr/bin/chromium. The full report is out/lighthouse.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const outFile = join(root, 'out', 'lighthouse.json');
const SUB_PATH = '/our-school/tools/join-a-trust/';
const args = process.argv.slice(2);
const min = Number(args.find((a) => a.startsWith('--min='))?.slice(6) ?? 0.9);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const chromePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!chromePath) {
  console.error('Chromium was not found. Install it (sudo apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

if (args.includes('--build') || !existsSync(join(dist, 'index.html'))) {
  console.info('Building…');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

// The same tiny static server as tests/browser/static-server.ts: no rewrites, deep sub-path.
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  // A real host would answer these at its root; serve them so Lighthouse sees a normal site.
  if (path === '/robots.txt' || path === '/favicon.ico') {
    const file = path === '/robots.txt' ? 'robots.txt' : 'favicon.svg';
    res.writeHead(200, { 'content-type': path === '/robots.txt' ? types['.txt'] : types['.svg'] }).end(await readFile(join(dist, file)));
    return;
  }
  if (!path.startsWith(SUB_PATH)) {
    res.writeHead(404).end('Not found');
    return;
  }
  const file = normalize(join(dist, path.slice(SUB_PATH.length) || 'index.html'));
  if (!file.startsWith(dist)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    // Compressed, as any ordinary static host (GitHub Pages, Netlify, nginx with gzip on) sends it.
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /\.(html|js|css|svg|json|webmanifest|txt)$/.test(file)) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gzipSync(body, { level: 9 }));
    } else {
      res.writeHead(200, headers).end(body);
    }
  } catch {
    res.writeHead(404).end('Not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${SUB_PATH}`;

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
