/** The entry of `embed.js` (src/build/embed-plugin.ts): starts the loader for this page. */
import { startLoader, type Loader } from './loader.ts';

declare global {
  interface Window {
    ThreeThousandMiles?: Loader;
  }
}

// Once per page, even when the snippet is pasted twice.
const script = document.currentScript as HTMLScriptElement | null;
if (!window.ThreeThousandMiles && script?.src) window.ThreeThousandMiles = startLoader(window, script.src);
