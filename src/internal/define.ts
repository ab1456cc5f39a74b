/** Marks the classes ally-viz defines, so that a second copy of the bundle knows the tag is its own. */
const OURS = Symbol.for('ally-viz.element');

/**
 * Defines a custom element unless the tag is taken already: a page that loads the script twice,
 * or two copies of the bundle, must not throw. A tag that another script took first stays
 * theirs, and the console says so.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    Object.defineProperty(element, OURS, { value: true });
    customElements.define(tag, element);
  } else if (!(OURS in existing)) {
    console.warn(`ally-viz: <${tag}> is already defined by another script on this page; ally-viz leaves it as it is, and <${tag}> will not show ally-viz’s view.`);
  }
}
