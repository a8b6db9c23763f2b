#!/usr/bin/env node
/**
 * Benchmark for the report: how long buildReport and renderPdf take on a complete
 * assessment (two trusts, all ten questions answered with notes, every step done, one
 * 2,000-word note). Not a test: it prints figures and exits 0. Target: PDF under 100 ms.
 *
 * It loads the TypeScript sources through Vite's SSR loader (no server port, no build), so
 * it measures the same code the app runs, with jsPDF's Node build; then it times the same
 * assessment's PDF in real Chromium through the built app (tests/tools/bench-browser.mjs).
 * Run: npm run bench (builds dist/ first if there is none).
 */
import { benchInChromium } from './bench-browser.mjs';
import { withTypeScript } from './load-ts.mjs';
import { performance } from 'node:perf_hooks';

const RUNS = 30;
const WARM_UP = 5;

await withTypeScript(async (load) => {
  const { content } = await load('/src/content/index.ts');
  const { buildReport } = await load('/src/report/build.ts');
  const { renderPdf } = await load('/src/report/pdf.ts');
  const { completeAssessment, longNote } = await load('/tests/report/scenarios.ts');

  const answers = completeAssessment(content);
  const first = [...content.tenQuestions.questions].sort((a, b) => a.number - b.number)[0];
  answers.trusts[0].answers[first.id].notes = longNote(2000);
  const options = { generatedOn: '2026-12-03' };

  // Wall-clock time, and the CPU time the process used meanwhile: on a busy machine the
  // wall clock includes waiting for a core, the CPU time does not.
  const cpu = [];
  const time = async (fn) => {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await fn();
    const wall = performance.now() - start;
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
    return wall;
  };
  const stats = (samples) => {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    return { median: at(0.5), min: sorted[0], p90: at(0.9), max: sorted[sorted.length - 1] };
  };
  const show = (label, s) =>
    console.info(
      `${label.padEnd(12)} median ${s.median.toFixed(1)} ms   min ${s.min.toFixed(1)}   p90 ${s.p90.toFixed(1)}   max ${s.max.toFixed(1)}   (${RUNS} runs)`,
    );

  const report = buildReport(content, answers, options);
  for (let i = 0; i < WARM_UP; i += 1) {
    buildReport(content, answers, options);
    await renderPdf(report);
  }

  const buildTimes = [];
  for (let i = 0; i < RUNS; i += 1) buildTimes.push(await time(() => buildReport(content, answers, options)));
  const buildCpu = cpu.splice(0);
  let last;
  const pdfTimes = [];
  for (let i = 0; i < RUNS; i += 1) pdfTimes.push(await time(async () => (last = await renderPdf(report))));
  const pdfCpu = cpu.splice(0);

  console.info(
    `Content ${content.meta.contentVersion}; ${report.trusts.length} trusts; PDF ${last.pageCount} pages, ${(last.bytes.length / 1024).toFixed(0)} kB; Node ${process.version}`,
  );
  show('buildReport', stats(buildTimes));
  show('  CPU time', stats(buildCpu));
  show('renderPdf', stats(pdfTimes));
  show('  CPU time', stats(pdfCpu));
  console.info(`Load average now: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(', ')}`);
  const target = 100;
  const median = stats(pdfTimes).median;
  console.info(median < target ? `PDF median in Node is under the ${target} ms target.` : `PDF median in Node is OVER the ${target} ms target.`);

  const chrome = await benchInChromium(answers, RUNS);
  console.info(`\nIn Chromium ${chrome.version} (the built app, ${chrome.times.length} presses of "Download the report as a PDF"):`);
  show('renderPdf', stats(chrome.times));
  const inBrowser = stats(chrome.times).median;
  console.info(
    inBrowser < target ? `PDF median in Chromium is under the ${target} ms target.` : `PDF median in Chromium is OVER the ${target} ms target.`,
  );
});
