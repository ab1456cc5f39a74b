// `npm run bench`: builds, then measures ally-viz against what a developer would write by hand
// and against the libraries a publisher would pick instead (bench/baselines/: Cytoscape.js for
// the network, Observable Plot's cell mark for the matrix), in Debian's headless Chromium, and
// prints one Markdown table (medians with min–max). Raw runs go to bench/results/latest.json,
// the table to bench/results/latest.md.
//   node bench/run.mjs [--runs 5] [--only network,matrix,default,sizes] [--case <regex of case ids>] [--quick]
//   node bench/run.mjs --profile network/1000/ours   (one run of one case, with an unminified
//     build from src/ and the CDP CPU profiler: where the time goes, function by function);
//     with BENCH_SAVE_TRACE=1 it also writes bench/results/profile.cpuprofile, trace.json and
//     drag-trace.json (the drag of a network case), to
//     open in the browser's DevTools (Performance panel) for the whole call tree and timeline
// Every case runs in a fresh incognito context; cases are interleaved run by run so that the
// machine's noise spreads over ours and theirs alike.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cp, mkdir, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import os from 'node:os';
import { createStaticServer, listen } from '../scripts/serve.mjs';
import { ensureBrowsers } from '../scripts/browsers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/results');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    profile: { type: 'string' },
    case: { type: 'string' },
  },
});
const RUNS = Number(args.quick ? 1 : args.runs);
const groups = new Set(
  args.profile ? [args.profile.split('/')[0]] : (args.only ?? 'sizes,default,network,matrix').split(','),
);
const SIZES = [8, 50, 200, 1000];
/** How long to wait for a layout to settle (the animated baseline needs ~5 s at 200 nodes, more at 1,000). */
const SETTLE_CAP = 20000;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

