import type { Dataset } from './types.js';
import { DatasetError, summarizeErrors, validate } from './validate.js';

export interface LoadOptions {
  /** Aborting rejects with the signal's reason (an `AbortError` DOMException by default), untouched. */
  signal?: AbortSignal;
  /** Default 10 000 ms. */
  timeoutMs?: number;
  /** Default 5 MB (5 000 000 bytes). */
  maxBytes?: number;
  /** Injected fetch (tests, custom transports); default the global `fetch`. */
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5_000_000;

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function formatBytes(n: number): string {
  if (n >= 1e6) return `${Math.round(n / 1e5) / 10} MB`;
  if (n >= 1e3) return `${Math.round(n / 100) / 10} kB`;
  return `${n} bytes`;
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms) / 1000} s`;
}

function isAcceptedType(contentType: string): boolean {
  const mime = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return mime === '' || mime === 'application/json' || mime === 'text/json' || mime.endsWith('+json') || mime === 'text/plain';
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Fetches and validates a dataset. Rejects with a `DatasetError` whose message names the URL
 * and what went wrong, or with the caller's abort reason when `signal` aborts.
 */
export async function loadDataset(url: string | URL, options: LoadOptions = {}): Promise<Dataset> {
  const label = String(url);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const { signal } = options;
  if (signal?.aborted) throw signal.reason;

  const fail = (message: string, cause?: unknown): DatasetError =>
    new DatasetError(message, [], cause === undefined ? { url: label } : { url: label, cause });

  // One internal controller aborts on the caller's signal or the timeout; every await races it,
  // so a fetch implementation that ignores its signal cannot hang the load.
  const controller = new AbortController();
  const aborted = new Promise<never>((_, reject) => {
    // The reason is the caller's (an AbortError DOMException by default) or our timeout DatasetError.
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason as Error), { once: true });
  });
  aborted.catch(() => undefined);
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  // Zero, negative or infinite: no timeout. Longer than setTimeout's range: clamped.
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(
          () => controller.abort(fail(`Timed out after ${formatSeconds(timeoutMs)} loading ${label}`)),
          Math.min(timeoutMs, 2 ** 31 - 1),
        )
      : undefined;
  const race = <T>(p: Promise<T>): Promise<T> => Promise.race([p, aborted]);
  /** The abort reason when the load was aborted (caller or timeout), else `fallback`. */
  const settle = (fallback: unknown): unknown => (controller.signal.aborted ? controller.signal.reason : fallback);

  try {
    let response: Response;
    try {
      response = await race(
        doFetch(url, {
          signal: controller.signal,
          credentials: 'same-origin',
          headers: { Accept: 'application/json' },
        }),
      );
    } catch (e) {
      throw settle(fail(`Could not reach ${label}${e instanceof Error && e.message ? ` (${e.message})` : ''}`, e));
    }

    if (!response.ok) {
      response.body?.cancel().catch(() => undefined);
      const reason = response.statusText || REASONS[response.status] || '';
      throw fail(`${label} answered ${response.status}${reason ? ` ${reason}` : ''}`);
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (!isAcceptedType(contentType)) {
      response.body?.cancel().catch(() => undefined);
      throw fail(`${label} has content type "${contentType}", not JSON`);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.body?.cancel().catch(() => undefined);
      throw fail(`${label} is too large (${formatBytes(declared)}; the limit is ${formatBytes(maxBytes)})`);
    }

    let text: string;
    try {
      text = await race(readText(response, maxBytes));
    } catch (e) {
      if (e instanceof TooLarge) {
        throw fail(`${label} is too large (over ${formatBytes(maxBytes)}, the limit)`);
      }
      throw settle(fail(`Could not read ${label}: ${messageOf(e)}`, e));
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw fail(`${label} is not valid JSON: ${messageOf(e)}`, e);
    }
    const result = validate(json);
    if (!result.ok) {
      throw new DatasetError(`${label}: ${summarizeErrors(result.errors)}`, result.errors, { url: label });
    }
    return result.data;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

class TooLarge extends Error {}

/** Reads the body as UTF-8, stopping (and cancelling the stream) once it passes `maxBytes`. */
async function readText(response: Response, maxBytes: number): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  if (!response.body) return '';
  const reader = response.body.getReader();
  let total = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
