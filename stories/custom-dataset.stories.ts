import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/ally-network/register.js';
import '../src/aid-matrix/register.js';
import '../src/country-card/register.js';
import { createElement, embedSnippet, isolatedGroup } from '../.storybook/manifest.js';
import maravia from './fixtures/maravia.json';

/**
 * The elements with a dataset of our own invention (stories/fixtures/maravia.json): a fictional
 * hub, Maravia, four partners, a regional council and a kind of support the default dataset does
 * not have ("technical"). Nothing in the elements is tied to Russia; the format carries the story.
 */
const SRC = 'fixtures/maravia.json';

function linked(_args: unknown, context: StoryContext): TemplateResult {
  const group = isolatedGroup(context);
  return html`<div class="sb-article__split">
    ${createElement('ally-network', { src: SRC }, group)}
    <div>${createElement('aid-matrix', { src: SRC }, group)} ${createElement('country-card', { src: SRC }, group)}</div>
  </div>`;
}

const meta = {
  title: 'Custom dataset (fictional)',
  parameters: {
    docs: {
      description: {
        component:
          'Every country, claim and source here is invented. Publishers copy `data/relationships.json`, edit it, host it and point `src` at it; or set the `data` property from script. Two claims are `"relation": "joint"` (a joint statement, a three-party survey): they show as joint activity, apart from the support marks, and the survey ties no pair of its partners.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const LinkedViews: Story = {
  name: 'All three, linked (src)',
  render: linked,
  args: {},
  parameters: {
    docs: {
      source: {
        transform: () =>
          embedSnippet(['ally-network', 'aid-matrix', 'country-card'].map((tag) => ({ tag, args: { src: SRC } }))),
      },
      description: { story: `The three elements with \`src="${SRC}"\`, sharing one selection.` },
    },
  },
};

export const NetworkFromData: Story = {
  name: 'Network, data property, partner selected',
  render: (args, context) => createElement('ally-network', args, isolatedGroup(context)),
  args: { data: maravia, selected: 'XQU' },
  parameters: {
    docs: { description: { story: 'The dataset set as the `data` property (it wins over `src`), with Quenland selected.' } },
  },
};

export const MatrixByType: Story = {
  name: 'Matrix by type of support',
  render: (args, context) => createElement('aid-matrix', args, isolatedGroup(context)),
  args: { src: SRC, columns: 'types' },
};

export const CardPinned: Story = {
  name: 'Card for a partner',
  render: (args, context) => createElement('country-card', args, isolatedGroup(context)),
  args: { src: SRC, country: 'XSU' },
  parameters: {
    docs: { description: { story: 'Sundmark: a claim alleged by the Lake Council and denied by Sundmark, and a characterization.' } },
  },
};
