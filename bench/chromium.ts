/** Debian's Chromium, as the end-to-end tests launch it (see test/e2e/browser.ts). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for a quiet, headless run as root: no sandbox, no GPU, nothing fetched in the background. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Run before a page script given as a function: tsx (esbuild, keeping names) wraps the named
 * functions inside it in `__name(...)`, a helper the page does not have, and the script would
 * throw before it did anything.
 */
export const KEEP_NAMES_SHIM = { content: 'globalThis.__name ??= (target) => target;' };
