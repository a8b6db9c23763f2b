import { resolve } from 'node:path';
import { createServer } from 'vite';
import { aliases } from './aliases.mjs';

/**
 * Runs `run(load)` where `load('/src/…ts')` imports one of the project's TypeScript modules
 * through Vite's SSR loader (no port, no build), then closes the loader.
 */
export async function withTypeScript(run) {
  const server = await createServer({
    root: resolve(import.meta.dirname, '../..'),
    configFile: false,
    resolve: { alias: aliases },
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  try {
    return await run((path) => server.ssrLoadModule(path));
  } finally {
    await server.close();
  }
}
