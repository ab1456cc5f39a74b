// Editor data and JSX types for every tag in custom-elements.json (run by `npm run build`, after
// the manifest), shipped in the package:
// - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json: VS Code's custom data
//   (tags, attributes and their values; custom properties and parts);
// - dist/web-types.json: JetBrains web-types (package.json "web-types"), with properties and events;
// - dist/esm/jsx.d.ts: each tag's attributes, properties and events for any JSX, and
//   dist/esm/jsx-react.d.ts, jsx-preact.d.ts: the tags in React's and Preact's JSX.IntrinsicElements.
// The manifest names a field's type as written (`Theme`); an editor wants its values ('light',
// 'dark', 'auto'), so they are read from the TypeScript types of the fields behind the attributes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const OUT = 'dist';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Every custom element of the manifest, with the module it is declared in. */
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, module: module.path })),
);

// ---------------------------------------------------------------- types from the source
const config = ts.getParsedCommandLineOfConfigFile('tsconfig.build.json', {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  },
});
const program = ts.createProgram(elements.map((e) => e.module), config.options);
const checker = program.getTypeChecker();

function instanceType(element) {
  const source = program.getSourceFile(element.module);
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(source)).find((s) => s.name === element.name);
  if (!exported) throw new Error(`${element.module} does not export ${element.name}`);
  return checker.getDeclaredTypeOfSymbol(exported);
}

/** A field's type written out (`"light" | "dark" | "auto"`, not `Theme`), and its string values. */
function fieldType(instance, fieldName) {
  const property = fieldName && checker.getPropertyOfType(instance, fieldName);
  if (!property) return { text: 'string', values: [] };
  const type = checker.getTypeOfSymbol(property);
  const parts = type.isUnion() ? type.types : [type];
  const values = parts.filter((t) => t.isStringLiteral()).map((t) => t.value);
  const boolean = parts.some((t) => t.flags & ts.TypeFlags.BooleanLiteral);
  const text = values.length
    ? [...values.map((v) => JSON.stringify(v)), ...parts.filter((t) => !t.isStringLiteral()).map((t) => checker.typeToString(t))].join(' | ')
    : checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
  return { text, values, boolean };
}

/** The events a tag's listeners receive, as `declare global { interface HTMLElementEventMap }` says. */
const eventTypes = new Map();
for (const source of program.getSourceFiles()) {
  if (source.isDeclarationFile) continue;
  source.forEachChild(function visit(node) {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementEventMap') {
      for (const member of node.members) if (member.name && member.type) eventTypes.set(member.name.text, member.type.getText(source));
    }
    node.forEachChild(visit);
  });
}

const described = elements.map((element) => {
  const instance = instanceType(element);
  const attributes = (element.attributes ?? []).map((a) => ({ ...a, ...fieldType(instance, a.fieldName) }));
  const properties = (element.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'))
    .map((m) => ({ ...m, ...fieldType(instance, m.name) }));
  const events = (element.events ?? []).filter((e) => e.name).map((e) => ({ ...e, type: eventTypes.get(e.name) ?? 'CustomEvent' }));
  return { ...element, attributes, properties, events };
});

// ---------------------------------------------------------------- VS Code and JetBrains
const summary = (element) => element.summary ?? element.description?.split('\n\n')[0] ?? '';
const docUrl = `https://www.npmjs.com/package/${pkg.name}#element-reference`;

/** A tag's description in Markdown: what it is, then its events and parts (VS Code has no fields for them). */
function markdown(element) {
  const list = (title, items) => (items.length ? [`**${title}**`, ...items.map((i) => `- \`${i.name}\`: ${i.description ?? ''}`)] : []);
  return [summary(element), '', ...list('Events', element.events), '', ...list('Parts', element.cssParts ?? [])].join('\n').trim();
}

const vsCodeHtml = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: described.map((element) => ({
    name: element.tagName,
    description: { kind: 'markdown', value: markdown(element) },
    attributes: element.attributes.map((a) => ({
      name: a.name,
      description: a.description ?? '',
      ...(a.boolean ? { valueSet: 'v' } : a.values.length ? { values: a.values.map((name) => ({ name })) } : {}),
    })),
    references: [{ name: 'ally-viz element reference', url: docUrl }],
  })),
};

