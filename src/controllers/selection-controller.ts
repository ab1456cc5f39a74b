import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type CountrySelectDetail } from '../internal/events.js';

export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selected: string | null;
  group: string | null;
}

/** Document-level channel; every copy of the bundle on the page uses the same one. */
const CHANNEL = 'ally-viz-selection';
/** Symbol.for is shared across bundles in one realm, so late views find the group's selection. */
const STORE_KEY = Symbol.for('ally-viz.selections');

interface ChannelDetail {
  group: string;
  id: string | null;
  origin: EventTarget;
}

type SelectionStore = Map<string, string | null>;

function storeOf(doc: Document): SelectionStore {
  const holder = doc as unknown as Record<symbol, SelectionStore | undefined>;
  return (holder[STORE_KEY] ??= new Map<string, string | null>());
}

/**
 * Links the selection of every view in a group (the `group` attribute; absent: one page-wide
 * group). Setting `selected` on any view, or a reader's click in one, updates them all.
 */
export class SelectionController implements ReactiveController {
  private current: string | null = null;
  private joined: string | null = null;
  private doc: Document | null = null;

  constructor(private readonly host: SelectionHost) {
    host.addController(this);
  }

  /** A reader's selection: updates the group and fires `country-select`. */
  select(id: string | null): void {
    if (id === this.host.selected) return;
    this.host.selected = id;
    this.current = id;
    this.publish(id);
    emit<CountrySelectDetail>(this.host, 'country-select', { id, group: this.host.group });
  }

  hostConnected(): void {
    this.doc = this.host.ownerDocument;
    this.doc.addEventListener(CHANNEL, this.onChannel);
    this.join();
  }

  hostDisconnected(): void {
    this.doc?.removeEventListener(CHANNEL, this.onChannel);
    this.doc = null;
    this.joined = null;
  }

  hostUpdate(): void {
    if (this.groupKey !== this.joined) this.join();
    else if (this.host.selected !== this.current) {
      // Set by a publisher (attribute or property): the rest of the group follows.
      this.current = this.host.selected;
      this.publish(this.current);
    }
  }

  private get groupKey(): string {
    return this.host.group ?? '';
  }

  private join(): void {
    if (!this.doc) return;
    this.joined = this.groupKey;
    const store = storeOf(this.doc);
    if (this.host.selected !== null) {
      this.current = this.host.selected;
      this.publish(this.current);
    } else if (store.has(this.joined)) {
      this.current = store.get(this.joined) ?? null;
      this.host.selected = this.current;
    } else {
      this.current = null;
    }
  }

  private publish(id: string | null): void {
    if (!this.doc) return;
    const group = this.groupKey;
    storeOf(this.doc).set(group, id);
    this.doc.dispatchEvent(
      new CustomEvent<ChannelDetail>(CHANNEL, { detail: { group, id, origin: this.host } }),
    );
  }

  private readonly onChannel = (event: Event): void => {
    const { group, id, origin } = (event as CustomEvent<ChannelDetail>).detail;
    if (origin === this.host || group !== this.groupKey || id === this.host.selected) return;
    this.current = id;
    this.host.selected = id;
  };
}
