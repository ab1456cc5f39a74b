// Another widget on the page, built on its own copy of Lit 2 (the `lit2` dev dependency, an
// alias of lit@2), loaded before ally-viz's bundle, which brings Lit 3.
import { LitElement, html } from 'lit2';

class OtherWidget extends LitElement {
  static properties = { count: { type: Number } };

  constructor() {
    super();
    this.count = 0;
  }

  render() {
    return html`<button @click=${() => this.count++}>Lit 2 widget, clicked ${this.count} times</button>`;
  }
}
customElements.define('other-widget', OtherWidget);
