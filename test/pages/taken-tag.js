// A page whose own script defined <country-card> before ally-viz's bundle runs; the console's
// warnings are kept for the test to read.
window.warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.warnings.push(args.join(' '));
  warn(...args);
};
customElements.define(
  'country-card',
  class extends HTMLElement {
    connectedCallback() {
      this.textContent = 'A card of the page’s own';
    }
  },
);
