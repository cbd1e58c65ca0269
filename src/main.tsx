import { createRoot, hydrateRoot } from 'react-dom/client';
import campaign from 'virtual:campaign';
import story, { chapterStarts } from 'virtual:story';
import { parseParams } from './app/params.ts';
import { appRoot, startsAsPrerendered } from './app/root.tsx';
import { registerOffline } from './app/offline.ts';
import { openStorage } from './app/storage.ts';
import { signOffer, type SignOffer } from './campaign/campaign.ts';
import { chooseLocale } from './i18n/choose.ts';
import { createI18n } from './i18n/i18n.ts';
import { DEFAULT_LANGUAGE } from './i18n/languages.ts';
import { loadLocale, loadRest, type LocaleBundle } from './i18n/load.ts';
import { deliver } from './sign/delivery.ts';
import { Outbox } from './sign/outbox.ts';
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

// Classroom mode never offers to sign, and so never sends anything anywhere.
const offer: SignOffer = params.mode === 'classroom' ? { kind: 'none' } : signOffer(campaign, window.location.hostname);
let outbox: Outbox | undefined;
if (offer.kind === 'form') {
  const { delivery } = offer;
  outbox = new Outbox({
    storage,
    persistent,
    send: (entry) => deliver(window.fetch.bind(window), delivery, entry.signature, entry.key, entry.context),
  });
  // A signature kept from an earlier visit goes now; one waiting for the network goes when it is back.
  void outbox.flush();
  window.addEventListener('online', () => void outbox?.retryNow());
}

// Offline play after one visit, except inside a frame (an embed) or with storage blocked.
const updates = registerOffline(!params.embed && window.self === window.top && persistent);

const props = {
  story,
  params,
  storage,
  persistent,
  locale,
  words,
  i18n,
  loadWords: loadLocale,
  loadRest,
  campaign,
  offer,
  ...(outbox ? { outbox } : {}),
  base: import.meta.env.BASE_URL,
  chapterStarts,
  ...(updates ? { updates } : {}),
};
// The built page already shows the title screen (src/build/prerender-plugin.ts). React takes that
// markup over when its first render is the same; otherwise it replaces it in one commit, so the
// page never shows a half-updated screen and React never reports a hydration mismatch.
if (root.firstElementChild && startsAsPrerendered(props)) hydrateRoot(root, appRoot(props));
else createRoot(root).render(appRoot(props));
