import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadDataset } from '../../src/data/load.js';
import { DatasetError } from '../../src/data/validate.js';
import { changed, fixture } from './fixtures.js';

const URL_TEXT = 'https://example.test/data/relationships.json';
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

type FetchArgs = Parameters<typeof fetch>;

/** A fake fetch that records its calls and answers with `respond()`. */
function fakeFetch(respond: (init: RequestInit | undefined) => Response | Promise<Response>): typeof fetch & { calls: FetchArgs[] } {
  const calls: FetchArgs[] = [];
  const f = async (...args: FetchArgs): Promise<Response> => {
    calls.push(args);
    return respond(args[1]);
  };
  return Object.assign(f, { calls });
}

function jsonResponse(body: unknown, headers: Record<string, string> = JSON_HEADERS): Response {
  return new Response(JSON.stringify(body), { status: 200, headers });
}

/** Rejects unless `promise` rejects with a DatasetError whose message matches. */
async function rejectsWith(promise: Promise<unknown>, message: RegExp | string): Promise<DatasetError> {
  let caught: unknown = null;
  try {
    await promise;
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof DatasetError, `expected a DatasetError, got ${String(caught)}`);
  if (typeof message === 'string') assert.equal(caught.message, message);
  else assert.match(caught.message, message);
  return caught;
}

