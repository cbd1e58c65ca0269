import { PALETTE_VARS, rootCss, SCRIPT_FONTS } from '../static-pages/common.ts';

/**
 * `share/share.css`, shared by every share page (src/share/page.ts), and kept apart from the page,
 * which the app imports for its links: the app's bundle carries none of it. The app's night
 * palette (src/ui/app.css; text #e9e4da on #11161c is 14.6:1, the amber #e0a84a on it 8.9:1,
 * #11161c on the amber button 8.9:1, the muted #b7b0a4 on it 8.6:1), the system's fonts, Korean
 * broken between words.
 */
export const SHARE_CSS = `:root {
${PALETTE_VARS}
}

${SCRIPT_FONTS}

${rootCss('1.5')}

body {
  margin: 0;
  min-block-size: 100vh;
  background: radial-gradient(ellipse at 50% -20%, #1d2836 0%, transparent 60%), var(--bg);
}

.share {
  max-inline-size: 40rem;
  margin-inline: auto;
  padding-block: clamp(2.5rem, 1.5rem + 6vw, 6rem) clamp(2.5rem, 2rem + 4vw, 5rem);
  padding-inline: clamp(1.25rem, 0.8rem + 2.5vw, 2rem);
}

.share-story {
  margin-block: 0 1.25rem;
  color: var(--accent);
  font-size: 0.875rem;
  font-weight: 700;
  letter-spacing: 0.14em;
  text-transform: uppercase;
}

h1 {
  margin-block: 0 1.25rem;
  font-family: var(--font-story);
  font-size: clamp(2.1rem, 1.6rem + 2.4vw, 3.6rem);
  font-weight: 600;
  line-height: 1.12;
  letter-spacing: -0.01em;
  text-wrap: balance;
}

.share-text {
  margin-block: 0 2.25rem;
  font-family: var(--font-story);
  font-size: clamp(1.125rem, 1.05rem + 0.4vw, 1.375rem);
  line-height: 1.6;
}

.share-action {
  margin-block: 0 2.25rem;
}

.share-play {
  display: inline-flex;
  align-items: center;
  min-block-size: 3rem;
  padding: 0.75rem 1.75rem;
  border-radius: 0.375rem;
  background: var(--accent);
  color: var(--accent-ink);
  font-size: 1.125rem;
  font-weight: 700;
  text-decoration: none;
}

.share-play:hover {
  background: var(--focus);
}

.share-play:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 3px;
}

.share-about {
  margin: 0;
  color: var(--text-muted);
  font-size: 1rem;
}

:root[data-script='hangul'] .share-story,
:root[data-script='japanese'] .share-story,
:root[data-script='han-simplified'] .share-story {
  letter-spacing: 0.06em;
}

:root[data-script='hangul'] h1,
:root[data-script='japanese'] h1,
:root[data-script='han-simplified'] h1 {
  letter-spacing: 0;
  line-height: 1.3;
}

:root[data-script='japanese'] h1 {
  word-break: auto-phrase;
}

:root[data-script='hangul'] .share-text,
:root[data-script='japanese'] .share-text,
:root[data-script='han-simplified'] .share-text {
  line-height: 1.8;
}

@media (prefers-reduced-motion: no-preference) {
  .share-play {
    transition: background-color 0.15s ease;
  }
}
`;
