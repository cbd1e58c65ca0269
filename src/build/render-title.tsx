/**
 * The title screen as static HTML, rendered at build time by the real components. Loaded by
 * `prerender-plugin.ts` through Vite's module runner; never part of the browser bundle.
 */
import { renderToString } from 'react-dom/server';
import { appRoot, prerenderProps } from '../app/root.tsx';
import type { Campaign } from '../campaign/campaign.ts';
import type { CompiledStory } from '../engine/story.ts';
import type { LocaleBundle } from '../i18n/load.ts';

/** The markup `hydrateRoot` expects inside `#root` on a first visit. */
export function renderTitleScreen(story: CompiledStory, words: LocaleBundle, campaign: Campaign): string {
  return renderToString(appRoot(prerenderProps(story, words, campaign)));
}
