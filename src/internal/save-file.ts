// Small enough to load with the view; the picture export (svg-export.ts) loads on first use.

/** Offers a blob to the reader as a file download (a `blob:` link, no request). */
export function saveFile(doc: Document, blob: Blob, filename: string): void {
  const view = doc.defaultView ?? window;
  const url = view.URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  // Some browsers read the blob after click() returns.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 30_000);
}

/** A file name from free text: `who-stands-with-russia`. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'ally-viz'
  );
}
