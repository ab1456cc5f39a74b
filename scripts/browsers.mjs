// Finds the three browser engines the tests run in, honouring CHROME_PATH, FIREFOX_PATH,
// WEBKIT_PATH (MiniBrowser) and WEBKIT_DRIVER_PATH. On Debian or Ubuntu as root it installs the
// missing ones with apt; elsewhere it says exactly what to install and fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const ENGINES = {
  chromium: {
    env: 'CHROME_PATH',
    candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    apt: ['chromium'],
  },
  firefox: {
    env: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    apt: ['firefox-esr'],
  },
  webkit: {
    env: 'WEBKIT_PATH',
    candidates: [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    ],
    apt: ['webkit2gtk-driver', 'xvfb'],
  },
};
/** Headless Chromium as root on a machine with no network but the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const WEBKIT_DRIVER = { env: 'WEBKIT_DRIVER_PATH', candidates: ['/usr/bin/WebKitWebDriver'] };
const XVFB = { env: 'XVFB_PATH', candidates: ['/usr/bin/Xvfb'] };

function locate({ env, candidates }) {
  const fromEnv = process.env[env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return candidates.find((path) => existsSync(path)) ?? null;
}

function isDebianRoot() {
  if (process.getuid?.() !== 0 || !existsSync('/etc/os-release')) return false;
  return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
}

function find(engines) {
  const found = {};
  for (const name of engines) found[name] = locate(ENGINES[name]);
  if (engines.includes('webkit')) {
    found.webkitDriver = locate(WEBKIT_DRIVER);
    found.xvfb = locate(XVFB);
  }
  return found;
}

function missingPackages(engines, found) {
  const packages = new Set();
  for (const name of engines) if (!found[name]) ENGINES[name].apt.forEach((p) => packages.add(p));
  if (engines.includes('webkit') && (!found.webkitDriver || !found.xvfb)) {
    ENGINES.webkit.apt.forEach((p) => packages.add(p));
  }
  return [...packages];
}

/** Returns the paths of the requested engines, installing them with apt where it can. */
export function ensureBrowsers(engines = Object.keys(ENGINES)) {
  let found = find(engines);
  let missing = missingPackages(engines, found);
  if (missing.length && isDebianRoot()) {
    console.log(`Installing browsers from Debian's packages: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
    found = find(engines);
    missing = missingPackages(engines, found);
  }
  if (missing.length) {
    const names = engines.filter((n) => !found[n]).join(', ') || 'webkit driver or Xvfb';
    throw new Error(
      `Missing browser engine(s): ${names}.\n` +
        `Install them (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}),\n` +
        `or point CHROME_PATH, FIREFOX_PATH, WEBKIT_PATH (MiniBrowser) and WEBKIT_DRIVER_PATH at them.`,
    );
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureBrowsers(process.argv.slice(2).length ? process.argv.slice(2) : undefined));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
