/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { mkdir, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { aliases } from './tests/tools/aliases.mjs';
import type { PrerenderedPage } from './src/ui/Shell';

/**
 * The Content Security Policy of the built app, as a <meta> so it works on any static host.
 * Only same-origin code, no eval, no inline script, and no request to any other site.
 *
 * style-src-elem allows 'unsafe-inline' for one reason: Radix Dialog (through
 * react-remove-scroll-bar and react-style-singleton) adds a <style> element while a dialog is
 * open, to stop the page behind it scrolling. Its text depends on the scrollbar width, so no
 * hash can match it, and a static site cannot issue nonces. style="" attributes stay blocked
 * (style-src-attr 'none'); React sets inline styles through the CSSOM, which CSP allows.
 * Inline CSS cannot send data anywhere: img-src, font-src and connect-src stay 'self'.
 *
 * frame-ancestors cannot be set from a <meta> (browsers ignore it there); a host that wants
 * it should send it as a header.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-elem 'self' 'unsafe-inline'",
  "style-src-attr 'none'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Puts the CSP into the built index.html only: the dev server needs inline scripts for hot reload. */
function cspMeta(): Plugin {
  const charset = '<meta charset="utf-8" />';
  return {
    name: 'join-a-trust:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // Straight after the charset, before any script or stylesheet, so it governs them all.
        if (!html.includes(charset)) throw new Error(`index.html must contain ${charset} for the CSP to follow it.`);
        return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`);
      },
    },
  };
}

/**
 * What every start-up needs, whatever the address: the static import graph of the chunks that
 * src/main.tsx loads with import() when it starts (React, React DOM and the app's frame with
 * the store). Filled in at buildEnd, before chunks are made, for the "start-up" chunk group.
 */
const startupModules = new Set<string>();
/** The meeting pages' own small shared modules: one request for them, not five. */
const meetingPart = /\/src\/(domain\/meeting-(link|files)|store\/(meeting|member)|ui\/meeting\/(use-meeting-trust|rating-options|ViewForm))\.tsx?$/;
/** Small shared parts of the form pages, with no heavy imports (not GlossaryText: it brings the dialog). */
/**
 * The full checks of saved answers: zod, the schemas, salvage and guard. Loaded just after the
 * first paint and with every page (src/store/checks.ts): one request, not six.
 */
const checksPart = /\/node_modules\/zod\/|\/src\/(domain\/(schema-parts|answers-schema|meeting-schema|trust-pack-schema|decision-outcomes|salvage|guard)|store\/answer-checks)\.ts$/;
/** The content, and the check of saved answers against it that every page but the start page runs first. */
const contentPart = /\/questions\/[^/]+\.json$|\/src\/content\/|\/src\/store\/prune\.ts$/;
const sharedComponent = /\/src\/ui\/(components\/(BackLink|FormEnd|ErrorSummary|Radios|TextField|Tag|TableWrap|ExternalLink|SourceLink|Cites|use-link-data)|journey\/(use-journey|paths)|NotFound)\.tsx?$/;

/**
 * src/main.tsx loads the app with import() (so that a failure to start can be explained), and
 * asks for the first page's code itself (src/ui/routes.ts). Vite preloads only static imports,
 * so this adds <link rel="modulepreload"> for the chunks that main.tsx's own import()s fetch at
 * start-up: they download in parallel with the entry script rather than after it has run.
 * The modules they need are put into one chunk (see codeSplitting below): one request, not ten.
 */
function preloadStartupChunks(): Plugin {
  let lazyFromMain: string[] = [];
  return {
    name: 'join-a-trust:preload-startup-chunks',
    apply: 'build',
    buildEnd() {
      const main = [...this.getModuleIds()].find((id) => id.endsWith('/src/main.tsx'));
      lazyFromMain = main ? [...(this.getModuleInfo(main)?.dynamicallyImportedIds ?? [])] : [];
      // The entry's own static imports (routes.ts) stay in the entry, which must stay small.
      const closure = (ids: readonly string[], into = new Set<string>()) => {
        const add = (id: string) => {
          if (into.has(id)) return;
          into.add(id);
          this.getModuleInfo(id)?.importedIds.forEach(add);
        };
        ids.forEach(add);
        return into;
      };
      const entry = main ? closure([main]) : new Set<string>();
      startupModules.clear();
      for (const id of closure(lazyFromMain)) if (!entry.has(id)) startupModules.add(id);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const files = new Set<string>();
        const add = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          const chunk = bundle[file];
          if (chunk?.type === 'chunk') chunk.imports.forEach(add);
        };
        for (const id of lazyFromMain) {
          const chunk = chunks.find((c) => c.facadeModuleId === id || c.moduleIds.includes(id));
          if (chunk) add(chunk.fileName);
        }
        const tags = [...files]
          .filter((file) => !html.includes(`href="./${file}"`) && !html.includes(`src="./${file}"`))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
        return { html, tags };
      },
    },
  };
}

export interface BuildStats {
  chunks: { fileName: string; size: number; isEntry: boolean; isDynamicEntry: boolean; imports: string[]; dynamicImports: string[]; css: string[]; modules: string[]; moduleSizes: number[] }[];
  /** Chunks that src/main.tsx itself loads with import() at start-up: part of every first visit. */
  startupChunks: string[];
}

/**
 * Writes out/build-stats.json (outside dist/, so it is never deployed): every chunk with its
 * static and dynamic imports and the modules in it. tests/tools/check-budget.mjs reads it.
 */
function buildStats(): Plugin {
  return {
    name: 'join-a-trust:build-stats',
    apply: 'build',
    // After Vite's own generateBundle hooks, which drop chunks that held only CSS.
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const chunks: BuildStats['chunks'] = [];
        for (const item of Object.values(bundle)) {
          if (item.type !== 'chunk') continue;
          chunks.push({
            fileName: item.fileName,
            size: Buffer.byteLength(item.code),
            isEntry: item.isEntry,
            isDynamicEntry: item.isDynamicEntry,
            imports: [...item.imports],
            dynamicImports: [...item.dynamicImports],
            css: [...(item.viteMetadata?.importedCss ?? [])],
            modules: Object.keys(item.modules).map((id) => id.replace(/^.*\/node_modules\//, 'node_modules/').replace(`${process.cwd()}/`, '')),
            // Before minification; enough to see which package makes a chunk heavy.
            moduleSizes: Object.values(item.modules).map((m) => m.renderedLength),
          });
        }
        const main = [...this.getModuleIds()].find((id) => id.endsWith('/src/main.tsx'));
        const lazyFromMain = main ? (this.getModuleInfo(main)?.dynamicallyImportedIds ?? []) : [];
        const startupChunks = chunks
          .filter((c) => lazyFromMain.some((id) => c.modules.includes(id.replace(`${process.cwd()}/`, ''))))
          .map((c) => c.fileName);
        const stats: BuildStats = { chunks, startupChunks };
        await mkdir('out', { recursive: true });
        await writeFile('out/build-stats.json', `${JSON.stringify(stats, null, 2)}\n`);
      },
    },
  };
}

/**
 * Puts the start-up stylesheet (about 3 kB gzipped) inside index.html instead of linking
 * it, which saves a round trip before the first paint. The CSP already allows inline
 * <style> elements (see contentSecurityPolicy above).
 */
function inlineEntryCss(): Plugin {
  return {
    name: 'join-a-trust:inline-entry-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
      let source = html.source;
      for (const [fileName, asset] of Object.entries(bundle)) {
        if (asset.type !== 'asset' || !fileName.endsWith('.css')) continue;
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="\\./${fileName.replace(/[.]/g, '\\.')}"[^>]*>`);
        if (!link.test(source)) continue;
        source = source.replace(link, () => `<style>${String(asset.source)}</style>`);
      }
      html.source = source;
    },
  };
}

