import { createRoot, hydrateRoot } from 'react-dom/client';
import story from 'virtual:story';
import { parseParams } from './app/params.ts';
import { appRoot, startsAsPrerendered } from './app/root.tsx';
import { openStorage } from './app/storage.ts';
import { chooseLocale } from './i18n/choose.ts';
import { createI18n } from './i18n/i18n.ts';
import { DEFAULT_LANGUAGE } from './i18n/languages.ts';
import { loadLocale, loadRest, type LocaleBundle } from './i18n/load.ts';
import './ui/app.css';

const params = parseParams(window.location.search, story.chapters.length);
const { storage, persistent } = openStorage();
let locale = chooseLocale({ param: params.lang, storage, browser: navigator.languages });
let words: LocaleBundle;
try {
  words = await loadLocale(locale);
} catch {
  // The language's chunk could not be fetched (offline before it was cached): the default's may be.
  locale = DEFAULT_LANGUAGE;
  words = await loadLocale(locale);
}
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const i18n = createI18n(locale, words.ui);
const props = { story, params, storage, persistent, locale, words, i18n, loadWords: loadLocale, loadRest };
// The built page already shows the title screen (src/build/prerender-plugin.ts). React takes that
// markup over when its first render is the same; otherwise it replaces it in one commit, so the
// page never shows a half-updated screen and React never reports a hydration mismatch.
if (root.firstElementChild && startsAsPrerendered(props)) hydrateRoot(root, appRoot(props));
else createRoot(root).render(appRoot(props));
