// Size budget of the publisher bundles (`npm run size`, part of `npm test`; build first).
// A bundle's cost is what a reader downloads: the entry, the chunks it imports statically and,
// when the page uses the bundled default dataset, that dataset's chunk. What only some readers
// fetch (the picture export, the validator for a publisher's own dataset) is budgeted apart.
// Chunk names carry hashes, so they are read from the built entries.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

// Relative .js paths only: minified code also has strings such as "from" next to a quote.
const STATIC = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
const DYNAMIC = /\bimport\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g;

function imports(file, pattern) {
  return [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => normalize(join(dirname(file), m[1])));
}

/** The entry and every chunk it imports statically, transitively. */
function initial(entry) {
  const files = [entry];
  for (const file of files) for (const dep of imports(file, STATIC)) if (!files.includes(dep)) files.push(dep);
  return files;
}

/** The chunks `files` import on demand whose names start with `name`, with their static imports. */
function onDemand(files, name) {
  const chunks = files.flatMap((f) => imports(f, DYNAMIC)).filter((f) => f.includes(`/${name}-`));
  return [...new Set(chunks.flatMap(initial))].filter((f) => !files.includes(f));
}

function bundle(label, entry, limit) {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const files = initial(entry);
  return { name: `${label} (${entry}), with the default dataset`, path: [...files, ...onDemand(files, 'default-dataset')], limit, gzip: true };
}

// The limits hold the sizes reached, so that nothing grows unnoticed. The publisher budget of
// #15 is 42 kB: four elements, the default dataset, Lit and the D3 modules a first paint needs
// (d3-force with d3-quadtree, d3-dispatch and d3-timer; d3-dsv). The default dataset grew by
// 2.6 kB gzip with the evidence model of #14 (relations, real headlines, addresses and the
// reasons a source has none), 0.8 kB with saying which on-demand module failed (with a Retry)
// and naming a tag another script took. #19 added the as-of date to every view (about 0.7-1 kB
// gzip in each bundle) and the <ally-timeline> class (0.6 kB), whose drawing (d3-scale,
// d3-time) is budgeted apart: it loads only where the tag is. The matrix's marks apart and its
// cells in words (#14) added 1.3 kB to the matrix and the publisher bundle.
const all = bundle('Publisher bundle, four elements (budget 42 kB)', 'dist/ally-viz.js', '57 kB');
const entry = initial('dist/ally-viz.js');

export default [
  all,
  bundle('<ally-network> alone', 'dist/elements/ally-network.js', '45 kB'),
  bundle('<aid-matrix> alone', 'dist/elements/aid-matrix.js', '36 kB'),
  bundle('<country-card> alone', 'dist/elements/country-card.js', '31.5 kB'),
  {
    ...bundle('<ally-timeline> alone', 'dist/elements/ally-timeline.js', '44 kB'),
    name: '<ally-timeline> alone (dist/elements/ally-timeline.js), with the default dataset and its drawing',
    path: (() => {
      const files = initial('dist/elements/ally-timeline.js');
      return [...files, ...onDemand(files, 'default-dataset'), ...onDemand(files, 'timeline-view')];
    })(),
  },
  {
    name: 'On demand: the timeline drawing, where a page has <ally-timeline> (dist/chunks/timeline-view-*)',
    path: onDemand(entry, 'timeline-view'),
    limit: '17 kB',
    gzip: true,
  },
  {
    name: 'On demand: picture export, when a reader downloads SVG or PNG (dist/chunks/svg-export-*)',
    path: onDemand(entry, 'svg-export'),
    limit: '5 kB',
    gzip: true,
  },
  {
    name: 'On demand: pan and zoom, the first time a reader zooms a network (dist/chunks/zoom-gesture-*: d3-zoom, d3-selection, d3-transition, d3-interpolate, d3-color, d3-ease, d3-drag)',
    path: onDemand(entry, 'zoom-gesture'),
    limit: '17.5 kB',
    gzip: true,
  },
  {
    name: 'On demand: the matrix tooltip, on the first hover or focus of a cell (dist/chunks/matrix-tip-*)',
    path: onDemand(entry, 'matrix-tip'),
    limit: '1.5 kB',
    gzip: true,
  },
  {
    name: 'On demand: the adjacency view with d3-scale, for mode="adjacency" (dist/chunks/adjacency-*)',
    path: onDemand(entry, 'adjacency'),
    limit: '5.5 kB',
    gzip: true,
  },
  {
    name: 'On demand: region names, for readers in a language other than English (dist/chunks/region-names-*)',
    path: onDemand(entry, 'region-names'),
    limit: '1.5 kB',
    gzip: true,
  },
  {
    name: "On demand: validator and loader, for a publisher's own dataset (dist/chunks/validate-*, load-*)",
    path: [...onDemand(entry, 'validate'), ...onDemand(entry, 'load')],
    limit: '6.5 kB',
    gzip: true,
  },
];
