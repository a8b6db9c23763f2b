#!/usr/bin/env node
/**
 * Performance budget for the built app. Run after `npm run build` (npm test does).
 *
 * First visit = what a browser must download before the start page works:
 *   - the entry script, stylesheets and modulepreload links named in dist/index.html,
 *   - every chunk those scripts import statically (followed to the end),
 *   - the chunks src/main.tsx loads with import() at start-up (it loads the app that way so a
 *     content error can be shown instead of a blank page; that import always runs, so it counts),
 *   - the CSS those chunks import.
 * Each file is gzipped with zlib level 9. Fails when:
 *   - first-visit JS + CSS > 125 kB gzip, or first-visit JS > 115 kB gzip (kB = 1000 bytes);
 *   - any first-visit chunk is part of the PDF maker (jspdf, jspdf-autotable, html2canvas,
 *     dompurify, canvg), by file name or by the modules inside it;
 *   - any chunk is over 500 kB minified (Vite's own chunkSizeWarningLimit, left at its default),
 *     except a lazily loaded chunk of the PDF maker: those are downloaded only when someone
 *     asks for a PDF (and precached by the service worker in the background), so their size
 *     never delays a page. Today jspdf's chunk is about 400 kB, so the exception is unused.
 *
 * Chunk graph: out/build-stats.json, written by the build-stats plugin in vite.config.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const statsFile = join(root, 'out', 'build-stats.json');

export const LIMITS = { totalGzip: 125_000, jsGzip: 115_000, chunkMinified: 500_000 };
const PDF_PARTS = /jspdf|autotable|html2canvas|purify|canvg/i;

/** A plain text table (console.table is not allowed by the lint rules). */
function printTable(rows, log = console.info) {
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]);
  const width = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells) => cells.map((c, i) => (/^[\d.]+$/.test(String(c)) ? String(c).padStart(width[i]) : String(c).padEnd(width[i]))).join('  ');
  log(line(keys));
  log(width.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) log(line(keys.map((k) => r[k])));
}

function fail(message) {
  console.error(`\ncheck-budget: ${message}`);
  process.exit(1);
}

if (!existsSync(join(dist, 'index.html'))) fail('dist/index.html is missing. Run "npm run build" first.');
if (!existsSync(statsFile)) fail('out/build-stats.json is missing. Run "npm run build" first (vite.config.ts writes it).');

