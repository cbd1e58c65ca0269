/**
 * Draws the scene illustrations: `npx tsx scripts/illustrations.ts` writes `public/art/<id>.svg`.
 *
 * Flat layered silhouettes, as in a picture book: a sky, far land fading into it, nearer land
 * darker, one light that the eye goes to, and people small, as shapes. Each picture's colours come
 * from its stage of the journey (src/ui/palette.css), and its nearest ground is the stage's own
 * --bg, so the picture's foot sits on the page without an edge. The files are shown in <img>, which
 * cannot read the page's custom properties, so the colours are written in.
 *
 * Reproducible: every random choice comes from a seeded generator, so the same script draws the
 * same files, byte for byte. Coordinates are whole numbers, to keep each file well under 8 KB.
 * Pictures are 1200×600 and are cropped to the middle on narrow screens (xMidYMid slice): what
 * matters stands between x = 180 and x = 1020.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const W = 1200;
const H = 600;

/** mulberry32: small, fast and good enough to scatter stars and leaves the same way every time. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const r = Math.round;
const between = (rand: Rand, lo: number, hi: number) => lo + (hi - lo) * rand();

/** A picture under construction: its gradients and symbols, then its layers, back to front. */
class Canvas {
  private defs: string[] = [];
  private layers: string[] = [];
  private ids = new Set<string>();

  /**
   * A gradient, top to bottom unless told: [offset 0-1, colour, opacity?]. `across` is left to
   * right; four numbers are a line in the picture's own coordinates. Returns `url(#id)`.
   */
  linear(
    id: string,
    stops: [number, string, number?][],
    direction: 'down' | 'across' | [number, number, number, number] = 'down',
  ): string {
    const dir =
      direction === 'down'
        ? ' x2="0" y2="1"'
        : direction === 'across'
          ? ' x2="1" y2="0"'
          : ` gradientUnits="userSpaceOnUse" x1="${direction[0]}" y1="${direction[1]}" x2="${direction[2]}" y2="${direction[3]}"`;
    this.def(id, `<linearGradient id="${id}"${dir}>${stopsOf(stops)}</linearGradient>`);
    return `url(#${id})`;
  }

  /** A round glow that fades to nothing at its edge. Returns `url(#id)`. */
  glow(id: string, colour: string, opacity: number, inner = 0): string {
    const stops: [number, string, number?][] = [
      [0, colour, opacity],
      [inner, colour, opacity],
      [1, colour, 0],
    ];
    this.def(id, `<radialGradient id="${id}">${stopsOf(inner > 0 ? stops : [stops[0]!, stops[2]!])}</radialGradient>`);
    return `url(#${id})`;
  }

  /** A tile repeated over whatever it fills (window grids, wire mesh). Returns `url(#id)`. */
  pattern(id: string, w: number, h: number, body: string): string {
    this.def(id, `<pattern id="${id}" width="${w}" height="${h}" patternUnits="userSpaceOnUse">${body}</pattern>`);
    return `url(#${id})`;
  }

  /** A reusable shape (people, leaves), drawn with <use>. */
  symbol(id: string, body: string): void {
    this.def(id, `<symbol id="${id}" overflow="visible">${body}</symbol>`);
  }

  add(...parts: string[]): this {
    this.layers.push(...parts);
    return this;
  }

  toString(id: string): string {
    const defs = this.defs.length > 0 ? `<defs>${this.defs.join('')}</defs>` : '';
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" preserveAspectRatio="xMidYMid slice">` +
      `<!-- Three Thousand Miles: ${id}. Drawn by scripts/illustrations.ts; change it there. -->` +
      defs +
      this.layers.join('') +
      '</svg>\n'
    );
  }

  private def(id: string, markup: string): void {
    if (this.ids.has(id)) return;
    this.ids.add(id);
    this.defs.push(markup);
  }
}

function stopsOf(stops: [number, string, number?][]): string {
  return stops
    .map(
      ([o, c, a]) =>
        `<stop offset="${o}" stop-color="${c}"${a === undefined || a === 1 ? '' : ` stop-opacity="${a}"`}/>`,
    )
    .join('');
}

/** A shape's fill and any other attributes; no fill at all when it inherits one from its group. */
const attrs = (fill: string, extra = '') => [fill ? `fill="${fill}"` : '', extra].filter(Boolean).join(' ');
const rect = (x: number, y: number, w: number, h: number, fill: string, extra = '') =>
  `<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" ${attrs(fill, extra)}/>`;
const circle = (x: number, y: number, rad: number, fill: string, extra = '') =>
  `<circle cx="${r(x)}" cy="${r(y)}" r="${r(rad)}" ${attrs(fill, extra)}/>`;
const ellipse = (x: number, y: number, rx: number, ry: number, fill: string, extra = '') =>
  `<ellipse cx="${r(x)}" cy="${r(y)}" rx="${r(rx)}" ry="${r(ry)}" ${attrs(fill, extra)}/>`;
const path = (d: string, fill: string, extra = '') => `<path d="${d}" ${attrs(fill, extra)}/>`;
const stroke = (d: string, colour: string, width: number, extra = '') =>
  `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}"${extra ? ' ' + extra : ''}/>`;
const poly = (points: [number, number][]) => 'M' + points.map(([x, y]) => `${r(x)} ${r(y)}`).join('L') + 'Z';

/**
 * Land against the sky, filled down to the bottom: a smooth line of hills (curves through the
 * midpoints of a wandering line) or, with `sharp`, a mountain ridge.
 */
function land(
  rand: Rand,
  o: {
    y: number;
    amp: number;
    step: number;
    sharp?: boolean;
    x0?: number;
    x1?: number;
    base?: number;
    lift?: (x: number) => number;
  },
): string {
  const x0 = o.x0 ?? -40;
  const x1 = o.x1 ?? W + 40;
  const base = o.base ?? H;
  const phase = rand() * 6;
  const pts: [number, number][] = [];
  for (let x = x0; x <= x1 + o.step; x += o.step) {
    const wave = Math.sin(x / 170 + phase) * 0.5 + Math.sin(x / 67 + phase * 2) * 0.3;
    const y = o.y - o.amp * (wave + (rand() - 0.5) * (o.sharp ? 0.9 : 0.4)) - (o.lift?.(x) ?? 0);
    pts.push([Math.min(x, x1), y]);
  }
  if (o.sharp) return `M${x0} ${base}` + pts.map(([x, y]) => `L${r(x)} ${r(y)}`).join('') + `L${x1} ${base}Z`;
  let d = `M${x0} ${base}L${r(pts[0]![0])} ${r(pts[0]![1])}`;
  for (let i = 1; i < pts.length - 1; i++) {
    const [x, y] = pts[i]!;
    const [nx, ny] = pts[i + 1]!;
    d += `Q${r(x)} ${r(y)} ${r((x + nx) / 2)} ${r((y + ny) / 2)}`;
  }
  return d + `L${x1} ${base}Z`;
}

/** A treeline: a run of round crowns of varied size along `y` (tilted by `slope`), filled down to `base`. */
function crowns(
  rand: Rand,
  o: { y: number; size: [number, number]; x0?: number; x1?: number; base?: number; jitter?: number; slope?: number },
): string {
  const x0 = o.x0 ?? -40;
  const x1 = o.x1 ?? W + 40;
  let x = x0;
  let d = `M${x0} ${o.base ?? H}L${x0} ${o.y}`;
  while (x < x1) {
    const w = between(rand, o.size[0], o.size[1]);
    // A slope lets a thicket run down to a path instead of ending in a wall.
    const y = o.y + (x - x0) * (o.slope ?? 0) + (rand() - 0.5) * (o.jitter ?? w * 0.5);
    d += `L${r(x)} ${r(y)}A${r(w / 2)} ${r(w * 0.45)} 0 0 1 ${r(x + w)} ${r(y)}`;
    x += w * between(rand, 0.55, 0.8);
  }
  return d + `L${r(x)} ${o.base ?? H}Z`;
}

/** Stars as one path of round dots: [count, area, size] per call. */
function stars(rand: Rand, n: number, box: [number, number, number, number], bias = 1): string {
  let d = '';
  for (let i = 0; i < n; i++) {
    const x = box[0] + rand() * box[2];
    const y = box[1] + rand() ** bias * box[3];
    d += `M${r(x)} ${r(y)}h0`;
  }
  return d;
}

/**
 * People, as silhouettes 100 units tall with their feet at 0, drawn with <use>. Never faces: a head,
 * a coat, the way they stand.
 */
