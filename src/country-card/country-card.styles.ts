import { css } from 'lit';

export const cardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }
  h2,
  h3,
  h4,
  p,
  ul {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  h2 {
    font-size: 1.5em;
    line-height: 1.2;
  }
  h3 {
    font-size: 1.0625em;
  }
  h4 {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-size: 1em;
    padding-bottom: 0.25em;
    border-bottom: 2px solid var(--_kind, var(--_line));
  }
  .side {
    display: flex;
    flex-direction: column;
    gap: 0.6em;
  }
  .side-note,
  .no-url {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='section'][data-side='joint'] [part~='claim'],
  [part~='section'][data-side='context'] [part~='claim'] {
    border-inline-start-width: 1px;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .role {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    color: var(--_muted);
  }
  .letter {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.4em;
    height: 1.4em;
    border-radius: 50%;
    background: var(--_kind, var(--_muted));
    color: var(--_bg);
    font-size: 0.8em;
    font-weight: 700;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  [part~='badge'] {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.15em 0.6em 0.15em 0.2em;
    border: 1px solid var(--_kind, var(--_line));
    border-radius: 999px;
    font-size: 0.875em;
  }
  [part~='badge'] .label {
    font-weight: 600;
  }
  .status,
  .meta,
  .type,
  .parties,
  .note,
  .sources {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .kind {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .claims {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  [part~='claim'] {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_kind, var(--_line));
  }
  [part~='claim'][data-status='acknowledged-in-part'],
  [part~='claim'][data-status='alleged'] {
    border-inline-start-style: dashed;
  }
  [part~='claim'][data-status='denied'] {
    border-inline-start-style: dotted;
  }
  [part~='claim'][data-status='characterized'] {
    border-inline-start-width: 1px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  [part~='evidence'] {
    color: var(--_fg);
    font-weight: 600;
  }
  a {
    color: var(--_accent);
  }
  [part~='source'] {
    overflow-wrap: anywhere;
  }
  .votes ul {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    font-size: 0.875em;
  }
  .votes .vote {
    display: inline-block;
    min-width: 7.5em;
  }
  .votes .note {
    display: block;
  }
  .picker ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.3em 0.75em;
    min-height: 44px;
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .lines {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
  }
  [part~='line'] {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    padding-inline-start: 0.5em;
    border-inline-start: 3px solid var(--_kind, var(--_line));
  }
  .notice {
    color: var(--_muted);
  }
  .compact h2 {
    font-size: 1.25em;
  }
`;
