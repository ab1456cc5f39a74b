// Storybook for designers: the three elements, their states, themes and widths, with controls and
// docs generated from custom-elements.json (`npm run manifest`, which `npm run stories` and
// `npm run build:stories` run first).
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = join(root, 'custom-elements.json');
const VIRTUAL = 'virtual:ally-viz/custom-elements';

function sourceFiles(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** What the analyzer leaves for a reader of src/ to resolve: string-literal type aliases, tags. */
function readSources(): { literals: (text: string) => string[] | null; tags: Map<string, string> } {
  const aliases = new Map<string, string[]>();
  const tags = new Map<string, string>();
  for (const path of sourceFiles()) {
    const source = readFileSync(path, 'utf8');
    // `type Theme = 'light' | 'dark' | 'auto';`, `type MatrixOrder = RowOrder;`
    for (const m of source.matchAll(/\btype\s+(\w+)\s*=\s*([^;{}()<>]+);/g)) {
      aliases.set(m[1], m[2].split('|').map((part) => part.trim()).filter(Boolean));
    }
    // The tag of a class registered with `defineElement('aid-matrix', AidMatrix)`.
    for (const m of source.matchAll(/\b(?:defineElement|customElements\.define)\(\s*['"]([a-z][\w-]*-[\w-]*)['"]\s*,\s*(\w+)\s*\)/g)) {
      tags.set(m[2], m[1]);
    }
  }
  /** The literals of a union, following aliases; null when a part is not a literal. */
  const literals = (text: string, depth = 0): string[] | null => {
    const out: string[] = [];
    for (const part of text.split('|').map((p) => p.trim())) {
      if (/^'[^']*'$|^"[^"]*"$/.test(part)) out.push(part);
      else if (part === 'null' || part === 'undefined') out.push(part);
      else if (aliases.has(part) && depth < 8) {
        const inner = literals(aliases.get(part)!.join(' | '), depth + 1);
        if (!inner) return null;
        out.push(...inner);
      } else return null;
    }
    return out;
  };
  return { literals, tags };
}

/**
 * Serves custom-elements.json as `virtual:ally-viz/custom-elements`, with type aliases of string
 * literals spelled out (the analyzer writes `Theme`; a select control needs the values) and the
 * tags of classes registered through `defineElement()`. In dev,
 * an edit under src/ regenerates the manifest, so new attributes appear as controls.
 */
function customElementsManifest(): Plugin {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    name: 'ally-viz-custom-elements-manifest',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      let text: string;
      try {
        text = readFileSync(MANIFEST, 'utf8');
      } catch {
        throw new Error('custom-elements.json is missing: run `npm run manifest` first (`npm run stories` and `npm run build:stories` do).');
      }
      this.addWatchFile(MANIFEST);
      const { literals, tags } = readSources();
      const expand = (key: string, value: unknown): unknown => {
        if (key === 'type' && typeof value === 'object' && value !== null) {
          const type = value as { text?: unknown };
          if (typeof type.text !== 'string' || !/[A-Za-z]/.test(type.text.replace(/'[^']*'|"[^"]*"|\b(?:null|undefined)\b/g, ''))) return value;
          const values = literals(type.text);
          return values ? { ...type, text: values.join(' | '), alias: type.text } : value;
        }
        if (key === 'declarations' && Array.isArray(value)) {
          // A tag registered through a helper is invisible to the analyzer: take it from the call.
          return (value as { name?: string; tagName?: string }[]).map((d) =>
            d.tagName || !d.name || !tags.has(d.name) ? d : { ...d, tagName: tags.get(d.name), customElement: true },
          );
        }
        return value;
      };
      return `export default ${JSON.stringify(JSON.parse(text, expand))};`;
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        const path = relative(root, file);
        if (!path.startsWith('src') || !path.endsWith('.ts') || path.endsWith('.test.ts')) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          execFile('npm', ['run', '--silent', 'manifest'], { cwd: root }, (error, _out, stderr) => {
            if (error) server.config.logger.error(`npm run manifest failed: ${stderr || error.message}`);
          });
        }, 300);
      });
    },
  };
}

/**
 * package.json's `sideEffects` lists the built `dist/esm/<element>/register.js`, so Rollup takes the
 * sources' `src/<element>/register.ts` for side-effect free and drops the stories' `import
 * '../src/ally-network/register.js'`: the tag would never be defined. They do have one.
 */
function registrationsHaveSideEffects(): Plugin {
  return {
    name: 'ally-viz-registrations-have-side-effects',
    transform: (code, id) => (/[\\/]src[\\/](?:[^\\/]+[\\/])?(?:register|index)\.ts$/.test(id) ? { code, map: null, moduleSideEffects: true } : null),
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Stories load datasets over HTTP (`src`) from the same static site: the default dataset and
  // the fixtures (a fictional dataset and a deliberately invalid one). Not at /data: in dev, Vite
  // serves src/data/default-dataset.ts's import of data/relationships.json at that path.
  staticDirs: [
    { from: '../data', to: '/datasets' },
    { from: '../stories/fixtures', to: '/fixtures' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), customElementsManifest(), registrationsHaveSideEffects()];
    return viteConfig;
  },
};

export default config;
