import { createRoot, hydrateRoot } from 'react-dom/client';
import campaign from 'virtual:campaign-page';
import { chapterCount, hash as storyHash } from 'virtual:story-meta';
import { parseParams } from './app/params.ts';
import { appRoot, startsAsPrerendered } from './app/root.tsx';
import { registerOffline } from './app/offline.ts';
import { openStorage } from './app/storage.ts';
import { createAudio } from './audio/audio.ts';
import { pageSignOffer, type SignOffer } from './campaign/campaign.ts';
import { chooseLocale } from './i18n/choose.ts';
import { createI18n } from './i18n/i18n.ts';
import { DEFAULT_LANGUAGE } from './i18n/languages.ts';
import { loadLocale, loadRest, type LocaleBundle } from './i18n/load.ts';
import { hasOpaqueOrigin, isFramed } from './embed/sandbox.ts';
import { EMBED_PARAMETERS } from './embed/protocol.ts';
import type { EmbedSetup } from './embed/setup.ts';
import { deliver } from './sign/delivery.ts';
import { Outbox } from './sign/outbox.ts';
import './ui/app.css';
import './audio/sound.css';
// After app.css: the journey's palettes, and the type scale that redefines its steps.
import './ui/palette.css';
import './ui/type.css';
import './ui/scene-art.css';

const params = parseParams(window.location.search, chapterCount);
const { storage, persistent } = openStorage();
const framed = isFramed();
if (params.embed || framed) document.documentElement.dataset.embed = '';
// The embed's side (options, colours, messages to the host, counting) only where it has work.
const query = new URLSearchParams(window.location.search);
const embed: EmbedSetup | undefined =
  framed || params.embed || campaign.counting || EMBED_PARAMETERS.some((name) => query.has(name))
    ? (await import('./embed/setup.ts')).setUpEmbed({ framed, query, campaign })
    : undefined;
const options = embed?.options ?? {};
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

// Classroom mode never offers to sign, and so never sends anything anywhere. A frame whose sandbox
// forbids forms, or takes the origin away (so our own endpoint would be cross-origin), offers the
// petition's link instead of a form that could not send.
const offer: SignOffer = pageSignOffer(campaign, {
  hostname: window.location.hostname,
  classroom: params.mode === 'classroom',
  ...(options.petition ? { petition: options.petition } : {}),
  formsWork: embed?.formsWork ?? true,
});
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
const updates = registerOffline(!params.embed && !framed && persistent);

const bridge = embed?.bridge;

// Sound: off until the player turns it on; nothing of it is fetched before then.
const audio = createAudio({ storage, base: import.meta.env.BASE_URL });

const props = {
  storyHash,
  // The run's chunk: fetched at the player's first move, awaited by Begin (src/ui/useTitleScreen.ts).
  loadRun: () => import('./app/run-parts.ts'),
  audio,
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
  ...(updates ? { updates } : {}),
  ...(embed ? { report: embed.report } : {}),
  framed,
  ...(embed?.theme ? { theme: embed.theme } : {}),
  ...(bridge ? { openLink: bridge.openLink } : {}),
  ...(options.hashtags ? { campaign: { ...campaign, hashtags: options.hashtags } } : {}),
  // Runs are counted where the signature service is (it counts them), unless an embed turned it
  // off, or a sandbox took the page's origin away (our own server would then be cross-origin).
  countRuns: campaign.delivery.mode === 'service' && options.others !== 'off' && !hasOpaqueOrigin(),
};
// The built page already shows the title screen (src/build/prerender-plugin.ts). React takes that
// markup over when its first render is the same; otherwise it replaces it in one commit, so the
// page never shows a half-updated screen and React never reports a hydration mismatch.
// A Begin pressed on it before the app arrived was kept by the page's start script
// (src/build/first-paint-plugin.ts): honoured on that very screen, never on another (one offering
// Continue, where Begin would start over).
const queued = root.dataset.queuedStart === 'begin';
delete root.dataset.queuedStart;
if (root.firstElementChild && startsAsPrerendered(props))
  hydrateRoot(root, appRoot({ ...props, ...(queued ? { queuedStart: 'begin' as const } : {}) }));
else createRoot(root).render(appRoot(props));
// The frame's height follows the story's, for the host page to size it.
bridge?.watchHeight(root);
