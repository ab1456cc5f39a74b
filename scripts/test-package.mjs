// Packs the package as npm would publish it, installs the tarball into a scratch project and
// uses it there from JavaScript (Node) and TypeScript (tsc): what a developer installs works,
// with its types, and carries no source or test clutter.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';

const repo = resolve('.');
const scratch = mkdtempSync(join(tmpdir(), 'ally-viz-package-'));
const run = (cmd, args, cwd = scratch) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
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
    // 450 kB since #19: a fourth element bundle (dist/elements/ally-timeline.js) and its chunks.
    assert.ok(pack.size < 450 * 1024, `${pack.size} bytes packed`);
  });

  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(scratch, pack.filename)]);

  check('every entry of the exports map resolves to a file', () => {
    const out = run('node', [
      '--input-type=module',
      '-e',
      `for (const e of ['ally-viz','ally-viz/ally-network','ally-viz/aid-matrix','ally-viz/country-card','ally-viz/ally-timeline','ally-viz/data','ally-viz/relationships.json','ally-viz/schema.json','ally-viz/bundle','ally-viz/bundle/country-card','ally-viz/custom-elements.json']) console.log(import.meta.resolve(e));`,
    ]);
    assert.equal(out.trim().split('\n').length, 11);
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
    const manifest = JSON.parse(readFileSync(join(scratch, 'node_modules/ally-viz/custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
    for (const tag of ['ally-network', 'aid-matrix', 'country-card', 'ally-timeline']) assert.ok(tags.includes(tag), `no ${tag} in ${tags}`);
  });
  check('from TypeScript: the types of elements, events and the data API check', () => {
    writeFileSync(
      join(scratch, 'use.ts'),
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
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom'], noEmit: true, skipLibCheck: false, types: [] },
        files: ['use.ts'],
      }),
    );
    run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
