// Opens every story of the built Storybook (storybook-static/) in headless Chromium and fails on a
// console error or page error, a story that renders nothing, an element showing an error or a
// loading message it should not (or not showing the one it should), and serious or critical axe
// violations. Stories tagged `expect-error` must show the element's role=alert part=error message
// (their 404 noise in the console is expected); `expect-loading` ones its loading message;
// `reduced-motion` ones run with prefers-reduced-motion: reduce.
//
// Docs pages are opened too (they must render without page or console errors); --no-docs skips them.
//
//   node scripts/check-stories.mjs [storybook-static] [--filter=substring] [--concurrency=2] [--no-docs]
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBrowsers } from './browsers.mjs';
import { createStaticServer, listen } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'storybook-static');
const filter = option('filter', '');
const concurrency = Math.max(1, Number(option('concurrency', process.env.STORY_CONCURRENCY ?? 2)));
const RENDER_TIMEOUT = 20_000;
/** How long a view may take to leave its loading state (src stories) or show its expected state. */
const SETTLE_TIMEOUT = 6_000;
const SERIOUS = new Set(['serious', 'critical']);
/** Chromium's console line for a failed request: expected in `expect-error` stories only. */
const NETWORK_NOISE = /^Failed to load resource: the server responded with a status of 404/;

if (!existsSync(`${dir}/index.json`)) {
  console.error(`No ${dir}/index.json: build the stories first (npm run build:stories).`);
  process.exit(1);
}
const index = JSON.parse(await readFile(`${dir}/index.json`, 'utf8'));
const entries = Object.values(index.entries)
  .filter((entry) => entry.id.includes(filter))
  .sort((a, b) => a.id.localeCompare(b.id));
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
if (!entries.length) {
  console.error(`No stories in ${dir}/index.json${filter ? ` matching "${filter}"` : ''}.`);
  process.exit(1);
}
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const server = createStaticServer({ root: dir });
const port = await listen(server, 6106);
const { chromium } = ensureBrowsers(['chromium']);
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: CHROMIUM_ARGS,
});

/** Runs in the story's page: waits for Storybook to finish the story (render, play, a11y addon). */
async function storyFinished(timeout) {
  const start = performance.now();
  for (;;) {
    const render = window.__STORYBOOK_PREVIEW__?.currentRender;
    if (document.body.classList.contains('sb-show-errordisplay')) {
      const title = document.querySelector('#error-message')?.textContent ?? '';
      const stack = document.querySelector('#error-stack')?.textContent ?? '';
      return { error: `${title} ${stack}`.trim().slice(0, 500) || 'Storybook shows an error' };
    }
    if (render && ['finished', 'errored', 'aborted'].includes(render.phase)) {
      return render.phase === 'finished' ? {} : { error: `story ${render.phase}` };
    }
    if (performance.now() - start > timeout) return { error: `not rendered after ${timeout} ms (phase ${render?.phase})` };
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Runs in the story's page: scrolls each ally-viz element into view (they draw when near the
 * viewport), waits for it to settle into the state the story expects, and describes what it shows.
 */
async function inspect({ expect, timeout }) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const root = document.querySelector('#storybook-root');
  const rootBox = root?.getBoundingClientRect();
  const hosts = [...(root?.querySelectorAll('*') ?? [])].filter(
    (el) => el.localName.includes('-') && el.shadowRoot && customElements.get(el.localName),
  );
  const state = (el) => {
    const shadow = el.shadowRoot;
    if (shadow.querySelector('[part~="error"]')) return 'error';
    if (shadow.querySelector('[part~="loading"]')) return 'loading';
    if (shadow.querySelector('[part~="placeholder"]')) return 'placeholder';
    return 'ready';
  };
  const views = [];
  for (const el of hosts) {
    el.scrollIntoView({ block: 'center' });
    const start = performance.now();
    for (;;) {
      await el.updateComplete;
      await frame();
      const now = state(el);
      if (now === expect || performance.now() - start > timeout) break;
      // A view waiting for data or for the viewport is not done yet; one in another state is.
      if (now !== 'loading' && now !== 'placeholder') break;
    }
    const shadow = el.shadowRoot;
    const box = el.getBoundingClientRect();
    const alert = shadow.querySelector('[part~="error"]');
    views.push({
      tag: el.localName,
      state: state(el),
      width: Math.round(box.width),
      height: Math.round(box.height),
      nodes: shadow.querySelectorAll('*').length,
      text: (shadow.textContent ?? '').trim().length,
      alert: alert ? { role: alert.getAttribute('role'), text: (alert.textContent ?? '').trim().replace(/\s+/g, ' ') } : null,
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    });
  }
  window.scrollTo(0, 0);
  await frame();
  return {
    root: rootBox ? { width: Math.round(rootBox.width), height: Math.round(rootBox.height), children: root.children.length } : null,
    views,
  };
}

