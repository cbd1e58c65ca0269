/**
 * A campaigner's colours, applied without ever costing a reader the contrast WCAG 2.2 AA asks
 * for. The background sets the page; text, muted text, lines and focus are worked out from it
 * (light on dark or dark on light, whichever reads better). The accent is kept as given when it
 * reads against the background at 4.5:1 (it colours links as well as buttons); otherwise it is
 * moved toward the text colour, step by step, until it does, and the console says so.
 */
import type { Warn } from './options.ts';

export type Rgb = readonly [number, number, number];

export interface Theme {
  /** Custom property → value, for `document.documentElement.style`. */
  properties: Record<string, string>;
  /** `dark` or `light`: the form controls' own colours follow it. */
  scheme: 'dark' | 'light';
}

/** The app's own colours (src/ui/app.css :root), the starting point for whatever is not given. */
const DEFAULT_BG: Rgb = [0x11, 0x16, 0x1c];
const LIGHT_TEXT: Rgb = [0xe9, 0xe4, 0xda];
const DARK_TEXT: Rgb = [0x1d, 0x1b, 0x18];
const ERROR_ON_DARK: Rgb = [0xff, 0xb4, 0xa6];
const ERROR_ON_LIGHT: Rgb = [0xa5, 0x1d, 0x12];
const AMBER: Rgb = [0xe0, 0xa8, 0x4a];

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `a` moved toward `b` by `t` (0 to 1), in sRGB. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * t)) as unknown as Rgb;
}

export function hex(rgb: Rgb): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** The first mix of `from` toward `to` that reaches `ratio` against `against`, or `to` itself. */
function reach(from: Rgb, to: Rgb, against: Rgb, ratio: number): Rgb {
  for (let t = 0; t <= 1; t += 0.05) {
    const candidate = mix(from, to, t);
    if (contrast(candidate, against) >= ratio) return candidate;
  }
  return to;
}

/**
 * Reads a CSS colour as sRGB through the browser's own parser (a probe element's computed
 * colour), or undefined when it is not an opaque colour the browser reports in rgb().
 */
export function parseColour(value: string, doc: Document = document): Rgb | undefined {
  const probe = doc.createElement('span');
  probe.style.color = value;
  if (!probe.style.color) return undefined;
  doc.body.append(probe);
  const computed = doc.defaultView?.getComputedStyle(probe).color ?? '';
  probe.remove();
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(computed);
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : parseFloat(match[4]) / (match[4].endsWith('%') ? 100 : 1);
  if (alpha < 1) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])].map((c) => Math.round(c)) as unknown as Rgb;
}

/** The properties for a background and an accent (either may be absent), each already parsed. */
export function themeFor(colours: { background?: Rgb; accent?: Rgb }, warn: Warn): Theme {
  const bg = colours.background ?? DEFAULT_BG;
  const light = contrast(LIGHT_TEXT, bg) >= contrast(DARK_TEXT, bg);
  // The app's warm off-white or near-black; pure white or black where a mid-tone needs every bit.
  const soft = light ? LIGHT_TEXT : DARK_TEXT;
  const text: Rgb = contrast(soft, bg) >= 7 ? soft : light ? [255, 255, 255] : [0, 0, 0];
  const scheme = light ? 'dark' : 'light';
  const properties: Record<string, string> = {};
  if (colours.background) {
    Object.assign(properties, {
      '--bg': hex(bg),
      '--bg-raised': hex(mix(bg, text, 0.06)),
      '--bg-hover': hex(mix(bg, text, 0.12)),
      '--bg-glow': hex(mix(bg, text, 0.08)),
      '--text': hex(text),
      '--text-muted': hex(reach(mix(bg, text, 0.72), text, bg, 4.5)),
      // Borders of fields and cards are graphics a reader must see: 3:1.
      '--line': hex(reach(mix(bg, text, 0.3), text, bg, 3)),
      '--error': hex(scheme === 'dark' ? ERROR_ON_DARK : ERROR_ON_LIGHT),
    });
  }
  // The campaigner's accent, or the app's amber checked against their background.
  const wanted = colours.accent ?? (colours.background ? AMBER : undefined);
  if (wanted) {
    let accent = wanted;
    if (contrast(accent, bg) < 4.5) {
      accent = reach(accent, text, bg, 4.5);
      if (colours.accent)
        warn(`accent: ${hex(wanted)} reads at less than 4.5:1 on the background; using ${hex(accent)}.`);
    }
    // Black or white, whichever reads better on the accent: one of them always reaches 4.5:1.
    const ink = contrast(accent, [0, 0, 0]) >= contrast(accent, [255, 255, 255]) ? '#000000' : '#ffffff';
    Object.assign(properties, { '--accent': hex(accent), '--accent-ink': ink, '--focus': hex(accent) });
  }
  return { properties, scheme };
}

/** Applies the campaigner's colours to the page (inline, so they win over every stylesheet). */
export function applyTheme(
  root: HTMLElement,
  colours: { background?: string; accent?: string },
  warn: Warn,
): Theme | undefined {
  if (!colours.background && !colours.accent) return undefined;
  const doc = root.ownerDocument;
  const parse = (name: 'background' | 'accent') => {
    const value = colours[name];
    if (!value) return undefined;
    const rgb = parseColour(value, doc);
    if (!rgb) warn(`${name}: ignored; "${value}" is not an opaque colour this browser can check for contrast.`);
    return rgb;
  };
  const background = parse('background');
  const accent = parse('accent');
  const theme = themeFor({ ...(background ? { background } : {}), ...(accent ? { accent } : {}) }, warn);
  for (const [name, value] of Object.entries(theme.properties)) root.style.setProperty(name, value);
  if (background) root.style.setProperty('color-scheme', theme.scheme);
  return theme;
}
