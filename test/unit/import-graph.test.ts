/**
 * The layers of src/ (README, "Layout of the repository"), read from the source: every import
 * counts, static, type-only (`import type`) and on demand (`import()`), so that a type import
 * cannot hide a dependency the other way round.
 * Run: node --import tsx --test test/unit/import-graph.test.ts
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

interface Module {
  /** Path from src/, e.g. `aid-matrix/aid-matrix.ts`. */
  file: string;
  /** Modules of src/ it imports (paths from src/). */
  imports: string[];
  /** Modules it imports on demand (`import()`), a subset of `imports`. */
  lazy: string[];
  /** Packages it imports (`lit/directive.js`, `d3-scale`). */
  packages: string[];
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

/** `./x.js` written in TypeScript source is `./x.ts` on disk. */
function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.startsWith(SRC)) return candidate;
  }
  return null;
}

/** Every module of src/ with its imports, found by TypeScript's own import scanner. */
function readGraph(): Map<string, Module> {
  const graph = new Map<string, Module>();
  for (const path of sourceFiles(SRC)) {
    const text = readFileSync(path, 'utf8');
    const { importedFiles } = ts.preProcessFile(text, true, true);
    const module: Module = { file: relative(SRC, path), imports: [], lazy: [], packages: [] };
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) {
        module.packages.push(fileName);
        continue;
      }
      const target = resolveImport(path, fileName);
      if (!target) continue; // JSON and other assets: not modules of the graph
      module.imports.push(relative(SRC, target));
    }
    // preProcessFile does not say which imports are dynamic; a literal `import('…')` is.
    for (const [, specifier] of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const target = specifier.startsWith('.') ? resolveImport(path, specifier) : null;
      if (target && !module.lazy.includes(relative(SRC, target))) module.lazy.push(relative(SRC, target));
    }
    graph.set(module.file, module);
  }
  return graph;
}

type Graph = ReadonlyMap<string, { imports: readonly string[] }>;

/**
 * The import cycles of a graph: within each strongly connected component (Tarjan), the shortest
 * cycle through each of its modules, each cycle once, as a path that returns to its start.
 */
export function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found = new Map<string, string[]>();
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const next of graph.get(file)?.imports ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component = new Set<string>();
    let member: string;
    do {
      member = stack.pop()!;
      component.add(member);
    } while (member !== file);
    for (const start of [...component].sort()) {
      const path = shortestCycle(graph, component, start);
      const key = path && [...new Set(path)].sort().join();
      if (path && !found.has(key!)) found.set(key!, path);
    }
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return [...found.values()];
}

