import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { serveDist, SUB_PATH } from '../tools/serve-dist.mjs';

/**
 * Serves dist/ under a deep sub-path with no rewrites, as a school's own website would,
 * so the tests prove the build works from any path of any static host.
 */
export { SUB_PATH };

export async function startStaticServer(distDir: string): Promise<{ server: Server; origin: string; url: string }> {
  const { server, url } = await serveDist(resolve(distDir));
  return { server, origin: new URL(url).origin, url };
}
