import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/types.js';
import { defaultDataset } from '../data/default-dataset.js';
import { emit, type DataErrorDetail } from '../events.js';
import { OnDemand } from '../on-demand.js';

export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  /** A dataset object; wins over `src`. */
  data?: Dataset | undefined;
  /** URL of a dataset JSON; absent: the bundled default. */
  src?: string | undefined;
}

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; data: Dataset }
  /** `retry`: trying again may help (a load from `src`, a module that did not arrive). */
  | { status: 'error'; message: string; retry?: boolean };

// Readers of the bundled default dataset, which the test suite validates, never download these.
const validator = new OnDemand('the dataset checker', 'validate', () => import('../data/validate.js'));
const loader = new OnDemand('the dataset loader', 'load', () => import('../data/load.js'));

function urlOf(src: string, base: string): URL {
  try {
    return new URL(src, base);
  } catch {
    throw new Error(`src "${src}" is not a URL`);
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Resolves the dataset a view shows: the `data` property, else the `src` attribute, else the
 * bundled default. A newer `src` aborts the older load; a failure dispatches `data-error`.
 * The validator and loader are imported on first use.
 */
export class DatasetController implements ReactiveController {
  state: DatasetState = { status: 'loading' };
  private loadedFrom: { data?: Dataset | undefined; src?: string | undefined } | null = null;
  private abort: AbortController | null = null;
  private readonly validated = new WeakMap<object, DatasetState>();
  /** Settles when the `data` property's dataset has been checked (the view waits for it). */
  pending: Promise<void> | null = null;

  constructor(private readonly host: DatasetHost) {
    host.addController(this);
  }

  get data(): Dataset | null {
    return this.state.status === 'ready' ? this.state.data : null;
  }

  hostConnected(): void {
    // Reconnecting after a disconnect that aborted a load must load again.
    if (this.state.status === 'loading') this.loadedFrom = null;
  }

  hostUpdate(): void {
    const { data, src } = this.host;
    if (this.loadedFrom && this.loadedFrom.data === data && this.loadedFrom.src === src) return;
    this.loadedFrom = { data, src };
    this.abort?.abort();
    this.abort = null;
    if (data !== undefined && data !== null) this.pending = this.check(data);
    else if (src) void this.load(src);
    else this.setState({ status: 'ready', data: defaultDataset });
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = null;
  }

  /** Loads `src` (or checks `data`) again, after a failure the state marks with `retry`. */
  retry(): void {
    this.loadedFrom = null;
    this.host.requestUpdate();
  }

  private async check(data: unknown): Promise<void> {
    if (typeof data !== 'object' || data === null) {
      this.setState({ status: 'error', message: 'The data property is not a dataset object.' });
      return;
    }
    let state = this.validated.get(data);
    if (!state) {
      this.setState({ status: 'loading' });
      let checker: typeof import('../data/validate.js');
      try {
        checker = await validator.load();
      } catch (error) {
        if (this.loadedFrom?.data === data) this.setState({ status: 'error', message: messageOf(error), retry: true });
        return;
      }
      const { validate, summarizeErrors } = checker;
      const result = validate(data);
      state = result.ok
        ? { status: 'ready', data: result.data }
        : { status: 'error', message: summarizeErrors(result.errors) };
      this.validated.set(data, state);
    }
    if (this.loadedFrom?.data === data) this.setState(state);
  }

  private async load(src: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.setState({ status: 'loading' });
    try {
      const url = urlOf(src, this.host.ownerDocument.baseURI);
      const { loadDataset } = await loader.load();
      const data = await loadDataset(url, { signal: abort.signal });
      if (!abort.signal.aborted) this.setState({ status: 'ready', data });
    } catch (error) {
      if (abort.signal.aborted) return;
      // Every failure from src may be cured on the server or by the network: the reader may retry.
      this.setState({ status: 'error', message: messageOf(error), retry: true }, src);
    }
  }

  private setState(state: DatasetState, src?: string): void {
    const previous = this.state;
    this.state = state;
    if (state.status === 'error') {
      emit<DataErrorDetail>(this.host, 'data-error', { message: state.message, ...(src ? { src } : {}) });
    }
    if (previous !== state) this.host.requestUpdate();
  }
}