/** A stream that yields `chunk` forever (or `limit` times) and records whether it was cancelled. */
function endlessStream(chunk: Uint8Array, limit = Infinity): { stream: ReadableStream<Uint8Array>; state: { pulls: number; cancelled: boolean } } {
  const state = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulls += 1;
      if (state.pulls > limit) controller.close();
      else controller.enqueue(chunk);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe('loadDataset', () => {
  test('loads and validates a dataset, fetching same-origin with a signal', async () => {
    const f = fakeFetch(() => jsonResponse(fixture()));
    const data = await loadDataset(URL_TEXT, { fetch: f });
    assert.deepEqual(data, fixture());
    assert.equal(f.calls.length, 1);
    const [url, init] = f.calls[0] ?? [];
    assert.equal(url, URL_TEXT);
    assert.equal(init?.credentials, 'same-origin');
    assert.ok(init?.signal instanceof AbortSignal);
  });

  test('accepts a URL object and text/plain', async () => {
    const f = fakeFetch(() => jsonResponse(fixture(), { 'content-type': 'text/plain' }));
    const data = await loadDataset(new URL(URL_TEXT), { fetch: f });
    assert.equal(data.hub, 'RUS');
  });

  test('accepts +json types and a missing content type', async () => {
    const f = fakeFetch(() => jsonResponse(fixture(), { 'content-type': 'application/vnd.ally+json' }));
    assert.equal((await loadDataset(URL_TEXT, { fetch: f })).version, 1);
    const bare = new Response(new TextEncoder().encode(JSON.stringify(fixture())));
    assert.equal(bare.headers.get('content-type'), null);
    assert.equal((await loadDataset(URL_TEXT, { fetch: fakeFetch(() => bare) })).version, 1);
  });

  test('HTTP 404', async () => {
    const f = fakeFetch(() => new Response('no', { status: 404 }));
    await rejectsWith(loadDataset(URL_TEXT, { fetch: f }), `${URL_TEXT} answered 404 Not Found`);
  });

  test('HTTP 500 with its own status text', async () => {
    const f = fakeFetch(() => new Response('', { status: 500, statusText: 'Server Broke' }));
    const error = await rejectsWith(loadDataset(URL_TEXT, { fetch: f }), `${URL_TEXT} answered 500 Server Broke`);
    assert.equal(error.url, URL_TEXT);
  });

  test('network failure', async () => {
    const f = fakeFetch(() => {
      throw new TypeError('fetch failed');
    });
    const error = await rejectsWith(loadDataset(URL_TEXT, { fetch: f }), /^Could not reach https:\/\/example\.test\/data\/relationships\.json/);
    assert.ok(error.cause instanceof TypeError);
  });

  test('wrong content type, named in the message', async () => {
    const f = fakeFetch(() => new Response('<html></html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    await rejectsWith(loadDataset(URL_TEXT, { fetch: f }), `${URL_TEXT} has content type "text/html; charset=utf-8", not JSON`);
  });

  test('body that is not JSON', async () => {
    const f = fakeFetch(() => new Response('{"version": 1,', { headers: JSON_HEADERS }));
    await rejectsWith(loadDataset(URL_TEXT, { fetch: f }), new RegExp(`^${URL_TEXT.replace(/[./]/g, '\\$&')} is not valid JSON: .+`));
  });

  test('body that is not UTF-8', async () => {
    const f = fakeFetch(() => new Response(new Uint8Array([0x22, 0xff, 0xfe, 0x22]), { headers: JSON_HEADERS }));
    await rejectsWith(loadDataset(URL_TEXT, { fetch: f }), /relationships\.json/);
  });

  test('invalid dataset: the validation message prefixed with the URL', async () => {
    const f = fakeFetch(() => jsonResponse(changed('claims[3].parties[1]', 'RUX')));
    const error = await rejectsWith(
      loadDataset(URL_TEXT, { fetch: f }),
      `${URL_TEXT}: Invalid dataset: claims[3].parties[1]: unknown country "RUX"`,
    );
    assert.deepEqual(error.errors, [{ path: 'claims[3].parties[1]', message: 'unknown country "RUX"' }]);
  });

  test('oversize by Content-Length: rejected without reading the body', async () => {
    const { stream, state } = endlessStream(new Uint8Array(1000));
    const f = fakeFetch(() => new Response(stream, { headers: { ...JSON_HEADERS, 'content-length': '6000000' } }));
    await rejectsWith(loadDataset(URL_TEXT, { fetch: f }), `${URL_TEXT} is too large (6 MB; the limit is 5 MB)`);
    assert.ok(state.pulls <= 1, `pulled ${state.pulls} chunks`);
  });

  test('oversize without Content-Length: the stream is cut off at maxBytes', async () => {
    const { stream, state } = endlessStream(new Uint8Array(1000).fill(0x20));
    const f = fakeFetch(() => new Response(stream, { headers: JSON_HEADERS }));
    await rejectsWith(loadDataset(URL_TEXT, { fetch: f, maxBytes: 10_000 }), `${URL_TEXT} is too large (over 10 kB, the limit)`);
    assert.ok(state.pulls <= 13, `pulled ${state.pulls} chunks`);
    assert.equal(state.cancelled, true);
  });

  test('a body just under maxBytes is read', async () => {
    const body = new TextEncoder().encode(JSON.stringify(fixture()));
    const f = fakeFetch(() => new Response(body, { headers: JSON_HEADERS }));
    assert.equal((await loadDataset(URL_TEXT, { fetch: f, maxBytes: body.byteLength })).hub, 'RUS');
    const g = fakeFetch(() => new Response(body, { headers: JSON_HEADERS }));
    await rejectsWith(loadDataset(URL_TEXT, { fetch: g, maxBytes: body.byteLength - 1 }), /is too large/);
  });

  test('timeout: a slow fetch that ignores its signal', async () => {
    const f = fakeFetch(() => new Promise<Response>(() => undefined));
    const started = Date.now();
    await rejectsWith(loadDataset(URL_TEXT, { fetch: f, timeoutMs: 30 }), `Timed out after 0.03 s loading ${URL_TEXT}`);
    assert.ok(Date.now() - started < 2000);
  });

  test('timeout: a slow fetch that honours its signal', async () => {
    const f = fakeFetch(
      (init) =>
        new Promise<Response>((_, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    await rejectsWith(loadDataset(URL_TEXT, { fetch: f, timeoutMs: 20 }), `Timed out after 0.02 s loading ${URL_TEXT}`);
  });

  test('timeout: a body that never ends', async () => {
    const stream = new ReadableStream<Uint8Array>({ start() {} });
    const f = fakeFetch(() => new Response(stream, { headers: JSON_HEADERS }));
    await rejectsWith(loadDataset(URL_TEXT, { fetch: f, timeoutMs: 20 }), /^Timed out after 0\.02 s loading/);
  });

  test('the default timeout is 10 s', async () => {
    const f = fakeFetch(() => new Promise<Response>(() => undefined));
    const original = globalThis.setTimeout;
    const delays: number[] = [];
    // Record the delay and fire at once.
    globalThis.setTimeout = ((fn: () => void, ms?: number) => {
      delays.push(ms ?? 0);
      return original(fn, 0);
    }) as typeof setTimeout;
    try {
      await rejectsWith(loadDataset(URL_TEXT, { fetch: f }), `Timed out after 10 s loading ${URL_TEXT}`);
    } finally {
      globalThis.setTimeout = original;
    }
    assert.deepEqual(delays, [10_000]);
  });

  test('abort during the fetch rejects with the AbortError, untouched', async () => {
    const controller = new AbortController();
    const f = fakeFetch(() => new Promise<Response>(() => undefined));
    const pending = loadDataset(URL_TEXT, { fetch: f, signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await assert.rejects(pending, (e: unknown) => {
      assert.ok(e instanceof DOMException);
      assert.equal(e.name, 'AbortError');
      assert.ok(!(e instanceof DatasetError));
      return true;
    });
  });

  test('abort during the body read', async () => {
    const controller = new AbortController();
    const stream = new ReadableStream<Uint8Array>({ start() {} });
    const f = fakeFetch(() => {
      setTimeout(() => controller.abort(), 5);
      return new Response(stream, { headers: JSON_HEADERS });
    });
    await assert.rejects(loadDataset(URL_TEXT, { fetch: f, signal: controller.signal }), { name: 'AbortError' });
  });

  test('an already aborted signal rejects without fetching', async () => {
    const f = fakeFetch(() => jsonResponse(fixture()));
    await assert.rejects(loadDataset(URL_TEXT, { fetch: f, signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.equal(f.calls.length, 0);
  });

  test('the timeout is cleared after success (no late abort)', async () => {
    let signal: AbortSignal | null = null;
    const f = fakeFetch((init) => {
      signal = init?.signal ?? null;
      return jsonResponse(fixture());
    });
    await loadDataset(URL_TEXT, { fetch: f, timeoutMs: 10 });
    await new Promise((r) => setTimeout(r, 30));
    assert.equal((signal as AbortSignal | null)?.aborted, false);
  });
});
