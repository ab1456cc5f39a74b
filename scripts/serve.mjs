// A small static server for the demo, the benchmarks and the embedding tests: serves the
// repository on 127.0.0.1 with correct content types, and optional extra headers (e.g. a CSP).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {{root?: string, headers?: (path: string) => Record<string, string>}} options
 * @returns {import('node:http').Server}
 */
export function createStaticServer({ root = process.cwd(), headers = () => ({}) } = {}) {
  const base = resolve(root);
  return createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers(url.pathname),
      });
      response.end(body);
    } catch (error) {
      const missing = error.code === 'ENOENT' || error.code === 'ENOTDIR';
      response.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(missing ? 'Not found' : 'Server error');
    }
  });
}

/** Listens on the port asked for, or the next free one. */
export function listen(server, port, host = '127.0.0.1') {
  return new Promise((resolvePort, reject) => {
    const attempt = (p) => {
      server.once('error', (error) => (error.code === 'EADDRINUSE' && p < port + 50 ? attempt(p + 1) : reject(error)));
      server.listen(p, host, () => resolvePort(server.address().port));
    };
    attempt(port);
  });
}

/**
 * The demo is served as a careful publisher would serve it: a strict Content-Security-Policy
 * (nothing inline, nothing from elsewhere), with `blob:` images for the PNG download.
 */
export const DEMO_CSP =
  "default-src 'self'; img-src 'self' blob:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = createStaticServer({
    headers: (path) => (path.startsWith('/demo/') ? { 'content-security-policy': DEMO_CSP } : {}),
  });
  const port = await listen(server, Number(process.env.PORT ?? 8000));
  console.log(`ally-viz demo: http://127.0.0.1:${port}/demo/`);
  console.log(`  scrollytelling: http://127.0.0.1:${port}/demo/scrolly.html`);
  console.log(`  embed snippets: http://127.0.0.1:${port}/demo/snippets.html`);
  console.log('Press Ctrl+C to stop.');
}
