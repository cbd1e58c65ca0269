/**
 * The app's side of the signature service's contract (src/sign/api.ts): its answers read and
 * checked, never trusted, and the petition's public count fetched. A static deployment has no
 * service behind it: then the count is `absent`, and the ending offers the petition's link.
 */
import { petitionPath, type PetitionCount, type SignatureReceipt } from './api.ts';

export type { PetitionCount, SignatureReceipt };

/** A petition's count, or why there is none: no service here (`absent`), or no network (`unreachable`). */
export type CountAnswer = { kind: 'count'; count: PetitionCount } | { kind: 'absent' } | { kind: 'unreachable' };

/** A `PetitionCount`, checked field by field; undefined for anything else. */
export function readCount(value: unknown): PetitionCount | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { id, count, goal, updatedAt } = value as Record<string, unknown>;
  const whole = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
  if (typeof id !== 'string' || !whole(count) || !(goal === null || (whole(goal) && goal > 0))) return undefined;
  if (typeof updatedAt !== 'string') return undefined;
  return { id, count, goal, updatedAt };
}

/**
 * Asks the service how many have signed `petition`. A 404, another status, an answer that is not
 * a count (a static host's HTML page) mean there is no service: `absent`. No answer at all is
 * `unreachable`. Never throws.
 */
export async function fetchCount(fetchFn: typeof fetch, petition: string, timeoutMs = 10_000): Promise<CountAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(petitionPath(petition), {
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      // The service lets caches keep a count a few seconds; an ending asks it afresh (a signer's
      // own confirmed signature shows on the next ending).
      cache: 'no-cache',
      signal: controller.signal,
    });
    if (!response.ok) return { kind: 'absent' };
    const count = readCount(await response.json().catch(() => undefined));
    return count && count.id === petition ? { kind: 'count', count } : { kind: 'absent' };
  } catch {
    return { kind: 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
