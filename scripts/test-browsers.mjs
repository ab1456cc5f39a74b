// Runs the browser tests in every engine: starts Xvfb and WebKitWebDriver for WebKit, runs
// @web/test-runner, and stops both afterwards whatever happens.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { ensureBrowsers } from './browsers.mjs';

const engines = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').filter(Boolean);
const children = [];
const stopAll = () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM'));
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const freeDisplay = () => {
  for (let n = 99; n < 199; n++) if (!existsSync(`/tmp/.X${n}-lock`)) return `:${n}`;
  throw new Error('No free X display between :99 and :198');
};

async function waitForPort(port, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

const paths = ensureBrowsers(engines);
const env = { ...process.env, BROWSERS: engines.join(',') };

if (engines.includes('webkit')) {
  if (!process.env.DISPLAY) {
    env.DISPLAY = freeDisplay();
    const xvfb = spawn(paths.xvfb, [env.DISPLAY, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
      stdio: 'ignore',
    });
    children.push(xvfb);
  }
  const port = await freePort();
  env.WEBKIT_DRIVER_PORT = String(port);
  const driver = spawn(paths.webkitDriver, [`--port=${port}`], { stdio: 'ignore', env });
  children.push(driver);
  await waitForPort(port);
}

const runner = spawn(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
  { stdio: 'inherit', env },
);
runner.on('exit', (code, signal) => {
  stopAll();
  process.exit(code ?? (signal ? 1 : 0));
});
