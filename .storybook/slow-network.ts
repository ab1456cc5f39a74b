/**
 * A static site has no server to slow a response down, so the preview delays any fetch whose URL
 * carries `?delay=<ms>`: the element fetches the real file, and the reader's "Loading…" state
 * lasts as long as the story asks. Other requests pass through untouched.
 */
export function installSlowNetwork(win: Window & typeof globalThis = window): void {
  const marker = Symbol.for('ally-viz.stories.slow-network');
  const holder = win as unknown as Record<symbol, boolean>;
  if (holder[marker]) return;
  holder[marker] = true;
  const realFetch = win.fetch.bind(win);
  win.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), win.document.baseURI);
    const delay = Number(url.searchParams.get('delay'));
    if (delay > 0) {
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, delay);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason as Error);
        }, { once: true });
      });
    }
    return realFetch(input, init);
  };
}
