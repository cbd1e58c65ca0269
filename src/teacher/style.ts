import {
  BODY_AND_LINKS_CSS,
  languageLinksCss,
  mastheadCss,
  PALETTE_VARS,
  rootCss,
  SCRIPT_FONTS,
  SKIP_LINK_CSS,
} from '../static-pages/common.ts';

/**
 * `teacher/teacher.css`, the teacher guide's stylesheet (src/teacher/guide.ts). On screen, the
 * app's night palette (src/ui/app.css: text #e9e4da on #11161c is 14.6:1, the amber #e0a84a on it
 * 8.9:1, the muted #b7b0a4 on it 8.6:1), readable from 320 px to 1440 px; in print, black on
 * white A4 or Letter pages: the lesson plan and each chapter on a new page, the overview of the
 * map on a landscape page, each chapter's map on a page of its own, and the sources' addresses
 * printed after their titles.
 *
 * The print sizes of the maps are kept in step with `PRINT` in src/teacher/paths-map.ts.
 */
export const TEACHER_CSS = `:root {
${PALETTE_VARS}
  --bg-raised: #1a2129;
  --line: #34404c;
  --map-box: #1a2129;
  --map-stroke: #b7b0a4;
  --map-edge: #9aa4ae;
  --map-ending: #e0a84a;
  --map-link: #222b35;
  --measure: 44rem;
}

${SCRIPT_FONTS}

/* English prose on a page in another language keeps the Latin faces and breaks normally. */
:root:not([lang='en']) [lang='en'] {
  word-break: normal;
}

${rootCss('1.55')}

${BODY_AND_LINKS_CSS}

a:focus-visible,
.map-frame:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 3px;
}

${SKIP_LINK_CSS}

.masthead,
.guide,
.colophon {
  max-inline-size: 72rem;
  margin-inline: auto;
  padding-inline: clamp(1rem, 0.6rem + 2vw, 2rem);
}

${mastheadCss({ gap: '0.5rem 1.5rem', paddingBlock: '1rem' })}

${languageLinksCss({ rowGap: '0.25rem' })}

.guide {
  padding-block: clamp(1.5rem, 1rem + 3vw, 3.5rem) 2rem;
}

.guide :is(p, ul, ol, dl, blockquote, h1, h2, h3, h4, .chapter-note, .lesson-step) {
  max-inline-size: var(--measure);
}

h1 {
  margin-block: 0 1rem;
  font-family: var(--font-story);
  font-size: clamp(2rem, 1.5rem + 2.4vw, 3.4rem);
  font-weight: 600;
  line-height: 1.12;
  text-wrap: balance;
}

.h1-kicker {
  display: block;
  margin-block-end: 0.35rem;
  color: var(--accent);
  font-family: var(--font-ui);
  font-size: 1rem;
  font-weight: 700;
  letter-spacing: 0.12em;
  text-transform: uppercase;
}

h2 {
  margin-block: 3rem 1rem;
  padding-block-start: 1.25rem;
  border-block-start: 1px solid var(--line);
  font-family: var(--font-story);
  font-size: clamp(1.55rem, 1.3rem + 1.2vw, 2.2rem);
  font-weight: 600;
  line-height: 1.2;
}

h3 {
  margin-block: 2rem 0.6rem;
  font-size: 1.25rem;
  line-height: 1.3;
}

h4 {
  margin-block: 1.25rem 0.4rem;
  font-size: 1.0625rem;
}

p,
li,
dd {
  font-size: 1.0625rem;
}

.premise {
  font-family: var(--font-story);
  font-size: clamp(1.125rem, 1.05rem + 0.4vw, 1.375rem);
  line-height: 1.6;
}

.notice {
  padding: 0.75rem 1rem;
  border-inline-start: 4px solid var(--accent);
  background: var(--bg-raised);
}

.actions {
  display: flex;
  flex-wrap: wrap;
  gap: 0.75rem;
  margin-block: 1.5rem;
}

.button {
  display: inline-flex;
  align-items: center;
  min-block-size: 2.75rem;
  padding: 0.6rem 1.4rem;
  border: 2px solid var(--accent);
  border-radius: 0.375rem;
  background: var(--accent);
  color: var(--accent-ink);
  font-weight: 700;
  text-decoration: none;
}

.button:hover {
  border-color: var(--focus);
  background: var(--focus);
  color: var(--accent-ink);
}

.button-quiet {
  background: transparent;
  color: var(--accent);
}

.button-quiet:hover {
  background: transparent;
  color: var(--focus);
}

.contents {
  margin-block: 2rem;
  padding: 1rem 1.25rem;
  border: 1px solid var(--line);
  border-radius: 0.5rem;
  max-inline-size: var(--measure);
}

.contents h2 {
  margin: 0 0 0.5rem;
  padding: 0;
  border: 0;
  font-size: 1.25rem;
}

.contents ol {
  margin: 0;
  padding-inline-start: 2em;
}

.contents li {
  padding-block: 0.2rem;
}

.facts-table {
  display: grid;
  gap: 0.5rem;
  padding: 1rem 1.25rem;
  border-radius: 0.5rem;
  background: var(--bg-raised);
}

.facts-table div,
.summary div {
  display: grid;
  gap: 0.1rem 1rem;
}

@media (min-width: 40rem) {
  .facts-table div {
    grid-template-columns: 7rem 1fr;
  }
}

dt {
  color: var(--text-muted);
  font-weight: 700;
}

dd {
  margin: 0;
}

.content-note {
  padding: 0.75rem 1rem;
  border-inline-start: 4px solid var(--accent);
  background: var(--bg-raised);
}

.chapter-note {
  margin-block: 1.25rem;
}

.chapter-note h4 {
  margin-block-end: 0.25rem;
}

.chapter-note p {
  margin-block: 0.25rem;
}

.lesson-step h3 {
  color: var(--accent);
}

.lesson-step li {
  margin-block: 0.4rem;
}

.chapter {
  margin-block: 2.5rem;
  padding: clamp(1rem, 0.6rem + 2vw, 1.75rem);
  border: 1px solid var(--line);
  border-radius: 0.5rem;
  max-inline-size: calc(var(--measure) + 4rem);
}

.chapter h3 {
  margin-block-start: 0;
  font-family: var(--font-story);
  font-size: 1.6rem;
}

.chapter-number {
  display: block;
  color: var(--accent);
  font-family: var(--font-ui);
  font-size: 0.875rem;
  letter-spacing: 0.12em;
  text-transform: uppercase;
}

.summary {
  display: grid;
  gap: 0.9rem;
}

.summary ol,
.summary ul {
  margin-block: 0.25rem 0;
  padding-inline-start: 2em;
}

blockquote {
  margin: 0.25rem 0 0;
  padding-inline-start: 1rem;
  border-inline-start: 3px solid var(--line);
  font-family: var(--font-story);
  font-style: italic;
}

:root:not([data-script='latin']) blockquote {
  font-style: normal;
}

blockquote p {
  margin: 0;
}

.questions ol {
  padding-inline-start: 2em;
}

.questions li {
  margin-block: 0.5rem;
}

.chapter-start {
  margin-block-end: 0;
}

.map-key {
  display: flex;
  flex-wrap: wrap;
  gap: 0.4rem 1.5rem;
  padding: 0;
  list-style: none;
}

.map-key li {
  display: flex;
  gap: 0.5rem;
  align-items: center;
}

.map-key svg {
  flex: none;
  inline-size: 2.25rem;
  block-size: 1.25rem;
}

.map-figure {
  margin: 1.5rem 0 2.5rem;
}

.map-figure figcaption {
  margin-block-end: 0.5rem;
  font-size: 1.125rem;
  font-weight: 700;
}

.map-caption-count {
  color: var(--text-muted);
  font-weight: 400;
}

.map-frame {
  overflow-x: auto;
  padding: 0.5rem;
  border: 1px solid var(--line);
  border-radius: 0.5rem;
}

.map-frame svg {
  display: block;
  max-inline-size: 100%;
  block-size: auto;
  margin-inline: auto;
}

/* Below a tablet's width a map keeps its size and scrolls sideways, so its words stay readable. */
@media (max-width: 48rem) {
  .map-frame svg {
    max-inline-size: none;
  }
}

.paths-map {
  font-family: var(--font-ui);
}

.paths-map text {
  fill: var(--text);
}

.map-node rect,
.map-node polygon {
  fill: var(--map-box);
  stroke: var(--map-stroke);
  stroke-width: 1.25;
}

.map-ending polygon {
  stroke: var(--map-ending);
  stroke-width: 3;
}

.map-ending text {
  font-weight: 700;
}

.map-entry polygon,
.map-exit polygon {
  fill: var(--map-link);
  stroke-dasharray: 4 3;
}

.map-chapter rect {
  stroke: var(--accent);
  stroke-width: 2;
}

.map-chapter text {
  font-weight: 700;
}

.map-edge {
  stroke: var(--map-edge);
  stroke-width: 1.4;
}

.map-edge-chance {
  stroke-dasharray: 6 4;
}

.map-arrowhead {
  fill: var(--map-edge);
}

.endings {
  padding-inline-start: 2em;
}

.endings li {
  margin-block: 0.9rem;
}

.endings p {
  margin-block: 0.15rem;
}

.glossary {
  display: grid;
  gap: 0.9rem;
}

dfn {
  color: var(--text);
  font-style: normal;
}

.sources {
  padding-inline-start: 2em;
}

.sources li {
  margin-block: 0.6rem;
  overflow-wrap: anywhere;
}

.cited {
  color: var(--text-muted);
}

code {
  padding: 0.05em 0.3em;
  border-radius: 0.25rem;
  background: var(--bg-raised);
  font-size: 0.95em;
  overflow-wrap: anywhere;
}

.colophon {
  padding-block: 1.5rem 3rem;
  border-block-start: 1px solid var(--line);
  color: var(--text-muted);
}

.print-url {
  display: none;
}

.colophon p {
  max-inline-size: var(--measure);
  margin: 0;
  font-size: 0.9375rem;
}

@page {
  margin: 15mm;
}

/* The map's overview is wide: it has a landscape page (browsers that cannot turn a page scale it). */
@page wide {
  size: landscape;
  margin: 15mm;
}

@media print {
  :root {
    --bg: #fff;
    --bg-raised: #fff;
    --text: #000;
    --text-muted: #333;
    --accent: #000;
    --accent-ink: #000;
    --line: #777;
    --map-box: #fff;
    --map-stroke: #000;
    --map-edge: #000;
    --map-ending: #000;
    --map-link: #fff;
    color-scheme: light;
  }

  html,
  body {
    background: #fff;
    color: #000;
  }

  html {
    font-size: 10.5pt;
    line-height: 1.4;
  }

  p,
  li,
  dd {
    font-size: 1rem;
  }

  .skip-link,
  .masthead,
  .actions {
    display: none;
  }

  .masthead,
  .guide,
  .colophon {
    max-inline-size: none;
    padding: 0;
  }

  .guide {
    padding-block: 0;
  }

  .guide :is(p, ul, ol, dl, blockquote, h1, h2, h3, h4, .chapter-note, .lesson-step),
  .chapter {
    max-inline-size: none;
  }

  a {
    color: #000;
  }

  /* Printed, a link is followed by its address. */
  .print-url {
    display: inline;
    overflow-wrap: anywhere;
  }

  h1 {
    font-size: 24pt;
  }

  h2 {
    margin-block-start: 0;
    padding-block-start: 0;
    border: 0;
    font-size: 17pt;
  }

  h3 {
    font-size: 13pt;
  }

  h4 {
    font-size: 11pt;
  }

  h2,
  h3,
  h4,
  dt,
  figcaption {
    break-after: avoid;
  }

  /* The lesson plan and the chapters are handouts of their own. */
  #lesson,
  #chapters {
    break-before: page;
  }

  #age,
  #glossary,
  #sources,
  #classroom {
    margin-block-start: 2.5rem;
  }

  .chapter {
    margin: 0;
    padding: 0;
    border: 0;
  }

  .chapter + .chapter {
    break-before: page;
  }

  .chapter-note,
  .lesson-step,
  .questions,
  .summary > div,
  .endings li,
  .glossary div,
  .sources li,
  .facts-table {
    break-inside: avoid;
  }

  .facts-table,
  .notice,
  .content-note {
    padding: 0.5rem 0.75rem;
    border: 1px solid #000;
  }

  .map-intro {
    page: wide;
    break-before: page;
  }

  .map-figure {
    margin: 0;
  }

  .map-chapter-figure {
    break-before: page;
    break-inside: avoid;
  }

  .endings-list {
    break-before: page;
  }

  .map-frame {
    overflow: visible;
    padding: 0;
    border: 0;
  }

  /* As large as the page allows: the drawing keeps its proportions inside the box. */
  .map-frame svg {
    inline-size: 100%;
    max-inline-size: 100%;
    block-size: auto;
    max-block-size: 225mm;
  }

  .map-overview-figure svg {
    max-block-size: 110mm;
  }

  .paths-map text {
    fill: #000;
  }

  code {
    padding: 0;
  }
}
`;