const PEOPLE: Record<string, string> = {
  // Standing, in a long coat.
  stand:
    '<circle cx="0" cy="-87" r="9"/><path d="M-8-76Q-15-74-16-62L-18-28-10-28-9 0-3 0-1-26 1-26 3 0 9 0 10-28 18-28 16-62Q15-74 8-76Z"/>',
  // Walking, a bundle on the back.
  walk: '<circle cx="2" cy="-87" r="9"/><path d="M-6-76Q-13-74-14-62L-15-30-13-28-20 0-13 0-4-24 2-24 8 0 15 0 9-29 13-33 12-62Q11-74 6-76Z"/><path d="M-13-72Q-27-68-26-50L-25-40Q-18-38-13-44Z"/>',
  // Carrying a load on the head, as market women do.
  load: '<rect x="-14" y="-112" width="28" height="12" rx="3"/><circle cx="0" cy="-90" r="9"/><path d="M-8-79Q-15-77-15-64L-17-30-11-30-9 0-3 0-1-28 1-28 3 0 9 0 11-30 17-30 15-64Q15-77 8-79Z"/>',
  // Sitting on the ground, knees drawn up.
  sit: '<circle cx="-5" cy="-63" r="10"/><path d="M-15-52Q-23-40-22-20L-21 0H26Q30-3 26-9L17-13Q21-34 13-41Q6-45 1-38L-3-50Q-8-55-15-52Z"/>',
  // A child, smaller and slighter.
  child:
    '<circle cx="0" cy="-62" r="8"/><path d="M-6-53Q-12-51-12-42L-13-22-8-22-7 0-2 0-1-20 1-20 2 0 7 0 8-22 13-22 12-42Q12-51 6-53Z"/>',
};

function person(
  c: Canvas,
  kind: keyof typeof PEOPLE,
  x: number,
  y: number,
  height: number,
  fill: string,
  flip = false,
): string {
  c.symbol(`p-${kind}`, PEOPLE[kind]!);
  const s = +(height / 100).toFixed(3);
  return `<use href="#p-${kind}" fill="${fill}" transform="translate(${r(x)} ${r(y)}) scale(${flip ? -s : s} ${s})"/>`;
}

/**
 * Windows in rows on the picture's own grid: a block filled with `grid` shows its dark windows (one
 * pattern, however many windows), and `lit` gives a path of the lit ones, drawn on top. Blocks are
 * snapped to the grid so that no window is cut at a wall's edge.
 */
const windowGrid = (c: Canvas, o: { cell: [number, number]; size: [number, number]; colour: string }) =>
  c.pattern(
    'windows',
    o.cell[0],
    o.cell[1],
    rect((o.cell[0] - o.size[0]) / 2, (o.cell[1] - o.size[1]) / 2, o.size[0], o.size[1], o.colour),
  );

const snap = (v: number, step: number) => Math.round(v / step) * step;

function litWindows(
  rand: Rand,
  x: number,
  y: number,
  w: number,
  h: number,
  o: { cell: [number, number]; size: [number, number]; share: number },
): string {
  const [cw, ch] = o.cell;
  const [sw, sh] = o.size;
  let lit = '';
  for (let yy = y; yy + ch <= y + h; yy += ch)
    for (let xx = x; xx + cw <= x + w; xx += cw)
      if (rand() < o.share) lit += `M${r(xx + (cw - sw) / 2)} ${r(yy + (ch - sh) / 2)}h${sw}v${sh}h-${sw}z`;
  return lit;
}

/** Reeds or grass: thin curved blades rising from `y`. */
function blades(rand: Rand, n: number, x0: number, x1: number, y: number, height: [number, number], lean = 0): string {
  let d = '';
  for (let i = 0; i < n; i++) {
    const x = between(rand, x0, x1);
    const h = between(rand, height[0], height[1]);
    const bend = (rand() - 0.5) * h * 0.5 + lean * h;
    const w = 2 + rand() * 3;
    // Relative curves: a blade is drawn from its foot, and small numbers keep the file small.
    const [wb, hb, bb] = [r(w), r(h), r(bend)];
    d += `M${r(x) - wb} ${r(y)}q${r(bend * 0.3) + wb} ${-r(h * 0.6)} ${bb + wb} ${-hb}q${r(bend * 0.3) + wb - bb} ${r(h * 0.4)} ${wb - bb} ${hb}z`;
  }
  return d;
}

/**
 * Smoke from a chimney: soft puffs along a line that rises and bends with the wind, each larger and
 * fainter than the last. Each puff fades out at its edge, so together they have no outline.
 */
function smoke(
  c: Canvas,
  x: number,
  y: number,
  o: { dx: number; dy: number; size: number; colour: string; opacity: number },
): string {
  const fill = c.glow(`smoke-${o.colour.slice(1)}`, o.colour, o.opacity);
  let out = '';
  for (let i = 0; i <= 8; i++) {
    const t = i / 8;
    const grow = o.size * (1 + 4 * t);
    out += ellipse(x + o.dx * t ** 1.5 + Math.sin(t * 6) * 8, y + o.dy * t, grow * 1.5, grow, fill);
  }
  return out;
}

/** A jagged slab lying flat (ice, a sandbar): its top edge broken, its foot straighter. */
function plate(rand: Rand, x: number, y: number, w: number, h: number): string {
  const pts: [number, number][] = [];
  const n = 5 + Math.floor(rand() * 4);
  for (let i = 0; i <= n; i++)
    pts.push([x + (w * i) / n + (rand() - 0.5) * (w / n) * 0.6, y - h * (0.3 + rand() * 0.7)]);
  pts.push([x + w + h, y], [x + w * 0.5, y + h * 0.3], [x - h, y]);
  return poly(pts);
}

// ---------------------------------------------------------------------------------------------
// The pictures. Each names the stage whose colours it takes.

type Draw = (c: Canvas, rand: Rand) => void;

const PICTURES: Record<string, { stage: string; draw: Draw }> = {};

/** The sky: a full-size rectangle in a top-to-bottom gradient. */
const sky = (c: Canvas, stops: [number, string, number?][]) => rect(0, 0, W, H, c.linear('sky', stops));

/** Hyesan's market at dusk: stalls under tarpaulins, lamps lit, coal smoke over the hills. */
PICTURES.market = {
  stage: 'home',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#221d19'],
        [0.55, '#4f3f35'],
        [1, '#8c6a53'],
      ]),
    );
    c.add(circle(820, 250, 80, c.glow('sun', '#e6b184', 0.45)), circle(820, 250, 24, '#d9a57c', 'opacity=".6"'));
    c.add(path(land(rand, { y: 300, amp: 70, step: 46, sharp: true }), '#5a4639'));
    c.add(path(land(rand, { y: 345, amp: 40, step: 60 }), '#47382f'));
    // The town: flat-roofed blocks and chimneys, a few windows already lit, smoke drifting east.
    let town = '';
    let lit = '';
    for (let x = -20; x < W + 20;) {
      const w = between(rand, 50, 130);
      const h = between(rand, 24, 70);
      town += `M${r(x)} 420V${r(390 - h)}h${r(w)}V420z`;
      for (let k = 0; k < 3; k++)
        if (rand() < 0.35) lit += `M${r(x + 8 + rand() * (w - 20))} ${r(398 - h + rand() * (h - 6))}h6v7h-6z`;
      x += w + between(rand, 2, 14);
    }
    town += 'M262 390V300h12v90zM902 390V310h12v80z';
    c.add(smoke(c, 268, 290, { dx: 260, dy: -110, size: 16, colour: '#a48c7a', opacity: 0.3 }));
    c.add(smoke(c, 908, 300, { dx: 240, dy: -90, size: 14, colour: '#a48c7a', opacity: 0.26 }));
    c.add(path(town, '#382d26'), path(lit, '#eda66e', 'opacity=".8"'));
    c.add(rect(0, 410, W, 200, '#2b241f'));
    // The long market shed behind the stalls.
    c.add(path('M60 470L110 416H1090L1140 470Z', '#231d19'), rect(100, 445, 1000, 30, '#201a16'));
    // Stalls: a tarpaulin on poles, a lamp beneath, goods on the table.
    const lamp = c.glow('lamp', '#f2b27a', 0.55);
    const stalls = [120, 310, 500, 690, 880];
    let poles = '';
    // Two colours of tarpaulin, in turn.
    const tarps: [string, string] = ['', ''];
    let goods = '';
    for (const [i, x] of stalls.entries()) {
      const w = 170;
      const peak = 432 + (i % 2) * 8;
      tarps[i % 2 === 0 ? 0 : 1] +=
        `M${x - 16} ${peak + 38}L${x + w / 2} ${peak}L${x + w + 16} ${peak + 38}L${x + w + 8} ${peak + 46}L${x - 8} ${peak + 46}Z`;
      poles += `M${x} ${peak + 44}h5v90h-5zM${x + w - 5} ${peak + 44}h5v90h-5z`;
      c.add(ellipse(x + w / 2, peak + 74, 130, 60, lamp));
      for (let k = 0; k < 7; k++) {
        const gw = between(rand, 14, 24);
        const gh = between(rand, 8, 22);
        goods += `M${r(x + 10 + k * 22)} 508v-${r(gh)}h${r(gw)}v${r(gh)}z`;
      }
    }
    c.add(path(tarps[0], '#6b4a35'), path(tarps[1], '#5a4a40'), path(poles, '#1c1815'), path(goods, '#a8744f'));
    c.add(rect(0, 508, W, 100, '#1c1815'));
    let tables = '';
    for (const x of stalls) tables += `M${x + 4} 508h162v14h-162z`;
    c.add(path(tables, '#2e251e'));
    // People: buying, carrying, waiting. Small, and turned away.
    const ink = '#110e0c';
    c.add(
      person(c, 'load', 262, 566, 104, ink),
      person(c, 'stand', 468, 560, 98, ink),
      person(c, 'child', 500, 560, 68, ink),
      person(c, 'walk', 650, 572, 102, ink, true),
      person(c, 'stand', 850, 562, 96, ink),
      person(c, 'walk', 1010, 584, 108, ink),
      person(c, 'sit', 1110, 552, 64, ink),
    );
  },
};

