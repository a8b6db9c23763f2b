import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Where the build is served: a deep sub-path, as on a school's own website. */
export const SUB_PATH = '/our-school/tools/join-a-trust/';

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

/**
 * Serves dist/ on 127.0.0.1 with no rewrites, gzipped as ordinary static hosts send it: each
 * file is compressed once and the result kept, as hosts do (nginx's gzip_static, a CDN's
 * cache), so one large file's compression never holds up the next request.
 * The same behaviour as tests/browser/static-server.ts, for the scripts.
 */
export async function serveDist(dist) {
  /** @type {Map<string, Buffer>} by the file's content, so a file changed in place (a deploy) is compressed anew */
  const gzipped = new Map();
  const gzipOnce = (body) => {
    const key = createHash('sha1').update(body).digest('hex');
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
    return gzipped.get(key);
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // A real host would answer these at its root; serve them so tools see a normal site.
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
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /\.(html|js|css|svg|json|webmanifest|txt)$/.test(file)) {
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gzipOnce(body));
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
  return { server, url };
}
