/**
 * A module the publisher bundle keeps in `chunks/` beside it (the validator, the adjacency view,
 * the picture export…), imported the first time a view needs it and then shared by every view.
 * A failed import is not remembered: asking again (the reader's Retry) tries again.
 */
export class OnDemand<T> {
  /** The module, once it has loaded. */
  module: T | undefined;
  private loading: Promise<T> | undefined;
  /** The URL that failed, when the engine said (Chromium and Firefox do, WebKit does not). */
  private failedUrl: string | undefined;
  private attempts = 0;

  /**
   * `what` names the module for the reader ("the adjacency view"); `file` is the start of its
   * file name (`adjacency`, as in chunks/adjacency-<hash>.js).
   */
  constructor(
    readonly what: string,
    private readonly file: string,
    private readonly importModule: () => Promise<T>,
  ) {}

  /** Resolves to the module; rejects with a `ChunkError` naming it when it cannot be loaded. */
  load(): Promise<T> {
    this.loading ??= this.attempt().then(
      (module) => (this.module = module),
      (error: unknown) => {
        this.loading = undefined;
        this.failedUrl ??= this.urlIn(error);
        throw new ChunkError(this.what, error);
      },
    );
    return this.loading;
  }

  private attempt(): Promise<T> {
    if (!this.failedUrl) return this.importModule();
    // Chromium and Firefox answer a second import of a URL that failed with the same failure,
    // without asking the server again: the same file under a new query string is fetched afresh.
    this.attempts += 1;
    return import(/* @vite-ignore */ `${this.failedUrl}?retry=${this.attempts}`) as Promise<T>;
  }

  /** The module's own URL in an engine's message (not a file it imports, which may be named instead). */
  private urlIn(error: unknown): string | undefined {
    const url = error instanceof Error ? /\bhttps?:\/\/[^\s?#)]+\.js\b/.exec(error.message)?.[0] : undefined;
    return url && url.slice(url.lastIndexOf('/') + 1).startsWith(this.file) ? url : undefined;
  }
}

/** An on-demand module that could not be loaded: missing from the server, blocked, or offline. */
export class ChunkError extends Error {
  override name = 'ChunkError';

  constructor(what: string, cause: unknown) {
    // The engines' own messages differ (and WebKit's names no file): say what, and where it lives.
    const reason = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
    super(
      `${what.charAt(0).toUpperCase()}${what.slice(1)} could not be loaded${reason}. ` +
        'Its file, in chunks/ beside the script, is missing, blocked or out of reach.',
      { cause },
    );
  }
}