/** A lane of low houses in Hyesan at night: one window lit, smoke from the kitchen fire. */
PICTURES['hyesan-house'] = {
  stage: 'home',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#0f0c0a'],
        [0.6, '#2a221d'],
        [1, '#4a3b31'],
      ]),
    );
    c.add(stroke(stars(rand, 36, [0, 0, W, 220], 1.6), '#d9cbb6', 2.4, 'stroke-linecap="round" opacity=".5"'));
    c.add(path('M958 62a28 28 0 1 0 20 47a24 24 0 1 1-20-47z', '#e9dcc6', 'opacity=".85"'));
    c.add(path(land(rand, { y: 235, amp: 60, step: 80 }), '#2c241e'));
    c.add(path(land(rand, { y: 320, amp: 26, step: 60 }), '#241d19'));
    // Neighbours' houses, dark; then home, nearer, with its one lit window.
    // A tiled roof seen from the front: a long ridge, slopes that sag a little, eaves that lift at the ends.
    const roof = (x: number, w: number, eave: number, ridge: number) =>
      `M${x - 18} ${eave - 12}Q${x + 22} ${eave - 20} ${x + 44} ${ridge}H${x + w - 44}Q${x + w - 22} ${eave - 20} ${x + w + 18} ${eave - 12}Q${x + w - 4} ${eave + 2} ${x + w - 60} ${eave + 4}H${x + 60}Q${x + 4} ${eave + 2} ${x - 18} ${eave - 12}Z`;
    c.add(
      rect(-60, 392, 300, 140, '#2e251f'),
      path(roof(-60, 300, 392, 350), '#191411'),
      rect(60, 430, 40, 34, '#1f1915'),
    );
    c.add(
      rect(870, 392, 380, 140, '#2e251f'),
      path(roof(870, 380, 392, 352), '#191411'),
      rect(960, 430, 40, 34, '#1f1915'),
    );
    c.add(rect(1080, 430, 40, 34, '#1f1915'));
    c.add(ellipse(420, 440, 220, 130, c.glow('win', '#f2a968', 0.32)));
    c.add(rect(270, 380, 470, 160, '#4d3e33'), path(roof(270, 470, 380, 312), '#1a1512'));
    // The window: paper over a wooden lattice, lit from inside, and someone's shape against it.
    c.add(rect(360, 410, 100, 72, '#f0b27a'));
    c.add(path('M392 410h4v72h-4zM424 410h4v72h-4zM360 434h100v4H360zM360 458h100v4H360z', '#5a4130'));
    c.add(path('M404 482v-26q0-12 10-13a10 10 0 1 1 10 0q10 1 10 13v26z', '#6e4a30', 'opacity=".7"'));
    c.add(rect(560, 420, 56, 120, '#2a221d'), rect(556, 416, 64, 4, '#1a1512'));
    c.add(rect(690, 270, 12, 110, '#1a1512'));
    c.add(smoke(c, 696, 266, { dx: 170, dy: -190, size: 10, colour: '#9c8878', opacity: 0.26 }));
    // A pole and its wire, the lane's one street light long out.
    c.add(rect(800, 250, 8, 300, '#15110f'), stroke('M-20 290Q400 350 804 262Q1000 300 1220 280', '#15110f', 2));
    // The lane, and someone walking home along it.
    c.add(rect(0, 532, W, 80, '#1c1815'));
    let stones = '';
    for (let x = -10; x < W; x += between(rand, 26, 44))
      stones += `M${r(x)} 540h${r(between(rand, 14, 30))}v4h-${r(between(rand, 14, 30))}z`;
    c.add(path(stones, '#2a231e'));
    c.add(person(c, 'walk', 900, 576, 84, '#0d0b09', true));
  },
};

/** The Yalu at night: the dark Korean bank, ice, and the lights of China across the water. */
PICTURES['river-night'] = {
  stage: 'river',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#050a11'],
        [0.6, '#0f1b2b'],
        [1, '#1c2d42'],
      ]),
    );
    c.add(stroke(stars(rand, 30, [0, 0, W, 240], 1.8), '#c9d9e8', 2.2, 'stroke-linecap="round" opacity=".6"'));
    c.add(circle(860, 110, 130, c.glow('moonglow', '#bcd6ee', 0.26)), circle(860, 110, 30, '#e3ebf2'));
    // China: hills, and a town whose lights run along the bank.
    c.add(path(land(rand, { y: 262, amp: 40, step: 70 }), '#12202f'));
    let town = '';
    let lights = '';
    for (let x = 150; x < 1130;) {
      const w = between(rand, 20, 60);
      const h = between(rand, 10, 50);
      town += `M${r(x)} 320V${r(300 - h)}h${r(w)}V320z`;
      for (let k = 0; k < 3; k++) lights += `M${r(x + 4 + rand() * (w - 8))} ${r(304 - h + rand() * h)}h0`;
      x += w + between(rand, 0, 30);
    }
    c.add(path(town + 'M0 322V314H1200V322z', '#0d1825'));
    c.add(stroke(lights, '#f5c46a', 3, 'stroke-linecap="round"'));
    // The river in late March: a sheet of old ice, broken by leads of black water.
    c.add(
      rect(
        0,
        322,
        W,
        210,
        c.linear('ice', [
          [0, '#3c5169'],
          [1, '#23354a'],
        ]),
      ),
    );
    let leads = '';
    for (let i = 0; i < 7; i++) {
      const y = 334 + i * i * 3.6 + rand() * 6;
      const h = 3 + i * 2.2;
      leads += plate(rand, between(rand, -100, 700), y, between(rand, 300, 600), h);
    }
    c.add(path(leads, '#0b1520'));
    let streaks = '';
    for (let i = 0; i < 30; i++) streaks += `M${r(170 + rand() * 940)} ${r(326 + rand() * 14)}v${r(6 + rand() * 16)}`;
    c.add(stroke(streaks, '#f5c46a', 2, 'opacity=".3"'));
    // The moon lies on the ice as a soft shine, broken where the ice is.
    c.add(ellipse(850, 420, 90, 110, c.glow('shine', '#d5e4f2', 0.28)));
    let moon = '';
    for (let i = 0; i < 9; i++) {
      const y = 336 + i * i * 2.2 + i * 4;
      moon += `M${r(820 + rand() * 40 - i * 4)} ${r(y)}h${r(10 + i * 5 + rand() * 16)}`;
    }
    c.add(stroke(moon, '#e3ebf2', 2.5, 'opacity=".5"'));
    // The near bank: reeds, and two people low among them, waiting.
    c.add(path(land(rand, { y: 528, amp: 10, step: 90 }), '#0a111b'));
    c.add(
      path(
        blades(rand, 32, -20, 330, 540, [60, 230], -0.1) +
          blades(rand, 30, 900, 1220, 540, [60, 240], 0.1) +
          blades(rand, 12, 520, 900, 540, [20, 60]),
        '#0a111b',
      ),
    );
    c.add(person(c, 'sit', 410, 540, 96, '#0a111b'), person(c, 'sit', 462, 542, 78, '#0a111b', true));
  },
};

