// A @web/dev-server plugin that serves CommonJS-only packages (React and react-dom ship no ES
// modules) to the browser tests as ES modules. esbuild bundles them once into one module, so that
// react-dom and the tests share one copy of React; each specifier then gets a small module that
// re-exports its names from it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const PREFIX = '/__commonjs__/';

/** @param {string[]} specifiers bare specifiers the tests import, e.g. `react-dom/client` */
export function commonJsPackages(specifiers) {
  const file = (specifier) => `${PREFIX}${specifier.replace(/\//g, '__')}.js`;
  let shared = null;
  const bundle = () =>
    (shared ??= build({
      stdin: {
        contents: specifiers.map((s, i) => `export * as m${i} from ${JSON.stringify(s)};`).join('\n'),
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      // React's development build: warnings, and `act` for the tests.
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'warning',
    }).then((result) => result.outputFiles[0].text));

  // The names a package exports, read in a separate Node process: React's development build
  // patches the console of the process that loads it.
  const exportsOf = (specifier) =>
    JSON.parse(execFileSync(process.execPath, ['-p', `JSON.stringify(Object.keys(require(${JSON.stringify(specifier)})))`], { encoding: 'utf8' }));
  const facade = (specifier, i) => {
    const names = exportsOf(specifier).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
    return [
      `import { m${i} } from '${PREFIX}shared.js';`,
      `const module = m${i}.default ?? m${i};`,
      'export default module;',
      names.length ? `export const { ${names.join(', ')} } = module;` : '',
    ].join('\n');
  };

  return {
    name: 'commonjs-packages',
    resolveImport({ source }) {
      if (specifiers.includes(source)) return file(source);
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      if (context.path === `${PREFIX}shared.js`) return { body: await bundle(), type: 'js' };
      const i = specifiers.findIndex((s) => file(s) === context.path);
      if (i >= 0) return { body: facade(specifiers[i], i), type: 'js' };
    },
  };
}
