import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Dataset } from '../data/types.js';
import { DatasetController } from '../controllers/dataset-controller.js';
import { SelectionController } from '../controllers/selection-controller.js';
import { HashController } from '../controllers/hash-controller.js';
import { SizeController } from '../controllers/size-controller.js';
import { ThemeController, type Theme } from '../controllers/theme-controller.js';
import { VisibilityController } from '../controllers/visibility-controller.js';
import { resolveLang } from './lang.js';

/**
 * The attributes and controllers the three views share (design.md, "Attributes common to the
 * three"). Each view implements `renderView()` for a ready dataset.
 */
export abstract class VizElement extends LitElement {
  /** URL of a dataset JSON in the format of `data/relationships.json`; absent: the bundled default. */
  @property() src?: string;

  /** A dataset object; wins over `src`. */
  @property({ attribute: false }) data?: Dataset;

  /** Selected country id (e.g. `IRN`). Shared by every view in the same group. */
  @property({ reflect: true }) selected: string | null = null;

  /** Views with the same group share one selection; absent: all views without a group share one. */
  @property({ reflect: true }) group: string | null = null;

  /** `light`, `dark` or `auto` (the reader's preference). */
  @property({ reflect: true }) theme: Theme = 'auto';

  /**
   * Mirror the selection in the URL hash (`#ally=IRN`, or `#ally-<group>=IRN` in a named group):
   * a shared link opens on it, and back and forward move through selections.
   */
  @property({ type: Boolean, reflect: true, attribute: 'link-hash' }) linkHash = false;

  protected readonly source = new DatasetController(this);
  // Before the selection: a selection read from the hash reaches the group in the same update.
  protected readonly deepLink = new HashController(this);
  protected readonly selection = new SelectionController(this);
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

  override render(): TemplateResult {
    const state = this.source.state;
    if (!this.visibility.started) {
      // Reserved size only (see the chrome styles); the heavy view waits for the reader.
      return html`<div class="placeholder" part="placeholder">
        <p class="visually-hidden">${state.status === 'ready' ? state.data.title : 'Graphic'}</p>
      </div>`;
    }
    if (state.status === 'error') {
      return html`<div role="alert" part="error">
        <strong>This graphic could not be shown.</strong>${state.message}
      </div>`;
    }
    if (state.status === 'loading') {
      return html`<p class="status-message" role="status" part="loading">Loading data…</p>`;
    }
    return this.renderView(state.data);
  }
}