/** The riverbank under guard: a post on stilts, its lamp sweeping the ice, wire along the bank. */
PICTURES['guard-post'] = {
  stage: 'river',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#070c14'],
        [0.7, '#132236'],
        [1, '#1f3147'],
      ]),
    );
    // The moon behind cloud.
    c.add(circle(300, 100, 170, c.glow('moonglow', '#a9c4de', 0.22)), circle(300, 100, 26, '#c4d5e6', 'opacity=".7"'));
    c.add(
      path(
        'M-20 130Q120 96 260 116Q380 80 520 112Q650 96 760 128Q560 150 380 140Q200 160-20 150Z',
        '#14233a',
        'opacity=".9"',
      ),
    );
    c.add(path('M160 70Q300 50 420 74Q520 60 600 84Q440 96 300 88Q220 96 160 70Z', '#101d30', 'opacity=".8"'));
    c.add(path(land(rand, { y: 262, amp: 30, step: 90 }), '#0c1522'));
    let lights = '';
    for (let i = 0; i < 12; i++) lights += `M${r(560 + rand() * 600)} ${r(286 + rand() * 20)}h0`;
    c.add(rect(0, 300, W, 10, '#0e1726'), stroke(lights, '#f5c46a', 3, 'stroke-linecap="round" opacity=".8"'));
    c.add(
      rect(
        0,
        308,
        W,
        200,
        c.linear('ice', [
          [0, '#344a62'],
          [1, '#1e2f43'],
        ]),
      ),
    );
    let leads = '';
    for (let i = 0; i < 6; i++)
      leads += plate(rand, between(rand, -100, 900), 320 + i * i * 4 + rand() * 6, between(rand, 260, 520), 3 + i * 2);
    c.add(path(leads, '#0b1520'));
    // The embankment, the post on its stilts, and the beam across the ice.
    c.add(
      path(land(rand, { y: 470, amp: 12, step: 100, lift: (x) => Math.max(0, 40 - Math.abs(x - 820) / 8) }), '#0c1420'),
    );
    const beam = c.linear(
      'beam',
      [
        [0, '#f1e7b0', 0],
        [1, '#f1e7b0', 0.4],
      ],
      'across',
    );
    c.add(path('M776 372L80 330L40 470Z', beam));
    c.add(path('M766 400h8v74h-8zM852 400h8v74h-8zM780 420L850 400h4L784 424Z', '#060a10'));
    c.add(rect(750, 330, 124, 74, '#0a111b'), path('M736 334L812 296L888 334Z', '#060a10'));
    c.add(rect(840, 350, 22, 18, '#e8c774', 'opacity=".85"'));
    c.add(circle(776, 372, 9, '#f1e7b0'), circle(776, 372, 40, c.glow('lamp', '#f1e7b0', 0.5)));
    c.add(person(c, 'stand', 920, 474, 74, '#060a10'));
    // Wire along the bank: posts, three strands sagging between them.
    let posts = '';
    let wire = '';
    for (let x = -30; x < W + 60; x += 150) posts += `M${x} 600L${x + 4} 440h8l-2 160z`;
    for (const y of [452, 490, 528]) {
      wire += `M-30 ${y}`;
      for (let x = -30; x < W + 60; x += 150) wire += `Q${x + 75} ${y + 14} ${x + 150} ${y}`;
    }
    c.add(path(posts, '#05080d'), stroke(wire, '#05080d', 2), stroke(wire, '#05080d', 7, 'stroke-dasharray="2 24"'));
    c.add(rect(0, 560, W, 40, '#0a111b'));
    c.add(path(blades(rand, 50, -20, 420, 580, [40, 160], -0.1), '#0a111b'));
  },
};

/** The Chinese bank at first light: stubble fields, poplars, a farmhouse with a light on. */
PICTURES['far-bank'] = {
  stage: 'china',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#272c33'],
        [0.5, '#5f666e'],
        [1, '#c4b9a3'],
      ]),
    );
    c.add(ellipse(960, 250, 420, 150, c.glow('dawn', '#f3d7a4', 0.4)));
    c.add(path(land(rand, { y: 260, amp: 34, step: 90 }), '#7f858b'));
    c.add(path(land(rand, { y: 318, amp: 22, step: 70 }), '#5b6168'));
    // Poplars along the field's edge, bare in March: a trunk and its twigs, all reaching up.
    let poplars = '';
    for (let x = 30; x < W; x += between(rand, 40, 80)) {
      if (x > 600 && x < 920) continue;
      const h = between(rand, 80, 140);
      const y = 352 + (rand() - 0.5) * 10;
      poplars += `M${r(x)} ${r(y)}V${r(y - h)}`;
      for (let k = 1; k < 6; k++) {
        const ky = y - (h * k) / 6;
        const reach = 14 * (1 - k / 7);
        poplars += `M${r(x)} ${r(ky)}l-${r(reach)}-${r(reach * 2)}M${r(x)} ${r(ky)}l${r(reach)}-${r(reach * 2)}`;
      }
    }
    c.add(stroke(poplars, '#4d535b', 2.5, 'stroke-linecap="round"'));
    c.add(path(land(rand, { y: 372, amp: 14, step: 110 }), '#3e434a'));
    // The farmhouse: long and low, a tiled gable roof, a courtyard wall, one window lit.
    c.add(
      rect(640, 318, 250, 64, '#30353b'),
      path('M626 322L676 280H852L904 322Z', '#23272c'),
      rect(846, 262, 14, 40, '#23272c'),
    );
    c.add(smoke(c, 853, 258, { dx: -140, dy: -130, size: 9, colour: '#9aa0a6', opacity: 0.35 }));
    c.add(ellipse(706, 346, 70, 40, c.glow('win', '#f5ad45', 0.5)), rect(694, 336, 26, 20, '#f5b85a'));
    c.add(rect(770, 336, 26, 20, '#23272c'), path('M600 394V366h330v28z', '#2b3036'));
    // The field: last year's furrows, nearer and wider as they come toward us.
    c.add(rect(0, 384, W, 230, '#3a3f45'));
    let furrows = '';
    for (let row = 0; row < 10; row++) {
      const y = 392 + row * row * 2 + row * 6;
      const h = 2 + row * 1.4;
      furrows += `M-20 ${r(y)}Q600 ${r(y - 6 - row)} 1220 ${r(y + 4)}v${r(h)}Q600 ${r(y - 6 - row + h)} -20 ${r(y + h)}z`;
    }
    c.add(path(furrows, '#2a2e33'));
    // Two people walking up from the river, toward the light.
    c.add(person(c, 'walk', 520, 452, 54, '#15171a'), person(c, 'walk', 486, 458, 48, '#15171a'));
    c.add(rect(0, 560, W, 40, '#1a1d21'));
  },
};

/** A room in a safe house: a low lamp, a barred window, light lying across the floor in bars. */
PICTURES['safe-house'] = {
  stage: 'china',
  draw(c) {
    c.add(
      rect(
        0,
        0,
        W,
        H,
        c.linear('wall', [
          [0, '#2c3036'],
          [1, '#23272c'],
        ]),
      ),
    );
    c.add(rect(0, 470, W, 130, '#1a1d21'), rect(0, 466, W, 6, '#181b1f'));
    // The window: street light, sodium orange, through bars; and the same bars laid on wall and floor.
    c.add(
      rect(770, 110, 200, 220, '#30291f'),
      rect(
        770,
        110,
        200,
        220,
        c.linear('street', [
          [0, '#f5ad45', 0.34],
          [1, '#f5ad45', 0.1],
        ]),
      ),
    );
    let bars = '';
    for (let x = 770; x < 970; x += 34) bars += `M${x} 110h24v220h-24z`;
    c.add(path(bars + 'M760 100h220v10H760zM760 330h220v12H760z', '#15171a'));
    let light = '';
    for (let k = 0; k < 5; k++) {
      const x = 794 + k * 34;
      light += `M${x} 342h10l-110 128h-10zM${x - 110} 470h10l-150 130h-10z`;
    }
    // A bare bulb on its flex, not lit: the lamp on the floor shows less from outside.
    c.add(stroke('M600 0V96', '#15171a', 2), path('M594 96h12v8q6 4 6 14a12 12 0 1 1-24 0q0-10 6-14z', '#30353b'));
    c.add(path(light, '#f5ad45', 'opacity=".24"'));
    // The door, shut, with light along its edge from the yard.
    c.add(
      rect(90, 170, 150, 300, '#1e2226'),
      rect(236, 170, 4, 300, '#f5ad45', 'opacity=".5"'),
      circle(112, 330, 5, '#3a3f45'),
    );
    // A calendar, a hook with a coat on it.
    c.add(rect(330, 150, 56, 72, '#3a3f45'), rect(336, 168, 44, 48, '#30353b'));
    // The lamp on the floor, and its small warm room inside the room.
    c.add(ellipse(430, 470, 300, 170, c.glow('lamp', '#f2b27a', 0.38)));
    c.add(path('M416 470h28l-4-30h-20z', '#15171a'), path('M404 442h52l-10-30h-32z', '#f3c08c'));
    // Bedding on the floor: a brother asleep under a quilt; she sits up against the wall.
    c.add(path('M120 540q10-34 70-34h140q60 0 66 34z', '#30353b'), circle(140, 516, 14, '#262a2f'));
    c.add(path('M150 520q40-26 120-20q60 6 90 30v10H150z', '#3a3f45'));
    c.add(path('M620 540q-4-40 20-46h40q22 6 18 46z', '#2b2f34'), rect(636, 486, 40, 8, '#23272c'));
    c.add(person(c, 'sit', 560, 540, 140, '#121417', true));
  },
};

