// Two builds from one source:
// - publisher bundles: dist/ally-viz.js (all four tags) and one per element in dist/elements/,
//   self-contained and minified, with Lit, the default dataset and the code of a first paint
//   (d3-force among it) inlined, and what only some readers need in dist/chunks/ (see `publisher`);
// - the npm build: per-module ES files in dist/esm/ (declarations come from tsc), with Lit, tslib
//   and the D3 modules left as dependencies, and React (a peer of the `ally-viz/react` entry)
//   never bundled.
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { readFileSync } from 'node:fs';

const elements = ['ally-network', 'aid-matrix', 'country-card', 'ally-timeline'];

const typescriptFor = (outDir) =>
  typescript({
    tsconfig: './tsconfig.build.json',
    outDir,
    declaration: false,
    declarationMap: false,
    sourceMap: false,
    noEmitOnError: true,
  });

const minify = () =>
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
  });

// What only some readers use (the validator for a publisher's own dataset, the picture export,
// the matrix's tooltip and its adjacency view with d3-scale, pan and zoom with d3-zoom, the
// timeline's drawing, region names in other languages) is imported on demand from dist/chunks/,
// beside the bundle on the same server.
const publisher = (input, file, extra = []) => ({
  input: { [file]: input },
  // The entry may export what its on-demand chunks share with it: no extra facade chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: false,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  plugins: [
    resolve(),
    json({ preferConst: true, compact: true }),
    typescriptFor('dist'),
    // Whitespace in Lit's html`` and css`` templates is bytes every reader downloads.
    minifyHtmlLiterals(),
    minify(),
    ...extra,
  ],
});

// dist/ally-viz.css: the space each element reserves before the script runs (a file, not an
// inline <style>, so pages with a strict Content-Security-Policy can link it).
const reserveCss = {
  name: 'ally-viz-css',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'ally-viz.css', source: readFileSync('src/styles/ally-viz.css', 'utf8') });
  },
};

export default [
  publisher('src/index.ts', 'ally-viz', [reserveCss]),
  ...elements.map((name) => publisher(`src/${name}/register.ts`, `elements/${name}`)),
  {
    input: ['src/index.ts', 'src/data/index.ts', 'src/react/index.ts', ...elements.map((name) => `src/${name}/register.ts`)],
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: (chunk) =>
        chunk.facadeModuleId?.endsWith('.json') ? 'data/[name].json.js' : '[name].js',
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^tslib$/, /^react(-dom)?(\/|$)/],
    plugins: [resolve(), json({ preferConst: true }), typescriptFor('dist/esm')],
  },
];
