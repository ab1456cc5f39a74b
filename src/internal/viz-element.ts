import { LitElement, html, nothing, type CSSResultGroup, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Dataset } from '../data/types.js';
import { DatasetController } from '../controllers/dataset-controller.js';
import { AS_OF, SelectionController } from '../controllers/selection-controller.js';
import { asOfChange, asOfProblem, datasetAsOf, describeAsOfChange } from '../data/as-of.js';
import { HashController } from '../controllers/hash-controller.js';
import { SizeController } from '../controllers/size-controller.js';
import { ThemeController, type Theme } from '../controllers/theme-controller.js';
import { VisibilityController } from '../controllers/visibility-controller.js';
import { resolveLang } from './lang.js';
import { claimsCsv } from '../data/claims-csv.js';
import { formatDate, sourceText } from '../data/describe.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { chromeStyles } from '../styles/chrome-styles.js';
import { saveFile, slug } from './save-file.js';
import type { StandaloneSvg } from './svg-export.js';
import { OnDemand } from '../on-demand.js';
import { emit, type DataErrorDetail } from '../events.js';

/** The picture export, loaded the first time a reader or a publisher asks for a picture. */
const pictureExport = new OnDemand('the picture export', 'svg-export', () => import('./svg-export.js'));

/** What the download menu offers: every claim as CSV, the picture as SVG or PNG. */
export type DownloadFormat = 'csv' | 'svg' | 'png';

/** What the base draws around a view: not part of its picture. */
const CHROME = '.viz-footer, [part~="placeholder"], style, link, script';
/** Inside a view: interactive and hidden pieces a picture leaves out. */
const NOT_PICTURED =
  '[part~="tooltip"], [role="tooltip"], .visually-hidden, [hidden], [part~="controls"], .no-print, template';

/** "approximately 21 March 2023" when the dataset's date is an estimate. */
const asOfText = (data: Dataset): string => `${data.asOfApproximate ? 'approximately ' : ''}${formatDate(data.asOf)}`;

/** Only web links become links; anything else in a dataset stays text. */
const WEB_URL = /^https?:\/\//i;

/**
 * The attributes and controllers the three views share (the README's element reference lists
 * them as "all views"). Each view implements `renderView()` for a ready dataset; the base draws a
 * placeholder until the view nears the viewport, and the source line and download menu under it.
 *
 * @csspart placeholder - The box of reserved size shown until the view first nears the viewport and its data is ready.
 * @csspart footer - The line under the view: source line, sources and downloads.
 * @csspart source-line - The dataset's title, date and credit.
 * @csspart sources - The disclosure listing the dataset's sources.
 * @csspart downloads - The download menu (CSV, SVG, PNG); hidden by `no-downloads`.
 * @csspart retry - The Retry button in the error message, when a dataset from `src` or a module from `chunks/` did not load.
 *
 * @cssprop --ally-color-diplomatic - Colour of diplomatic support.
 * @cssprop --ally-color-economic - Colour of economic support.
 * @cssprop --ally-color-military - Colour of military support.
 * @cssprop --ally-background - Background colour (`transparent` to show the page's).
 * @cssprop --ally-foreground - Text colour.
 * @cssprop --ally-muted - Colour of secondary text.
 * @cssprop --ally-border - Colour of borders and rules.
 * @cssprop --ally-accent - Colour of the selection.
 * @cssprop --ally-focus-ring - Colour of the keyboard focus ring.
 * @cssprop --ally-font-family - Font family (default: the page's).
 * @cssprop --ally-font-size - Base font size (default: 16px).
 * @cssprop --ally-radius - Corner radius of boxes and buttons (default: 6px).
 * @cssprop --ally-space - Base spacing (default: 12px).
 * @cssprop --ally-reserved-height - Height kept for the view before it draws, with dist/ally-viz.css also before the script runs (default per element).
 */
