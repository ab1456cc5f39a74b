// A React app that mounts and unmounts the views, as a single-page app's router would
// (test/browser/reliability-lifecycle.test.ts). React comes from node_modules, bundled as an
// ES module by the test server (/__react__.js, web-test-runner.config.mjs).
import { createElement, createRoot, flushSync } from '/__react__.js';

function Story({ selected, group = 'react' }) {
  return createElement(
    'section',
    null,
    createElement('ally-network', { group }),
    createElement('aid-matrix', { group }),
    createElement('country-card', { group, selected }),
  );
}

let root = null;
window.reactHost = {
  /** Renders the story into `container`, at once. */
  mount(container, selected = null) {
    root = createRoot(container);
    flushSync(() => root.render(createElement(Story, { selected })));
    return [...container.querySelectorAll('ally-network, aid-matrix, country-card')];
  },
  unmount() {
    root?.unmount();
    root = null;
  },
};
