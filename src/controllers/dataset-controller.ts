import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/types.js';
import { defaultDataset } from '../data/default-dataset.js';
import { emit, type DataErrorDetail } from '../events.js';

export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  /** A dataset object; wins over `src`. */
  data?: Dataset | undefined;
  /** URL of a dataset JSON; absent: the bundled default. */
  src?: string | undefined;
}

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; data: Dataset }
  | { status: 'error'; message: string };

/**
 * Resolves the dataset a view shows: the `data` property, else the `src` attribute, else the
 * bundled default. A newer `src` aborts the older load; a failure dispatches `data-error`.
 * The validator and loader are imported on first use: readers of the bundled default, which the
 * test suite validates, never download them.
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

  private async check(data: unknown): Promise<void> {
    if (typeof data !== 'object' || data === null) {
      this.setState({ status: 'error', message: 'The data property is not a dataset object.' });
      return;
    }
    let state = this.validated.get(data);
    if (!state) {
      this.setState({ status: 'loading' });
      const { validate, summarizeErrors } = await import('../data/validate.js');
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
      const url = new URL(src, this.host.ownerDocument.baseURI);
      const { loadDataset } = await import('../data/load.js');
      const data = await loadDataset(url, { signal: abort.signal });
      if (!abort.signal.aborted) this.setState({ status: 'ready', data });
    } catch (error) {
      if (abort.signal.aborted) return;
      const message = error instanceof Error ? error.message : String(error);
      this.setState({ status: 'error', message }, src);
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
