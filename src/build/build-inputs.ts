/**
 * What the build's page plugins (share pages, teacher guide) read: the campaign, the story and
 * every shipped language's words, and the CSP their pages carry. Node only.
 */
import { relative, resolve, sep } from 'node:path';
import type { Campaign } from '../campaign/campaign.ts';
import { loadCampaign } from '../campaign/load.ts';
import {
  checkTranslations,
  compileStory,
  formatProblem,
  loadLocaleFiles,
  loadStoryFiles,
} from '../engine/compile/index.ts';
import type { CompiledStory } from '../engine/story.ts';
import { extractText, type StoryText } from '../engine/text.ts';
import { SHIPPED_LANGUAGES } from '../i18n/languages.ts';
import { contentSecurityPolicy, connectOrigins, type InlineHashes } from './csp-plugin.ts';

export interface BuildInputs {
  campaign: Campaign;
  story: CompiledStory;
  /** Language → its words; a missing translation has already failed the build (or English stands in). */
  texts: Record<string, StoryText>;
  csp: string;
  /** The same CSP, allowing besides the page's own inline code by its hashes (src/build/inline-style.ts). */
  cspWith: (inline: InlineHashes) => string;
}

/** Reads them all; throws with the checker's located messages if the campaign or story is broken. */
export function loadBuildInputs(root: string, dir = 'story'): BuildInputs {
  const { campaign, problems: campaignProblems } = loadCampaign(root);
  if (!campaign) throw new Error(`The campaign file does not load:\n${campaignProblems.map(formatProblem).join('\n')}`);
  const storyDir = resolve(root, dir);
  const prefix = relative(root, storyDir).split(sep).join('/');
  // No walk of the story's states: the story plugin has done it for this build.
  const { story, problems } = compileStory(loadStoryFiles(storyDir, root), prefix, { walk: false });
  if (!story) throw new Error(`The story does not compile:\n${problems.map(formatProblem).join('\n')}`);
  const translated = SHIPPED_LANGUAGES.filter((l) => l !== 'en');
  const { texts } = checkTranslations(extractText(story), loadLocaleFiles(storyDir, root), prefix, translated);
  const connect = connectOrigins(root);
  return {
    campaign,
    story,
    texts,
    csp: contentSecurityPolicy(connect),
    cspWith: (inline) => contentSecurityPolicy(connect, inline),
  };
}
