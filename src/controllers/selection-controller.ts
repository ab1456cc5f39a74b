import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asOfProblem } from '../data/as-of.js';
import { emit, type AsOfChangeDetail, type CountrySelectDetail } from '../events.js';

export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selected: string | null;
  group: string | null;
  asOf?: string | null;
}

/**
 * A value the views of a group share: the property, the document-level channel and store every
 * copy of the bundle on the page uses (Symbol.for is shared across bundles in one realm, so late
 * views find the group's value), and the event a reader's change fires.
 */
export interface SharedValue {
  property: 'selected' | 'asOf';
  channel: string;
  store: symbol;
  event: string;
  detail(value: string | null, group: string | null): unknown;
  /** Values the group may take; any other stays on the view it was set on (which says what is wrong). */
  shareable(value: string | null): boolean;
}

/** The selected country (`selected`, `country-select`). */
export const SELECTED: SharedValue = {
  property: 'selected',
  channel: 'ally-viz-selection',
  store: Symbol.for('ally-viz.selections'),
  event: 'country-select',
  detail: (id, group): CountrySelectDetail => ({ id, group }),
  shareable: () => true,
};

/** The date the views show (`as-of`, `as-of-change`); an invalid date is not shared. */
export const AS_OF: SharedValue = {
  property: 'asOf',
  channel: 'ally-viz-as-of',
  store: Symbol.for('ally-viz.as-of'),
  event: 'as-of-change',
  detail: (asOf, group): AsOfChangeDetail => ({ asOf, group }),
  shareable: (value) => !value || asOfProblem(value) === null,
};

interface ChannelDetail {
  group: string;
  id: string | null;
  origin: EventTarget;
}

type Store = Map<string, string | null>;

function storeOf(doc: Document, key: symbol): Store {
  const holder = doc as unknown as Record<symbol, Store | undefined>;
  return (holder[key] ??= new Map<string, string | null>());
}

/**
 * Links a value of every view in a group (the `group` attribute; absent: one page-wide group):
 * the selection by default, or the as-of date with `AS_OF`. Setting it on any view, or a
 * reader's change in one, updates them all.
 */
export class SelectionController implements ReactiveController {
  /** The value last exchanged with the group; the host's differs when a publisher set it. */
  private current: string | null = null;
  /** The group joined, or null until the first update after connecting. */
  private joined: string | null = null;
  private doc: Document | null = null;
  /** The value last changed because another view of the group changed it (not here). */
  fromGroup = false;

  constructor(
    private readonly host: SelectionHost,
    private readonly shared: SharedValue = SELECTED,
  ) {
    host.addController(this);
  }

  private get value(): string | null {
    return this.host[this.shared.property] ?? null;
  }

  private set value(value: string | null) {
    this.host[this.shared.property] = value;
  }

  /** A reader's change: updates the group and fires the event (`country-select`, `as-of-change`). */
  select(id: string | null): void {
    if (id === this.value) return;
    this.value = id;
    this.current = id;
    this.fromGroup = false;
    this.publish(id);
    emit(this.host, this.shared.event, this.shared.detail(id, this.host.group));
  }

  hostConnected(): void {
    this.doc = this.host.ownerDocument;
    this.doc.addEventListener(this.shared.channel, this.onChannel);
    // Join in the next update, once a creator that appends first and sets `group` after has done so.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.doc?.removeEventListener(this.shared.channel, this.onChannel);
    this.doc = null;
    this.joined = null;
  }

  hostUpdate(): void {
    if (this.groupKey !== this.joined) this.join();
    else if (this.value !== this.current) {
      // Set by a publisher (attribute or property): the rest of the group follows.
      this.current = this.value;
      this.fromGroup = false;
      this.publish(this.current);
    }
  }

  private get groupKey(): string {
    return this.host.group ?? '';
  }

  /**
   * A value a publisher set leads the group; otherwise the view takes the group's, so a view
   * that comes back or changes group does not revert the others to its stale value.
   */
  private join(): void {
    if (!this.doc) return;
    this.joined = this.groupKey;
    this.fromGroup = this.value === this.current;
    if (!this.fromGroup) {
      this.current = this.value;
      this.publish(this.current);
    } else {
      this.current = storeOf(this.doc, this.shared.store).get(this.joined) ?? null;
      this.value = this.current;
    }
  }

  private publish(id: string | null): void {
    if (!this.doc || !this.shared.shareable(id)) return;
    const group = this.groupKey;
    storeOf(this.doc, this.shared.store).set(group, id);
    this.doc.dispatchEvent(
      new CustomEvent<ChannelDetail>(this.shared.channel, { detail: { group, id, origin: this.host } }),
    );
  }

  private readonly onChannel = (event: Event): void => {
    const { group, id, origin } = (event as CustomEvent<ChannelDetail>).detail;
    if (origin === this.host || group !== this.groupKey || id === this.value) return;
    this.current = id;
    this.fromGroup = true;
    this.value = id;
  };
}
