import { createRoot, hydrateRoot } from 'react-dom/client';
import story from 'virtual:story';
import { parseParams } from './app/params.ts';
import { appRoot, startsAsPrerendered } from './app/root.tsx';
import { openStorage } from './app/storage.ts';
import { LANGUAGES } from './i18n/languages.ts';
import './ui/app.css';

const params = parseParams(window.location.search, story.chapters.length);
const { storage, persistent } = openStorage();
document.documentElement.lang = params.lang;
document.documentElement.dir = LANGUAGES[params.lang].dir;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const props = { story, params, storage, persistent };
// The built page already shows the title screen (src/build/prerender-plugin.ts). React takes that
// markup over when its first render is the same; otherwise it replaces it in one commit, so the
// page never shows a half-updated screen and React never reports a hydration mismatch.
if (root.firstElementChild && startsAsPrerendered(props)) hydrateRoot(root, appRoot(props));
else createRoot(root).render(appRoot(props));
