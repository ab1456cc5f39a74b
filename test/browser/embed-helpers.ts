export { parseCsv } from '../fixtures/csv.js';

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