// ---------------------------------------------------------------- inputs
async function prepare() {
  await mkdir(join(OUT, 'data'), { recursive: true });
  // A private copy of the publisher bundles: a build elsewhere in the tree (tests, a colleague)
  // must not swap the files under a running benchmark.
  await rm(join(OUT, 'dist'), { recursive: true, force: true });
  if (existsSync(join(ROOT, 'dist'))) {
    await cp(join(ROOT, 'dist'), join(OUT, 'dist'), { recursive: true, filter: (src) => !src.includes('/dist/esm') });
  }
  await build({
    entryPoints: {
      'd3-force-graph': join(ROOT, 'bench/baselines/force-graph.js'),
      'svg-matrix': join(ROOT, 'bench/baselines/svg-matrix.js'),
      'cytoscape-graph': join(ROOT, 'bench/baselines/cytoscape-graph.js'),
      'plot-matrix': join(ROOT, 'bench/baselines/plot-matrix.js'),
    },
    outdir: join(OUT, 'build'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
  await build({
    entryPoints: [join(ROOT, 'test/fixtures/synthetic.ts')],
    outfile: join(OUT, 'build/synthetic.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const { syntheticDataset } = await import(pathToFileURL(join(OUT, 'build/synthetic.mjs')).href);
  const write = (name, dataset) => writeFile(join(OUT, 'data', name), JSON.stringify(dataset));
  await Promise.all([
    ...SIZES.map((n) => write(`partners-${n}.json`, syntheticDataset(n))),
    write('types-200x20.json', syntheticDataset(200, { types: 20 })),
  ]);
}

/** Relative imports of a built module: static ones load with it, dynamic ones on demand. */
function importsOf(code) {
  const statics = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
  const dynamics = [...code.matchAll(/\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => m[1]);
  return { statics, dynamics };
}

const compressed = (body) => ({
  raw: body.length,
  gzip: gzipSync(body, { level: 9 }).length,
  brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/**
 * Sizes of a bundle: what loads with it (the entry and its static imports) and what it may
 * import on demand (chunks only some readers need). Each file is compressed on its own, as a
 * server sends it.
 */
async function bundleSize(file) {
  const initial = new Set();
  const lazy = new Set();
  const visit = async (path, eager) => {
    if ((eager ? initial : lazy).has(path) || (!eager && initial.has(path))) return;
    (eager ? initial : lazy).add(path);
    const { statics, dynamics } = importsOf(await readFile(path, 'utf8'));
    for (const spec of statics) await visit(join(dirname(path), spec), eager);
    for (const spec of dynamics) await visit(join(dirname(path), spec), false);
  };
  await visit(join(ROOT, file), true);
  for (const path of initial) lazy.delete(path);
  const sum = async (paths) => {
    const total = { raw: 0, gzip: 0, brotli: 0, files: paths.size };
    for (const path of paths) {
      const size = compressed(await readFile(path));
      for (const key of ['raw', 'gzip', 'brotli']) total[key] += size[key];
    }
    return total;
  };
  return { ...(await sum(initial)), lazy: await sum(lazy) };
}

async function sizes() {
  const files = [
    ['dist/ally-viz.js', 'publisher bundle (three tags)'],
    ...(existsSync(join(OUT, 'dist/elements')) ? await readdir(join(OUT, 'dist/elements')) : [])
      .filter((f) => f.endsWith('.js'))
      .sort()
      .map((f) => [`dist/elements/${f}`, `<${f.replace(/\.js$/, '')}> alone`]),
    ['bench/results/build/d3-force-graph.js', 'baseline: D3 force graph (d3-force + d3-selection)'],
    ['bench/results/build/svg-matrix.js', 'baseline: SVG matrix (d3-selection)'],
    ['bench/results/build/cytoscape-graph.js', 'library: Cytoscape.js'],
    ['bench/results/build/plot-matrix.js', 'library: Observable Plot, cell mark'],
  ];
  const out = [];
  for (const [file, label] of files) {
    const copy = file.replace(/^dist\//, 'bench/results/dist/');
    if (!existsSync(join(ROOT, copy))) out.push({ file, label, missing: true });
    else out.push({ file, label, ...(await bundleSize(copy)) });
  }
  return out;
}

// ---------------------------------------------------------------- cases
const DIST = '/bench/results/dist';
const el = (tag) => `${DIST}/elements/${tag}.js`;
const data = (name) => `/bench/results/data/${name}.json`;
const cases = [];
const add = (group, id, query, options = {}) => cases.push({ group, id, query, runs: RUNS, ...options });

for (const tag of ['ally-network', 'aid-matrix', 'country-card']) {
  add('default', `default/${tag}`, { view: tag, bundle: el(tag) }, { cap: 3000 });
}
// A viewport tall enough for the whole article: the three elements must draw, not wait below the fold.
add('default', 'default/demo', { view: 'demo', bundle: `${DIST}/ally-viz.js` }, { page: 'demo.html', cap: 3000, viewport: { width: 1280, height: 2400 } });
for (const n of SIZES) {
  const d = data(`partners-${n}`);
  add('network', `network/${n}/ours`, { view: 'ally-network', bundle: el('ally-network'), data: d, nodes: n + 1 }, { drag: true, heap: true });
  add('network', `network/${n}/d3-animated`, { view: 'd3-force', bundle: '/bench/results/build/d3-force-graph.js', data: d }, { drag: true, heap: true });
  add('network', `network/${n}/d3-static`, { view: 'd3-force', bundle: '/bench/results/build/d3-force-graph.js', data: d, animated: false }, { heap: true });
  // Its layout takes 25–70 s at 1,000 nodes here: three runs are enough to see it.
  add('network', `network/${n}/cytoscape`, { view: 'cytoscape', bundle: '/bench/results/build/cytoscape-graph.js', data: d }, {
    drag: true,
    heap: true,
    runs: n === 1000 ? Math.min(RUNS, 3) : RUNS,
  });
}
const matrices = [
  ['8x3', { data: data('partners-8') }],
  ['200x20', { data: data('types-200x20'), columns: 'types' }],
  ['1000x1000', { data: data('partners-1000'), mode: 'adjacency' }],
];
for (const [id, query] of matrices) {
  add('matrix', `matrix/${id}/ours`, { view: 'aid-matrix', bundle: el('aid-matrix'), ...query }, { heap: true });
  // ~14 s and ~2.8 GB a run at 1,000 × 1,000: three runs are enough to see it.
  add('matrix', `matrix/${id}/svg`, { view: 'svg-matrix', bundle: '/bench/results/build/svg-matrix.js', ...query }, {
    heap: true,
    runs: id === '1000x1000' ? Math.min(RUNS, 3) : RUNS,
  });
  add('matrix', `matrix/${id}/plot`, { view: 'plot-matrix', bundle: '/bench/results/build/plot-matrix.js', ...query }, {
    heap: true,
    runs: id === '1000x1000' ? Math.min(RUNS, 3) : RUNS,
  });
}

// ---------------------------------------------------------------- measuring
async function measure(browser, base, c, profile = false) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(c.viewport ?? { width: 1280, height: 900 });
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const query = new URLSearchParams({ ...c.query, cap: String(c.cap ?? SETTLE_CAP), ...(profile ? { hold: '1' } : {}) });
    await page.goto(`${base}/bench/${c.page ?? 'page.html'}?${query}`);
    // Profiling: the page waits until the profiler runs in its own renderer process.
    if (profile) await page.waitForFunction(() => typeof window.__bench?.go === 'function');
    if (profile === 'trace') {
      await page.tracing.start({ categories: TRACE_CATEGORIES });
    } else if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    if (profile) await page.evaluate(() => window.__bench.go());
    const result = await page.evaluate(() => window.__bench.result);
    if (profile === 'trace') result.trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString("utf8"));
    else if (profile) result.profile = (await cdp.send('Profiler.stop')).profile;
    if (result.error && !result.firstPaint) return result;
    // Where the main thread's time went up to now (seconds, summed since the page started).
    const { metrics: timing } = await cdp.send('Performance.getMetrics');
    result.time = Object.fromEntries(
      timing.filter((m) => /Duration$/.test(m.name)).map((m) => [m.name.replace(/Duration$/, ''), m.value * 1000]),
    );
    if (c.heap) {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name) => metrics.find((m) => m.name === name)?.value;
      result.heap = metric('JSHeapUsedSize');
      result.domNodes = metric('Nodes');
    }
    if (c.drag && profile === true) await cdp.send('Profiler.start');
    if (c.drag && profile === 'trace') await page.tracing.start({ categories: TRACE_CATEGORIES });
    if (c.drag) result.drag = await drag(page);
    if (c.drag && profile === true) result.dragProfile = (await cdp.send('Profiler.stop')).profile;
    if (c.drag && profile === 'trace') result.dragTrace = JSON.parse(Buffer.from(await page.tracing.stop()).toString("utf8"));
    return result;
  } catch (error) {
    return { error: String(error?.message ?? error) };
  } finally {
    await context.close();
  }
}

/** Drags a node round a circle for about a second with the mouse, timing frames in the page. */
async function drag(page) {
  const target = await page.evaluate(() => window.__bench.dragTarget());
  if (!target || !target.width) return { error: 'no node with a box to drag' };
  const { x, y } = target;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.evaluate(() => window.__bench.startFrames());
  const start = performance.now();
  let moves = 0;
  // About a second of moves, and at least 5 frames (a view that takes a second a frame still gets
  // a figure), within 15 s.
  const enough = async () => (await page.evaluate(() => window.__bench.frameCount())) >= 6;
  while (performance.now() - start < 15000 && (performance.now() - start < 1000 || !(await enough()))) {
    const angle = ((performance.now() - start) / 1000) * 2 * Math.PI;
    await page.mouse.move(x + 40 * Math.sin(angle), y + 40 * (1 - Math.cos(angle)) + 20);
    moves++;
    await new Promise((resolve) => setTimeout(resolve, 8));
  }
  const frames = await page.evaluate(() => window.__bench.stopFrames());
  await page.mouse.up();
  const sorted = [...frames.intervals].sort((a, b) => a - b);
  return {
    node: target.id,
    moves,
    frames: frames.intervals.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    moved: frames.moved,
    longTasks: frames.longTasks,
    longest: frames.longest,
    slowFrames: frames.slowFrames,
    slowFrame: frames.slowFrame,
  };
}

// ---------------------------------------------------------------- statistics and table
function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (i - lo);
}
function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? { median: quantile(v, 0.5), min: v[0], max: v.at(-1), n: v.length } : null;
}
const ms = (x) => (x >= 10000 ? `${(x / 1000).toFixed(1)} s` : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`);
const mb = (x) => `${(x / 1e6).toFixed(1)} MB`;
function cell(s, format) {
  if (!s) return '—';
  return s.n > 1 ? `${format(s.median)} (${format(s.min)}–${format(s.max)})` : format(s.median);
}
function ratio(a, b) {
  if (!a || !b || !b.median) return '';
  const r = a.median / b.median;
  return r >= 10 ? `${Math.round(r)}×` : r >= 0.095 ? `${r.toFixed(2)}×` : `${r.toFixed(3)}×`;
}
/** "met" or "missed by X" against an upper bound. */
function verdict(s, limit, format) {
  if (!s) return 'not measured';
  if (s.median <= limit) return 'met';
  return `**missed by ${format(s.median - limit)}** (${(s.median / limit).toFixed(1)}× the target)`;
}

function table(results, sizeRows, meta) {
  const rows = [];
  const row = (...cells) => rows.push(`| ${cells.join(' | ')} |`);
  const pick = (id, get) => stats((results[id] ?? []).map(get));
  const errors = (id) => (results[id] ?? []).map((r) => r.error).filter(Boolean);
  const note = (id) => {
    const e = errors(id);
    return e.length ? ` ⚠ ${e.length} run(s) failed: ${e[0].split('\n')[0].slice(0, 80)}` : '';
  };

  row('case', 'measure', 'ally-viz', 'baseline (hand-written D3, or the library named)', 'ours ÷ baseline', 'target', 'result');
  row('---', '---', '---', '---', '---', '---', '---');

  if (sizeRows) {
    const byFile = Object.fromEntries(sizeRows.map((s) => [s.file, s]));
    const size = (s) => {
      if (!s || s.missing) return 'not built';
      const loads = s.files > 1 ? ` (entry and ${s.files - 1} static chunk${s.files > 2 ? 's' : ''})` : '';
      const later = s.lazy?.files ? `; on demand: ${s.lazy.files} chunk${s.lazy.files > 1 ? 's' : ''}, ${kB(s.lazy.raw)} · gz ${kB(s.lazy.gzip)}` : '';
      return `${kB(s.raw)} · gz ${kB(s.gzip)} · br ${kB(s.brotli)}${loads}${later}`;
    };
    const base = {
      'ally-network': ['bench/results/build/d3-force-graph.js', 'bench/results/build/cytoscape-graph.js'],
      'aid-matrix': ['bench/results/build/svg-matrix.js', 'bench/results/build/plot-matrix.js'],
    };
    for (const s of sizeRows.filter((s) => s.file.startsWith('dist/'))) {
      const tag = s.file.match(/elements\/(.*)\.js$/)?.[1];
      const isPublisher = s.file === 'dist/ally-viz.js';
      // One row per baseline: the hand-written one, then the library.
      (base[tag] ?? [null]).forEach((file, i) => {
        const b = file ? byFile[file] : null;
        row(
          i ? '' : `bundle \`${s.file}\``,
          'raw · gzip · brotli',
          i ? '' : size(s),
          b ? `${size(b)} (${b.label.replace(/^(baseline|library): /, '')})` : '',
          b && !s.missing && !b.missing ? `${(s.gzip / b.gzip).toFixed(2)}× gz` : '',
          isPublisher ? 'gzip ≤ 30 kB (see the demo page row: what a reader downloads)' : '',
          isPublisher ? (s.missing ? 'not built' : s.gzip <= 30000 ? 'entry met' : `entry **missed by ${kB(s.gzip - 30000)}**`) : '',
        );
      });
    }
  }

  if (groups.has('default')) {
    // What a reader of the default demo page downloads: the bundle and every chunk it fetched to draw.
    const demo = (results['default/demo'] ?? []).find((r) => r.scripts?.length);
    if (demo) {
      const fetched = demo.scripts.map((path) => ({ path, ...compressed(readFileSync(join(ROOT, path))) }));
      const total = fetched.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
      const names = fetched.map((f) => f.path.replace(/^.*\/dist\//, '')).join(', ');
      row(
        'default dataset, demo page',
        `scripts it downloads (${names})`,
        `${kB(total.raw)} · gz ${kB(total.gzip)} · br ${kB(total.brotli)}`,
        '',
        '',
        'gzip ≤ 30 kB',
        total.gzip <= 30000 ? 'met' : `**missed by ${kB(total.gzip - 30000)}**`,
      );
    }
    for (const tag of ['ally-network', 'aid-matrix', 'country-card', 'demo']) {
      const id = `default/${tag}`;
      const s = pick(id, (r) => r.firstPaint);
      row(
        tag === 'demo' ? 'default dataset, demo page (three together)' : `default dataset, \`<${tag}>\``,
        'first paint from module start' + note(id),
        cell(s, ms),
        '',
        '',
        '≤ 50 ms',
        verdict(s, 50, ms),
      );
      const imported = pick(id, (r) => r.imported);
      const rendered = pick(id, (r) => r.rendered);
      if (imported && rendered) {
        row('', 'of which: bundle fetched and run · view rendered · two frames', `${ms(imported.median)} · ${ms(rendered.median - imported.median)} · ${ms(s.median - rendered.median)}`, '', '', '', '');
      }
      const late = pick(id, (r) => r.settled - r.firstPaint);
      if (late && late.median > 0) row('', 'last change after first paint', cell(late, ms), '', '', '', '');
    }
  }

  if (groups.has('network')) {
    for (const n of SIZES) {
      const ours = `network/${n}/ours`;
      const anim = `network/${n}/d3-animated`;
      const stat = `network/${n}/d3-static`;
      const label = `network, ${n.toLocaleString('en')} partners`;
      const fp = pick(ours, (r) => r.firstPaint);
      const target = n === 200 ? 100 : n === 1000 ? 300 : null;
      row(label, 'first paint' + note(ours), cell(fp, ms), `${cell(pick(anim, (r) => r.firstPaint), ms)} (animated: first frame, random positions)${note(anim)}`, ratio(fp, pick(anim, (r) => r.firstPaint)), target ? `≤ ${target} ms` : '', target ? verdict(fp, target, ms) : '');
      const settled = pick(ours, (r) => r.settled);
      const animSettled = pick(anim, (r) => r.settled);
      const capped = (results[anim] ?? []).some((r) => r.capped) ? ` (the wait is capped at ${SETTLE_CAP / 1000} s)` : '';
      row('', 'final layout on screen (last change)', cell(settled, ms), `${capped ? '≥ ' : ''}${cell(animSettled, ms)} (animated, until alpha < alphaMin)${capped}`, ratio(settled, animSettled), '', '');
      const st = pick(stat, (r) => r.firstPaint);
      row('', 'final layout on screen', cell(settled, ms), `${cell(st, ms)} (300 synchronous ticks, one draw)${note(stat)}`, ratio(settled, st), '', '');
      const lt = pick(ours, (r) => r.longestTaskAfterPaint);
      const ltCount = pick(ours, (r) => r.longTasksAfterPaint);
      const ltBase = pick(anim, (r) => r.longestTaskAfterPaint);
      const ltBaseCount = pick(anim, (r) => r.longTasksAfterPaint);
      row(
        '',
        'long tasks after first paint: count, longest',
        ltCount ? `${ltCount.median} · ${ms(lt.median)} (max ${ms(lt.max)})` : '—',
        ltBaseCount ? `${ltBaseCount.median} · ${ms(ltBase.median)} (animated)` : '—',
        '',
        n === 1000 ? 'none over 50 ms' : '',
        n === 1000 ? (ltCount ? (lt.median === 0 ? 'met' : `**missed**: ${ltCount.median} task(s), longest ${ms(lt.median)}`) : 'not measured') : '',
      );
      const dragOk = (r) => r.drag && !r.drag.error && r.drag.moved > 5;
      const df = pick(ours, (r) => (dragOk(r) ? r.drag.median : undefined));
      const dp95 = pick(ours, (r) => (dragOk(r) ? r.drag.p95 : undefined));
      const bf = pick(anim, (r) => (dragOk(r) ? r.drag.median : undefined));
      const bp95 = pick(anim, (r) => (dragOk(r) ? r.drag.p95 : undefined));
      const dragNote = (id) => {
        const bad = (results[id] ?? []).filter((r) => !r.error && !dragOk(r));
        return bad.length ? ` ⚠ ${bad.length} run(s): ${bad[0].drag?.error ?? 'the node did not follow the pointer'}` : '';
      };
      const fps = (s) => (s ? ` ≈ ${Math.round(1000 / s.median)} fps` : '');
      row(
        '',
        'frame interval while dragging a node: median (p95)',
        df ? `${cell(df, ms)}${fps(df)}; p95 ${ms(dp95.median)}${dragNote(ours)}` : `—${dragNote(ours)}`,
        bf ? `${cell(bf, ms)}${fps(bf)}; p95 ${ms(bp95.median)}${dragNote(anim)}` : `—${dragNote(anim)}`,
        ratio(df, bf),
        n === 200 ? '60 fps (median ≤ 17.5 ms)' : '',
        n === 200 ? verdict(df, 17.5, ms) : '',
      );
      const heap = pick(ours, (r) => r.heap);
      const heapBase = pick(anim, (r) => r.heap);
      row('', 'JS heap after GC', cell(heap, mb), cell(heapBase, mb), ratio(heap, heapBase), '', '');
      // Why not Cytoscape.js? Its first frame shows its final layout, as ours does.
      const cy = `network/${n}/cytoscape`;
      const cyFp = pick(cy, (r) => r.firstPaint);
      const cyRuns = (results[cy] ?? []).length;
      row('', 'Cytoscape.js: first paint, final layout', cell(fp, ms), `${cell(cyFp, ms)} (cose layout, canvas${cyRuns < RUNS ? `, ${cyRuns} runs` : ''})${note(cy)}`, ratio(fp, cyFp), '', '');
      const cyDrag = pick(cy, (r) => (dragOk(r) ? r.drag.median : undefined));
      const cyP95 = pick(cy, (r) => (dragOk(r) ? r.drag.p95 : undefined));
      row(
        '',
        'Cytoscape.js: frame interval while dragging a node',
        df ? `${cell(df, ms)}${fps(df)}` : '—',
        cyDrag ? `${cell(cyDrag, ms)}${fps(cyDrag)}; p95 ${ms(cyP95.median)}${dragNote(cy)}` : `—${dragNote(cy)}`,
        ratio(df, cyDrag),
        '',
        '',
      );
      const cyHeap = pick(cy, (r) => r.heap);
      row('', 'Cytoscape.js: JS heap after GC', cell(heap, mb), cell(cyHeap, mb), ratio(heap, cyHeap), '', '');
    }
  }

  if (groups.has('matrix')) {
    const labels = { '8x3': '8 × 3 (kinds)', '200x20': '200 × 20 (types)', '1000x1000': '1,001 × 1,001 adjacency (1,000 partners)' };
    const targets = { '200x20': 100, '1000x1000': 1000 };
    for (const id of Object.keys(labels)) {
      const ours = `matrix/${id}/ours`;
      const svg = `matrix/${id}/svg`;
      const fp = pick(ours, (r) => r.firstPaint);
      const bfp = pick(svg, (r) => r.firstPaint);
      const runs = (results[svg] ?? []).length;
      row(
        `matrix, ${labels[id]}`,
        'first paint' + note(ours),
        cell(fp, ms),
        `${cell(bfp, ms)} (SVG, a rect per cell${runs < RUNS ? `, ${runs} runs` : ''})${note(svg)}`,
        ratio(fp, bfp),
        targets[id] ? `≤ ${ms(targets[id])}` : '',
        targets[id] ? verdict(fp, targets[id], ms) : '',
      );
      // A long table paints its first screenful, then adds the other rows a chunk per task.
      const whole = pick(ours, (r) => r.settled);
      if (whole && fp && whole.median > fp.median) {
        row('', 'every row drawn (last change)', cell(whole, ms), `${cell(bfp, ms)} (all at once)`, ratio(whole, bfp), '', '');
      }
      const heap = pick(ours, (r) => r.heap);
      const heapBase = pick(svg, (r) => r.heap);
      const dom = pick(ours, (r) => r.domNodes);
      const domBase = pick(svg, (r) => r.domNodes);
      const nodes = (s) => (s ? Math.round(s.median).toLocaleString('en') : '—');
      row('', 'JS heap after GC · DOM nodes', `${cell(heap, mb)} · ${nodes(dom)}`, `${cell(heapBase, mb)} · ${nodes(domBase)}`, ratio(heap, heapBase), '', '');
      // Why not Observable Plot? The same cells as its cell mark, with its axes.
      const plot = `matrix/${id}/plot`;
      const pfp = pick(plot, (r) => r.firstPaint);
      const plotRuns = (results[plot] ?? []).length;
      row('', 'Observable Plot: first paint', cell(fp, ms), `${cell(pfp, ms)} (cell mark, SVG${plotRuns < RUNS ? `, ${plotRuns} runs` : ''})${note(plot)}`, ratio(fp, pfp), '', '');
      const plotHeap = pick(plot, (r) => r.heap);
      row('', 'Observable Plot: JS heap after GC · DOM nodes', `${cell(heap, mb)} · ${nodes(dom)}`, `${cell(plotHeap, mb)} · ${nodes(pick(plot, (r) => r.domNodes))}`, ratio(heap, plotHeap), '', '');
    }
  }

  const head = [
    `ally-viz benchmark, ${meta.date}: ${meta.machine} (load average ${meta.load} at start, ${meta.loadEnd} at end); ${meta.browser}.`,
    `Medians (min–max) of ${RUNS} runs in fresh`,
    'incognito pages; first paint = module start → second requestAnimationFrame after the view rendered.',
    '1 kB = 1,000 bytes; gzip level 9, brotli quality 11.',
    '',
  ];
  return [...head, ...rows].join('\n');
}

// ---------------------------------------------------------------- profiling
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'blink', 'cc'];
/** An unminified esbuild bundle of the same entry from src/, so that the profile names functions. */
async function unminified(bundle) {
  const entry = bundle.endsWith('/ally-viz.js') ? 'src/index.ts' : `src/${bundle.match(/elements\/(.*)\.js$/)[1]}/register.ts`;
  const name = entry.replace(/\W+/g, '-');
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile: join(OUT, `build/profile/${name}.js`),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    keepNames: true,
    logLevel: 'warning',
  });
  return `/bench/results/build/profile/${name}.js`;
}

