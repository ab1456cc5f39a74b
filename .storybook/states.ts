import type { StoryObj } from '@storybook/web-components-vite';
import { syntheticDataset } from '../test/fixtures/synthetic.js';
import { renderElement } from './manifest.js';

/**
 * The states every element is shown in, one story each. Names, and the tags the story check
 * reads (`expect-error`, `expect-loading`, `reduced-motion`), are written in each stories file,
 * where Storybook's indexer sees them.
 */
const story = (description: string, rest: StoryObj = {}): StoryObj => ({
  ...rest,
  parameters: { ...rest.parameters, docs: { description: { story: description } } },
});

/** A URL that the static site does not have. */
export const MISSING_SRC = 'fixtures/no-such-dataset.json';
/**
 * Served late by the preview's slow network (`?delay=` in milliseconds, see
 * .storybook/slow-network.ts): long enough that the story check sees the loading state even when
 * a busy machine takes ten seconds to open the story.
 */
export const SLOW_SRC = 'datasets/relationships.json?delay=30000';

export const states = {
  default: story('As a publisher pastes it, with no attributes: the bundled dataset, the reader’s light or dark preference, the width of its container.'),
  light: story('`theme="light"` on a light page.', { args: { theme: 'light' }, parameters: { surface: 'light' } }),
  dark: story('`theme="dark"` on a dark page.', { args: { theme: 'dark' }, parameters: { surface: 'dark' } }),
  brand: story('A publisher’s colours and type, set as `--ally-*` custom properties on an ancestor (see `.sb-surface--brand` in .storybook/preview.css).',
    { args: { theme: 'light' }, parameters: { surface: 'brand' } },
  ),
  column320: story('The narrowest phone column the graphics support.', { parameters: { width: '320' } }),
  column768: story('A tablet, or an article column on a desktop.', { parameters: { width: '768' } }),
  column1200: story('A full-width desktop layout.', { parameters: { width: '1200' } }),
  loading: story('A `src` that answers after 30 seconds: the reader sees the loading message until the data arrives. (The static site has no server to slow down, so the preview delays fetches whose URL has `?delay=`.)',
    { args: { src: SLOW_SRC } },
  ),
  notFound: story(`A \`src\` that does not exist (\`${MISSING_SRC}\`): the reader gets a short message naming the URL, never a blank box.`, {
    args: { src: MISSING_SRC },
  }),
  invalidDataset: story('A `src` whose JSON breaks the format (an unknown country, an unknown status): the message names the field at fault.',
    { args: { src: 'fixtures/invalid-dataset.json' } },
  ),
  nothingSelected: story('No `selected` attribute: how the graphic looks before a reader picks a country.', { args: { selected: '' } }),
  countrySelected: story('`selected="CHN"`: China is selected, as after a reader’s click.', { args: { selected: 'CHN' } }),
  kindFilteredOut: story('`kinds="diplomatic economic"`: military support is filtered out.', { args: { kinds: 'diplomatic economic' } }),
  reducedMotion: story('For readers whose system asks for reduced motion: no animated transitions.'),
} satisfies Record<string, StoryObj>;

/**
 * A story of `tag` on a generated dataset (test/fixtures/synthetic.ts, seeded): how the view
 * looks and behaves with many more countries than the default story.
 */
export function atScale(tag: string, description: string, ...dataset: Parameters<typeof syntheticDataset>): StoryObj {
  return story(description, {
    render: (args, context) => Object.assign(renderElement(tag)(args, context), { data: syntheticDataset(...dataset) }),
  });
}
