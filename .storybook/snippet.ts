import { html, type TemplateResult } from 'lit';
import type { Args, StoryContext } from '@storybook/web-components-vite';
import { createElement, embedSnippet, isolatedGroup } from './manifest.js';

let copies = 0;

async function copy(event: Event): Promise<void> {
  const button = event.currentTarget as HTMLButtonElement;
  const block = button.closest('.sb-snippet');
  const code = block?.querySelector('code')?.textContent ?? '';
  const status = block?.querySelector('.sb-snippet__status');
  try {
    await navigator.clipboard.writeText(code);
    if (status) status.textContent = `Copied (${++copies}).`;
  } catch {
    // Clipboard refused (an iframe without permission): select the text for Ctrl+C instead.
    const pre = block?.querySelector('pre');
    if (pre) getSelection()?.selectAllChildren(pre);
    if (status) status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
}

/**
 * The embed snippet for the story's current controls, above a live preview of the same markup.
 * Change a control and both follow.
 */
export function renderWithSnippet(tag: string) {
  return (args: Args, context: StoryContext): TemplateResult => {
    const id = `snippet-${context.id}`;
    return html`<section class="sb-snippet" aria-labelledby=${id}>
      <h2 id=${id}>Embed snippet for the current controls</h2>
      <pre tabindex="0" aria-label="Embed snippet"><code>${embedSnippet([{ tag, args }])}</code></pre>
      <button type="button" @click=${copy}>Copy snippet</button><span class="sb-snippet__status" role="status"></span>
      <h2>Preview</h2>
      <div class="sb-snippet__preview">${createElement(tag, args, isolatedGroup(context))}</div>
    </section>`;
  };
}
