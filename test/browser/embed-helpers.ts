import { waitUntil } from '@open-wc/testing';

export { parseCsv } from '../fixtures/csv.js';

export interface EmbedRecord {
  violations: string[];
  errors: string[];
  /** `data-error` events, as "id: message". */
  dataErrors: string[];
}
export type PageWindow = Window & typeof globalThis & { embedRecord: EmbedRecord };

export interface Page {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
}

export const TAGS = ['ally-network', 'aid-matrix', 'country-card'] as const;
const frames: HTMLIFrameElement[] = [];

/** Removes the pages `openPage` opened; each test's pages also close after it. */
export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}
afterEach(closePages);

/** Opens a test page (a path, or markup given as `{html}`) in an iframe of the given size and waits for its load event. */
export async function openPage(path: string | { html: string }, width = 900, height = 700): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (typeof path === 'string') frame.src = path;
  else frame.srcdoc = path.html;
  document.body.appendChild(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  return { frame, win, doc: win.document };
}

/** Adds the bundle to a page that was parsed without it, as a late-loading CMS script would. */
export async function addBundle(page: Page, src = '/dist/ally-viz.js'): Promise<void> {
  const script = page.doc.createElement('script');
  script.type = 'module';
  script.src = src;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  page.doc.head.appendChild(script);
  await loaded;
}

/** Scrolls to the element, as a reader would, and waits until it has drawn its view (the base's footer follows the view). */
export async function drawn(el: Element, scroll = true): Promise<ShadowRoot> {
  const what = el.localName;
  if (scroll) el.scrollIntoView();
  // Past an update that a property just set asks for (a footer may still be the last dataset's).
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="footer"]'), `${what} draws`, { timeout: 8000 });
  return el.shadowRoot!;
}

export async function frames2(win: Window): Promise<void> {
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
}

export function visible(el: Element | null | undefined): boolean {
  return !!el && el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0;
}

export interface DownloadedFile {
  name: string;
  type: string;
  text: string;
}

/**
 * Runs `act` and collects the `count` files it offers for download: the views download through a
 * `blob:` link's click(), which is caught here and read back instead of saved.
 */
export async function readDownloads(act: () => unknown, win: Window = window, count = 1): Promise<DownloadedFile[]> {
  const proto = (win as typeof window).HTMLAnchorElement.prototype;
  const links: HTMLAnchorElement[] = [];
  // An own click() on the anchor prototype shadows HTMLElement's until it is deleted again.
  Object.defineProperty(proto, 'click', {
    configurable: true,
    value(this: HTMLAnchorElement) {
      if (this.download) links.push(this);
      else (win as typeof window).HTMLElement.prototype.click.call(this);
    },
  });
  try {
    await act();
    // Pictures are made after the export code loads, PNG after encoding: wait for them.
    for (let i = 0; i < 250 && links.length < count; i++) await new Promise((r) => setTimeout(r, 20));
  } finally {
    delete (proto as Partial<HTMLAnchorElement>).click;
  }
  return Promise.all(
    links.map(async (link) => {
      const blob = await (await fetch(link.href)).blob();
      return { name: link.download, type: blob.type, text: await blob.text() };
    }),
  );
}