const html = readFileSync(join(dist, 'index.html'), 'utf8');
/** @type {{chunks: {fileName: string, size: number, isEntry: boolean, isDynamicEntry: boolean, imports: string[], dynamicImports: string[], css: string[], modules: string[]}[], startupChunks: string[]}} */
const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
const chunks = new Map(stats.chunks.map((c) => [c.fileName, c]));

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i'))?.[1];
const local = (href) => href.replace(/^\.\//, '').replace(/^\//, '');
const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
const fromHtml = { scripts: [], css: [] };
for (const tag of tags) {
  if (/^<script/i.test(tag)) {
    const src = attr(tag, 'src');
    if (src && attr(tag, 'type') === 'module') fromHtml.scripts.push(local(src));
  } else {
    const rel = attr(tag, 'rel');
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') fromHtml.scripts.push(local(href));
    if (rel === 'stylesheet') fromHtml.css.push(local(href));
  }
}
if (fromHtml.scripts.length === 0) fail('dist/index.html loads no module script.');
// The stats and dist/ must come from the same build (another build may have run since).
const missing = stats.chunks.map((c) => c.fileName).filter((f) => !existsSync(join(dist, f)));
if (missing.length > 0) fail(`out/build-stats.json names ${missing.length} file(s) that dist/ does not have (${missing[0]}…): they are from different builds. Run "npm run build" again.`);
for (const file of fromHtml.scripts) {
  if (!chunks.has(file)) fail(`${file} (named in dist/index.html) is not in out/build-stats.json: the stats are stale. Run "npm run build".`);
}

/** @type {Map<string, string>} file → why it is in the first visit */
const firstVisit = new Map();
const visit = (file, why) => {
  if (firstVisit.has(file)) return;
  firstVisit.set(file, why);
  const chunk = chunks.get(file);
  if (!chunk) return;
  for (const css of chunk.css) if (!firstVisit.has(css)) firstVisit.set(css, `CSS of ${file}`);
  for (const dep of chunk.imports) visit(dep, `static import of ${file}`);
};
for (const file of fromHtml.scripts) visit(file, 'index.html');
for (const file of fromHtml.css) visit(file, 'index.html');
for (const file of stats.startupChunks) visit(file, 'import() in src/main.tsx at start-up');

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const rows = [...firstVisit].map(([file, why]) => {
  const bytes = readFileSync(join(dist, file)).length;
  return { file, kind: file.endsWith('.css') ? 'CSS' : 'JS', bytes, gzip: gz(file), why };
});
const sum = (list) => list.reduce((n, r) => n + r.gzip, 0);
const js = sum(rows.filter((r) => r.kind === 'JS'));
const css = sum(rows.filter((r) => r.kind === 'CSS'));
const kb = (n) => (n / 1000).toFixed(1);

console.info('\nFirst visit (gzip level 9; kB = 1000 bytes)');
printTable(rows.map((r) => ({ file: r.file, kind: r.kind, 'min kB': kb(r.bytes), 'gzip kB': kb(r.gzip), why: r.why })));
console.info(`JS ${kb(js)} kB gzip (limit ${kb(LIMITS.jsGzip)}), CSS ${kb(css)} kB gzip, JS + CSS ${kb(js + css)} kB gzip (limit ${kb(LIMITS.totalGzip)})`);

const lazy = stats.chunks.filter((c) => !firstVisit.has(c.fileName));
if (lazy.length > 0) {
  console.info('\nLoaded later, on demand');
  printTable(lazy.map((c) => ({ file: c.fileName, 'min kB': kb(c.size), 'gzip kB': kb(gz(c.fileName)) })));
}

const problems = [];
if (js > LIMITS.jsGzip) problems.push(`first-visit JS is ${kb(js)} kB gzip, over the ${kb(LIMITS.jsGzip)} kB budget.`);
if (js + css > LIMITS.totalGzip) problems.push(`first-visit JS + CSS is ${kb(js + css)} kB gzip, over the ${kb(LIMITS.totalGzip)} kB budget.`);
const isPdfPart = (chunk) => PDF_PARTS.test(chunk.fileName) || chunk.modules.some((m) => /node_modules\/(jspdf|jspdf-autotable|html2canvas|dompurify|canvg)\//.test(m));
for (const file of firstVisit.keys()) {
  const chunk = chunks.get(file);
  if (chunk && isPdfPart(chunk)) problems.push(`${file} is part of the PDF maker but is loaded on first visit; load it with import() when a PDF is asked for.`);
}
for (const chunk of stats.chunks) {
  if (chunk.size <= LIMITS.chunkMinified) continue;
  if (!firstVisit.has(chunk.fileName) && isPdfPart(chunk)) {
    console.info(`note: ${chunk.fileName} is ${kb(chunk.size)} kB minified; allowed, as a lazily loaded part of the PDF maker.`);
    continue;
  }
  problems.push(`${chunk.fileName} is ${kb(chunk.size)} kB minified, over Vite's ${kb(LIMITS.chunkMinified)} kB chunk limit.`);
}

if (problems.length > 0) {
  // Which packages make the first visit heavy: each chunk's gzip size shared out by the
  // modules' sizes before minification (an estimate, good enough to know what to split off).
  const share = new Map();
  for (const file of firstVisit.keys()) {
    const chunk = chunks.get(file);
    if (!chunk) continue;
    const total = chunk.moduleSizes.reduce((a, b) => a + b, 0) || 1;
    const zipped = gz(file);
    chunk.modules.forEach((m, i) => {
      const name = m.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? m.match(/^(questions\/[^/]+|src\/\w+)/)?.[1] ?? 'other';
      const group = name.startsWith('@radix-ui/') || ['react-remove-scroll', 'react-remove-scroll-bar', 'react-style-singleton', 'use-sidecar', 'use-callback-ref', 'aria-hidden', 'get-nonce', 'tslib'].includes(name) ? 'Radix Dialog and its helpers' : name;
      share.set(group, (share.get(group) ?? 0) + (zipped * chunk.moduleSizes[i]) / total);
    });
  }
  console.error('\nWhat the first visit is made of (estimated gzip kB):');
  printTable([...share].sort((a, b) => b[1] - a[1]).filter(([, n]) => n >= 500).map(([what, n]) => ({ what, 'gzip kB (est.)': kb(n) })), console.error);
  fail(`over budget:\n  - ${problems.join('\n  - ')}`);
}
console.info('\ncheck-budget: within budget.');
