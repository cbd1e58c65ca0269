import { BODY_AND_LINKS_CSS, mastheadCss, PALETTE_VARS, rootCss } from '../static-pages/common.ts';

/**
 * `embed/embed.css`, the embed configurator's stylesheet (src/embed/page.ts). The app's night
 * palette (src/static-pages/common.ts: text #e9e4da on #11161c is 14.6:1, the amber #e0a84a on it
 * 8.9:1, the muted #b7b0a4 on it 8.6:1); fields edged in #7d8793 (5.0:1 on the page, above the
 * 3:1 a control's boundary needs), errors in #ff8a80 (8.0:1), the contrast warning edged in the
 * focus yellow. Two columns from 64rem (the form beside its snippet and preview), one below;
 * readable from 320 px. Code wraps rather than scrolls, so nothing but the events table is wider
 * than a phone.
 */
export const EMBED_CSS = `:root {
${PALETTE_VARS}
  --bg-raised: #1a2129;
  --bg-sunken: #0b0f13;
  --line: #34404c;
  --field-edge: #7d8793;
  --error: #ff8a80;
  --font-code: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', 'Noto Sans Mono', monospace;
}

${rootCss('1.55')}

${BODY_AND_LINKS_CSS}

:is(a, button, input, select, .table-scroll, .event-log):focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}

.masthead,
.embed-page {
  max-inline-size: 80rem;
  margin-inline: auto;
  padding-inline: clamp(1rem, 0.6rem + 2vw, 2rem);
}

${mastheadCss({ gap: '0.25rem 1.5rem', paddingBlock: '0.75rem' })}

.masthead ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0 1.25rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.masthead a {
  display: inline-block;
  padding-block: 0.5rem;
}

.embed-page {
  padding-block: clamp(1.5rem, 1rem + 3vw, 3rem) 4rem;
}

h1 {
  max-inline-size: 40rem;
  margin-block: 0 1rem;
  font-family: var(--font-story);
  font-size: clamp(2rem, 1.5rem + 2.4vw, 3.2rem);
  font-weight: 600;
  line-height: 1.12;
  text-wrap: balance;
}

h2 {
  margin-block: 0 0.5rem;
  font-family: var(--font-story);
  font-size: clamp(1.45rem, 1.25rem + 1vw, 2rem);
  font-weight: 600;
  line-height: 1.2;
}

h3 {
  margin-block: 1.75rem 0.5rem;
  font-size: 1.125rem;
  line-height: 1.3;
}

p,
ul {
  max-inline-size: 44rem;
}

.lead {
  margin-block: 0 2.5rem;
  font-size: clamp(1.0625rem, 1rem + 0.3vw, 1.25rem);
}

.section-lead {
  margin-block: 0 1.25rem;
  color: var(--text-muted);
}

main > section {
  margin-block-start: 3.5rem;
  padding-block-start: 1.5rem;
  border-block-start: 1px solid var(--line);
}

.workspace {
  display: grid;
  gap: 3rem;
}

.results {
  display: grid;
  gap: 3rem;
  align-content: start;
  min-inline-size: 0;
}

@media (min-width: 64rem) {
  .workspace {
    grid-template-columns: minmax(0, 25rem) minmax(0, 1fr);
    gap: 3rem 4rem;
  }
}

/* ---- the form */

.field {
  margin: 0 0 1.75rem;
  padding: 0;
  border: 0;
  min-inline-size: 0;
}

.field > label,
legend {
  display: block;
  padding: 0;
  font-weight: 700;
}

.hint {
  margin-block: 0.15rem 0.5rem;
  color: var(--text-muted);
  font-size: 0.9375rem;
}

input[type='text'],
input[type='url'],
select {
  display: block;
  inline-size: 100%;
  min-block-size: 2.75rem;
  padding: 0.5rem 0.75rem;
  border: 1px solid var(--field-edge);
  border-radius: 0.375rem;
  background: var(--bg-sunken);
  color: var(--text);
  font: inherit;
}

input.short {
  inline-size: 8rem;
}

select {
  appearance: none;
  padding-inline-end: 2.25rem;
  /* A chevron: the native one is lost to appearance: none. */
  background-image: linear-gradient(45deg, transparent 50%, var(--text) 50%), linear-gradient(135deg, var(--text) 50%, transparent 50%);
  background-position: calc(100% - 1.1rem) 55%, calc(100% - 0.75rem) 55%;
  background-size: 0.35rem 0.35rem;
  background-repeat: no-repeat;
}

[aria-invalid='true'] {
  border-color: var(--error);
  box-shadow: inset 0 0 0 1px var(--error);
}

.error {
  margin-block: 0.4rem 0;
  padding-inline-start: 0.6rem;
  border-inline-start: 3px solid var(--error);
  color: var(--error);
  font-size: 0.9375rem;
  font-weight: 600;
}

.choice {
  display: grid;
  grid-template-columns: auto 1fr;
  gap: 0 0.6rem;
  align-items: center;
  margin-block-start: 0.5rem;
}

.choice .hint {
  grid-column: 2;
  margin-block-start: 0;
}

.choice label,
.check label {
  padding-block: 0.35rem;
  font-weight: 600;
}

input[type='radio'],
input[type='checkbox'] {
  flex: none;
  inline-size: 1.25rem;
  block-size: 1.25rem;
  margin: 0;
  accent-color: var(--accent);
}

.colour-pair {
  display: flex;
  flex-wrap: wrap;
  gap: 0.75rem;
  align-items: end;
}

.colour-pick,
.colour-text {
  display: grid;
  gap: 0.2rem;
  font-size: 0.9375rem;
}

.colour-text {
  flex: 1 1 12rem;
}

input[type='color'] {
  display: block;
  inline-size: 3.5rem;
  block-size: 2.75rem;
  padding: 0.2rem;
  border: 1px solid var(--field-edge);
  border-radius: 0.375rem;
  background: var(--bg-sunken);
  cursor: pointer;
}

.warning {
  margin-block: -0.75rem 1.75rem;
  padding: 0.6rem 0.8rem;
  border-inline-start: 4px solid var(--focus);
  background: var(--bg-raised);
  font-size: 0.9375rem;
}

/* Empty, it takes no room but stays in the page: a live region that is not displayed is not heard. */
.warning:empty {
  margin: 0;
  padding: 0;
  border: 0;
}

/* ---- snippet, code, buttons */

.code {
  margin: 0;
  padding: 0.9rem 1rem;
  border: 1px solid var(--line);
  border-radius: 0.375rem;
  background: var(--bg-sunken);
  font-family: var(--font-code);
  font-size: 0.875rem;
  line-height: 1.5;
  /* Wrapped, never scrolled: a long address still shows whole on a phone. */
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}

code {
  font-family: var(--font-code);
  font-size: 0.9em;
}

.code code {
  font-size: inherit;
}

.copy-row {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem 1rem;
  align-items: center;
  margin-block-start: 0.75rem;
}

.copy-status {
  margin: 0;
}

.button {
  display: inline-flex;
  align-items: center;
  min-block-size: 2.75rem;
  padding: 0.5rem 1.25rem;
  border: 2px solid var(--accent);
  border-radius: 0.375rem;
  background: var(--accent);
  color: var(--accent-ink);
  font: inherit;
  font-weight: 700;
  cursor: pointer;
}

.button:hover {
  border-color: var(--focus);
  background: var(--focus);
}

.button-quiet {
  background: transparent;
  color: var(--accent);
}

.button-quiet:hover {
  background: transparent;
  color: var(--focus);
}

/* ---- preview and its log */

.preview {
  border: 1px dashed var(--field-edge);
  border-radius: 0.375rem;
}

.preview-note {
  margin: 0;
  padding: 2rem 1rem;
  color: var(--text-muted);
  text-align: center;
}

.log-controls {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem 1.5rem;
  align-items: center;
  justify-content: space-between;
}

.check {
  display: flex;
  gap: 0.6rem;
  align-items: center;
}

.event-log {
  max-block-size: 18rem;
  margin: 0.5rem 0 0;
  padding: 0.5rem 0.75rem 0.5rem 2.75rem;
  overflow-y: auto;
  border: 1px solid var(--line);
  border-radius: 0.375rem;
  background: var(--bg-sunken);
  font-family: var(--font-code);
  font-size: 0.8125rem;
  overflow-wrap: anywhere;
}

.event-log:empty {
  display: none;
}

/* Not an event: no number of its own (a block is no list item). */
.event-log .restart {
  display: block;
  margin-block: 0.4rem;
  color: var(--text-muted);
  font-family: var(--font-ui);
  font-style: italic;
}

.event-log code {
  color: var(--accent);
  font-weight: 700;
}

/* ---- events table */

.table-scroll {
  margin-block: 1.5rem 0.75rem;
  overflow-x: auto;
}

.events-table {
  inline-size: 100%;
  min-inline-size: 46rem;
  border-collapse: collapse;
  font-size: 0.9375rem;
}

caption {
  padding-block-end: 0.5rem;
  font-weight: 700;
  text-align: start;
}

.events-table :is(th, td) {
  padding: 0.6rem 0.75rem 0.6rem 0;
  border-block-end: 1px solid var(--line);
  text-align: start;
  vertical-align: top;
}

.events-table thead th {
  color: var(--text-muted);
  font-size: 0.875rem;
}

.events-table td:last-child {
  inline-size: 34%;
  padding-inline-end: 0;
}

.events-table .code {
  padding: 0.5rem 0.6rem;
  font-size: 0.8125rem;
}

.fields {
  margin: 0;
  padding-inline-start: 1rem;
}

@media (prefers-reduced-motion: no-preference) {
  .button {
    transition: background-color 0.15s ease, border-color 0.15s ease;
  }
}
`;
