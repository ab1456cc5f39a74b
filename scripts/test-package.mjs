// Packs the package as npm would publish it, installs the tarball into a scratch project and
// uses it there from JavaScript (Node), TypeScript, React and Preact (tsc): what a developer
// installs works, with its types and editor data, and carries no source or test clutter.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';

const repo = resolve('.');
const scratch = mkdtempSync(join(tmpdir(), 'ally-viz-package-'));
const run = (cmd, args, cwd = scratch) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/**
 * Type-checks `source` as `file` of the scratch project: strict, and with the package's own
 * declaration files checked too (skipLibCheck off). tsc reports on stdout.
 */
function typeCheck(file, source, options = {}) {
  writeFileSync(join(scratch, file), source);
  const project = `tsconfig.${file}.json`;
  const compilerOptions = { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom'], noEmit: true, skipLibCheck: false, types: [], ...options };
  writeFileSync(join(scratch, project), JSON.stringify({ compilerOptions, files: [file] }));
  try {
    run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', project]);
  } catch (error) {
    throw new Error(`tsc -p ${project}:\n${error.stdout || error.message}`);
  }
}
let passed = 0;
let failed = 0;
function check(name, fn) {
  try {
    fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n    ${String(error.message).split('\n').join('\n    ')}`);
  }
}

try {
  console.log('Package test:');
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], repo));
  const files = pack.files.map((f) => f.path);

  check('the tarball holds the bundles, the ES modules, their types, the data and the manifest', () => {
    for (const file of [
      'dist/ally-viz.js',
      'dist/elements/ally-network.js',
      'dist/elements/aid-matrix.js',
      'dist/elements/country-card.js',
      'dist/esm/index.js',
      'dist/esm/index.d.ts',
      'dist/esm/data/index.d.ts',
      'dist/esm/react/index.js',
      'dist/esm/react/index.d.ts',
      'dist/esm/jsx.d.ts',
      'dist/esm/jsx-react.d.ts',
      'dist/esm/jsx-preact.d.ts',
      'dist/vscode.html-custom-data.json',
      'dist/vscode.css-custom-data.json',
      'dist/web-types.json',
      'data/relationships.json',
      'data/schema.json',
      'custom-elements.json',
      'README.md',
      'package.json',
    ]) {
      assert.ok(files.includes(file), `missing ${file}`);
    }
  });
  check('the tarball carries no source, test, story or tooling clutter', () => {
    const clutter = files.filter((f) => /^(src|test|stories|scripts|demo|bench|\.ci)\/|\.map$|tsconfig|rollup|eslint|web-test-runner/.test(f));
    assert.deepEqual(clutter, []);
  });
  check(`the package is small (${(pack.size / 1024).toFixed(1)} kB packed, ${pack.entryCount} files)`, () => {
    // What the tarball holds, gzip per group, printed so that growth is seen where it happens.
    const groups = {};
    for (const { path } of pack.files) {
      const group = /^dist\/esm\/.*\.d\.ts$/.test(path) ? 'ES module types' : /^dist\/(esm|elements|chunks)\//.test(path) ? path.split('/').slice(0, 2).join('/') : path;
      groups[group] = (groups[group] ?? 0) + gzipSync(readFileSync(path)).length;
    }
    for (const [group, bytes] of Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 8)) {
      console.log(`      ${(bytes / 1024).toFixed(1).padStart(6)} kB  ${group}`);
    }
    // 600 kB since #14: five self-contained bundles (all elements, and each element alone) each
    // with its own on-demand chunks, the ES modules and their types for bundlers, two datasets and
    // the manifest. A larger package means something new is shipped twice or shipped by mistake.
    assert.ok(pack.size < 600 * 1024, `${pack.size} bytes packed`);
  });

  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  // React, its types and Preact at the versions the repository tests with, for the JSX entries.
  const { devDependencies } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const frameworks = ['react', '@types/react', 'preact'].map((name) => `${name}@${devDependencies[name]}`);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(scratch, pack.filename), ...frameworks]);

  const installed = join(scratch, 'node_modules/ally-viz');
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const tags = elements.map((d) => d.tagName);
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  // A wildcard entry is tried with every tag; an entry with only types is for TypeScript (below).
  const specifiers = Object.entries(pkg.exports).flatMap(([key, target]) => {
    const names = key.includes('*') ? tags.map((tag) => key.replace('*', tag)) : [key];
    const typesOnly = typeof target === 'object' && !('default' in target);
    return names.map((name) => ({ specifier: `ally-viz${name.slice(1)}`, typesOnly, target }));
  });

  check('every entry of the exports map resolves to a file that is in the package', () => {
    const runtime = specifiers.filter((s) => !s.typesOnly).map((s) => s.specifier);
    const out = run('node', ['--input-type=module', '-e', `for (const e of ${JSON.stringify(runtime)}) console.log(import.meta.resolve(e));`]);
    const urls = out.trim().split('\n');
    assert.equal(urls.length, runtime.length);
    for (const url of urls) assert.ok(existsSync(fileURLToPath(url)), `${url} does not exist`);
    for (const { specifier, target } of specifiers) {
      if (typeof target === 'object') assert.ok(existsSync(join(installed, target.types)), `no types ${target.types} for ${specifier}`);
    }
  });
  check('from JavaScript: the data API validates the bundled dataset and derives its views', () => {
    const out = run('node', [
      '--input-type=module',
      '-e',
      `import { validate, networkGraph } from 'ally-viz/data';
       import { readFileSync } from 'node:fs';
       import { createRequire } from 'node:module';
       const data = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('ally-viz/relationships.json'), 'utf8'));
       const result = validate(data);
       if (!result.ok) throw new Error(JSON.stringify(result.errors));
       console.log(networkGraph(result.data).nodes.length);`,
    ]);
    assert.equal(out.trim(), '8');
  });
  check('the custom-elements manifest declares the four tags', () => {
    for (const tag of ['ally-network', 'aid-matrix', 'country-card', 'ally-timeline']) assert.ok(tags.includes(tag), `no ${tag} in ${tags}`);
  });
  check('the editor data (VS Code custom data, JetBrains web-types) lists every tag with its attributes and events', () => {
    for (const element of elements) assert.ok((element.events ?? []).some((e) => e.name === 'data-error'), `${element.tagName} declares data-error`);
    const vsCode = JSON.parse(readFileSync(join(installed, 'dist/vscode.html-custom-data.json'), 'utf8'));
    const webTypes = JSON.parse(readFileSync(join(installed, pkg['web-types']), 'utf8'));
    const css = JSON.parse(readFileSync(join(installed, 'dist/vscode.css-custom-data.json'), 'utf8'));
    assert.equal(webTypes.name, 'ally-viz');
    for (const element of elements) {
      const tag = vsCode.tags.find((t) => t.name === element.tagName);
      const web = webTypes.contributions.html.elements.find((e) => e.name === element.tagName);
      assert.ok(tag && web, `${element.tagName} missing`);
      const attributes = element.attributes.map((a) => a.name);
      assert.deepEqual(tag.attributes.map((a) => a.name), attributes, `VS Code attributes of ${element.tagName}`);
      assert.deepEqual(web.attributes.map((a) => a.name), attributes, `web-types attributes of ${element.tagName}`);
      // Every tag's own events, as its JSDoc declares them (the timeline fires as-of-change, not country-select).
      for (const event of (element.events ?? []).map((e) => e.name)) {
        assert.ok(tag.description.value.includes(`\`${event}\``), `VS Code description of ${element.tagName} names ${event}`);
        assert.ok(web.js.events.some((e) => e.name === event), `web-types events of ${element.tagName} have ${event}`);
      }
      assert.ok(web.js.properties.some((p) => p.name === 'data' && p.type.includes('Dataset')), `web-types: ${element.tagName}.data`);
      const theme = tag.attributes.find((a) => a.name === 'theme');
      assert.deepEqual(theme.values.map((v) => v.name), ['light', 'dark', 'auto'], 'values of theme');
    }
    assert.ok(css.properties.some((p) => p.name === '--ally-color-military'), 'VS Code CSS data: custom properties');
    assert.ok(css.pseudoElements.some((p) => p.name === '::part(node)'), 'VS Code CSS data: parts');
  });
  check('from TypeScript: the types of elements, events and the data API check', () => {
    typeCheck(
      'use.ts',
      `import 'ally-viz';
import { AllyNetwork } from 'ally-viz/ally-network';
import type { Dataset, CountrySelectDetail } from 'ally-viz';
import { validate, type ValidationError } from 'ally-viz/data';
const network: AllyNetwork = document.createElement('ally-network');
const card = document.querySelector('country-card');
card?.setAttribute('country', 'IRN');
network.selected = 'IRN';
network.addEventListener('country-select', (event) => {
  const detail: CountrySelectDetail = event.detail;
  console.log(detail.id?.toUpperCase());
});
const result = validate({});
const errors: ValidationError[] = result.ok ? [] : result.errors;
const data: Dataset | null = result.ok ? result.data : null;
// @ts-expect-error selected is a string id, not a number
network.selected = 42;
console.log(errors.length, data);
`,
    );
  });
  check('from React (TSX): the wrappers of ally-viz/react, their typed events, and the plain tags with ally-viz/jsx-react', () => {
    typeCheck(
      'use-react.tsx',
      `import { AidMatrix, AllyNetwork, CountryCard, type CountrySelectDetail } from 'ally-viz/react';
import type {} from 'ally-viz/jsx-react';
import type { Dataset } from 'ally-viz';
declare const dataset: Dataset;
export const wrapped = (
  <>
    <AllyNetwork
      data={dataset}
      group="story"
      selected="IRN"
      thirdParties
      onCountrySelect={(event) => {
        const detail: CountrySelectDetail = event.detail;
        console.log(detail.id?.toUpperCase());
      }}
      onDataError={(event) => console.log(event.detail.message.length)}
    />
    <AidMatrix mode="adjacency" theme="dark" />
    <CountryCard country="IRN" layout="compact" />
    {/* @ts-expect-error theme is light, dark or auto */}
    <AllyNetwork theme="blue" />
    {/* @ts-expect-error the detail of country-select has no message */}
    <CountryCard onCountrySelect={(event) => console.log(event.detail.message)} />
  </>
);
export const plain = (
  <>
    <ally-network group="story" data={dataset} third-parties className="graphic" oncountry-select={(event) => console.log(event.detail.id)} />
    <aid-matrix mode="adjacency" link-hash ondata-error={(event) => console.log(event.detail.message)} />
    <country-card country="IRN" noDownloads />
    {/* @ts-expect-error mode is support or adjacency */}
    <aid-matrix mode="rows" />
    {/* @ts-expect-error data is a dataset object */}
    <country-card data="relationships.json" />
  </>
);
`,
      { jsx: 'react-jsx' },
    );
  });
  check('from Preact (TSX): the plain tags with ally-viz/jsx-preact', () => {
    typeCheck(
      'use-preact.tsx',
      `import type {} from 'ally-viz/jsx-preact';
import type { Dataset } from 'ally-viz';
declare const dataset: Dataset;
export const plain = (
  <>
    <ally-network group="story" data={dataset} third-parties class="graphic" oncountry-select={(event) => console.log(event.detail.id)} />
    <country-card country="IRN" ondata-error={(event) => console.log(event.detail.message)} />
    {/* @ts-expect-error mode is support or adjacency */}
    <aid-matrix mode="rows" />
  </>
);
`,
      { jsx: 'react-jsx', jsxImportSource: 'preact' },
    );
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