async function printProfile(c, r) {
  if (r.error) console.log(`error: ${r.error}`);
  const { profile, dragProfile, ...rest } = r;
  if (process.env.BENCH_SAVE_TRACE && profile) await writeFile(join(OUT, 'profile.cpuprofile'), JSON.stringify(profile));
  console.log(JSON.stringify(rest, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v), 1));
  if (profile) printTop(`${c.id}: CPU profile from module start to the end of the settle wait`, profile);
  if (dragProfile) printTop(`${c.id}: CPU profile while dragging a node`, dragProfile);
}

async function printTrace(c, r) {
  if (r.error) console.log(`trace run: ${r.error}`);
  if (process.env.BENCH_SAVE_TRACE && r.trace) await writeFile(join(OUT, 'trace.json'), JSON.stringify(r.trace));
  if (process.env.BENCH_SAVE_TRACE && r.dragTrace) await writeFile(join(OUT, 'drag-trace.json'), JSON.stringify(r.dragTrace));
  if (r.trace) printTraceSummary(`${c.id}: renderer main thread from module start to first paint (self time by trace event)`, r.trace, r.firstPaint);
  if (r.dragTrace) printTraceSummary(`${c.id}: renderer main thread while dragging`, r.dragTrace);
}

/** Self time of the renderer main thread's trace events, summed by name, plus raster threads. */
function printTraceSummary(title, trace, untilMs) {
  const events = trace.traceEvents ?? trace;
  const threads = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  // The DevTools timeline's events nest cleanly (tasks > scripts, style, layout, paint).
  const main = events.filter(
    (e) =>
      threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' &&
      e.ph === 'X' &&
      e.dur !== undefined &&
      /(^|,)devtools\.timeline(,|$)|(^|,)v8\.execute(,|$)/.test(e.cat),
  );
  // The page's renderer is the one with the module-start mark (else the busiest one).
  const byPid = new Map();
  for (const e of main) byPid.set(e.pid, (byPid.get(e.pid) ?? 0) + e.dur);
  const pid = events.find((e) => e.name === 'module-start')?.pid ?? [...byPid].sort((a, b) => b[1] - a[1])[0]?.[0];
  let list = main.filter((e) => e.pid === pid).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const mark = events.find((e) => e.name === 'module-start' && e.pid === pid)?.ts;
  if (untilMs !== undefined && mark) list = list.filter((e) => e.ts <= mark + untilMs * 1000);
  const self = new Map();
  const stack = [];
  for (const e of list) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.self -= e.dur;
    const item = { ts: e.ts, dur: e.dur, self: e.dur, name: e.name };
    stack.push(item);
    e.item = item;
  }
  for (const e of list) self.set(e.name, (self.get(e.name) ?? 0) + Math.max(0, e.item.self) / 1000);
  const raster = events
    .filter((e) => e.pid === pid && e.ph === 'X' && /^(RasterTask|TileManager::RunTask)/.test(e.name))
    .reduce((sum, e) => sum + e.dur / 1000, 0);
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, 18);
  console.log(`\n${title}${mark || untilMs === undefined ? '' : ' (no start mark found: whole trace)'}`);
  for (const [name, t] of rows) console.log(`  ${t.toFixed(1).padStart(8)} ms  ${name}`);
  console.log(`  ${raster.toFixed(1).padStart(8)} ms  raster threads (RasterTask), in parallel`);
}