/** The shortest path from `start` back to itself inside `component` (breadth first), or null. */
function shortestCycle(graph: Graph, component: ReadonlySet<string>, start: string): string[] | null {
  const previous = new Map<string, string>();
  const queue = [start];
  for (const file of queue) {
    for (const next of graph.get(file)?.imports ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = file; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

/** The layer of a module: its folder, `events` for src/events.ts, `entry` for src/index.ts. */
const layerOf = (file: string): string => (file.includes('/') ? file.split('/')[0] : file.replace(/\.ts$/, ''));

const ELEMENTS = ['ally-network', 'aid-matrix', 'country-card', 'ally-timeline'];

/** What each layer may import, besides itself (data flows one way; see the README). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  data: [],
  layout: ['data'],
  styles: ['data'],
  events: [],
  'on-demand': [],
  controllers: ['data', 'events', 'on-demand'],
  internal: ['data', 'styles', 'controllers', 'events', 'on-demand'],
  ...Object.fromEntries(ELEMENTS.map((el) => [el, ['data', 'layout', 'styles', 'controllers', 'internal', 'events', 'on-demand']])),
  index: [...ELEMENTS, 'data', 'events'],
  // The React components wrap the elements, as the package index does.
  react: [...ELEMENTS, 'index', 'events'],
};

/**
 * Modules that must run without a DOM (Node tests, a server, a worker): the data layer, the
 * layout layer, the kinds-and-colours and evidence encodings, and the models and geometry beside
 * an element (`*-model.ts`, `*-layout.ts`).
 */
const isPure = (file: string): boolean =>
  ['data', 'layout'].includes(layerOf(file)) ||
  ['styles/kinds.ts', 'styles/encoding.ts'].includes(file) ||
  /-(model|layout)\.ts$/.test(file);

/** Packages a pure module may use: D3's computing modules. */
const PURE_PACKAGES = /^d3-(array|dsv|force|hierarchy|quadtree|scale|shape|format|interpolate|time)(\/|$)/;

const graph = readGraph();

describe('import graph of src/', () => {
  test('is read from the source (the test sees the modules and their imports)', () => {
    assert.ok(graph.has('index.ts') && graph.has('aid-matrix/aid-matrix.ts'));
    assert.ok(graph.get('aid-matrix/register.ts')!.imports.includes('aid-matrix/aid-matrix.ts'));
    assert.ok(
      [...graph.values()].some((m) => m.lazy.length > 0),
      'on-demand imports are seen',
    );
  });

  test('has no cycles', () => {
    const found = cycles(graph);
    assert.deepEqual(
      found.map((path) => path.join(' → ')),
      [],
      'each module must only import modules that do not import it back, even for types',
    );
  });

  test('imports only from the layers below', () => {
    const wrong = [...graph.values()].flatMap((m) => {
      const from = layerOf(m.file);
      const allowed = MAY_IMPORT[from];
      if (!allowed) return [`${m.file}: no layer rule for ${from}/ (add one to MAY_IMPORT)`];
      return m.imports.filter((to) => layerOf(to) !== from && !allowed.includes(layerOf(to))).map((to) => `${m.file} → ${to}`);
    });
    assert.deepEqual(wrong, []);
  });

  test('controllers import nothing that imports a controller', () => {
    const reaches = (file: string, seen = new Set<string>()): boolean =>
      graph.get(file)!.imports.some((to) => {
        if (layerOf(to) === 'controllers') return true;
        if (seen.has(to)) return false;
        seen.add(to);
        return reaches(to, seen);
      });
    const wrong = [...graph.values()]
      .filter((m) => layerOf(m.file) === 'controllers')
      .flatMap((m) => m.imports.filter((to) => layerOf(to) !== 'controllers' && reaches(to)).map((to) => `${m.file} → ${to}`));
    assert.deepEqual(wrong, []);
  });

  test('modules loaded on demand, and what they import, import models, never an element class', () => {
    const isElementClass = (file: string): boolean => ELEMENTS.some((el) => file === `${el}/${el}.ts`);
    const wrong: string[] = [];
    for (const m of graph.values()) {
      for (const chunk of m.lazy) {
        const reached = new Set([chunk]);
        for (const file of reached) for (const to of graph.get(file)!.imports) if (!graph.get(file)!.lazy.includes(to)) reached.add(to);
        for (const file of reached) if (isElementClass(file)) wrong.push(`${chunk} (loaded by ${m.file}) reaches ${file}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('data, layout, models and encodings import no DOM and no Lit', () => {
    const pure = [...graph.values()].filter((m) => isPure(m.file));
    assert.ok(pure.some((m) => m.file === 'aid-matrix/matrix-model.ts'), 'the matrix model is among them');
    const wrong = pure.flatMap((m) => [
      ...m.imports.filter((to) => !isPure(to)).map((to) => `${m.file} → ${to}`),
      ...m.packages.filter((p) => !PURE_PACKAGES.test(p)).map((p) => `${m.file} → ${p}`),
    ]);
    assert.deepEqual(wrong, []);
    // Type-checked without the DOM's declarations: `document`, `HTMLElement`, `getComputedStyle`…
    // are unknown names there. (Node's own types stay: the loader uses fetch.)
    const program = ts.createProgram(
      pure.map((m) => join(SRC, m.file)),
      {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ES2022,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2022.d.ts'],
        types: ['node'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        resolveJsonModule: true,
        experimentalDecorators: true,
      },
    );
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file ? relative(ROOT, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    assert.deepEqual(problems, []);
  });
});

describe('cycles()', () => {
  test('finds a cycle, however long, and passes a graph without one', () => {
    const graphOf = (edges: Record<string, string[]>) =>
      new Map(Object.entries(edges).map(([file, imports]) => [file, { imports }]));
    assert.deepEqual(cycles(graphOf({ a: ['b'], b: ['c'], c: [] })), []);
    assert.deepEqual(cycles(graphOf({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] })), [['a', 'b', 'c', 'a']]);
    assert.deepEqual(cycles(graphOf({ a: ['a'] })), [['a', 'a']]);
    // Two cycles through one module: both are named.
    assert.deepEqual(cycles(graphOf({ a: ['b', 'c'], b: ['a'], c: ['a'] })), [['a', 'b', 'a'], ['c', 'a', 'c']]);
  });
});
