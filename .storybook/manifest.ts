// Everything the stories know about an element comes from custom-elements.json (set in
// preview.ts): its description, the controls and the docs table, the story's render function and
// the embed snippet. Nothing here names an attribute of a particular element.
import { getCustomElements } from '@storybook/web-components-vite';
import type { ArgTypes, Args, StoryContext } from '@storybook/web-components-vite';

interface TypeText {
  text: string;
  /** The alias the analyzer wrote (`Theme`) when main.ts spelled out its values. */
  alias?: string;
}

interface Item {
  name: string;
  description?: string;
  summary?: string;
  type?: TypeText;
  default?: string;
}

interface Member extends Item {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}

interface Attribute extends Item {
  fieldName?: string;
}

export interface ElementDeclaration extends Item {
  tagName: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

interface Manifest {
  modules?: { declarations?: (Partial<ElementDeclaration> & { customElement?: boolean })[] }[];
}

/** The manifest's declaration of `tag`; throws (so the story shows why) when it is missing. */
export function declarationOf(tag: string): ElementDeclaration {
  const manifest = getCustomElements() as Manifest | undefined;
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return declaration as ElementDeclaration;
    }
  }
  throw new Error(`<${tag}> is not in custom-elements.json: run \`npm run manifest\` and reload.`);
}

function isPublic(member: Member): boolean {
  return (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('_') && !member.name.startsWith('#');
}

/** The part of a union that matters for a control: `'a' | 'b' | null` → values `a`, `b`. */
function parseType(text = ''): { literals: string[]; scalars: Set<string> } {
  const literals: string[] = [];
  const scalars = new Set<string>();
  for (const part of text.split('|').map((p) => p.trim())) {
    const literal = /^'([^']*)'$|^"([^"]*)"$/.exec(part);
    if (literal) literals.push(literal[1] ?? literal[2] ?? '');
    else if (part !== 'null' && part !== 'undefined' && part) scalars.add(part);
  }
  return { literals, scalars };
}

function unquote(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^'([^']*)'$|^"([^"]*)"$/.exec(value.trim());
  return m ? (m[1] ?? m[2]) : value;
}

