// Browser tests in Chromium, Firefox and WebKit. Run through `npm run test:browsers`
// (scripts/test-browsers.mjs), which finds the engines and starts Xvfb and WebKitWebDriver.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, ensureBrowsers } from './scripts/browsers.mjs';
import { commonJsPackages } from './scripts/commonjs-packages.mjs';
import { faults } from './scripts/faults.mjs';

const engines = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').filter(Boolean);
const paths = ensureBrowsers(engines);

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: paths.chromium,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
    }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: paths.webkit, args: ['--automation'] },
      },
    }),
};

/** The strict policy of a publisher page that allows nothing inline and nothing from elsewhere. */
const STRICT_CSP = "default-src 'self'; style-src 'self' 'report-sample'; script-src 'self' 'report-sample'; object-src 'none'; base-uri 'none'";

/** The same, with Trusted Types required for every script sink; Lit's own policy is the one allowed. */
const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;

/** Serves the embedding test pages under /test/pages/csp/ (and trusted-types/) with a strict Content-Security-Policy. */
function strictCsp(context, next) {
  if (context.path.startsWith('/test/pages/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
  if (context.path.startsWith('/test/pages/trusted-types/')) context.set('Content-Security-Policy', TRUSTED_TYPES_CSP);
  return next();
}

/**
 * A .json file imported by a module (the default dataset) is served as a JavaScript module, as
 * bundlers do; the same file fetched by a view (`src`) stays JSON.
 */
const isModuleRequest = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';
const jsonModules = {
  name: 'json-modules',
  resolveMimeType: (context) => (isModuleRequest(context) ? 'js' : undefined),
  transformCacheKey: (context) => (isModuleRequest(context) ? 'module' : 'raw'),
  transform(context) {
    context.set('Vary', 'Sec-Fetch-Dest');
    if (isModuleRequest(context)) return { body: `export default ${context.body};` };
  },
};

/**
 * Server command `browser-counters` (test/browser/reliability-lifecycle.test.ts): Chromium's own
 * JS heap and DOM counters through the DevTools protocol, after a full garbage collection; false
 * in engines without it (Firefox through WebDriver BiDi, WebKit through WebDriver).
 */
const browserCounters = {
  name: 'browser-counters',
  async executeCommand({ command, session }) {
    if (command !== 'browser-counters') return undefined;
    if (session.browser.type !== 'puppeteer') return false;
    let cdp;
    try {
      cdp = await session.browser.getPage(session.id).createCDPSession();
    } catch {
      return false;
    }
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { heap: usedSize, nodes, listeners: jsEventListeners };
    } finally {
      await cdp.detach();
    }
  },
};

/**
 * React (CommonJS in node_modules) as one ES module at /__react__.js, for the React host of the
 * lifecycle tests (test/pages/react-host.js).
 */
const reactModule = {
  name: 'react-module',
  async serve(context) {
    if (context.path !== '/__react__.js') return undefined;
    const result = await build({
      stdin: {
        contents: "export { createElement } from 'react'; export { flushSync } from 'react-dom'; export { createRoot } from 'react-dom/client';",
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
};

export default {
  files: process.env.TEST_FILES ?? 'test/browser/**/*.test.ts',
  nodeResolve: true,
  middleware: [strictCsp, faults],
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  plugins: [
    jsonModules,
    browserCounters,
    reactModule,
    commonJsPackages(['react', 'react-dom', 'react-dom/client']),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: engines.map((name) => launchers[name]()),
  testFramework: { config: { timeout: 10000 } },
};