export abstract class VizElement extends LitElement {
  // Every view gets the shared tokens and the base's chrome, whatever its own styles list.
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([sharedStyles, styles ?? [], chromeStyles]);
  }

  /** URL of a dataset JSON in the format of `data/relationships.json`; absent: the bundled default. */
  @property() src?: string;

  /** A dataset object; wins over `src`. */
  @property({ attribute: false }) data?: Dataset;

  /** Selected country id (e.g. `IRN`). Shared by every view in the same group. */
  @property({ reflect: true }) selected: string | null = null;

  /** Views with the same group share one selection; absent: all views without a group share one. */
  @property({ reflect: true }) group: string | null = null;

  /**
   * Show the relationships as they stood on this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): only
   * claims, notes and votes dated on or before it, a claim counting from the first day its date
   * covers and the date covering its whole period (`2022-03`: until the end of March 2022).
   * Shared by every view in the same group, like `selected`; absent: the dataset's own date.
   */
  @property({ reflect: true, attribute: 'as-of' }) asOf: string | null = null;

  /** `light`, `dark` or `auto` (the reader's preference). */
  @property({ reflect: true }) theme: Theme = 'auto';

  /**
   * Mirror the selection in the URL hash (`#ally=IRN`, or `#ally-<group>=IRN` in a named group):
   * a shared link opens on it, and back and forward move through selections.
   */
  @property({ type: Boolean, reflect: true, attribute: 'link-hash' }) linkHash = false;

  /**
   * Hide the download menu (data as CSV, picture as SVG and PNG). The source line stays; the
   * `toCSV()`, `toSVG()`, `toPNG()` and `download()` methods still work for a publisher's own buttons.
   */
  @property({ type: Boolean, reflect: true, attribute: 'no-downloads' }) noDownloads = false;

  private sourcesOpen = false;
  private downloadsOpen = false;
  private hasPicture = true;
  private downloadMessage = '';
  private readonly modulesLoading = new Map<OnDemand<unknown>, Promise<void>>();
  private readonly modulesFailed = new Map<OnDemand<unknown>, string>();
  /** Why an on-demand module this update needs did not load: shown in the view's place. */
  private missingModule: string | null = null;

  protected readonly source = new DatasetController(this);
  // Before the selection: a selection read from the hash reaches the group in the same update.
  protected readonly deepLink = new HashController(this);
  protected readonly selection = new SelectionController(this);
  protected readonly asOfGroup = new SelectionController(this, AS_OF);
  protected readonly size = new SizeController(this);
  protected readonly preferences = new ThemeController(this);
  /**
   * Near the viewport, page visible. The base draws a light placeholder of the reserved size
   * until the view first comes near the viewport; a view may read `visibility.active` to pause
   * work (animations, simulations) nobody sees.
   */
  protected readonly visibility = new VisibilityController(this);

  /** The interface language: the element's `lang`, else the nearest `lang` in the page. */
  protected get interfaceLang(): string {
    return resolveLang(this);
  }

  protected abstract renderView(data: Dataset): TemplateResult;

  /** What changed at the last change of `as-of` made in this view, for its live region. */
  private asOfMessage = '';
  private lastShown: { data: Dataset; shown: Dataset } | null = null;

  /**
   * The dataset as the view shows it: the loaded one as of `as-of` (src/data/as-of.ts); null
   * before it is ready or while `as-of` is invalid. Views derive everything from this.
   */
  protected get shown(): Dataset | null {
    const data = this.source.data;
    return data && !this.asOfError ? datasetAsOf(data, this.asOf) : null;
  }

  private get asOfError(): string | null {
    return this.asOf ? asOfProblem(this.asOf) : null;
  }

  // After the controllers (the dataset and the group's date are current), before the view renders.
  protected override update(changed: PropertyValues): void {
    if (changed.has('asOf') && this.asOfError) emit<DataErrorDetail>(this, 'data-error', { message: this.asOfError });
    const data = this.source.data;
    const shown = this.shown;
    // A change made here (a reader's or a publisher's) is announced here; views that follow the group stay quiet.
    const last = this.lastShown;
    if (last && shown && last.data === data && last.shown !== shown && !this.asOfGroup.fromGroup) {
      this.asOfMessage = describeAsOfChange(shown, asOfChange(last.shown, shown));
    }
    if (data && shown) this.lastShown = { data, shown };
    super.update(changed);
  }

  // `updateComplete` includes checking a `data` dataset, so `await el.updateComplete` sees it drawn.
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let check = this.source.pending; check; check = this.source.pending) {
      await check;
      if (this.source.pending === check) this.source.pending = null;
      done = await super.getUpdateComplete();
    }
    while (this.modulesLoading.size) {
      await Promise.all(this.modulesLoading.values());
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * The on-demand module a view needs, or undefined until it has loaded (the view updates then).
   * When it cannot load, an `essential` module's failure takes the view's place, with a Retry,
   * and fires `data-error`; any other's is a console warning, and the view goes on without it.
   */
  protected onDemand<T>(chunk: OnDemand<T>, essential = true): T | undefined {
    const failure = this.modulesFailed.get(chunk);
    if (failure !== undefined) this.missingModule ??= failure;
    if (chunk.module || failure !== undefined || this.modulesLoading.has(chunk)) return chunk.module;
    const loading = chunk.load().then(
      () => this.requestUpdate(),
      (error: Error) => {
        if (!essential) return console.warn(`<${this.localName}>: ${error.message}`);
        this.modulesFailed.set(chunk, error.message);
        emit<DataErrorDetail>(this, 'data-error', { message: error.message });
        this.requestUpdate();
      },
    );
    this.modulesLoading.set(chunk, loading.finally(() => this.modulesLoading.delete(chunk)));
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Set again by this update's onDemand() calls, for the modules it still needs.
    this.missingModule = null;
  }

  override render(): TemplateResult {
    const problem = this.asOfError;
    const state = problem && this.source.state.status === 'ready' ? { status: 'error' as const, message: problem } : this.source.state;
    if (!this.visibility.started) {
      // Reserved size only (see the chrome styles); the heavy view waits for the reader.
      return html`<div class="placeholder" part="placeholder">
        <p class="visually-hidden">${state.status === 'ready' ? state.data.title : 'Graphic'}</p>
      </div>`;
    }
    if (state.status === 'error') {
      return this.renderError(state.message, state.retry ? () => this.source.retry() : undefined);
    }
    if (state.status === 'loading') {
      // In the reserved box too: the page must not jump while the data arrives.
      return html`<div class="placeholder" part="placeholder">
        <p class="status-message" role="status" part="loading">Loading data…</p>
      </div>`;
    }
    const shown = this.shown ?? state.data;
    const view = this.missingModule
      ? this.renderError(this.missingModule, () => {
          this.modulesFailed.clear();
          this.requestUpdate();
        })
      : this.renderView(shown);
    return html`${view}${this.renderFooter(shown)}`;
  }

  private renderError(message: string, retry?: () => void): TemplateResult {
    return html`<div role="alert" part="error">
      <strong>This graphic could not be shown.</strong>${message}
      ${retry ? html`<button type="button" part="retry" @click=${retry}>Retry</button>` : nothing}
    </div>`;
  }

  /** The dataset's title, date and sources, and the download menu, under the view. */
  protected renderFooter(data: Dataset): TemplateResult {
    const asOf = asOfText(data);
    return html`<div class="viz-footer" part="footer">
      <p class="source-line" part="source-line">
        <span>${data.title}</span><span>Data as of ${asOf}</span>${data.credit
          ? html`<span>${data.credit}</span>`
          : nothing}
      </p>
      ${data.sources.length
        ? html`<details class="sources" part="sources" @toggle=${this.onSourcesToggle}>
            <summary>${data.sources.length} source${data.sources.length === 1 ? '' : 's'}</summary>
            ${this.sourcesOpen
              ? html`<ol class="source-list">
                  ${data.sources.map(
                    (s) =>
                      html`<li>
                        ${s.url && WEB_URL.test(s.url)
                          ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${sourceText(s)}</a>`
                          : sourceText(s)}
                      </li>`,
                  )}
                </ol>`
              : nothing}
          </details>`
        : nothing}
      <p class="visually-hidden" role="status">${this.asOfMessage}</p>
      ${this.noDownloads
        ? nothing
        : html`<details class="downloads" part="downloads" @toggle=${this.onDownloadsToggle}>
            <summary>Download</summary>
            ${this.downloadsOpen
              ? html`<ul class="download-list">
                    <li><button type="button" @click=${() => this.onDownload('csv')}>Data (CSV)</button></li>
                    ${this.hasPicture
                      ? html`<li><button type="button" @click=${() => this.onDownload('svg')}>Picture (SVG)</button></li>
                          <li><button type="button" @click=${() => this.onDownload('png')}>Picture (PNG)</button></li>`
                      : nothing}
                  </ul>
                  <p class="download-message" role="status">${this.downloadMessage}</p>`
              : nothing}
          </details>`}
    </div>`;
  }

  /**
   * The picture of this view for the SVG and PNG downloads, or null when the view has none (then
   * the menu offers the data only), or a promise of it. Either a drawn `<svg>` of the shadow root
   * (its computed styles are copied into the file) or a detached SVG made for export. Default: a snapshot of
   * everything the view draws — title, chart, legend — without the source line, the menu,
   * tooltips and visually hidden text.
   */
  protected exportSvg(): SVGSVGElement | null | Promise<SVGSVGElement | null> {
    const root = this.renderRoot as ParentNode | undefined;
    if (!root) return null;
    const view = [...root.children].filter((el) => !el.matches(CHROME));
    return pictureExport.load().then(({ snapshotSvg }) => snapshotSvg(view, NOT_PICTURED));
  }

  /** The title written into exported pictures. */
  protected exportTitle(data: Dataset): string {
    return `${data.title} (${this.localName})`;
  }

  /** Base name of downloaded files, e.g. `who-stands-with-russia-ally-network-2023-03-21`. */
  protected exportFileName(data: Dataset): string {
    return `${slug(data.title)}-${this.localName}-${slug(data.asOf)}`;
  }

  /** Every claim of the dataset shown, as CSV (RFC 4180, one row per claim); null before it is ready. */
  toCSV(): string | null {
    const data = this.shown;
    return data ? claimsCsv(data) : null;
  }

  /** Resolves to the picture as it is drawn now, as a standalone SVG file; null if the view has none (yet). */
  async toSVG(): Promise<string | null> {
    return (await this.pictureFile())?.text ?? null;
  }

  /** Resolves to the picture as PNG at `scale` times its size on screen; null if the view has none (yet). */
  async toPNG(scale = 2): Promise<Blob | null> {
    const file = await this.pictureFile();
    if (!file) return null;
    const { svgToPng } = await pictureExport.load();
    return svgToPng(file, this.ownerDocument, scale);
  }

  /** Offers the data (`csv`) or the picture (`svg`, `png`) to the reader as a file download. */
  async download(format: DownloadFormat): Promise<void> {
    const data = this.shown;
    if (!data) throw new Error('The dataset is not ready.');
    const file =
      format === 'csv'
        ? // A byte-order mark, so spreadsheets read the file as UTF-8.
          new Blob(['\ufeff', claimsCsv(data)], { type: 'text/csv;charset=utf-8' })
        : format === 'svg'
          ? await this.toSVG().then((text) => text && new Blob([text], { type: 'image/svg+xml' }))
          : await this.toPNG();
    if (!file) throw new Error('This view has no picture to download.');
    saveFile(this.ownerDocument, file, `${this.exportFileName(data)}.${format}`);
  }

  private async pictureFile(): Promise<StandaloneSvg | null> {
    const data = this.shown;
    const svg = this.visibility.started ? await this.exportSvg() : null;
    if (!data || !svg) return null;
    const { standaloneSvg } = await pictureExport.load();
    const asOf = asOfText(data);
    const publishers = [...new Set(data.sources.map((s) => s.publisher))];
    return standaloneSvg(svg, {
      host: this,
      title: this.exportTitle(data),
      caption: [
        `${data.title}. Data as of ${asOf}.`,
        data.credit ? `${data.credit}.` : `Sources: ${publishers.join(', ')}.`,
      ],
    });
  }

  private readonly onSourcesToggle = (event: Event): void => {
    this.sourcesOpen = (event.currentTarget as HTMLDetailsElement).open;
    this.requestUpdate();
  };

  private readonly onDownloadsToggle = (event: Event): void => {
    this.downloadsOpen = (event.currentTarget as HTMLDetailsElement).open;
    this.downloadMessage = '';
    this.requestUpdate();
    if (this.downloadsOpen) {
      void Promise.resolve(this.exportSvg()).then(
        (svg) => {
          this.hasPicture = svg !== null;
          this.requestUpdate();
        },
        (error: Error) => {
          // The data stays downloadable without the picture export.
          this.hasPicture = false;
          this.downloadMessage = error.message;
          this.requestUpdate();
        },
      );
    }
  };

  private async onDownload(format: DownloadFormat): Promise<void> {
    this.downloadMessage = '';
    try {
      await this.download(format);
    } catch (error) {
      this.downloadMessage = error instanceof Error ? error.message : String(error);
    }
    this.requestUpdate();
  }
}
