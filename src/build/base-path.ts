/** The public path the app is served from, read from `BASE_PATH` at build time (see README, Hosting). */

/**
 * Normalises a base path for Vite's `base`: unset or empty is the site's root (`/`); `stories/ttm`
 * or `/stories/ttm` become `/stories/ttm/`; a full URL (a CDN) or `./` (relative) is kept, with a
 * trailing slash.
 */
export function basePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  const withSlash = trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
  if (/^https?:\/\//i.test(withSlash) || withSlash.startsWith('./')) return withSlash;
  return `/${withSlash.replace(/^\/+/, '')}`;
}
