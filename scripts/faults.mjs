// The faults that the reliability tests (test/browser/reliability-*.test.ts) stage, as middleware
// of the test server (web-test-runner.config.mjs).
//
// /faults/chunks/<mode>/<path>: <path> of the repository (a test page, dist/…), with the bundle's
// on-demand chunks (dist/chunks/) served as a publisher's server might:
//   ok         as they are;
//   missing    404: the publisher copied ally-viz.js but not chunks/;
//   stale      an ally-viz.js from an older build, whose chunk names (other hashes) are gone;
//   csp        the page under a policy that allows the bundle's own file but not its chunks;
//   down-<id>  404 until /faults/restore/<id> is requested: the server or network comes back.
// /faults/src/<case>: a dataset URL that fails as <case> says (see `datasetFault`);
//   down-<id> drops the connection until /faults/restore/<id>.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

const dataset = JSON.parse(readFileSync(new URL('../data/relationships.json', import.meta.url), 'utf8'));
const TOO_LARGE = 6_000_000;
/** Ids of the faults that are over (restored). */
const restored = new Set();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the client gives up on the request, or after `ms`. */
const untilClosed = (context, ms) =>
  new Promise((resolve) => {
    context.req.on('close', resolve);
    setTimeout(resolve, ms);
  });

function json(context, value) {
  context.type = 'application/json';
  context.body = JSON.stringify(value);
}

/** The same server under the other loopback name: another origin, which sends no CORS headers. */
function otherOrigin(context) {
  const [host, port] = context.host.split(':');
  return `http://${host === 'localhost' ? '127.0.0.1' : 'localhost'}:${port}`;
}

async function datasetFault(context, fault) {
  const status = /^status-(\d{3})$/.exec(fault);
  if (status) {
    context.status = Number(status[1]);
    context.body = 'failed';
    return;
  }
  if (fault.startsWith('down-')) {
    if (!restored.has(fault.slice(5))) {
      context.req.socket.destroy();
      context.respond = false;
      return;
    }
    json(context, { ...dataset, title: 'Back online' });
    return;
  }
  switch (fault) {
    case 'dataset': {
      // ?title=…&delay=ms: a valid dataset under that title, after a delay.
      await sleep(Number(context.query.delay ?? 0));
      json(context, { ...dataset, title: context.query.title ?? dataset.title });
      return;
    }
    case 'not-json':
      context.type = 'application/json';
      context.body = '<!doctype html><title>Sign in</title><p>Please sign in to continue.';
      return;
    case 'wrong-type':
      context.type = 'text/html';
      context.body = JSON.stringify(dataset);
      return;
    case 'redirect':
      context.redirect(`${otherOrigin(context)}/faults/src/dataset`);
      return;
    case 'too-large':
      context.type = 'application/json';
      context.body = Buffer.alloc(TOO_LARGE, ' ');
      return;
    case 'too-large-unannounced': {
      // No Content-Length: the size shows only as the body streams in.
      context.type = 'application/json';
      context.body = Readable.from(
        (function* () {
          for (let sent = 0; sent < TOO_LARGE; sent += 100_000) yield Buffer.alloc(100_000, ' ');
        })(),
      );
      return;
    }
    case 'never':
      await untilClosed(context, 30_000);
      context.status = 504;
      return;
    default:
      context.status = 400;
      context.body = `unknown fault ${fault}`;
  }
}

/** The policy of a page that names the bundle's file, not its folder: the chunks are refused. */
function chunklessPolicy(context, prefix) {
  const origin = `http://${context.host}`;
  return [
    "default-src 'self'",
    "style-src 'self'",
    // With the test server's own script, which it adds to every page.
    `script-src ${origin}${prefix}dist/ally-viz.js ${origin}${prefix}test/pages/record.js ${origin}/__web-dev-server__web-socket.js`,
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

function chunkFault(context, mode, prefix, path) {
  const chunk = path.startsWith('dist/chunks/');
  if (chunk && (mode === 'missing' || (mode.startsWith('down-') && !restored.has(mode.slice(5))))) {
    context.status = 404;
    context.body = 'Not Found';
    return true;
  }
  if (mode === 'stale' && path === 'dist/ally-viz.js') {
    context.type = 'text/javascript';
    context.body = readFileSync('dist/ally-viz.js', 'utf8').replace(/(chunks\/[\w.-]+-)[\w-]{8}\.js/g, '$1OLDBUILD.js');
    return true;
  }
  if (mode === 'csp' && path.endsWith('.html')) context.set('Content-Security-Policy', chunklessPolicy(context, prefix));
  return false;
}

export async function faults(context, next) {
  const restore = /^\/faults\/restore\/([\w-]+)$/.exec(context.path);
  if (restore) {
    restored.add(restore[1]);
    context.body = 'restored';
    return;
  }
  const src = /^\/faults\/src\/([\w-]+)$/.exec(context.path);
  if (src) {
    // Every answer is fresh: the browser's cache must not hide a fault or its cure.
    context.set('Cache-Control', 'no-store');
    await datasetFault(context, src[1]);
    return;
  }
  const chunks = /^(\/faults\/chunks\/([\w-]+)\/)(.*)$/.exec(context.path);
  if (chunks) {
    const [, prefix, mode, path] = chunks;
    context.set('Cache-Control', 'no-store');
    if (chunkFault(context, mode, prefix, path)) return;
    // Served from the repository as any other file.
    context.url = `/${path}${context.querystring ? `?${context.querystring}` : ''}`;
  }
  return next();
}