function printTop(title, profile) {
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const key = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.replace(/^.*\//, '').replace(/\?.*$/, '') : '';
    return `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  for (const [id, t] of dt) {
    const k = key(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + t);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const kk = key(byId.get(at));
      if (!seen.has(kk)) total.set(kk, (total.get(kk) ?? 0) + t);
      seen.add(kk);
    }
  }
  const top = (map, n) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `  ${t.toFixed(1).padStart(8)} ms  ${k}`).join('\n');
  console.log(`\n${title}, self time\n${top(self, 25)}`);
  console.log(`\n${title}, total time (inclusive)\n${top(total, 35)}`);
}

// ---------------------------------------------------------------- main
await prepare();
const sizeRows = groups.has('sizes') ? await sizes() : null;
const { chromium } = ensureBrowsers(['chromium']);
const server = createStaticServer({ root: ROOT });
const port = await listen(server, 8390);
const base = `http://127.0.0.1:${port}`;
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'],
});
const meta = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus().length} vCPU, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
  load: os.loadavg()[0].toFixed(1),
  browser: `headless ${(await browser.version()).replace('/', ' ')}, software raster (--disable-gpu)`,
};
const results = {};
const chosen = cases.filter((c) => groups.has(c.group) && (!args.case || new RegExp(args.case).test(c.id)));
if (args.profile) {
  const c = cases.find((k) => k.id === args.profile);
  if (!c) throw new Error(`no case ${args.profile}; cases: ${cases.map((k) => k.id).join(', ')}`);
  try {
    const query = { ...c.query };
    if (query.bundle.startsWith(DIST)) query.bundle = await unminified(query.bundle);
    const r = await measure(browser, base, { ...c, query }, true);
    await printProfile(c, r);
    // A second run under the tracer: where the main thread's time goes outside JavaScript too.
    const t = await measure(browser, base, { ...c, query }, 'trace');
    await printTrace(c, t);
  } finally {
    await browser.close();
    server.close();
  }
  process.exit(0);
}
const started = performance.now();
try {
  for (let run = 0; run < RUNS; run++) {
    for (const c of chosen) {
      if (run >= c.runs) continue;
      const r = await measure(browser, base, c);
      (results[c.id] ??= []).push(r);
      const fp = r.firstPaint === undefined ? 'error' : ms(r.firstPaint);
      process.stderr.write(`run ${run + 1}/${RUNS} ${c.id}: ${fp}${r.error ? ` — ${String(r.error).split('\n')[0]}` : ''}\n`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
meta.loadEnd = os.loadavg()[0].toFixed(1);
const markdown = table(results, sizeRows, meta);
await writeFile(join(OUT, 'latest.json'), JSON.stringify({ meta, sizes: sizeRows, results }, null, 2));
await writeFile(join(OUT, 'latest.md'), markdown + '\n');
console.log(markdown);
console.error(`\n${chosen.length} cases in ${((performance.now() - started) / 1000).toFixed(0)} s; raw runs in ${relative(process.cwd(), join(OUT, 'latest.json'))}`);
