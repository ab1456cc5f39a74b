import { css, unsafeCSS, type CSSResult } from 'lit';
import { KIND_PALETTE, KIND_SLOTS } from './kinds.js';

/**
 * The theme's colours, each written once: internal token, the publisher's custom property (if
 * any), light and dark default. The kind colours are slots (`--_slot<n>`); which kind takes
 * which slot, and its own `--ally-color-<id>`, come from ./kinds.ts.
 */
const COLORS: readonly (readonly [token: string, property: string | null, light: string, dark: string])[] = [
  ['bg', '--ally-background', '#ffffff', '#16181c'],
  ['fg', '--ally-foreground', '#1d1f23', '#eceef1'],
  ['muted', '--ally-muted', '#5d6470', '#a3aab5'],
  ['line', '--ally-border', '#d5d9df', '#3a3f47'],
  ['accent', '--ally-accent', '#6b3fa0', '#b99be0'],
  ['focus', '--ally-focus-ring', '#1a73e8', '#8ab4f8'],
  ['error', null, '#c0392b', '#f07060'],
  ...KIND_PALETTE.map(([light, dark], i) => [`slot${i}`, null, light, dark] as const),
];

/** A rule that gives `selector` the colours of `scheme`. */
const colors = (selector: string, scheme: 'light' | 'dark'): string => {
  const tokens = COLORS.map(([token, property, light, dark]) => {
    const value = scheme === 'light' ? light : dark;
    return `--_${token}: ${property ? `var(${property}, ${value})` : value};`;
  });
  return `${selector} { ${tokens.join(' ')} ${scheme === 'dark' ? 'color-scheme: dark;' : ''} }`;
};

/** Light by default; dark by the theme attribute, or by the reader's preference unless the attribute says light. */
const themes: CSSResult = unsafeCSS(
  colors(':host', 'light') +
    colors(":host([theme='dark'])", 'dark') +
    `@media (prefers-color-scheme: dark) { ${colors(":host(:not([theme='light']))", 'dark')} }`,
);

/** `.k0` … `.k7`: the kind colour of a slot as `--_kind`, from the `--_k<n>` a view sets on its root. */
const kindClasses = unsafeCSS(
  Array.from({ length: KIND_SLOTS }, (_, i) => `.k${i} { --_kind: var(--_k${i}); }`).join(''),
);

/**
 * Tokens and pieces every view shares. Publishers theme with the `--ally-*` custom properties on
 * the element or any ancestor; the `--_*` properties are internal and resolve those.
 */
export const sharedStyles = css`
  ${themes}
  :host {
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
  ${kindClasses}
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
    border: 1px solid var(--_error);
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