/** A bus stopped at a police post at night: a barrier across the road, headlights, a lamp. */
PICTURES['bus-checkpoint'] = {
  stage: 'china',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#101317'],
        [0.7, '#22272d'],
        [1, '#343a41'],
      ]),
    );
    c.add(path(land(rand, { y: 290, amp: 46, step: 90 }), '#262b31'));
    let farms = '';
    for (let i = 0; i < 8; i++) farms += `M${r(between(rand, 40, 700))} ${r(between(rand, 320, 370))}h0`;
    c.add(stroke(farms, '#f5ad45', 3, 'stroke-linecap="round" opacity=".7"'));
    c.add(rect(0, 380, W, 230, '#202429'));
    // The street lamp's orange pool.
    c.add(ellipse(930, 380, 300, 220, c.glow('sodium', '#f5ad45', 0.32)));
    c.add(
      path('M968 480V226h6v254zM968 226q-30-6-56 6l2 4q26-10 54-4z', '#121417'),
      ellipse(914, 236, 14, 6, '#ffd08a'),
    );
    // The road.
    c.add(rect(0, 456, W, 60, '#2d3238'));
    let dashes = '';
    for (let x = -20; x < W; x += 90) dashes += `M${x} 486h44v4h-44z`;
    c.add(path(dashes, '#555a60'));
    // The bus: long, its windows dim, heads against the glass; its headlights on the post.
    const beam = c.linear(
      'beam',
      [
        [0, '#f6e3b4', 0.45],
        [1, '#f6e3b4', 0],
      ],
      'across',
    );
    c.add(path('M712 440L1060 400L1080 500L712 472Z', beam));
    c.add(path('M150 470V352q0-22 22-22h500q30 0 40 30l10 70v40z', '#3c4249'));
    c.add(rect(150, 420, 572, 8, '#2b3036'));
    c.add(rect(186, 348, 500, 44, '#d8913c', 'opacity=".55"'));
    let frames = '';
    for (let x = 186; x <= 686; x += 62) frames += `M${x} 346h6v48h-6z`;
    let heads = '';
    for (let x = 212; x < 680; x += 62) if (rand() < 0.75) heads += `M${x} 392v-14q0-8 8-9a9 9 0 1 1 10 0q8 1 8 9v14z`;
    c.add(path(frames, '#2b3036'), path(heads, '#2a2622', 'opacity=".85"'));
    c.add(circle(250, 470, 19, '#121417'), circle(610, 470, 19, '#121417'), circle(712, 446, 8, '#fff2cc'));
    // The post: a hut, a light on its roof, the barrier down across the road.
    c.add(
      rect(1010, 380, 110, 96, '#2a2e33'),
      rect(1000, 372, 130, 10, '#1d2125'),
      rect(1030, 400, 44, 32, '#cfd6dc', 'opacity=".6"'),
    );
    c.add(rect(1050, 360, 20, 12, '#d8574b'), circle(1060, 360, 30, c.glow('alarm', '#d8574b', 0.5)));
    let stripes = '';
    for (let x = 770; x < 1000; x += 46) stripes += `M${x} 440h23v9h-23z`;
    c.add(rect(770, 440, 230, 9, '#cfc9bd'), path(stripes, '#9c3a2e'), rect(996, 434, 14, 44, '#1d2125'));
    // Two officers: one waits, one walks to the bus with a torch.
    c.add(person(c, 'stand', 880, 520, 86, '#0e1012'), person(c, 'walk', 770, 526, 90, '#0e1012', true));
    c.add(path('M752 470L700 450L704 478Z', '#f6e3b4', 'opacity=".5"'));
    c.add(rect(0, 516, W, 90, '#1a1d21'), path(blades(rand, 80, -20, 1220, 530, [16, 50]), '#1a1d21'));
  },
};

/** A train crossing the flat north at dusk: poles, wires, windows lit, the trees gone. */
PICTURES.train = {
  stage: 'north',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#1b222b'],
        [0.45, '#45505e'],
        [0.78, '#a49c86'],
        [1, '#e2cd9c'],
      ]),
    );
    c.add(circle(300, 430, 120, c.glow('sun', '#f7dfa8', 0.5)), circle(300, 430, 30, '#f6e2b4'));
    c.add(path(land(rand, { y: 428, amp: 6, step: 120 }), '#7b735e'));
    c.add(
      rect(
        0,
        440,
        W,
        170,
        c.linear('plain', [
          [0, '#6e6652'],
          [0.5, '#3b3c36'],
          [1, '#1a212a'],
        ]),
      ),
    );
    // The line: an embankment, poles and wires beside it, the train's windows lit.
    c.add(rect(0, 446, W, 8, '#2b2d2b'));
    let poles = '';
    let wire = 'M-40 382';
    for (let x = -40; x < W + 80; x += 130) {
      poles += `M${x} 448v-68h3v68zM${x - 8} 384h19v3h-19z`;
      wire += `Q${x + 65} 392 ${x + 130} 382`;
    }
    c.add(path(poles, '#1f2429'), stroke(wire, '#1f2429', 1.5));
    c.add(path('M210 446V420q0-6 8-8h60l6-2h840v36z', '#1d232a'));
    let win = '';
    for (let x = 300; x < 1120; x += 22) if ((x - 300) % 176 < 150) win += `M${x} 420h12v9h-12z`;
    c.add(
      path(win, '#f0d8a0'),
      circle(212, 436, 5, '#fff4d0'),
      ellipse(180, 436, 60, 14, c.glow('head', '#fff4d0', 0.5)),
    );
    // One last tree; a nearer pole, its wires swooping down past us.
    c.add(stroke('M880 520V452M880 490l-22-20M880 474l18-18M880 500l12-10', '#262a2c', 5, 'stroke-linecap="round"'));
    c.add(
      path('M1110 620V120h10v500zM1070 140h90v8h-90z', '#141a20'),
      stroke('M1074 146Q800 300 -40 330M1156 146Q1200 200 1240 220', '#141a20', 2),
    );
    let tufts = '';
    tufts += blades(rand, 40, -20, 1220, 600, [14, 40]);
    c.add(path(tufts, '#1a212a'));
  },
};

/** A city at dawn: concrete blocks in haze, a crane, an overpass with its lamps still on. */
PICTURES['city-dawn'] = {
  stage: 'china',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#2a2f35'],
        [0.55, '#6e747a'],
        [1, '#c6bba6'],
      ]),
    );
    c.add(ellipse(760, 370, 300, 90, c.glow('sun', '#f4dcae', 0.5)));
    let far = '';
    for (let x = -20; x < W;) {
      const w = between(rand, 40, 90);
      far += `M${r(x)} 420V${r(between(rand, 250, 360))}h${r(w)}V420z`;
      x += w + between(rand, 4, 30);
    }
    c.add(path(far, '#868b8f'));
    // A tower crane over a half-built block.
    c.add(
      path(
        'M836 420V150h8v270zM690 150h330v6H690zM832 150l8-24 8 24zM846 156h20v16h-20zM760 156h3v70h-3zM980 156h26v20h-26z',
        '#5f656b',
      ),
    );
    c.add(rect(780, 300, 140, 120, '#6c7177'));
    // Nearer blocks, grey, their windows in rows; a few lit by people already up.
    const blocks: [number, number, number][] = [
      [40, 200, 236],
      [270, 150, 190],
      [440, 230, 262],
      [940, 170, 214],
      [1110, 140, 250],
    ];
    const grid = { cell: [22, 26] as [number, number], size: [10, 12] as [number, number] };
    const dark = windowGrid(c, { ...grid, colour: '#3a3f45' });
    let lit = '';
    let walls = '';
    let panes = '';
    for (const [bx, bw, btop] of blocks) {
      const [x, w, top] = [snap(bx, 22), snap(bw, 22), snap(btop, 26)];
      walls += `M${x} 470V${top}h${w}V470z`;
      panes += `M${x} ${top + 26}h${w}V442h-${w}z`;
      lit += litWindows(rand, x, top + 26, w, 442 - top - 26, { ...grid, share: 0.12 });
    }
    c.add(path(walls, '#474c53'), path(panes, dark), path(lit, '#f5ad45', 'opacity=".85"'));
    c.add(rect(0, 470, W, 80, '#33373c'));
    // The overpass, its lamps still lit in the half-light.
    c.add(path('M-20 470h1240v22H-20zM120 492h26v80h-26zM520 492h26v80h-26zM920 492h26v80h-26z', '#2b2f34'));
    let lamps = '';
    for (let x = 60; x < W; x += 160) {
      lamps += `M${x} 470v-38h3v38zM${x} 432h14v3h-14z`;
      c.add(circle(x + 14, 436, 26, c.glow('lamp', '#f5ad45', 0.6)));
    }
    c.add(path(lamps, '#2b2f34'));
    c.add(rect(0, 560, W, 50, '#1a1d21'), rect(0, 540, W, 24, '#22262a'));
    c.add(
      person(c, 'stand', 620, 566, 60, '#111316'),
      person(c, 'walk', 680, 568, 62, '#111316'),
      person(c, 'stand', 300, 566, 58, '#111316', true),
    );
  },
};

