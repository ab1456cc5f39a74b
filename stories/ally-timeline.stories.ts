import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/ally-timeline/register.js';
import '../src/ally-network/register.js';
import '../src/aid-matrix/register.js';
import '../src/country-card/register.js';
import { createElement, isolatedGroup, renderElement } from '../.storybook/manifest.js';
import { renderWithSnippet } from '../.storybook/snippet.js';
import { states } from '../.storybook/states.js';

// The stories of <ally-timeline>. Its description, controls and docs table come from
// custom-elements.json; the stories only choose args, surfaces and widths.
const meta = {
  title: 'Elements/ally-timeline',
  component: 'ally-timeline',
  render: renderElement('ally-timeline'),
  args: { from: '2022' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const described = (story: string): StoryObj['parameters'] => ({ docs: { description: { story } } });

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
export const CountrySelected: Story = { ...states.countrySelected, name: 'Country selected' };
export const ReducedMotion: Story = { ...states.reducedMotion, name: 'Reduced motion', tags: ['reduced-motion'] };

export const AsOf: Story = {
  name: 'As of September 2022',
  args: { 'as-of': '2022-09' },
  parameters: described('`as-of="2022-09"`: the cursor at the end of September 2022; the claims after it are faint, the source line says “Data as of September 2022”.'),
};

export const WholePeriod: Story = {
  name: 'The whole period (no from)',
  args: { from: '' },
  parameters: described('Without `from` the axis starts with the earliest claim (Russia’s military presence in Syria, September 2015): the years before 2022 take most of the width. Set `from` to the period your story is about.'),
};

export const Playing: Story = {
  name: 'Playing',
  args: { playing: true, 'as-of': '2022-01' },
  parameters: described('`playing`: steps a month every 0.9 s from January 2022 and stops at the dataset’s date (press Pause to stop). Play never starts by itself unless a publisher sets `playing`.'),
};

export const InvalidAsOf: Story = {
  name: 'Error: invalid as-of',
  tags: ['expect-error'],
  args: { 'as-of': '2022-13' },
  parameters: described('`as-of="2022-13"`: the view says what is wrong instead of a blank box, and fires `data-error`.'),
};

export const EmbedSnippet: Story = {
  name: 'Embed snippet',
  render: renderWithSnippet('ally-timeline'),
  parameters: described('Set the controls, then copy the snippet.'),
};

/** The timeline driving the three other views: scrub it and they show the relationships as they stood then. */
function linkedViews(args: Record<string, unknown>, context: StoryContext): TemplateResult {
  const group = isolatedGroup(context);
  return html`<div class="sb-article">
    ${createElement('ally-timeline', { from: '2022', 'as-of': args['as-of'] }, group)}
    ${createElement('ally-network', {}, group)}
    <div class="sb-article__split">${createElement('aid-matrix', {}, group)} ${createElement('country-card', { selected: 'IRN' }, group)}</div>
  </div>`;
}

export const LinkedAsOf: Story = {
  name: 'Linked views as of a date',
  render: linkedViews,
  args: { 'as-of': '2022-09' },
  parameters: {
    layout: 'fullscreen',
    ...described('The timeline and the three other views in one group, `as-of="2022-09"`: Iran’s military support is alleged (the drones), not yet acknowledged in part (November); North Korea’s shells are not there yet. Drag the scrubber: every view follows, and the network keeps each partner in its place.'),
  },
};
