// `node bench/data.mjs`: times the pure data functions a view runs before its first paint of a
// dataset given through `.data` (validate, the matrix's model and row order, the network's graph
// and layout prep), in Node, on the synthetic datasets of test/fixtures/synthetic.ts.
//   node bench/data.mjs [--runs 20] [--cold 5] [--only 8,200,1000,200x20]
// For each dataset it prints the median of `--runs` timed runs after warm-up runs, and the median
// over `--cold` fresh worker threads (a new V8 isolate each, nothing compiled yet) of the first
// run, which is what a page pays; a cold worker runs a view's functions in the view's order, as a
// page does. The digest column hashes each function's output: a faster version must keep it.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(ROOT, 'bench/results/build/data.mjs');

/** The datasets: partners, and options of `syntheticDataset`. */
const DATASETS = {
  8: [8, {}],
  200: [200, {}],
  1000: [1000, {}],
  '200x20': [200, { types: 20, claimsPerPartner: 12 }],
};
const WIDTH = 1200;

/** Each view's functions in the order it runs them, each fed by the ones before. */
function pipelines(lib, data, id) {
  const types = id.includes('x');
  const network = () => ({ width: WIDTH, height: lib.networkHeight(WIDTH), fontSize: 13, kinds: data.kinds.map((k) => k.id) });
  return {
    matrix: [
      ['validate', () => lib.validate(data)],
      ['supportMatrix', () => lib.supportMatrix(data, { columns: types ? 'types' : 'kinds' })],
      ['supportModel', () => lib.supportModel(data, types, undefined)],
      ['orderRows', (r) => lib.orderRows(r.supportModel.countries, r.supportModel.orderInput, 'support')],
      ['orderRows kind', (r) => lib.orderRows(r.supportModel.countries, r.supportModel.orderInput, 'kind')],
    ],
    network: [
      ['validate', () => lib.validate(data)],
      ['networkGraph', () => lib.networkGraph(data, { includeThirdParties: false })],
      ['layoutNetwork', (r) => lib.layoutNetwork(r.networkGraph, network())],
    ],
  };
}

// ---------------------------------------------------------------- in a worker
async function work() {
  const { id, mode, runs } = workerData;
  const lib = await import(pathToFileURL(BUNDLE).href);
  const [partners, options] = DATASETS[id];
  // Parsed JSON, as a page gets it.
  const data = JSON.parse(JSON.stringify(lib.syntheticDataset(partners, options)));
  const views = pipelines(lib, data, id);
  const times = {};
  const results = {};
  const once = (steps) => {
    for (const [name, fn] of steps) {
      const start = performance.now();
      results[name] = fn(results);
      (times[name] ??= []).push(performance.now() - start);
    }
  };
  if (mode !== 'warm') {
    once(views[mode].filter(([name]) => name !== 'supportMatrix' && name !== 'orderRows kind'));
    parentPort.postMessage({ times });
    return;
  }
  const steps = [...views.matrix, ...views.network.slice(1)];
  for (let i = 0; i < 10; i++) once(steps);
  for (const key of Object.keys(times)) times[key] = [];
  for (let i = 0; i < runs; i++) once(steps);
  const digests = Object.fromEntries(Object.entries(results).map(([name, value]) => [name, digest(name, value, results)]));
  parentPort.postMessage({ times, digests, claims: data.claims.length });
}

/** A short hash of an output; claims by id, a model's cells through its `cell` and `claims`. */
function digest(name, value, results) {
  let plain = value;
  if (name === 'supportModel') {
    const { data, cell, claims, ...rest } = value;
    const ids = results.supportModel.columns.map((c) => c.id);
    plain = { ...rest, cells: value.countries.map((r) => ids.map((c) => [cell(r.id, c), claims(r.id, c)])) };
  }
  if (name === 'validate') plain = value.ok ? { ok: true, same: value.data !== undefined } : value;
  const json = JSON.stringify(plain, (key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) && typeof v.text === 'string' && Array.isArray(v.parties) ? v.id : v,
  );
  return createHash('sha1').update(json).digest('hex').slice(0, 8);
}

// ---------------------------------------------------------------- main
const median = (list) => {
  const s = [...list].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (v) => (v === undefined ? '' : v < 10 ? v.toFixed(2) : v.toFixed(1));

function run(id, mode, runs) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { id, mode, runs } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function main() {
  const { values: args } = parseArgs({
    options: {
      runs: { type: 'string', default: '20' },
      cold: { type: 'string', default: '5' },
      only: { type: 'string', default: Object.keys(DATASETS).join(',') },
    },
  });
  await build({
    stdin: {
      contents: `export { validate } from './src/data/validate.ts';
        export { supportMatrix, orderRows } from './src/data/matrix.ts';
        export { networkGraph } from './src/data/network.ts';
        export { layoutNetwork, networkHeight } from './src/layout/network-layout.ts';
        export { supportModel } from './src/aid-matrix/matrix-model.ts';
        export { syntheticDataset } from './test/fixtures/synthetic.ts';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    outfile: BUNDLE,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    logLevel: 'warning',
  });
  const rows = [];
  for (const id of args.only.split(',')) {
    if (!DATASETS[id]) throw new Error(`no dataset ${id}; datasets: ${Object.keys(DATASETS).join(', ')}`);
    const warm = await run(id, 'warm', Number(args.runs));
    const cold = {};
    for (let i = 0; i < Number(args.cold); i++) {
      for (const mode of ['matrix', 'network']) {
        const { times } = await run(id, mode, 1);
        // validate is a view's first call either way: both pipelines give a cold figure.
        for (const [name, [t]] of Object.entries(times)) (cold[name] ??= []).push(t);
      }
    }
    const label = `${id.includes('x') ? `200 × 20 types` : `${id} partners`}, ${warm.claims} claims`;
    for (const name of Object.keys(warm.times)) {
      rows.push([label, name, ms(median(warm.times[name])), ms(cold[name] && median(cold[name])), warm.digests[name]]);
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  console.log('| dataset | function | warm median (ms) | first cold run (ms) | digest |');
  console.log('| --- | --- | ---: | ---: | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

if (isMainThread) await main();
else await work();