/** The Gobi at night: all sky, a fence running to the horizon, someone walking beside it. */
PICTURES.gobi = {
  stage: 'north',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#090d13'],
        [0.5, '#151e29'],
        [0.72, '#2b3745'],
      ]),
    );
    // The Milky Way, and the stars thickest along it.
    const milk = c.linear(
      'milk',
      [
        [0, '#c4bcaa', 0],
        [0.5, '#c4bcaa', 0.16],
        [1, '#c4bcaa', 0],
      ],
      [640, 60, 460, 300],
    );
    c.add(path('M100 0H560L1100 430H560Z', milk));
    let band = '';
    for (let i = 0; i < 70; i++) {
      const t = rand();
      const x = 300 + t * 560 + (rand() - 0.5) * 180;
      band += `M${r(x)} ${r(t * 420)}h0`;
    }
    c.add(stroke(stars(rand, 110, [0, 0, W, 420], 1.3) + band, '#e4ddcb', 1.8, 'stroke-linecap="round" opacity=".7"'));
    c.add(stroke(stars(rand, 26, [0, 0, W, 360], 1.4), '#f1ebdf', 3.2, 'stroke-linecap="round"'));
    // A town's glow far behind, on the edge of the sky.
    c.add(ellipse(1090, 430, 160, 40, c.glow('town', '#e6cf98', 0.35)));
    c.add(
      rect(
        0,
        430,
        W,
        180,
        c.linear('sand', [
          [0, '#48473f'],
          [0.4, '#2f3232'],
          [1, '#1a212a'],
        ]),
      ),
    );
    c.add(stroke('M-20 470Q300 458 600 474T1220 466M-20 520Q400 500 800 526T1220 512', '#575549', 2, 'opacity=".5"'));
    // The fence, from beside us to the horizon.
    let posts = '';
    const top: [number, number][] = [];
    const mid: [number, number][] = [];
    for (let k = 0; k < 22; k++) {
      const z = 1 + k * 0.55;
      const x = 420 + 700 / z;
      const foot = 430 + 190 / z;
      const h = 230 / z;
      const w = Math.max(1.5, 10 / z);
      posts += `M${r(x)} ${r(foot)}h${w.toFixed(1)}v-${r(h)}h-${w.toFixed(1)}z`;
      top.push([x, foot - h]);
      mid.push([x, foot - h * 0.5]);
    }
    const line = (pts: [number, number][]) => 'M' + pts.map(([x, y]) => `${r(x)} ${r(y)}`).join('L');
    c.add(path(posts, '#0c1117'), stroke(line(top) + line(mid), '#0c1117', 1.5));
    // She walks along the wire, the way the driver pointed.
    c.add(person(c, 'walk', 566, 474, 54, '#0c1117', true));
  },
};

/** Morning at the Mongolian border: the sun up over the steppe, the last fence behind, a truck coming. */
PICTURES['mongolia-border'] = {
  stage: 'north',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#27313e'],
        [0.35, '#5f6e80'],
        [0.62, '#c6b28a'],
        [0.68, '#f1d9a6'],
      ]),
    );
    c.add(circle(520, 408, 200, c.glow('sunglow', '#fff1bf', 0.55)), circle(520, 408, 40, '#fff3cf'));
    c.add(path(land(rand, { y: 404, amp: 8, step: 140 }), '#a89472'));
    c.add(
      rect(
        0,
        410,
        W,
        200,
        c.linear('steppe', [
          [0, '#9c8864'],
          [0.45, '#5e5645'],
          [1, '#1a212a'],
        ]),
      ),
    );
    // The last fence: taller than the others, wire mesh on posts, now behind them.
    let posts = '';
    for (let x = -30; x < W + 40; x += 64) posts += `M${x} 420V326h5v94z`;
    const mesh = c.pattern('mesh', 16, 32, stroke('M0 0L16 32M16 0L0 32', '#3c3b36', 1));
    c.add(rect(0, 330, W, 90, mesh, 'opacity=".55"'), path(posts + 'M-30 326h1270v3H-30z', '#2f302e'));
    // A track across the grass, and on it a truck with its lights on.
    c.add(
      path(
        'M1240 432Q900 440 760 470Q620 506 560 610H420Q520 500 720 462Q900 430 1240 424Z',
        '#b39f78',
        'opacity=".5"',
      ),
    );

    c.add(path('M860 462v-40l8-16h30v-14h80v70zM880 420l8-12h12v12z', '#23262a'), rect(866, 462, 112, 6, '#23262a'));
    c.add(
      circle(880, 470, 11, '#141619'),
      circle(960, 470, 11, '#141619'),
      circle(862, 446, 24, c.glow('head', '#fff1bf', 0.8)),
      circle(862, 446, 5, '#fff8e0'),
    );
    // A border marker, and two people standing in the new country, waiting.
    c.add(
      path('M300 470v-70h8v70z', '#2f302e'),
      path('M300 404h8v10h-8zM300 424h8v10h-8zM300 444h8v10h-8z', '#c7b38d'),
    );
    c.add(person(c, 'stand', 620, 560, 96, '#141a21'), person(c, 'child', 664, 562, 70, '#141a21'));
    c.add(path(blades(rand, 60, -20, 1220, 600, [10, 36]), '#1a212a'));
  },
};

/** The hills into Laos at night: leaves over leaves, a path hardly there, three people on it. */
PICTURES.jungle = {
  stage: 'south',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#2d4a3a'],
        [0.4, '#1a3327'],
        [1, '#0c1913'],
      ]),
    );
    c.add(ellipse(600, 40, 300, 140, c.glow('moon', '#d8ecd0', 0.35)));
    c.add(path(crowns(rand, { y: 170, size: [90, 170], jitter: 60 }), '#1a3428'));
    c.add(path(crowns(rand, { y: 290, size: [70, 130], jitter: 50 }), '#14291e'));
    // The path, pale under what moonlight gets through, winding up into the dark.
    c.add(
      path(
        'M500 600Q560 520 660 480Q740 440 640 400Q590 376 640 350L664 352Q630 378 676 402Q790 452 700 500Q620 540 740 600Z',
        '#3d5a46',
      ),
    );
    c.add(stroke('M560 600Q610 530 680 496Q720 470 690 440', '#4c6b54', 6, 'opacity=".6"'));
    c.add(
      person(c, 'walk', 648, 372, 40, '#07110c'),
      person(c, 'walk', 690, 440, 64, '#07110c'),
      person(c, 'child', 650, 486, 62, '#07110c'),
    );
    // Leaves: banana and broad jungle leaves, nearer and darker toward the edges.
    c.symbol(
      'leaf',
      '<path d="M0 0Q34-40 10-100Q2-118 0-122Q-2-118-10-100Q-34-40 0 0Z"/><path d="M0 0V-118" fill="none" stroke-width="2"/>',
    );
    const leaves = (
      n: number,
      x0: number,
      x1: number,
      y0: number,
      y1: number,
      size: [number, number],
      fill: string,
      rib: string,
    ) => {
      let out = '';
      for (let i = 0; i < n; i++) {
        const x = between(rand, x0, x1);
        const y = between(rand, y0, y1);
        const s = between(rand, size[0], size[1]);
        const a = (x < 600 ? 1 : -1) * between(rand, 10, 80);
        out += `<use href="#leaf" fill="${fill}" stroke="${rib}" transform="translate(${r(x)} ${r(y)}) rotate(${r(a)}) scale(${s.toFixed(2)})"/>`;
      }
      return out;
    };
    c.add(
      leaves(6, 160, 460, 340, 460, [0.6, 1], '#102419', '#17301f'),
      leaves(6, 800, 1060, 340, 460, [0.6, 1], '#102419', '#17301f'),
    );
    c.add(
      path(crowns(rand, { y: 440, size: [60, 110], x0: -40, x1: 560, slope: 0.22 }), '#0e2117'),
      path(crowns(rand, { y: 600, size: [60, 110], x0: 720, x1: 1240, slope: -0.32 }), '#0e2117'),
    );
    c.add(
      leaves(10, -60, 340, 380, 620, [1.6, 2.6], '#0c1913', '#142a1d'),
      leaves(10, 880, 1260, 380, 620, [1.6, 2.6], '#0c1913', '#142a1d'),
    );
    // Fireflies: the only warm thing here.
    let flies = '';
    for (let i = 0; i < 14; i++) flies += `M${r(between(rand, 200, 1000))} ${r(between(rand, 250, 520))}h0`;
    c.add(stroke(flies, '#e8c35f', 4, 'stroke-linecap="round" opacity=".8"'));
  },
};

/** The Mekong after midnight: a wide brown river, Thailand's bank with a temple roof, a small boat. */
PICTURES.mekong = {
  stage: 'south',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#0b1510'],
        [0.5, '#1c3024'],
        [1, '#3b5040'],
      ]),
    );
    c.add(circle(330, 110, 160, c.glow('moon', '#dfe9cf', 0.22)), circle(330, 110, 22, '#e5efe5', 'opacity=".85"'));
    // Thailand: a line of trees, a temple roof with its upswept horns, a few lights.
    c.add(path(crowns(rand, { y: 282, size: [40, 90], base: 312 }), '#193024'));
    c.add(
      path(
        'M790 300V270h120v30zM772 272L850 222L928 272ZM800 236L850 196L900 236ZM846 200l4-40 4 40zM772 272l-14-14 8 2zM928 272l14-14-8 2zM800 236l-12-12 7 2zM900 236l12-12-7 2z',
        '#0e1d15',
      ),
    );
    let lights = '';
    for (const x of [640, 700, 880, 1010, 1080]) lights += `M${x} ${296 + r(rand() * 8)}h0`;
    c.add(rect(0, 300, W, 14, '#14261c'), stroke(lights, '#e8c35f', 4, 'stroke-linecap="round"'));
    // The river: brown, wide, quick; the moon and the far lights laid on it.
    c.add(
      rect(
        0,
        312,
        W,
        260,
        c.linear('water', [
          [0, '#4d4632'],
          [0.5, '#332f22'],
          [1, '#1c2019'],
        ]),
      ),
    );
    let ripples = '';
    for (let i = 0; i < 60; i++) {
      const y = between(rand, 320, 560);
      ripples += `M${r(between(rand, -20, 1200))} ${r(y)}h${r(10 + (y - 300) / 5 + rand() * 30)}`;
    }
    c.add(stroke(ripples, '#8a7d58', 2, 'opacity=".35"'));
    let glint = '';
    for (let y = 320; y < 540; y += 12 + (y - 310) / 12)
      glint += `M${r(310 + (rand() - 0.5) * 40)} ${r(y)}h${r(12 + (y - 300) / 5)}`;
    c.add(stroke(glint, '#e5efe5', 2.5, 'opacity=".4"'));
    // The boat: long and low, people sitting close, the boatman standing at the back.
    c.add(stroke('M540 452Q440 462 330 470M540 456Q470 476 390 500', '#a69a74', 2, 'opacity=".45"'));
    c.add(path('M520 446L880 444Q910 440 930 420L920 446Q900 462 860 464H540Q522 458 520 446Z', '#0a120e'));
    c.add(
      person(c, 'sit', 640, 448, 40, '#0a120e'),
      person(c, 'sit', 690, 448, 36, '#0a120e'),
      person(c, 'sit', 740, 448, 40, '#0a120e'),
      person(c, 'sit', 790, 448, 34, '#0a120e'),
    );
    c.add(person(c, 'stand', 560, 448, 56, '#0a120e'), stroke('M548 420L500 470', '#0a120e', 3));
    // The near bank: reeds and a banana plant, black.
    c.add(path(land(rand, { y: 566, amp: 8, step: 90 }), '#0c1913'));
    c.add(path(blades(rand, 60, -20, 400, 580, [40, 170], -0.1), '#0c1913'));
    c.add(
      path(
        'M1040 600Q1050 480 1060 420L1070 420Q1066 500 1064 600ZM1060 430Q1000 380 940 400Q1000 390 1060 436ZM1064 424Q1120 360 1200 360Q1120 380 1068 432ZM1062 440Q1150 440 1210 500Q1140 460 1062 448ZM1058 444Q980 470 940 540Q990 470 1058 452Z',
        '#0c1913',
      ),
    );
  },
};

