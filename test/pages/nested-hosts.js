// Two components of the page, one inside the other's shadow root, the innermost holding views.
customElements.define(
  'inner-host',
  class extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.append(document.createElement('ally-network'), document.createElement('country-card'));
    }
  },
);
customElements.define(
  'outer-host',
  class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).append(document.createElement('inner-host'));
    }
  },
);
