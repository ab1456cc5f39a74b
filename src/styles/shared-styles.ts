import { css } from 'lit';

/**
 * Tokens and pieces every view shares. Publishers theme with the `--ally-*` custom properties on
 * the element or any ancestor; the `--_*` properties are internal and resolve those.
 */
export const sharedStyles = css`
  :host {
    --_diplomatic: var(--ally-color-diplomatic, #2f6fb0);
    --_economic: var(--ally-color-economic, #b7791f);
    --_military: var(--ally-color-military, #c0392b);
    --_bg: var(--ally-background, #ffffff);
    --_fg: var(--ally-foreground, #1d1f23);
    --_muted: var(--ally-muted, #5d6470);
    --_line: var(--ally-border, #d5d9df);
    --_accent: var(--ally-accent, #6b3fa0);
    --_focus: var(--ally-focus-ring, #1a73e8);
    --_radius: var(--ally-radius, 6px);
    --_space: var(--ally-space, 12px);
    display: block;
    position: relative;
    box-sizing: border-box;
    contain: content;
    min-width: 0;
    max-width: 100%;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--ally-font-family, inherit);
    font-size: var(--ally-font-size, 16px);
    line-height: 1.4;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    --_diplomatic: var(--ally-color-diplomatic, #6ea8e6);
    --_economic: var(--ally-color-economic, #e0a94a);
    --_military: var(--ally-color-military, #f07060);
    --_bg: var(--ally-background, #16181c);
    --_fg: var(--ally-foreground, #eceef1);
    --_muted: var(--ally-muted, #a3aab5);
    --_line: var(--ally-border, #3a3f47);
    --_accent: var(--ally-accent, #b99be0);
    --_focus: var(--ally-focus-ring, #8ab4f8);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_diplomatic: var(--ally-color-diplomatic, #6ea8e6);
      --_economic: var(--ally-color-economic, #e0a94a);
      --_military: var(--ally-color-military, #f07060);
      --_bg: var(--ally-background, #16181c);
      --_fg: var(--ally-foreground, #eceef1);
      --_muted: var(--ally-muted, #a3aab5);
      --_line: var(--ally-border, #3a3f47);
      --_accent: var(--ally-accent, #b99be0);
      --_focus: var(--ally-focus-ring, #8ab4f8);
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  [part~='error'] {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_military);
    border-radius: var(--_radius);
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  [part~='error'] strong {
    display: block;
  }
  .status-message {
    margin: 0;
    padding: var(--_space);
    color: var(--_muted);
  }
`;