/** An attribute's example value: a value other than the default, or the first `code` in its description. */
function exampleValue(attribute: Attribute): string | true {
  const { literals, scalars } = parseType(attribute.type?.text);
  if (literals.length) return literals.find((l) => l !== unquote(attribute.default)) ?? literals[0];
  if (scalars.has('boolean') && scalars.size === 1) return true;
  const code = /`([^`\s<>]+(?: [^`\s<>]+)*)`/.exec(attribute.description ?? '');
  if (code?.[1] && code[1] !== attribute.name) return code[1];
  return scalars.has('number') ? '1' : '…';
}

function eventHandlerName(event: string): string {
  const camel = event.replace(/[-_:.\s]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''));
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

const COLOR_PROPERTY = /color|background|foreground|border|accent|muted|focus/;

const describe = (item: Item, example: string): string =>
  [item.summary, item.description].filter(Boolean).join('\n\n') + `\n\nExample: \`${example}\``;

/**
 * Storybook arg types for `tag`, from the manifest: each attribute a live control (select for a
 * union of literals, switch for a boolean, text otherwise), properties without an attribute,
 * events (logged in the Actions panel), parts, slots and CSS custom properties (colour or text
 * controls that set the property on the element), each described with an example.
 */
export function argTypesFromManifest(tag: string): ArgTypes {
  const el = declarationOf(tag);
  const argTypes: ArgTypes = {};
  const members = (el.members ?? []).filter(isPublic);
  const attributeFields = new Set((el.attributes ?? []).map((a) => a.fieldName).filter(Boolean));

  for (const attribute of el.attributes ?? []) {
    const { literals, scalars } = parseType(attribute.type?.text);
    const example = exampleValue(attribute);
    const markup = example === true ? `<${tag} ${attribute.name}>` : `<${tag} ${attribute.name}="${example}">`;
    const field = attribute.fieldName && attribute.fieldName !== attribute.name ? ` (property \`${attribute.fieldName}\`)` : '';
    argTypes[attribute.name] = {
      name: attribute.name,
      description: describe(attribute, markup) + field,
      type: literals.length
        ? { name: 'enum', value: literals }
        : scalars.has('boolean') && scalars.size === 1
          ? { name: 'boolean' }
          : scalars.has('number') && scalars.size === 1
            ? { name: 'number' }
            : { name: 'string' },
      ...(literals.length ? { options: literals } : {}),
      control: literals.length ? { type: 'select' } : scalars.has('boolean') && scalars.size === 1 ? { type: 'boolean' } : scalars.has('number') && scalars.size === 1 ? { type: 'number' } : { type: 'text' },
      table: {
        category: 'attributes',
        type: { summary: attribute.type?.text ?? 'string', ...(attribute.type?.alias ? { detail: attribute.type.alias } : {}) },
        ...(attribute.default !== undefined ? { defaultValue: { summary: attribute.default } } : {}),
      },
    };
  }

  for (const member of members) {
    if (member.kind === 'field' && (member.attribute || attributeFields.has(member.name))) continue;
    const method = member.kind === 'method';
    const example = method
      ? `document.querySelector('${tag}').${member.name}()`
      : `document.querySelector('${tag}').${member.name}${member.readonly ? '' : ' = …'}`;
    argTypes[member.name] = {
      name: member.name,
      description: describe(member, example),
      type: { name: 'other', value: member.type?.text ?? 'unknown' },
      // A dataset is edited as JSON in the Controls panel; read-only fields and methods are not.
      control: method || member.readonly ? false : { type: 'object' },
      table: {
        category: method ? 'methods' : 'properties',
        type: { summary: member.type?.text ?? (method ? 'method' : 'unknown') },
        ...(member.default !== undefined ? { defaultValue: { summary: member.default } } : {}),
      },
    };
  }

  for (const event of el.events ?? []) {
    const key = eventHandlerName(event.name);
    argTypes[key] = {
      name: event.name,
      description: describe(event, `element.addEventListener('${event.name}', (event) => console.log(event.detail))`),
      action: event.name,
      control: false,
      table: { category: 'events', type: { summary: event.type?.text ?? 'CustomEvent' } },
    };
  }

  for (const slot of el.slots ?? []) {
    const name = slot.name || '(default)';
    argTypes[`slot:${name}`] = {
      name,
      description: describe(slot, slot.name ? `<${tag}><p slot="${slot.name}">…</p></${tag}>` : `<${tag}><p>…</p></${tag}>`),
      control: false,
      table: { category: 'slots' },
    };
  }

  for (const part of el.cssParts ?? []) {
    argTypes[`part:${part.name}`] = {
      name: part.name,
      description: describe(part, `${tag}::part(${part.name}) { /* your CSS */ }`),
      control: false,
      table: { category: 'css shadow parts' },
    };
  }

  for (const property of el.cssProperties ?? []) {
    argTypes[property.name] = {
      name: property.name,
      description: describe(property, `${tag} { ${property.name}: ${property.default ?? '…'}; }`),
      type: { name: 'string' },
      control: { type: COLOR_PROPERTY.test(property.name) ? 'color' : 'text' },
      table: {
        category: 'css custom properties',
        ...(property.default !== undefined ? { defaultValue: { summary: property.default } } : {}),
      },
    };
  }
  return argTypes;
}

/** The element's summary and description, for the top of its docs page. */
export function describeElement(tag: string): string {
  const el = declarationOf(tag);
  return [el.summary, el.description].filter(Boolean).join('\n\n');
}

let renders = 0;

/** A selection group of its own for each render, so that stories (and the stories of a docs page) never share one. */
export function isolatedGroup(context: Pick<StoryContext, 'id'>): string {
  return `story-${context.id}-${++renders}`;
}

/** An attribute's value from a control: `''` for a boolean's presence, null for absence. */
function attributeValue(value: unknown): string | null {
  if (value === true) return '';
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return String(value);
  return null;
}

/** How the args of a story map onto `tag`, as the manifest declares it. */
function applicable(tag: string, args: Args) {
  const el = declarationOf(tag);
  const attributeFields = new Set((el.attributes ?? []).map((a) => a.fieldName));
  const attributes = (el.attributes ?? [])
    .map((a) => [a.name, attributeValue(args[a.name])] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== null);
  const properties = (el.members ?? [])
    .filter((m) => isPublic(m) && m.kind === 'field' && !m.readonly && !m.attribute && !attributeFields.has(m.name))
    .filter((m) => args[m.name] !== undefined)
    .map((m) => m.name);
  const handlers = (el.events ?? [])
    .map((e) => [e.name, args[eventHandlerName(e.name)] as unknown] as const)
    .filter((entry): entry is readonly [string, EventListener] => typeof entry[1] === 'function');
  const css = (el.cssProperties ?? [])
    .map((p) => [p.name, args[p.name] as unknown] as const)
    .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  // An arg the manifest does not know is a story out of date with the element: say so loudly.
  const known = new Set(Object.keys(argTypesFromManifest(tag)));
  const unknown = Object.keys(args).filter((key) => !known.has(key));
  if (unknown.length) {
    console.error(`Story args ${unknown.map((k) => `"${k}"`).join(', ')} are not attributes, properties, events or CSS properties of <${tag}> in custom-elements.json.`);
  }
  return { attributes, properties, handlers, css };
}

/**
 * Creates `tag` and applies the args the manifest knows: attributes, properties, handlers of
 * events (for the Actions panel) and CSS custom properties (through the CSSOM, which a strict
 * `style-src` allows). Without a `group` arg the element gets a group of its own.
 */
export function createElement(tag: string, args: Args, group: string): HTMLElement {
  const { attributes, properties, handlers, css } = applicable(tag, args);
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  if (!element.hasAttribute('group')) element.setAttribute('group', group);
  for (const name of properties) (element as unknown as Record<string, unknown>)[name] = args[name];
  for (const [name, handler] of handlers) element.addEventListener(name, handler);
  for (const [name, value] of css) element.style.setProperty(name, value);
  return element;
}

/** The render function of a story of `tag`: the element with the story's args. */
export function renderElement(tag: string) {
  return (args: Args, context: StoryContext): HTMLElement => createElement(tag, args, isolatedGroup(context));
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export const BUNDLE_URL = 'https://your-cdn.example/ally-viz/ally-viz.js';

/** The markup of one element with `args`, as a publisher would paste it (no story-only group). */
export function elementMarkup(tag: string, args: Args): { markup: string; css: string[]; properties: string[] } {
  const { attributes, properties, css } = applicable(tag, args);
  const markup = attributes.map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`));
  return {
    markup: `<${[tag, ...markup].join(' ')}></${tag}>`,
    css: css.map(([name, value]) => `${name}: ${value};`),
    properties,
  };
}

/** The copy-paste embed snippet for elements with their args: script tag, styles, markup. */
export function embedSnippet(elements: { tag: string; args: Args }[]): string {
  const lines = [`<script type="module" src="${BUNDLE_URL}"></script>`];
  const parts = elements.map(({ tag, args }) => ({ tag, ...elementMarkup(tag, args) }));
  const styled = parts.filter((p) => p.css.length);
  if (styled.length) {
    lines.push('<style>');
    for (const p of styled) lines.push(`  ${p.tag} {`, ...p.css.map((c) => `    ${c}`), '  }');
    lines.push('</style>');
  }
  lines.push(...parts.map((p) => p.markup));
  const withProperties = parts.filter((p) => p.properties.length);
  if (withProperties.length) {
    lines.push('<script type="module">');
    for (const p of withProperties) {
      for (const name of p.properties) {
        lines.push(`  // ${name}: an object, set from script (it wins over src)`);
        lines.push(`  document.querySelector('${p.tag}').${name} = await (await fetch('your-${name}.json')).json();`);
      }
    }
    lines.push('</script>');
  }
  return lines.join('\n');
}