/**
 * Writes the page frame (header and footer, rendered from the real Layout) into the built
 * index.html, so the first paint does not wait for the JavaScript; and the pages a first visit
 * most often opens (src/ui/Shell.tsx) as files of their own, which the entry script shows at
 * once to someone with nothing saved (src/ui/early.ts). The app replaces both when it starts.
 * index.html lists the pages in the root element's data-pages attribute (no inline script).
 */
function prerender(): Plugin {
  let shell = '';
  let pages: (PrerenderedPage & { file: string })[] = [];
  return {
    name: 'join-a-trust:prerender',
    apply: 'build',
    async buildStart() {
      const { createServer } = await import('vite');
      const server = await createServer({
        configFile: false,
        // Rendered with the same router (and the same @/ paths) as the app.
        resolve: { alias: aliases },
        logLevel: 'silent',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, watch: null },
      });
      try {
        const shellModule = (await server.ssrLoadModule('/src/ui/Shell.tsx')) as typeof import('./src/ui/Shell');
        shell = shellModule.renderShell();
        pages = shellModule.renderPages().map((page) => {
          const slug = page.address === '/' ? 'start' : page.address.slice(1).replace(/[^a-z0-9]+/g, '-');
          const hash = createHash('sha256').update(page.main).digest('hex').slice(0, 8);
          return { ...page, file: `assets/page-${slug}-${hash}.html` };
        });
      } finally {
        await server.close();
      }
    },
    generateBundle() {
      for (const page of pages) this.emitFile({ type: 'asset', fileName: page.file, source: page.main });
    },
    transformIndexHtml(html, ctx) {
      // Each page's code (its chunk, what that imports, and the check of saved answers every page
      // runs first), for the entry script to fetch without running it until the page is painted.
      const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
      const closure = (file: string | undefined, into: Set<string>) => {
        if (!file || into.has(file)) return into;
        into.add(file);
        for (const dep of chunks.find((c) => c.fileName === file)?.imports ?? []) closure(dep, into);
        return into;
      };
      const prune = chunks.find((c) => c.moduleIds.some((id) => id.endsWith('/src/store/prune.ts')))?.fileName;
      const codeOf = (page: PrerenderedPage['page']) => {
        if (!page.loaded) return [];
        const chunk = chunks.find((c) => c.isDynamicEntry && c.exports.includes(page.name));
        if (!chunk) throw new Error(`No chunk exports ${page.name}, so its prerendered page cannot name its code.`);
        return [...closure(prune, closure(chunk.fileName, new Set()))].map((f) => `./${f}`);
      };
      const list = JSON.stringify(Object.fromEntries(pages.map((p) => [p.address, { file: `./${p.file}`, title: p.title, code: codeOf(p.page) }])));
      const attribute = list.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      return html.replace('<div id="root"></div>', `<div id="root" data-pages="${attribute}">${shell}</div>`);
    },
  };
}

