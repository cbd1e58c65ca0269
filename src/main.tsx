import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import story from 'virtual:story';
import { parseParams } from './app/params.ts';
import { openStorage } from './app/storage.ts';
import { LANGUAGES } from './i18n/languages.ts';
import { App } from './ui/App.tsx';
import './ui/app.css';

const params = parseParams(window.location.search, story.chapters.length);
const { storage, persistent } = openStorage();
document.documentElement.lang = params.lang;
document.documentElement.dir = LANGUAGES[params.lang].dir;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App story={story} params={params} storage={storage} persistent={persistent} />
  </StrictMode>,
);
