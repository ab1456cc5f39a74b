import type { ReactiveController } from 'lit';
import type { SelectionHost } from './selection-controller.js';

export interface HashHost extends SelectionHost {
  /** Mirror the selection in the URL hash. */
  linkHash: boolean;
}

/** Country ids as the datasets spell them; anything else in a URL is ignored. */
const ID = /^[A-Za-z0-9_.-]{1,64}$/;

/** The hash key of a group: `ally` for the page-wide group, `ally-<group>` for a named one. */
export function hashKey(group: string | null): string {
  return group ? `ally-${group}` : 'ally';
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function keyOf(part: string): string {
  const eq = part.indexOf('=');
  return decode(eq < 0 ? part : part.slice(0, eq));
}

function partsOf(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter(Boolean);
}

/** The id stored under `key` in a URL hash such as `#ally=IRN&intro`, or null. */
export function readHash(hash: string, key: string): string | null {
  const part = partsOf(hash).find((p) => p.includes('=') && keyOf(p) === key);
  const id = part === undefined ? '' : decode(part.slice(part.indexOf('=') + 1));
  return ID.test(id) ? id : null;
}

/** `hash` with `key` set to `id` (or removed for null); the page's other parts, such as anchors, stay. */
export function writeHash(hash: string, key: string, id: string | null): string {
  const parts = partsOf(hash).filter((p) => keyOf(p) !== key);
  if (id !== null) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(id)}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/**
 * Opt-in deep link (`link-hash`): opens on the selection named in the URL hash, writes each new
 * selection of the view's group there with `history.pushState` so back and forward move through
 * selections, and follows the hash when it changes.
 */
export class HashController implements ReactiveController {
  private win: Window | null = null;
  /** The selection last seen in an update, or undefined before the first update after starting. */
  private last: string | null | undefined = undefined;
  /** The selection to return to when the hash no longer names one (back to the first entry). */
  private fallback: string | null = null;

  constructor(private readonly host: HashHost) {
    host.addController(this);
  }

  private get key(): string {
    return hashKey(this.host.group);
  }

  hostConnected(): void {
    if (this.host.linkHash) this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  hostUpdate(): void {
    if (this.host.linkHash && !this.win && this.host.isConnected) this.start();
    else if (!this.host.linkHash && this.win) this.stop();
  }

  hostUpdated(): void {
    const win = this.win;
    if (!win) return;
    const id = this.host.selected;
    if (this.last === undefined) {
      // The selection the page opened on is not a navigation: remember it, do not push it.
      this.last = id;
      if (readHash(win.location.hash, this.key) === null) this.fallback = id;
      return;
    }
    if (id === this.last) return;
    this.last = id;
    // Another view of the group, or the hash itself, may have written it already.
    if (readHash(win.location.hash, this.key) === id) return;
    const { pathname, search, hash } = win.location;
    win.history.pushState(null, '', `${pathname}${search}${writeHash(hash, this.key, id)}`);
  }

  private start(): void {
    this.win = this.host.ownerDocument.defaultView;
    if (!this.win) return;
    this.win.addEventListener('hashchange', this.apply);
    this.win.addEventListener('popstate', this.apply);
    this.last = undefined;
    const id = readHash(this.win.location.hash, this.key);
    if (id !== null) this.host.selected = id;
  }

  private stop(): void {
    this.win?.removeEventListener('hashchange', this.apply);
    this.win?.removeEventListener('popstate', this.apply);
    this.win = null;
  }

  private readonly apply = (): void => {
    if (!this.win) return;
    this.host.selected = readHash(this.win.location.hash, this.key) ?? this.fallback;
  };
}
