// The benchmark's in-page half (bench/run.mjs drives it). Query parameters:
//   view     ally-network | aid-matrix | country-card | demo (the three in demo.html)
//            | d3-force | svg-matrix (the hand-written baselines)
//            | cytoscape | plot-matrix (the libraries a publisher would pick instead)
//   bundle   URL of the module to import (a dist/ bundle or a built baseline)
//   data     URL of a dataset JSON; fetched and parsed before module start, for ours and theirs
//   nodes    number of network nodes to wait for (default: any)
//   mode, columns, animated   passed to the element (attributes) or the baseline
// Module start is marked just before the bundle's dynamic import; first paint is the second
// requestAnimationFrame after the view has rendered (Lit update complete and its shadow content
// present, the baseline's first drawn tick, or the library's first frame after its layout).
// Results are left in `window.__bench`.
const params = new URLSearchParams(location.search);
const view = params.get('view') ?? 'demo';
const OURS = ['ally-network', 'aid-matrix', 'country-card'];

const longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

// Long animation frames (over 50 ms) say where a slow frame went: script, style and layout, or paint.
const slowFrames = [];
if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
  new PerformanceObserver((list) => {
    for (const f of list.getEntries()) {
      const end = f.startTime + f.duration;
      slowFrames.push({
        start: f.startTime,
        duration: f.duration,
        script: f.scripts.reduce((sum, s) => sum + s.duration, 0),
        styleLayout: f.styleAndLayoutStart ? end - f.styleAndLayoutStart : 0,
        render: f.renderStart ? end - f.renderStart : 0,
        blocking: f.blockingDuration,
        topScript: f.scripts
          .slice()
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 1)
          .map((s) => `${s.invoker} ${s.sourceFunctionName || ''}`.trim())[0],
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Last time anything under the observed roots changed (attributes, children, text). */
let lastChange = 0;
const changes = new MutationObserver(() => (lastChange = performance.now()));
const watch = (root) => changes.observe(root, { attributes: true, childList: true, subtree: true, characterData: true });

const bench = (window.__bench = {});
/** What the drag moves: `() => ({ id, element, box })`, box() in viewport coordinates. */
let dragNode = null;
const domTarget = (node) => node && { id: node.dataset?.id ?? node.getAttribute('data-id'), element: node, box: () => node.getBoundingClientRect() };

function readyOurs(el) {
  const root = el.shadowRoot;
  // The light placeholder an element shows until it comes near the viewport is not its view.
  if (!root || root.querySelector('[part~="placeholder"]')) return false;
  if (el.localName === 'ally-network') {
    const want = Number(params.get('nodes') ?? 1);
    return root.querySelectorAll('[part~="node"]').length >= want || root.querySelector('[part~="error"]') !== null;
  }
  if (el.localName === 'aid-matrix') {
    return root.querySelector('[part~="cell"], canvas, [part~="error"]') !== null;
  }
  return [...root.children].some((child) => child.localName !== 'style' && child.localName !== 'link');
}

async function paintedOurs(el) {
  await customElements.whenDefined(el.localName);
  // Loop until Lit has no update pending and the content is there (a worker may deliver later).
  for (;;) {
    const settled = await el.updateComplete;
    if (settled && readyOurs(el)) return;
    await frame();
  }
}

async function run() {
  // `hold`: wait for the runner (which starts the profiler in this renderer first).
  if (params.has('hold')) await new Promise((resolve) => (bench.go = resolve));
  const dataUrl = params.get('data');
  const data = dataUrl ? await (await fetch(dataUrl)).json() : undefined;
  const stage = document.getElementById('stage');

  performance.mark('module-start');
  const t0 = performance.now();
  const module = await import(params.get('bundle'));
  const result = { view, imported: performance.now() - t0 };
  let settledAt = null;

  if (OURS.includes(view) || view === 'demo') {
    let elements;
    if (view === 'demo') {
      elements = [...document.querySelectorAll(OURS.join(','))];
    } else {
      const el = document.createElement(view);
      for (const name of ['mode', 'columns']) if (params.has(name)) el.setAttribute(name, params.get(name));
      if (data) el.data = data;
      stage.append(el);
      elements = [el];
    }
    result.elements = {};
    await Promise.all(
      elements.map(async (el) => {
        await paintedOurs(el);
        result.elements[el.localName] = performance.now() - t0;
        watch(el.shadowRoot);
      }),
    );
    const root = elements[0].shadowRoot;
    result.error = elements.map((el) => el.shadowRoot.querySelector('[part~="error"]')?.textContent.trim()).find(Boolean);
    result.nodes = root.querySelectorAll('[part~="node"]').length;
    result.cells = root.querySelectorAll('[part~="cell"]').length;
    result.canvas = root.querySelectorAll('canvas').length;
    if (view === 'ally-network') {
      dragNode = () =>
        domTarget(
          root.querySelector('[part~="node"][data-id="P0000"]') ??
            [...root.querySelectorAll('[part~="node"]')].find((n) => n.dataset.id !== data?.hub),
        );
    }
  } else if (view === 'd3-force') {
    const graph = module.forceGraph(stage, data, { animated: params.get('animated') !== 'false' });
    watch(graph.svg);
    await graph.drawn;
    result.nodes = graph.svg.querySelectorAll('circle').length;
    graph.settled.then((t) => (settledAt = t));
    dragNode = () => domTarget(graph.svg.querySelector('circle[data-id="P0000"]'));
  } else if (view === 'cytoscape') {
    const graph = module.cytoscapeGraph(stage, data);
    await graph.drawn;
    result.nodes = graph.cy.nodes().length;
    // A canvas: the node's box comes from the library, in the container's coordinates.
    dragNode = () => {
      const node = graph.cy.$id('P0000');
      const box = () => {
        const b = node.renderedBoundingBox({ includeLabels: false });
        const at = graph.box.getBoundingClientRect();
        return { left: at.left + b.x1, top: at.top + b.y1, width: b.w, height: b.h };
      };
      return { id: node.id(), element: graph.box, box };
    };
  } else if (view === 'svg-matrix' || view === 'plot-matrix') {
    const draw = view === 'svg-matrix' ? module.svgMatrix : module.plotMatrix;
    const matrix = draw(stage, data, { mode: params.get('mode') ?? 'support', columns: params.get('columns') ?? 'kinds' });
    watch(matrix.svg);
    result.cells = matrix.svg.querySelectorAll('rect').length;
  } else {
    throw new Error(`unknown view ${view}`);
  }

  result.rendered = performance.now() - t0;
  await frame();
  await frame();
  const paint = performance.now();
  result.firstPaint = paint - t0;

  // Settled: nothing has changed for 500 ms (or the baseline's simulation has ended), capped.
  const cap = Number(params.get('cap') ?? 30000);
  for (;;) {
    await sleep(100);
    const now = performance.now();
    if (view === 'd3-force' && settledAt === null && now - paint < cap) continue;
    if (now - Math.max(lastChange, paint) >= 500 || now - paint >= cap) break;
  }
  const end = view === 'd3-force' && settledAt !== null ? Math.max(settledAt, lastChange) : lastChange;
  result.settled = Math.max(paint, end) - t0;
  result.capped = performance.now() - paint >= cap;
  const after = longTasks.filter((task) => task.start >= paint);
  result.longTasksAfterPaint = after.length;
  result.longestTaskAfterPaint = Math.max(0, ...after.map((task) => task.duration));
  result.longTasksBeforePaint = longTasks.filter((task) => task.start < paint).map((task) => Math.round(task.duration));
  // Every script the page fetched (the bundle, and any chunk it imported to draw).
  result.scripts = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js') && !path.endsWith('/page.js'));
  return result;
}

const centre = (target) => {
  const box = target.box();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2, width: box.width, height: box.height };
};

/** The node to drag, scrolled into view, with its centre in viewport coordinates. */
bench.dragTarget = () => {
  const target = dragNode?.();
  if (!target) return null;
  target.element.scrollIntoView({ block: 'center', inline: 'center' });
  return { id: target.id, ...centre(target) };
};

let frames = null;
let before = null;
bench.startFrames = () => {
  before = centre(dragNode());
  frames = [];
  const loop = (t) => {
    if (!frames) return;
    frames.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  bench.dragLongTasksFrom = performance.now();
};
bench.frameCount = () => frames?.length ?? 0;
bench.stopFrames = () => {
  const times = frames;
  frames = null;
  const now = centre(dragNode());
  const intervals = times.slice(1).map((t, i) => t - times[i]);
  const during = longTasks.filter((task) => task.start >= bench.dragLongTasksFrom);
  const slow = slowFrames.filter((f) => f.start >= bench.dragLongTasksFrom);
  const median = (values) => {
    const v = values.slice().sort((a, b) => a - b);
    return v.length ? v[Math.floor((v.length - 1) / 2)] : 0;
  };
  return {
    intervals,
    moved: Math.hypot(now.x - before.x, now.y - before.y),
    longTasks: during.length,
    longest: Math.max(0, ...during.map((task) => task.duration)),
    slowFrames: slow.length,
    // Medians over the long animation frames while dragging: total, in scripts, in style and layout.
    slowFrame: slow.length
      ? {
          duration: median(slow.map((f) => f.duration)),
          script: median(slow.map((f) => f.script)),
          styleLayout: median(slow.map((f) => f.styleLayout)),
          render: median(slow.map((f) => f.render)),
          topScript: slow.map((f) => f.topScript).find(Boolean),
        }
      : null,
  };
};

bench.result = run().catch((error) => ({ view, error: String(error?.stack ?? error) }));
