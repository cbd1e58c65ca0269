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
 * `privacy/privacy.css`, the privacy statement's stylesheet (src/privacy/page.ts). The app's night
 * palette (src/static-pages/common.ts: text #e9e4da on #11161c is 14.6:1, the amber #e0a84a on it
 * 8.9:1, the muted #b7b0a4 on it 8.6:1), one readable column from 320 px up, the masthead and
 * language links as the teacher guide sets them; printed, black on white with the links' words
 * kept.
 */
export const PRIVACY_CSS = `:root {
${PALETTE_VARS}
  --bg-raised: #1a2129;
  --line: #34404c;
  --measure: 40rem;
}

${SCRIPT_FONTS}

${rootCss('1.6')}

:root:not([data-script='latin']) {
  line-height: 1.8;
}

${BODY_AND_LINKS_CSS}

a:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 3px;
}

${SKIP_LINK_CSS}

.masthead,
.statement {
  max-inline-size: 48rem;
  margin-inline: auto;
  padding-inline: clamp(1rem, 0.6rem + 2vw, 2rem);
}

${mastheadCss({ gap: '0.5rem 1.5rem', paddingBlock: '1rem' })}

:root:not([data-script='latin']) .masthead-story {
  letter-spacing: 0.06em;
}

${languageLinksCss({ rowGap: '0', linkLineHeight: '1.5' })}

.statement {
  padding-block: clamp(1.5rem, 1rem + 3vw, 3.5rem) 3rem;
}

.statement :is(p, ul, ol, h1, h2, h3) {
  max-inline-size: var(--measure);
}

h1 {
  margin-block: 0 1rem;
  font-family: var(--font-story);
  font-size: clamp(2rem, 1.5rem + 2.4vw, 3rem);
  font-weight: 600;
  line-height: 1.15;
}

h2 {
  margin-block: 2.5rem 0.75rem;
  padding-block-start: 1.25rem;
  border-block-start: 1px solid var(--line);
  font-family: var(--font-story);
  font-size: clamp(1.4rem, 1.25rem + 0.8vw, 1.85rem);
  font-weight: 600;
  line-height: 1.25;
}

h3 {
  margin-block: 1.5rem 0.5rem;
  font-size: 1.125rem;
  line-height: 1.35;
}

p,
li {
  font-size: 1.0625rem;
}

li {
  margin-block: 0.4rem;
}

ul,
ol {
  padding-inline-start: 1.5em;
}

.summary {
  padding: 0.9rem 1.1rem;
  border-inline-start: 4px solid var(--accent);
  background: var(--bg-raised);
  font-family: var(--font-story);
  font-size: clamp(1.125rem, 1.05rem + 0.4vw, 1.3rem);
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
  font-family: var(--font-ui);
  font-size: 1.125rem;
}

.contents ol {
  margin: 0;
  padding-inline-start: 1.75em;
}

/* Each entry's lines are over 24 px apart, for a finger (WCAG 2.5.8); its number stays on its first line. */
.contents li {
  margin-block: 0.3rem;
}

.back {
  margin-block-start: 3rem;
  padding-block-start: 1.25rem;
  border-block-start: 1px solid var(--line);
}

.back a {
  display: inline-block;
  padding-block: 0.4rem;
  font-weight: 700;
}

@media print {
  :root {
    --bg: #fff;
    --bg-raised: #fff;
    --text: #000;
    --text-muted: #333;
    --accent: #000;
    --line: #777;
    color-scheme: light;
  }

  html {
    font-size: 11pt;
    line-height: 1.45;
  }

  .skip-link,
  .masthead,
  .contents,
  .back {
    display: none;
  }

  .statement {
    max-inline-size: none;
    padding: 0;
  }

  .summary {
    border: 1px solid #000;
  }

  h2,
  h3 {
    break-after: avoid;
  }

  li {
    break-inside: avoid;
  }
}
`;
