/**
 * The two events of the public contract, and how a view fires them. Controllers fire them, so
 * this module sits below controllers/ and internal/ and imports nothing.
 */
export interface CountrySelectDetail {
  /** Selected country id, or null when the selection was cleared. */
  id: string | null;
  /** The selection group of the view that fired it (null: the page-wide group). */
  group: string | null;
}

export interface AsOfChangeDetail {
  /** The date the views show now (`YYYY-MM`), or null for the dataset's own date. */
  asOf: string | null;
  /** The selection group of the view that fired it (null: the page-wide group). */
  group: string | null;
}

export interface DataErrorDetail {
  message: string;
  /** The `src` URL at fault, when the dataset came from one. */
  src?: string;
}

declare global {
  interface HTMLElementEventMap {
    'country-select': CustomEvent<CountrySelectDetail>;
    'data-error': CustomEvent<DataErrorDetail>;
    'as-of-change': CustomEvent<AsOfChangeDetail>;
  }
}

/** Dispatches a bubbling, composed event, like the platform's own UI events. */
export function emit<T>(host: HTMLElement, type: string, detail: T): boolean {
  return host.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true }),
  );
}