/** Custom properties and parts of every tag, once each. */
function unique(key) {
  const seen = new Map();
  for (const element of described) for (const item of element[key] ?? []) if (!seen.has(item.name)) seen.set(item.name, item);
  return [...seen.values()];
}
const vsCodeCss = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  properties: unique('cssProperties').map((p) => ({ name: p.name, description: p.description ?? '' })),
  pseudoElements: unique('cssParts').map((p) => ({ name: `::part(${p.name})`, description: p.description ?? '' })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: described.map((element) => ({
        name: element.tagName,
        description: summary(element),
        'doc-url': docUrl,
        source: { symbol: element.name },
        attributes: element.attributes.map((a) => ({
          name: a.name,
          description: a.description ?? '',
          value: a.boolean ? { kind: 'no-value', type: 'boolean' } : { type: a.values.length ? a.values.map((v) => JSON.stringify(v)) : 'string' },
          ...(a.default && !['null', 'undefined', 'false'].includes(a.default) ? { default: a.default.replace(/'/g, '') } : {}),
        })),
        js: {
          properties: element.properties.map((p) => ({ name: p.name, description: p.description ?? '', type: p.text })),
          events: element.events.map((e) => ({ name: e.name, description: e.description ?? '', type: e.type })),
        },
        css: {
          properties: (element.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          parts: (element.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        },
      })),
    },
  },
};

// ---------------------------------------------------------------- JSX
const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const esm = (module) => `./${relative('src', module).replace(/\.ts$/, '.js')}`;

function jsxProps(element) {
  const cls = element.name;
  const lines = [];
  const seen = new Set();
  const prop = (name, description, type) => {
    if (seen.has(name)) return;
    seen.add(name);
    lines.push(`${doc(description)}  ${key(name)}?: ${type};\n`);
  };
  for (const a of element.attributes) prop(a.name, a.description, a.fieldName ? `${cls}['${a.fieldName}']` : 'string');
  for (const p of element.properties) if (!p.readonly) prop(p.name, p.description, `${cls}['${p.name}']`);
  for (const e of element.events) prop(`on${e.name}`, `\`${e.name}\`: ${e.description ?? ''}`, `(event: EventOf<'${e.name}'>) => void`);
  return `${doc(`\`<${element.tagName}>\`: ${summary(element)}`, '')}export interface ${cls}Props {\n${lines.join('')}}\n`;
}

const jsx = `// Generated by scripts/editor-data.mjs from custom-elements.json: do not edit.
// Each tag's attributes (as in HTML), properties (as React 19 and Preact set them when the element
// has them) and events (\`on\` + the event's name, as React 19 and Preact listen to them), for the
// JSX of any framework. React: import type {} from '${pkg.name}/jsx-react' (Preact: jsx-preact).
${described.map((e) => `import type { ${e.name} } from '${esm(e.module)}';`).join('\n')}

type EventOf<K extends string> = K extends keyof HTMLElementEventMap ? HTMLElementEventMap[K] : CustomEvent<unknown>;

${described.map(jsxProps).join('\n')}
/** The tags and their props, for a framework's JSX.IntrinsicElements. */
export interface CustomElements {
${described.map((e) => `  '${e.tagName}': ${e.name}Props;`).join('\n')}
}

/** The element class of each tag. */
export interface CustomElementClasses {
${described.map((e) => `  '${e.tagName}': ${e.name};`).join('\n')}
}
`;

/** A framework's JSX.IntrinsicElements with the tags: its own HTML props, then the tags' own. */
const augmentation = (framework, name, imports, base) => `// Generated by scripts/editor-data.mjs: do not edit.
// The tags in ${name}'s JSX.IntrinsicElements, once per project:
// import type {} from '${pkg.name}/jsx-${framework}';
${imports}
import type { CustomElementClasses, CustomElements } from './jsx.js';

type AllyVizElements = {
  [Tag in keyof CustomElements]: Omit<${base('CustomElementClasses[Tag]')}, keyof CustomElements[Tag]> & CustomElements[Tag];
};

declare module '${framework}' {
  namespace JSX {
    interface IntrinsicElements extends AllyVizElements {}
  }
}
`;
const jsxReact = augmentation('react', 'React', "import type { DetailedHTMLProps, HTMLAttributes } from 'react';", (e) => `DetailedHTMLProps<HTMLAttributes<${e}>, ${e}>`);
const jsxPreact = augmentation('preact', 'Preact', "import type { HTMLAttributes } from 'preact';", (e) => `HTMLAttributes<${e}>`);

const write = (path, text) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};
write(join(OUT, 'vscode.html-custom-data.json'), JSON.stringify(vsCodeHtml, null, 2) + '\n');
write(join(OUT, 'vscode.css-custom-data.json'), JSON.stringify(vsCodeCss, null, 2) + '\n');
write(join(OUT, 'web-types.json'), JSON.stringify(webTypes, null, 2) + '\n');
write(join(OUT, 'esm/jsx.d.ts'), jsx);
write(join(OUT, 'esm/jsx-react.d.ts'), jsxReact);
write(join(OUT, 'esm/jsx-preact.d.ts'), jsxPreact);
console.log(`editor data and JSX types for ${described.map((e) => `<${e.tagName}>`).join(', ')} in ${OUT}/`);
