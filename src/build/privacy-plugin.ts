/**
 * Vite plugin, build only: the privacy statement, `privacy/index.html` (English) and
 * `privacy/<lang>/index.html` for every other shipped language, with their stylesheet
 * `privacy/privacy.css` (src/privacy/). Written from the campaign file at each build, so that the
 * statement names the organisation, the servers and the way signatures travel that this build
 * really has.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { applyText, extractText } from '../engine/text.ts';
import { SHIPPED_LANGUAGES } from '../i18n/languages.ts';
import { privacyPageHtml, privacyPagePath, PRIVACY_STYLESHEET_PATH } from '../privacy/page.ts';
import { plainText } from '../ui/RichText.tsx';
import { loadBuildInputs } from './build-inputs.ts';
import { readStaticCss } from './static-css.ts';
import { staticPagePlugin } from './static-page-plugin.ts';

/** The page's stylesheet, emitted with its imports inlined (static-css.ts). */
const STYLESHEET = fileURLToPath(new URL('../privacy/privacy.css', import.meta.url));

export interface PrivacyPluginOptions {
  /** The story folder, relative to Vite's root. */
  dir?: string;
}

export function privacyPlugin(options: PrivacyPluginOptions = {}): Plugin {
  return staticPagePlugin('privacy', function ({ root, base, log }) {
    const { campaign, story, texts, csp } = loadBuildInputs(root, options.dir);
    this.emitFile({ type: 'asset', fileName: PRIVACY_STYLESHEET_PATH, source: readStaticCss(STYLESHEET) });
    for (const lang of SHIPPED_LANGUAGES) {
      const localised = applyText(story, texts[lang] ?? texts.en ?? extractText(story));
      this.emitFile({
        type: 'asset',
        fileName: privacyPagePath(lang),
        source: privacyPageHtml({
          lang,
          storyTitle: plainText(localised.title, localised.glossary).replace(/\s+/g, ' ').trim(),
          campaign,
          languages: SHIPPED_LANGUAGES,
          base,
          contentSecurityPolicy: csp,
        }),
      });
    }
    log(`[privacy] ${SHIPPED_LANGUAGES.length} privacy statement pages${campaign.counting ? ', counting named' : ''}`);
  });
}
