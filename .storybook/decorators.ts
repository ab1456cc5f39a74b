// Wrappers every story gets: the page surface (light, dark or a publisher's brand), the column
// width, and a note on stories that assume reduced motion. Classes only, from preview.css: the
// elements are built for pages with a strict Content Security Policy, and so are the stories.
import { html, type TemplateResult } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

export const SURFACES = ['page', 'light', 'dark', 'brand'] as const;
export type Surface = (typeof SURFACES)[number];
export const WIDTHS = ['fluid', '320', '768', '1200'] as const;
export type Width = (typeof WIDTHS)[number];

/** The story's `surface` parameter, else the toolbar's. */
export const withSurface: Decorator = (story, context): TemplateResult => {
  const surface = (context.parameters.surface ?? context.globals.surface ?? 'page') as Surface;
  return html`<div class="sb-surface sb-surface--${surface}">${story()}</div>`;
};

/** The story's `width` parameter (a column of 320, 768 or 1200 px), else the toolbar's. */
export const withWidth: Decorator = (story, context): TemplateResult => {
  const width = String(context.parameters.width ?? context.globals.width ?? 'fluid') as Width;
  if (width === 'fluid') return html`${story()}`;
  return html`<div class="sb-column sb-column--${width}" data-width=${width}>${story()}</div>`;
};

/**
 * Stories tagged `reduced-motion` show the graphic as a reader who asked for less motion sees it.
 * A page cannot switch that preference on, so the note says how to, and what the browser reports
 * now; the story check (scripts/check-stories.mjs) emulates it in Chromium.
 */
export const withReducedMotionNote: Decorator = (story, context): TemplateResult => {
  if (!context.tags.includes('reduced-motion')) return html`${story()}`;
  const on = matchMedia('(prefers-reduced-motion: reduce)').matches;
  return html`<div class="sb-note" role="note">
      <strong>Reduced motion.</strong> This story is how a reader who asked their system to reduce motion
      sees the graphic: no animated transitions. Your browser reports
      <code>prefers-reduced-motion: ${on ? 'reduce' : 'no-preference'}</code>${on
        ? '.'
        : html`; to preview it, turn on “Reduce motion” in your system settings, or in Chrome’s
            DevTools open Rendering and emulate <code>prefers-reduced-motion: reduce</code>.`}
    </div>
    ${story()}`;
};
