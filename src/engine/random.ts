/**
 * Seeded randomness. A run's chance outcomes depend only on its seed and the step number,
 * so the seed and the list of choices replay a run exactly.
 */

/** A fresh seed for a new run: a 32-bit unsigned integer. */
export function newSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return buffer[0] ?? 0;
}

/** A number in [0, 1) drawn for step `step` of the run with seed `seed` (mulberry32 over a mixed state). */
export function rollFor(seed: number, step: number): number {
  let t = (seed ^ Math.imul(step + 1, 0x9e3779b9)) >>> 0;
  t = (t + 0x6d2b79f5) >>> 0;
  let r = Math.imul(t ^ (t >>> 15), t | 1);
  r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
  return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
}

/**
 * Picks an outcome by weight. Negative weights count as zero; when every weight is zero the
 * first outcome is taken (the compiler reports such a choice, so a sound story never gets here).
 */
export function pickWeighted(weights: readonly number[], roll: number): number {
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const total = clean.reduce((sum, w) => sum + w, 0);
  if (total <= 0) return 0;
  let point = roll * total;
  for (let i = 0; i < clean.length; i++) {
    const w = clean[i] ?? 0;
    if (point < w) return i;
    point -= w;
  }
  // Floating-point leftovers land on the last outcome that can happen.
  for (let i = clean.length - 1; i >= 0; i--) if ((clean[i] ?? 0) > 0) return i;
  return 0;
}

/** A seed from a URL or save: an unsigned 32-bit integer in decimal, or undefined. */
export function parseSeed(raw: string | null | undefined): number | undefined {
  if (raw == null || !/^\d{1,10}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value <= 0xffffffff ? value : undefined;
}
