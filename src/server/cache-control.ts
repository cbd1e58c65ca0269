/** The Cache-Control a built file gets: hashed build output forever, everything else revalidated. */
export function cacheControl(path: string): string {
  return /^assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
