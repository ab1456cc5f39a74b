import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/aid-matrix/register.js';
import { renderElement } from '../.storybook/manifest.js';
import { renderWithSnippet } from '../.storybook/snippet.js';
import { atScale, states } from '../.storybook/states.js';
import { sameInitialDataset } from '../test/fixtures/same-initial.js';

// The stories of <aid-matrix>. Its description, controls, docs table and embed snippet come from
// custom-elements.json (a JSDoc comment here would replace the manifest's description on the docs
// page); the stories only choose args, surfaces and widths.
const meta = {
  title: 'Elements/aid-matrix',
  component: 'aid-matrix',
  render: renderElement('aid-matrix'),
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const Default: Story = { ...states.default, name: 'Default' };
export const Light: Story = { ...states.light, name: 'Light theme' };
export const Dark: Story = { ...states.dark, name: 'Dark theme' };
export const Brand: Story = { ...states.brand, name: 'Custom brand theme' };
export const Column320: Story = { ...states.column320, name: '320 px column' };
export const Column768: Story = { ...states.column768, name: '768 px column' };
export const Column1200: Story = { ...states.column1200, name: '1200 px column' };
export const Loading: Story = { ...states.loading, name: 'Loading (slow src)', tags: ['expect-loading'] };
export const NotFound: Story = { ...states.notFound, name: 'Error: 404', tags: ['expect-error'] };
export const InvalidDataset: Story = { ...states.invalidDataset, name: 'Error: invalid dataset', tags: ['expect-error'] };
export const NothingSelected: Story = { ...states.nothingSelected, name: 'Nothing selected' };
export const CountrySelected: Story = { ...states.countrySelected, name: 'Country selected' };
export const KindFilteredOut: Story = { ...states.kindFilteredOut, name: 'Kind filtered out' };
export const ReducedMotion: Story = { ...states.reducedMotion, name: 'Reduced motion', tags: ['reduced-motion'] };

export const MarksApart: Story = {
  name: 'Joint activity and support received, apart',
  parameters: {
    width: '320',
    docs: {
      description: {
        story:
          'A row is what that partner gives Russia: the mark is the status of those claims by the one rule, with a ✕ beside it when a party denies one (China, military: “Alleged · denied”). Under the mark, never in its status: ↔ joint activity with Russia (Vostok-2022 for India, the naval exercises for China and Iran) and ← Russia’s support to the partner (its loan to Belarus, its forces in Syria), each with its count. Screen readers hear all of it in words; the tooltip lists the claims by group.',
      },
    },
  },
};

export const TypeColumns: Story = {
  name: 'Columns: types of support',
  args: { columns: 'types' },
  parameters: {
    docs: {
      description: {
        story:
          '`columns="types"`: one column per finer type of support (energy purchases, arms, exercises…), grouped under its kind. Joint activity falls in its own types (exercises, visits, joint statements), shown apart with ↔ under an empty mark.',
      },
    },
  },
};

export const TypeColumnsNarrow: Story = {
  name: 'Columns: types, narrow cells',
  args: { columns: 'types' },
  parameters: {
    width: '768',
    docs: {
      description: {
        story:
          '`columns="types"` in a 768 px column: cells narrower than 36 px keep every glyph of the mark, the ✕ of a denial too, and show the marks apart as glyphs only (↔, ←); their counts are in each cell’s accessible name and tooltip.',
      },
    },
  },
};

export const OrderByName: Story = {
  name: 'Rows ordered by name',
  args: { order: 'name' },
  parameters: { docs: { description: { story: '`order="name"`: rows in alphabetical order instead of most support first.' } } },
};

export const Adjacency: Story = {
  name: 'Adjacency: country × country',
  args: { mode: 'adjacency' },
  parameters: {
    docs: {
      description: {
        story:
          '`mode="adjacency"`: every country against every other. A row gives, a column receives: each cell is the support the row’s country gives the column’s. Joint ties are shown apart (↔): two-party joint activity (Lukashenko’s visits to Beijing and Tehran), and each participant’s tie to Russia in an event with Russia; an exercise ties no two partners.',
      },
    },
  },
};

export const LongTable: Story = {
  ...atScale('aid-matrix', '200 partners × 20 types of support (a generated dataset): the first screenful of rows paints first, the others follow a frame or two later, and rows far from the viewport skip rendering.', 200, { types: 20 }),
  name: 'Scale: 200 partners × 20 types',
  args: { columns: 'types' },
};

export const LargeAdjacency: Story = {
  ...atScale('aid-matrix', '`mode="adjacency"` with 1,000 partners (a generated dataset): above 6,400 cells the matrix is drawn on a canvas of the support only, with one focusable cell as the keyboard cursor; the line under it says each pair in words, denials and joint activity included.', 1000, { partnerLinks: 0.5 }),
  name: 'Scale: 1,000 × 1,000 adjacency',
  args: { mode: 'adjacency' },
};

export const KindsWithTheSameInitial: Story = {
  name: 'Kinds with the same initial',
  args: { columns: 'types' },
  render: (args, context) => Object.assign(renderElement('aid-matrix')(args, context), { data: sameInitialDataset }),
  parameters: {
    docs: {
      description: {
        story: 'A dataset whose kinds are Economic, Energy and Military: each kind keeps a letter of its own (E, N, M), the same in the network, the matrix and the card.',
      },
    },
  },
};

export const EmbedSnippet: Story = {
  name: 'Embed snippet',
  render: renderWithSnippet('aid-matrix'),
  parameters: {
    docs: { description: { story: 'Set the controls, then copy the snippet: a script tag, any custom properties as a style rule, and the element with its attributes.' } },
  },
};
