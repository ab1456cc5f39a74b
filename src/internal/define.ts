/**
 * Defines a custom element unless the tag is taken already: a page that loads the script twice,
 * or two copies of the bundle, must not throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