/** Detention: a high wall at night, wire along its top, one lamp; sandals left by a door. */
PICTURES.detention = {
  stage: 'south',
  draw(c) {
    c.add(
      sky(c, [
        [0, '#07100b'],
        [1, '#16271d'],
      ]),
    );
    c.add(
      rect(
        0,
        96,
        W,
        450,
        c.linear('wall', [
          [0, '#26352c'],
          [1, '#2f4036'],
        ]),
      ),
    );
    // Courses of concrete block, faint.
    let courses = '';
    for (let y = 136; y < 540; y += 40) courses += `M0 ${y}h1200v2H0z`;
    c.add(path(courses, '#223028'), rect(0, 88, W, 12, '#1b271f'));
    // Wire in coils along the top.
    let coil = 'M-20 82';
    for (let x = -20; x < W + 20; x += 26) coil += `a16 20 0 1 1 26 0`;
    c.add(stroke(coil, '#3b4c41', 2));
    // A small barred window high up, a light left on somewhere inside.
    c.add(
      rect(240, 190, 110, 46, '#c9b160', 'opacity=".28"'),
      path('M240 186h110v4H240zM262 190h5v46h-5zM290 190h5v46h-5zM318 190h5v46h-5z', '#1b271f'),
    );
    // The lamp, and the cone of its light down the wall to the ground.
    const cone = c.linear('cone', [
      [0, '#e8c35f', 0.34],
      [1, '#e8c35f', 0.06],
    ]);
    c.add(path('M690 172L540 546H900L740 172Z', cone));
    c.add(path('M704 150h30v6h-30zM712 156h14l12 16h-38z', '#15201a'), ellipse(718, 174, 20, 5, '#ffe9a8'));
    c.add(circle(718, 176, 70, c.glow('lamp', '#e8c35f', 0.45)));
    // The door, shut; shoes in a row beside it, more than one person's.
    c.add(
      rect(740, 360, 120, 186, '#1b271f'),
      rect(774, 392, 52, 30, '#101a14'),
      stroke('M786 392v30M800 392v30M814 392v30', '#2f4036', 3),
    );
    c.add(rect(0, 546, W, 60, '#0c1913'));
    // Sandals, pair by pair, as people leave them at a door they sleep behind.
    let shoes = '';
    for (let i = 0; i < 6; i++) {
      const x = 556 + i * 32 + (i % 2) * 4;
      const y = 556 + (i % 3) * 6;
      shoes += `M${x} ${y}h20q5 0 5 4t-5 4h-20q-4 0-4-4t4-4zM${x + 2} ${y + 11}h20q5 0 5 4t-5 4h-20q-4 0-4-4t4-4z`;
    }
    c.add(path(shoes, '#7d8770'));
  },
};

/** A hall in a Thai police station: fans turning, benches in rows, people waiting their turn. */
PICTURES['immigration-hall'] = {
  stage: 'south',
  draw(c) {
    c.add(
      rect(
        0,
        0,
        W,
        H,
        c.linear('wall', [
          [0, '#1f3328'],
          [0.3, '#3a5647'],
          [1, '#2b4337'],
        ]),
      ),
    );
    c.add(rect(0, 0, W, 58, '#182a20'));
    // Strip lights, and two ceiling fans.
    let tubes = '';
    for (const x of [160, 540, 920]) {
      tubes += `M${x} 66h120v6h-120z`;
      c.add(ellipse(x + 60, 80, 160, 50, c.glow('tube', '#e5efe5', 0.3)));
    }
    c.add(path(tubes, '#eef5ee'));
    for (const x of [380, 800])
      c.add(
        path(`M${x - 2} 58h4v60h-4zM${x - 90} 122q90-12 180 0q-90 10-180 0z`, '#16261d'),
        ellipse(x, 120, 16, 8, '#16261d'),
      );
    // The counter, its windows, a number above each; a clock, a flag on its stand.
    c.add(rect(120, 170, 960, 150, '#2f4a3c'), rect(120, 164, 960, 8, '#1d3126'));
    let panes = '';
    let numbers = '';
    for (let k = 0; k < 5; k++) {
      const x = 150 + k * 190;
      panes += `M${x} 190h150v110h-150z`;
      numbers += `M${x + 52} 176h46v14h-46z`;
    }
    c.add(path(panes, '#4f6e5d'), path(numbers, '#13231a'));
    // Officers at two of the windows, seen through the glass.
    c.symbol('back', '<circle cx="0" cy="-42" r="12"/><path d="M-22 0Q-24-28-8-30H8Q24-28 22 0Z"/>');
    const officer = (x: number) => `<use href="#back" fill="#2f4a3c" transform="translate(${x} 300) scale(1.2)"/>`;
    c.add(officer(415), officer(795), rect(0, 320, W, 90, '#1a2e22'));
    let digits = '';
    for (let k = 0; k < 5; k++)
      digits += `M${150 + k * 190 + 60} 180h8v6h-8zM${150 + k * 190 + 72} 180h8v6h-8zM${150 + k * 190 + 84} 180h6v6h-6z`;
    c.add(path(digits, '#e8c35f'));
    c.add(circle(1130, 130, 24, '#e5efe5', 'opacity=".8"'), stroke('M1130 130V114M1130 130h10', '#16261d', 3));
    c.add(
      rect(60, 140, 5, 280, '#16261d'),
      path('M65 146h56l4 110q-14 6-28-2t-28 4z', '#4d6a5a'),
      path('M65 182h58v18H65z', '#2f4a3c'),
    );
    // Heads and shoulders over the benches' backs: everyone facing the counter, waiting.
    let row = '';
    const seat = (x: number, y: number, s: number) =>
      `<use href="#back" fill="#0f1d16" transform="translate(${x} ${y}) scale(${s})"/>`;
    for (const x of [250, 330, 560, 640, 700, 930]) row += seat(x, 452, 1);
    c.add(rect(160, 446, 880, 16, '#13231a'));
    for (const x of [200, 300, 380, 610, 830, 910, 1000]) row += seat(x, 530, 1.3);
    // A bun, a child leaning on someone: not a row of the same shape.
    row += circle(300, 456, 9, '#0f1d16') + circle(640, 394, 7, '#0f1d16') + seat(676, 534, 0.9);
    c.add(row);
    c.add(rect(80, 524, 1040, 30, '#0f1d16'), rect(0, 552, W, 60, '#0c1913'));
  },
};

