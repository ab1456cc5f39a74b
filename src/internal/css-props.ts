import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties (`width`, `--x`, …) on an element through the CSSOM, from the first render
 * on. Lit's `styleMap` writes a `style` attribute on first render, which a Content-Security-Policy
 * without 'unsafe-inline' blocks; CSSOM writes are allowed. Usage: `<div ${cssProps({width: '4px'})}>`.
 * A property given as undefined is removed.
 */
class CssPropsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() goes in an element position');
  }

  render(_props: Readonly<Record<string, string | undefined>>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string | undefined>>]): typeof nothing {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    return nothing;
  }
}

export const cssProps = directive(CssPropsDirective);
