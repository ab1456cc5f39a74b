import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/ally-network/register.js';
import '../src/aid-matrix/register.js';
import '../src/country-card/register.js';
import { createElement, embedSnippet, isolatedGroup } from '../.storybook/manifest.js';

/**
 * The three elements as a publisher places them in an article (the same page as demo/index.html):
 * no attributes but a shared group, so a click in the network moves the matrix and the card.
 */
function article(_args: unknown, context: StoryContext): TemplateResult {
  const group = isolatedGroup(context);
  return html`<article class="sb-article" lang="en">
    <p class="sb-article__kicker">World · March 2023</p>
    <h1>Who stands with Russia in its war on Ukraine?</h1>
    <p class="sb-article__standfirst">
      As Xi Jinping visits Moscow, a look at the countries that have kept close ties with Russia since the
      invasion: some give diplomatic cover, some buy its oil, a few are accused of sending arms.
    </p>
    <p>
      Select a country in the network to read its story below; the matrix and the card follow your choice.
      Every claim shows how strong the evidence is and who makes or denies it.
    </p>
    <figure class="sb-article__graphic">${createElement('ally-network', {}, group)}</figure>
    <p>
      The matrix lists every partner against the kind of support it gives or receives. A filled mark is
      reported or stated; an open mark is alleged; a cross is denied.
    </p>
    <div class="sb-article__graphic sb-article__split">
      ${createElement('aid-matrix', {}, group)} ${createElement('country-card', {}, group)}
    </div>
    <p class="sb-article__note">
      Graphics: ally-viz, an open-source set of web components. Data: see the sources listed in each card.
    </p>
  </article>`;
}

const snippet = (): string =>
  embedSnippet([
    { tag: 'ally-network', args: {} },
    { tag: 'aid-matrix', args: {} },
    { tag: 'country-card', args: {} },
  ]);

const meta = {
  title: 'Article',
  render: article,
  parameters: {
    layout: 'fullscreen',
    docs: { source: { transform: snippet } },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const Desktop: Story = {
  name: 'Article',
  parameters: {
    docs: { description: { story: 'The article at the width of the window. Click a country in the network: the matrix row lights up and the card tells its story.' } },
  },
};

export const Phone: Story = {
  name: 'Article on a phone (320 px)',
  parameters: {
    width: '320',
    docs: { description: { story: 'The same article in a 320 px column: the graphics stack and shrink, nothing scrolls sideways.' } },
  },
};