/** Runs in a docs page: waits until Storybook has rendered it and its stories have settled. */
async function docsRendered(timeout) {
  const start = performance.now();
  for (;;) {
    if (document.body.classList.contains('sb-show-errordisplay')) {
      return { error: (document.querySelector('#error-message')?.textContent ?? 'Storybook shows an error').slice(0, 300) };
    }
    const content = document.querySelector('#storybook-docs .sbdocs-content');
    if (content && content.children.length) {
      const hosts = [...content.querySelectorAll('*')].filter((el) => el.localName.includes('-') && el.shadowRoot);
      await Promise.all(hosts.map((el) => el.updateComplete));
      return { hosts: hosts.length, text: content.textContent.trim().length };
    }
    if (performance.now() - start > timeout) return { error: `docs not rendered after ${timeout} ms` };
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A docs page (an element's, generated from the manifest, or an MDX page): it renders, with no
 * page error and no console error but the 404s of the error stories it shows. Its stories are
 * checked one by one above, axe included.
 */
async function checkDocs(entry) {
  const problems = [];
  const page = await browser.newPage();
  const started = performance.now();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    page.on('console', (message) => {
      if (message.type() === 'error' && !NETWORK_NOISE.test(message.text())) problems.push(`console error: ${message.text().slice(0, 300)}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${String(error.message ?? error).slice(0, 300)}`));
    const url = `http://127.0.0.1:${port}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs&globals=a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load', timeout: RENDER_TIMEOUT });
    const seen = await page.evaluate(docsRendered, RENDER_TIMEOUT);
    if (seen.error) problems.push(`Storybook: ${seen.error}`);
    else if (!seen.text) problems.push('the docs page is empty');
    // Let the inline stories load their data before judging the console.
    await new Promise((r) => setTimeout(r, 1500));
  } catch (error) {
    problems.push(`check failed: ${error.message}`);
  } finally {
    await page.close();
  }
  return { problems, minor: [], ms: performance.now() - started };
}

async function checkStory(story) {
  const tags = new Set(story.tags ?? []);
  const expect = tags.has('expect-error') ? 'error' : tags.has('expect-loading') ? 'loading' : 'ready';
  const problems = [];
  const page = await browser.newPage();
  const started = performance.now();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    if (tags.has('reduced-motion')) await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      const url = message.location()?.url ?? '';
      // The browser asks for /favicon.ico on its own; Storybook's static site has none.
      if (NETWORK_NOISE.test(text) && url.endsWith('/favicon.ico')) return;
      if (expect === 'error' && NETWORK_NOISE.test(text)) return;
      problems.push(`console error: ${text.slice(0, 300)}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${String(error.message ?? error).slice(0, 300)}`));

    // The Accessibility addon's own axe run is switched off (a11y.manual): this script runs axe itself.
    const url = `http://127.0.0.1:${port}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`;
    await page.goto(url, {
      waitUntil: 'load',
      timeout: RENDER_TIMEOUT,
    });
    const finished = await page.evaluate(storyFinished, RENDER_TIMEOUT);
    if (finished.error) problems.push(`Storybook: ${finished.error}`);

    const seen = await page.evaluate(inspect, { expect, timeout: SETTLE_TIMEOUT });
    if (!seen.root || seen.root.width === 0 || seen.root.height === 0 || seen.root.children === 0) {
      problems.push('the story renders nothing (#storybook-root is empty or has no size)');
    }
    if (!seen.views.length) problems.push('no ally-viz element in the story');
    for (const view of seen.views) {
      const name = `<${view.tag}>`;
      if (view.nodes === 0 && view.text === 0) problems.push(`${name} renders nothing (empty shadow root)`);
      if (view.width === 0 || view.height === 0) problems.push(`${name} has no size (${view.width}×${view.height})`);
      if (view.scrollWidth > view.clientWidth + 1) problems.push(`${name} overflows sideways (${view.scrollWidth} > ${view.clientWidth} px)`);
      if (view.state !== expect) {
        const detail = view.alert ? `: ${view.alert.text.slice(0, 200)}` : '';
        problems.push(`${name} shows ${view.state}, expected ${expect}${detail}`);
      }
      if (expect === 'error' && view.alert && (view.alert.role !== 'alert' || !view.alert.text)) {
        problems.push(`${name} error message lacks role=alert or text`);
      }
    }

    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
        count: v.nodes.length,
      }));
    });
    for (const v of violations.filter((v) => SERIOUS.has(v.impact))) {
      problems.push(`axe ${v.impact} ${v.id} (${v.count}×): ${v.help} — ${v.targets.join(', ')}`);
    }
    const minor = violations.filter((v) => !SERIOUS.has(v.impact));
    return { problems, minor, ms: performance.now() - started };
  } catch (error) {
    problems.push(`check failed: ${error.message}`);
    return { problems, minor: [], ms: performance.now() - started };
  } finally {
    await page.close();
  }
}

const t0 = performance.now();
const queue = [...stories, ...(args.includes('--no-docs') ? [] : docs)];
const results = new Array(queue.length);
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    while (next < queue.length) {
      const i = next++;
      const entry = queue[i];
      const result = entry.type === 'docs' ? await checkDocs(entry) : await checkStory(entry);
      results[i] = result;
      const mark = result.problems.length ? 'FAIL' : 'ok  ';
      const notes = result.minor.length ? ` (axe, minor: ${result.minor.map((v) => `${v.impact} ${v.id}`).join(', ')})` : '';
      console.log(`${mark} ${entry.id} — ${entry.title} / ${entry.name} [${(result.ms / 1000).toFixed(1)} s]${notes}`);
      for (const problem of new Set(result.problems)) console.log(`       ${problem}`);
    }
  }),
);

await browser.close();
server.close();
const failed = results.filter((r) => r.problems.length).length;
const checkedDocs = queue.length - stories.length;
console.log(
  `${queue.length - failed} passed, ${failed} failed (${stories.length} stories` +
    `${checkedDocs ? ` and ${checkedDocs} docs pages` : ''} in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
process.exit(failed ? 1 : 0);
