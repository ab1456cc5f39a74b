import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from 'virtual:ally-viz/custom-elements';
import './preview.css';
import { argTypesFromManifest, describeElement, embedSnippet } from './manifest.js';
import { SURFACES, WIDTHS, withReducedMotionNote, withSurface, withWidth } from './decorators.js';
import { installSlowNetwork } from './slow-network.js';

setCustomElementsManifest(manifest);
installSlowNetwork();

const preview: Preview = {
  // Innermost first: the note sits in the column, the column on the surface.
  decorators: [withReducedMotionNote, withWidth, withSurface],
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    options: {
      storySort: {
        order: ['Start here', 'Article', 'Elements', ['ally-network', 'aid-matrix', 'country-card', 'ally-timeline'], 'Custom dataset (fictional)', 'Embed snippet'],
      },
    },
    controls: { expanded: true, sort: 'none' },
    // Every story is checked with axe in the Accessibility panel; violations count as failures.
    // A story is a fragment of a page, not a page: the rules about a page's own main landmark,
    // level-one heading and regions would flag Storybook's preview frame, not the graphics.
    a11y: {
      test: 'error',
      config: {
        rules: [
          { id: 'landmark-one-main', enabled: false },
          { id: 'page-has-heading-one', enabled: false },
          { id: 'region', enabled: false },
        ],
      },
    },
    docs: {
      extractArgTypes: argTypesFromManifest,
      extractComponentDescription: describeElement,
      source: {
        language: 'html',
        // "Show code" gives the publisher's markup for the story's args.
        transform: (code: string, context: { component?: unknown; args: Record<string, unknown> }) =>
          typeof context.component === 'string' ? embedSnippet([{ tag: context.component, args: context.args }]) : code,
      },
    },
  },
  globalTypes: {
    surface: {
      description: 'Page surface and theme around the graphic',
      toolbar: { title: 'Surface', icon: 'paintbrush', items: [...SURFACES], dynamicTitle: true },
    },
    width: {
      description: 'Column width in px',
      toolbar: { title: 'Width', icon: 'ruler', items: [...WIDTHS], dynamicTitle: true },
    },
  },
  initialGlobals: { surface: 'page', width: 'fluid' },
};

export default preview;