/** Seoul at night from the river: towers and neon, a bridge strung with lights, the Han below. */
PICTURES.seoul = {
  stage: 'seoul',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#0e0b18'],
        [0.45, '#221a38'],
        [0.62, '#4c2c52'],
      ]),
    );
    c.add(stroke(stars(rand, 14, [0, 0, W, 160], 1.5), '#efebf6', 2, 'stroke-linecap="round" opacity=".5"'));
    // Namsan and its tower.
    c.add(path('M100 380Q250 240 380 222Q510 240 660 380Z', '#251d3a'));
    c.add(
      path('M375 226V136h10v90zM362 142q18-24 36 0l-4 12h-28zM379 136V70h2v66z', '#140f22'),
      ellipse(380, 146, 30, 12, c.glow('pod', '#ffe08a', 0.6)),
      circle(380, 72, 3, '#ff95bf'),
    );
    // Two ranks of towers; windows lit, a few signs in neon.
    const clear = (x: number) => Math.max(0, 150 - Math.abs(x - 380) * 0.8);
    const rank = (y: number, min: number, max: number, fill: string, winFill: string, lit: number) => {
      let walls = '';
      let on = '';
      for (let x = -20; x < W;) {
        const w = between(rand, 40, 90);
        const top = Math.min(y - 20, between(rand, min, max) + clear(x + w / 2));
        const [sx, sw, st] = [snap(x, 14), snap(w, 14), snap(top, 18)];
        walls += `M${sx} ${y}V${st}h${sw}V${y}z`;
        on += litWindows(rand, sx, st + 18, sw, y - st - 36, { cell: [14, 18], size: [6, 8], share: lit });
        x += w + between(rand, 0, 16);
      }
      c.add(path(walls, fill), path(on, winFill, 'opacity=".75"'));
    };
    rank(380, 250, 330, '#2a2240', '#c9a8d8', 0.3);
    rank(392, 200, 330, '#1a1528', '#ffe08a', 0.34);
    c.add(
      path('M690 290h8v40h-8zM1020 300h6v44h-6z', '#ff95bf'),
      path('M540 320h30v6h-30zM880 300h24v6h-24z', '#ffb36b'),
    );
    // The river, and every light again, drawn out in it.
    c.add(
      rect(
        0,
        392,
        W,
        220,
        c.linear('river', [
          [0, '#1e1631'],
          [1, '#110e1b'],
        ]),
      ),
    );
    let pink = '';
    let gold = '';
    for (let i = 0; i < 70; i++) {
      const x = between(rand, 0, W);
      const y = between(rand, 400, 540);
      const d = `M${r(x)} ${r(y)}h${r(4 + rand() * 20)}`;
      if (rand() < 0.35) pink += d;
      else gold += d;
    }
    c.add(stroke(pink, '#ff95bf', 3, 'opacity=".4"'), stroke(gold, '#ffe08a', 3, 'opacity=".35"'));
    // A long bridge on its piers, lamps along its rail.
    let piers = '';
    for (let x = 40; x < W; x += 150) piers += `M${x} 446h18v46h-18z`;
    c.add(path('M-20 430h1240v16H-20z' + piers, '#0d0a15'));
    let lamps = '';
    for (let x = 0; x < W; x += 40) lamps += `M${x} 428h0`;
    c.add(stroke(lamps, '#ffe08a', 4, 'stroke-linecap="round"'));
    // This side: a railing on the river path; she stands at it, looking across.
    c.add(rect(0, 556, W, 60, '#110e1b'), path('M0 520h1200v4H0zM0 538h1200v3H0z', '#1d1830'));
    let rails = '';
    for (let x = 10; x < W; x += 60) rails += `M${x} 520h4v40h-4z`;
    c.add(path(rails, '#1d1830'), person(c, 'stand', 860, 574, 96, '#08060d'));
  },
};

/** An embassy street in Beijing: a long wall, a guarded gate, a flag hanging still, plane trees. */
PICTURES.embassy = {
  stage: 'china',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#2b3036'],
        [0.7, '#7d8388'],
        [1, '#aba699'],
      ]),
    );
    // Behind the wall: the building's roof, and a flag on its pole.
    c.add(path('M380 300V220h480v80z', '#62686e'), path('M360 222l40-24h440l40 24z', '#575d63'));
    c.add(rect(618, 120, 4, 110, '#40454b'), path('M622 124h26l-2 54q-12 4-24-2z', '#6c7278'));
    // The wall, and the gate's bars; a soldier in his box beside it.
    c.add(rect(0, 300, W, 180, '#474c53'), rect(0, 292, W, 12, '#3c4148'));
    let coil = 'M-20 288';
    for (let x = -20; x < W + 20; x += 22) coil += 'a13 14 0 1 1 22 0';
    c.add(stroke(coil, '#3c4148', 2));
    c.add(rect(520, 330, 200, 150, '#23272c'));
    let bars = '';
    for (let x = 526; x < 720; x += 16) bars += `M${x} 330h5v150h-5z`;
    c.add(path(bars + 'M516 322h208v8H516z', '#5f656b'));
    c.add(
      rect(740, 380, 60, 100, '#363b41'),
      path('M734 380h72l-8-14h-56z', '#2b3036'),
      rect(748, 396, 44, 26, '#8c9196', 'opacity=".6"'),
    );
    c.add(person(c, 'stand', 770, 480, 66, '#1a1d21'));
    // Plane trees over the pavement.
    c.add(path('M150 480V260h12v220zM1040 480V240h14v240z', '#202428'));
    const canopy = (cx: number, cy: number, spread: number) => {
      let d = '';
      for (let k = 0; k < 9; k++) {
        const a = (k / 9) * Math.PI * 2 + rand();
        const rad = between(rand, 40, 70);
        d += ellipse(cx + Math.cos(a) * spread * rand(), cy + Math.sin(a) * spread * 0.45 * rand(), rad * 1.2, rad, '');
      }
      return d;
    };
    c.add(`<g fill="#2a2f34">${canopy(140, 200, 170)}${canopy(1060, 170, 170)}</g>`);
    c.add(`<g fill="#23272c">${canopy(60, 90, 150)}${canopy(1150, 70, 150)}</g>`);
    // The street: a police van parked; she stands at the corner and looks.
    c.add(
      rect(
        0,
        480,
        W,
        130,
        c.linear('street', [
          [0, '#33383e'],
          [1, '#1a1d21'],
        ]),
      ),
      rect(0, 478, W, 6, '#565b61'),
    );
    c.add(
      path('M880 540v-70q0-10 10-10h130q14 0 22 16l20 40v24z', '#2b3036'),
      rect(896, 474, 100, 30, '#6f757b'),
      rect(920, 456, 40, 6, '#5b8bd9'),
    );
    c.add(circle(920, 542, 13, '#15171a'), circle(1030, 542, 13, '#15171a'));
    c.add(person(c, 'stand', 290, 560, 92, '#111316'));
  },
};

/** The bridge at dawn: a truck, and a line of people walking back across the river. */
PICTURES['handover-bridge'] = {
  stage: 'china',
  draw(c, rand) {
    c.add(
      sky(c, [
        [0, '#23282e'],
        [0.6, '#5f666d'],
        [1, '#9d9a90'],
      ]),
    );
    c.add(path(land(rand, { y: 250, amp: 50, step: 80, sharp: true }), '#4e545b'));
    c.add(path(land(rand, { y: 300, amp: 24, step: 90 }), '#3f454c'));
    // The river, grey, a mist lying on it.
    c.add(
      rect(
        0,
        330,
        W,
        280,
        c.linear('water', [
          [0, '#5a6168'],
          [1, '#23272c'],
        ]),
      ),
    );
    c.add(
      rect(
        0,
        340,
        W,
        40,
        c.linear('mist', [
          [0, '#a9a69b', 0],
          [0.5, '#a9a69b', 0.35],
          [1, '#a9a69b', 0],
        ]),
      ),
    );
    // The bridge: deck, rail and piers, from this bank to the other.
    let piers = '';
    for (let x = 60; x < W; x += 180) piers += `M${x} 330h22v110h-22z`;
    let rail = '';
    for (let x = 0; x < W; x += 20) rail += `M${x} 300h3v18h-3z`;
    c.add(path('M-20 318h1240v16H-20z' + piers, '#2b2f34'), path(rail + 'M0 298h1200v3H0z', '#2b2f34'));
    // The truck stopped on the bridge; people walking from it, in single file.
    c.add(
      path('M150 318v-48h90v48zM240 318v-34h40l12 14v20z', '#1f2327'),
      circle(180, 318, 9, '#15171a'),
      circle(266, 318, 9, '#15171a'),
    );
    for (let k = 0; k < 7; k++) c.add(person(c, 'walk', 360 + k * 48, 318, 34, '#1a1d21', true));
    c.add(person(c, 'stand', 760, 318, 36, '#1a1d21'), person(c, 'stand', 800, 318, 36, '#1a1d21'));
    c.add(
      path(land(rand, { y: 560, amp: 12, step: 100 }), '#1a1d21'),
      path(blades(rand, 30, -20, 1220, 570, [20, 60]), '#1a1d21'),
    );
  },
};
// ---------------------------------------------------------------------------------------------

/** Every picture, drawn: id → the SVG file's text. */
export function drawAll(): Map<string, { stage: string; svg: string }> {
  const out = new Map<string, { stage: string; svg: string }>();
  for (const [id, picture] of Object.entries(PICTURES)) {
    const canvas = new Canvas();
    picture.draw(canvas, rng(hash(id)));
    out.set(id, { stage: picture.stage, svg: canvas.toString(id) });
  }
  return out;
}

/** A seed from the picture's name, so adding a picture never changes another's. */
function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

// Run as a script (not imported by the test that checks the files are up to date): write them.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = resolve(import.meta.dirname, '../public/art');
  mkdirSync(outDir, { recursive: true });
  const only = process.argv.slice(2);
  for (const [id, { stage, svg }] of drawAll()) {
    if (only.length > 0 && !only.includes(id)) continue;
    writeFileSync(join(outDir, `${id}.svg`), svg);
    console.log(`${id}.svg  ${Buffer.byteLength(svg)} bytes  (${stage})`);
  }
}
