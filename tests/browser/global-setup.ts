import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    appOrigin: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/ has no build. Run "npm run build" first (npm test does this for you).');
  }
  const chromiumPath = findChromium();
  const { server, origin, url } = await startStaticServer(dist);
  project.provide('appUrl', url);
  project.provide('appOrigin', origin);
  project.provide('chromiumPath', chromiumPath);
  return () => new Promise<void>((done) => server.close(() => done()));
}