// base './' makes the build work from any folder of any static host.
export default defineConfig({
  resolve: {
    // @/ is src/, @questions/ is questions/, and react-router is the app's own small router
    // (src/ui/router.tsx, issue 16): for the build and the unit tests alike (tests/tools/aliases.mjs).
    alias: aliases,
  },
  base: './',
  plugins: [
    react(),
    prerender(),
    inlineEntryCss(),
    cspMeta(),
    preloadStartupChunks(),
    buildStats(),
    // Offline after the first visit: a generated service worker precaches every built file,
    // the lazily loaded PDF chunks included. Registered by an external registerSW.js (not an
    // inline script, so the CSP holds). Scope and start_url are relative, so it works from
    // any sub-path. The manifest is public/manifest.webmanifest (manifest: false here).
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: false,
      scope: './',
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,txt}'],
        // jspdf's chunk is about 400 kB; give every built file room.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        // No runtime caching: the app asks no other site for anything.
        runtimeCaching: [],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything start-up needs (startupModules) in one chunk, preloaded by index.html;
        // the small components the form pages share in another (one request, not eight; the
        // dialog stays apart, with Radix); the rest splits by page as usual.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'startup', test: (id: string) => startupModules.has(id), priority: 2 },
            { name: 'components', test: (id: string) => !startupModules.has(id) && sharedComponent.test(id), priority: 1 },
            { name: 'meeting-parts', test: (id: string) => !startupModules.has(id) && meetingPart.test(id), priority: 1 },
            { name: 'checks', test: (id: string) => !startupModules.has(id) && checksPart.test(id), priority: 1 },
            { name: 'content', test: (id: string) => !startupModules.has(id) && contentPart.test(id), priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    // Generous limits for a busy 2-core machine: tests wait for conditions, never for time,
    // so these only decide when a stuck test is given up on.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 20_000 } },
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', 'node_modules/**'],
  },
});
