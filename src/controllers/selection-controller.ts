import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type CountrySelectDetail } from '../events.js';

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
  /** The selection last exchanged with the group; `host.selected` differs when a publisher set it. */
  private current: string | null = null;
  /** The group joined, or null until the first update after connecting. */
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
    // Join in the next update, once a creator that appends first and sets `group` after has done so.
    this.host.requestUpdate();
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

  /**
   * A selection a publisher set leads the group; otherwise the view takes the group's, so a view
   * that comes back or changes group does not revert the others to its stale selection.
   */
  private join(): void {
    if (!this.doc) return;
    this.joined = this.groupKey;
    if (this.host.selected !== this.current) {
      this.current = this.host.selected;
      this.publish(this.current);
    } else {
      this.current = storeOf(this.doc).get(this.joined) ?? null;
      this.host.selected = this.current;
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
