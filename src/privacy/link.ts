/**
 * Where the privacy statement lives (written by src/build/privacy-plugin.ts from
 * src/privacy/page.ts): `privacy/` in English and `privacy/<lang>/` in every other shipped
 * language. Kept apart from the page so that the app can link the statement in the player's
 * language without bundling the statement's words.
 */
import { onSite } from '../campaign/campaign.ts';
import { LANGUAGES, SHIPPED_LANGUAGES, type Language } from '../i18n/languages.ts';

/** The file the build writes for `lang`, relative to the output folder. */
export const privacyPagePath = (lang: Language): string =>
  lang === 'en' ? 'privacy/index.html' : `privacy/${lang}/index.html`;

/** The page's folder as links name it, relative to the app's folder: `privacy/` or `privacy/<lang>/`. */
export const privacyPageFolder = (lang: Language): string => privacyPagePath(lang).replace(/index\.html$/, '');

export const PRIVACY_STYLESHEET_PATH = 'privacy/privacy.css';

/**
 * True when `privacyUrl` (a campaign's, a path or an absolute address) names this build's own
 * statement, in any of its languages: `<publicUrl><base>privacy/`, with or without `index.html`.
 * Only that folder counts: under a sub-folder (`base` `/stories/ttm/`), `/privacy/` is the host
 * site's own page, often the organisation's notice, and is left alone.
 */
export function isOwnPrivacyPage(privacyUrl: string, publicUrl: string, base: string): boolean {
  let target: URL;
  let root: URL;
  try {
    const site = `${publicUrl.replace(/\/+$/, '')}/`;
    root = new URL(base === '' ? './' : base, site);
    target = new URL(privacyUrl, site);
  } catch {
    return false;
  }
  if (target.origin !== root.origin || !target.pathname.startsWith(root.pathname)) return false;
  const rest = target.pathname.slice(root.pathname.length).replace(/index\.html$/, '');
  return SHIPPED_LANGUAGES.some((lang) => rest === privacyPageFolder(lang));
}

/**
 * The privacy notice to link for a player in `locale`: the campaign's own notice as it is, or,
 * when that is this build's statement, the statement in the player's language (English for a
 * pseudo-locale), on the app's own host so that it also works on a preview or a mirror.
 */
export function privacyHref(privacyUrl: string, publicUrl: string, base: string, locale: string): string {
  // The build refuses both; a notice that is neither an address nor a path on this site is never
  // linked, this build's own statement is.
  if (!isOwnPrivacyPage(privacyUrl, publicUrl, base) && (isWebAddress(privacyUrl) || onSite(privacyUrl, publicUrl)))
    return privacyUrl;
  const lang: Language = locale in LANGUAGES ? (locale as Language) : 'en';
  const root = base === '' || base.startsWith('.') ? './' : base.endsWith('/') ? base : `${base}/`;
  return `${root}${privacyPageFolder(lang)}`;
}

/** An absolute http(s) address. */
function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url) && URL.canParse(url);
}
