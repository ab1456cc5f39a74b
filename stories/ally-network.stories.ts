import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/ally-network/register.js';
import { renderElement } from '../.storybook/manifest.js';
import { renderWithSnippet } from '../.storybook/snippet.js';
import { atScale, states } from '../.storybook/states.js';

// The stories of <ally-network>. Its description, controls, docs table and embed snippet come from
// custom-elements.json (a JSDoc comment here would replace the manifest's description on the docs
// page); the stories only choose args, surfaces and widths.
const meta = {
  title: 'Elements/ally-network',
  component: 'ally-network',
  render: renderElement('ally-network'),
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

export const ThirdParties: Story = {
  name: 'With third parties',
  args: { 'third-parties': true },
  parameters: {
    docs: { description: { story: '`third-parties`: adds the countries that are neither the hub nor partners (Ukraine, the United States, the EU), who appear in claims as accusers or deniers.' } },
  },
};

export const EmbedSnippet: Story = {
  name: 'Embed snippet',
  render: renderWithSnippet('ally-network'),
  parameters: {
    docs: { description: { story: 'Set the controls, then copy the snippet: a script tag, any custom properties as a style rule, and the element with its attributes.' } },
  },
};

export const TwoHundredPartners: Story = {
  ...atScale('ally-network', '200 partners (a generated dataset): above 60 partners the countries sit on concentric rings in dataset order, drawn at once without running the forces first; a dragged node still pushes the others aside.', 200),
  name: 'Scale: 200 partners',
};

export const ThousandPartners: Story = {
  ...atScale('ally-network', '1,000 partners (a generated dataset): every node is there and keyboard-operable; only the node in focus or under the pointer reads out its support.', 1000),
  name: 'Scale: 1,000 partners',
};

export const Zoomed: Story = {
  ...atScale(
    'ally-network',
    'Zoomed in four times on 200 partners (as after Ctrl/⌘ + wheel or a pinch): the dots move apart and grow a little, labels keep their size and more of them find room, and a **Reset zoom** button shows the whole picture again. `+`, `-` and `0` do the same from the keyboard.',
    200,
  ),
  name: 'Zoomed in (200 partners)',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ally-network')!;
    await el.updateComplete;
    const chart = await new Promise<SVGSVGElement>((resolve) => {
      const find = () => {
        const svg = el.shadowRoot?.querySelector<SVGSVGElement>('svg[part~="chart"]');
        if (svg) resolve(svg);
        else requestAnimationFrame(find);
      };
      find();
    });
    const box = chart.getBoundingClientRect();
    const at = { clientX: box.left + box.width * 0.3, clientY: box.top + box.height * 0.3 };
    chart.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, composed: true, cancelable: true, ...at }));
  },
};
