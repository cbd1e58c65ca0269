/**
 * Vite plugin: at build, puts the title screen (title, premise, content note, Begin) into the built
 * `index.html` as static HTML, so the first paint and the largest one need no JavaScript. The
 * browser entry hydrates it (`src/main.tsx`). Only at build: the dev server renders on the client.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { compileStory, formatProblem, loadStoryFiles } from '../engine/compile/index.ts';
import type { Campaign } from '../campaign/campaign.ts';
import { loadCampaign } from '../campaign/load.ts';
import type { CompiledStory } from '../engine/story.ts';
import { extractText, splitText, stripText } from '../engine/text.ts';
import type { LocaleBundle } from '../i18n/load.ts';
import { UI_LOCALES_DIR } from '../i18n/ui-check.ts';

export interface PrerenderPluginOptions {
  /** The story folder, relative to Vite's root. */
  dir?: string;
}

const ROOT_ELEMENT = /<div id="root">\s*<\/div>/;
const RENDERER = fileURLToPath(new URL('./render-title.tsx', import.meta.url));

export function prerenderPlugin(options: PrerenderPluginOptions = {}): Plugin {
  let root = process.cwd();
  let mode = 'production';

  return {
    name: 'three-thousand-miles:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      mode = config.mode;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        if (!ROOT_ELEMENT.test(html)) throw new Error('index.html: no empty <div id="root"></div> to prerender into.');
        const storyDir = resolve(root, options.dir ?? 'story');
        const prefix = relative(root, storyDir).split(sep).join('/');
        // No walk of the story's states: the story plugin has just done it for this build.
        const { story, problems } = compileStory(loadStoryFiles(storyDir, root), prefix, { walk: false });
        if (!story) throw new Error(`The story does not compile:\n${problems.map(formatProblem).join('\n')}`);
        // Hydration needs the very story the bundle carries: a file saved mid-build would differ.
        const chunks = Object.values(bundle ?? {});
        if (!chunks.some((chunk) => chunk.type === 'chunk' && chunk.code.includes(story.hash)))
          throw new Error('The story changed while it was being built: build again.');
        // The components are TSX that imports TS: Vite's module runner loads them as the app's
        // bundle would, in a throwaway environment, without bundling them into this config.
        const { module } = await runnerImport<{
          renderTitleScreen: (s: CompiledStory, words: LocaleBundle, campaign: Campaign) => string;
        }>(RENDERER, { root, mode, logLevel: 'error' });
        // The bundle carries the story's shape and loads the default language's words: so does this.
        const { hash, ...rest } = story;
        const words: LocaleBundle = {
          story: splitText(extractText(story), story.chapters[0]?.id ?? '').start,
          ui: JSON.parse(readFileSync(resolve(root, UI_LOCALES_DIR, 'en', 'ui.json'), 'utf8')) as LocaleBundle['ui'],
        };
        const { campaign, problems: campaignProblems } = loadCampaign(root);
        if (!campaign)
          throw new Error(`The campaign does not load:\n${campaignProblems.map(formatProblem).join('\n')}`);
        const markup = module.renderTitleScreen({ ...stripText(rest), hash }, words, campaign);
        return html.replace(ROOT_ELEMENT, () => `<div id="root">${markup}</div>`);
      },
    },
  };
}
