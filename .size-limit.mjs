// Size budget of the publisher bundles (`npm run size`, part of `npm test`; build first).
// A bundle's cost is what a reader downloads: the entry, the chunks it imports statically and,
// when the page uses the bundled default dataset, that dataset's chunk. What only some readers
// fetch (the picture export, the validator for a publisher's own dataset) is budgeted apart.
// Chunk names carry hashes, so they are read from the built entries.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const STATIC = /(?:\bfrom|\bimport)\s*["']([^"']+)["']/g;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

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

// The budget of the publisher bundle is 42 kB (issue 15: three elements, the default dataset,
// Lit and the D3 modules a first paint needs: d3-force with d3-quadtree, d3-dispatch and
// d3-timer), 12 kB for the card alone (issue 6). The bundles are over them today (see the
// README's size table). The limits below hold the sizes reached, so that nothing grows
// unnoticed, until the code is cut down to the budgets.
const all = bundle('Publisher bundle, three elements (budget 42 kB)', 'dist/ally-viz.js', '45.5 kB');
const entry = initial('dist/ally-viz.js');

export default [
  all,
  bundle('<ally-network> alone', 'dist/elements/ally-network.js', '36 kB'),
  bundle('<aid-matrix> alone', 'dist/elements/aid-matrix.js', '27 kB'),
  bundle('<country-card> alone (budget 12 kB)', 'dist/elements/country-card.js', '24.5 kB'),
  {
    name: 'On demand: picture export, when a reader downloads SVG or PNG (dist/chunks/svg-export-*)',
    path: onDemand(entry, 'svg-export'),
    limit: '5 kB',
    gzip: true,
  },
  {
    name: 'On demand: pan and zoom, the first time a reader zooms a network (dist/chunks/zoom-gesture-*: d3-zoom, d3-selection, d3-transition, d3-interpolate, d3-color, d3-ease, d3-drag)',
    path: onDemand(entry, 'zoom-gesture'),
    limit: '17 kB',
    gzip: true,
  },
  {
    name: 'On demand: the matrix tooltip, on the first hover or focus of a cell (dist/chunks/matrix-tip-*)',
    path: onDemand(entry, 'matrix-tip'),
    limit: '1.5 kB',
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
    limit: '6 kB',
    gzip: true,
  },
];
