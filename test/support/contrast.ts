/** WCAG 2.2 contrast between colours, and a reader for the custom properties in our CSS files. */

/** An sRGB colour as three channels 0-255. */
export type Rgb = readonly [number, number, number];

/** Parses #rgb or #rrggbb; throws on anything else, naming it. */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`Not a #rgb or #rrggbb colour: "${hex}"`);
  const digits = m[1]!.length === 3 ? m[1]!.replace(/./g, '$&$&') : m[1]!;
  const n = parseInt(digits, 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
}

/** Relative luminance, as WCAG defines it. */
export function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrast(a: Rgb | string, b: Rgb | string): number {
  const la = luminance(typeof a === 'string' ? parseHex(a) : a);
  const lb = luminance(typeof b === 'string' ? parseHex(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The colour a share `t` of the way from `a` to `b`, mixed in sRGB as browsers mix hex colours. */
export function mix(a: Rgb | string, b: Rgb | string, t: number): Rgb {
  const x = typeof a === 'string' ? parseHex(a) : a;
  const y = typeof b === 'string' ? parseHex(b) : b;
  return [0, 1, 2].map((i) => x[i]! + (y[i]! - x[i]!) * t) as unknown as Rgb;
}

/**
 * Every rule block `selector { … }` in a CSS text with the custom properties it sets. Enough for
 * our own flat files: comments are dropped first, and a block inside @media is read as if it stood
 * alone (its selector is kept, the condition is not).
 */
export function customPropertyBlocks(css: string): { selector: string; props: Record<string, string> }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const blocks: { selector: string; props: Record<string, string> }[] = [];
  const rule = /([^{}]+)\{([^{}]*)\}/g;
  for (const m of text.matchAll(rule)) {
    const props: Record<string, string> = {};
    for (const decl of m[2]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) props[decl[1]!] = decl[2]!.trim();
    const selector = m[1]!.replace(/\s+/g, ' ').trim();
    if (Object.keys(props).length > 0) blocks.push({ selector, props });
  }
  return blocks;
}
