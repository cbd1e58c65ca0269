/**
 * The map of all paths for the teacher guide: the story's graph (chapters → scenes → endings) laid
 * out left to right and drawn as SVG. Pure: it reads a compiled story (with the words of the page's
 * language laid over it) and returns strings; the build writes each map as an SVG file of its own,
 * `teacher/maps/<lang>/*.svg`, which the guide shows by `<img>` (src/build/teacher-plugin.ts): in
 * the page, the drawings would double its size and cost its first paint a second round trip.
 *
 * Two drawings:
 * - the overview: one column per chapter, in playing order, each with the endings it can lead to;
 * - one map per chapter, the chapter's column of the whole map: its scenes in rows, top to bottom,
 *   by how many steps into the chapter they lie (a scene sits one row below the lowest scene that
 *   leads to it), each row ordered left to right by first reach (the order a breadth-first walk
 *   from the story's start meets the scenes), with an arrow per way on: solid for a choice, dashed
 *   for a chance outcome. Where the chapter is entered from elsewhere, and where it leads on to
 *   another chapter, a labelled arrow shape says so; endings are octagons. Side by side, in
 *   playing order, the chapters' maps are the map of the whole story; apart, each fits a page.
 *
 * The graph is the story as written: a choice's condition is ignored, so an arrow means "some run
 * can take this step", as the compiler's reachability check reads it.
 *
 * Sizes are in SVG user units. The guide's print stylesheet scales each map to fit an A4 or Letter
 * page (`PRINT` below); the unit tests check that every map's text stays at 8 pt or more there.
 */
import { firstReach, waysOn } from '../engine/graph.ts';
import type { CompiledStory } from '../engine/story.ts';
import { en } from './words/en.ts';

/** The words the maps add to the story's own (the guide's language). */
export interface MapWords {
  /** Where a run begins: "Start". */
  start: string;
  /** An entry from another chapter: "From chapter 2". */
  fromChapter: (chapter: number) => string;
  /** A way on into another chapter: "On to chapter 3: The bridge, at dawn". */
  toChapter: (chapter: number, scene: string) => string;
  /** The overview's chapter box: "1. Home". */
  chapterLabel: (chapter: number, title: string) => string;
  /** The overview's second line: "14 scenes". */
  sceneCount: (count: number) => string;
  /** The accessible name of a chapter's map. */
  chapterMapTitle: (chapter: number, title: string) => string;
  /** Its longer description. */
  chapterMapDescription: (info: ChapterMapInfo) => string;
  /** The accessible name of the overview. */
  overviewTitle: string;
  /** Its longer description. */
  overviewDescription: (chapters: number, endings: number) => string;
  /** A map's text alternative as an image: its title, then its description. */
  imageAlt: (title: string, description: string) => string;
}

export interface ChapterMapInfo {
  chapter: number;
  title: string;
  scenes: number;
  /** Titles of the endings the chapter's scenes lead to. */
  endings: string[];
  /** The chapters it leads on to. */
  leadsTo: number[];
}

/** The maps' words in English (src/teacher/words/en.ts). */
export const ENGLISH_MAP_WORDS: MapWords = en.map;

/** `chapter` is the overview's chapter box. */
export type MapNodeKind = 'scene' | 'ending' | 'entry' | 'exit' | 'chapter';

export interface MapNode {
  /** A scene or ending id; `entry:start`, `entry:<chapter number>` or `exit:<scene id>` for the arrows. */
  id: string;
  kind: MapNodeKind;
  /** The words shown, whole. */
  label: string;
  /** The words as wrapped into the box. */
  lines: string[];
  /** Its row: how many steps into the chapter it lies (0 for the ways in). */
  rank: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapEdge {
  from: string;
  to: string;
  /** True when the step is a chance outcome (drawn dashed), false when it is a plain choice. */
  chance: boolean;
  /** The SVG path data. */
  d: string;
}

export interface ChapterMap {
  /** 1-based, as the guide numbers chapters. */
  number: number;
  chapter: string;
  title: string;
  width: number;
  height: number;
  rows: number;
  nodes: MapNode[];
  edges: MapEdge[];
  info: ChapterMapInfo;
}

/** Sizes, in user units. */
export const MAP = {
  font: 13,
  line: 16,
  padX: 8,
  padY: 6,
  /** A box's width. */
  box: 172,
  /** The width a link passing through a row takes up. */
  dummy: 6,
  /** Between boxes in a row. */
  gap: 18,
  /** Between rows: the room the arrows curve in. */
  rowGap: 26,
  margin: 10,
  /** The pointed end of an entry or exit arrow. */
  point: 9,
  /** The widest the overview is drawn. */
  maxWidth: 1160,
} as const;

/**
 * The box a chapter's map is printed in, in CSS px (96 per inch): the width of an A4 portrait page
 * less 15 mm margins (Letter is wider), and the 225 mm the print stylesheet allows it in height.
 * The overview has a landscape page: the width of Letter landscape less margins (A4 is wider), and
 * 110 mm, below the section's heading and key. Kept in step with `.map-frame svg` in the print
 * stylesheet (src/teacher/teacher.css).
 */
export const PRINT = { width: 680, height: 850 } as const;
export const PRINT_WIDE = { width: 940, height: 415 } as const;

/** The smallest type the print stylesheet may scale a map's text to: 8 pt, in CSS px. */
export const MIN_PRINT_FONT_PX = (8 * 96) / 72;

/** How a drawing scales when printed in `page`: to fill its width, or less if it would be too tall. */
export function printScale(width: number, height: number, page: { width: number; height: number } = PRINT): number {
  return Math.min(page.width / width, page.height / height);
}

// ---------------------------------------------------------------------------------------------
// Words in boxes

/** Scripts set one character per em: CJK ideographs, kana, Hangul, full-width forms. */
const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Characters that may break a line before and after them on their own (not Hangul, which breaks between words). */
const BREAKS_ANYWHERE = /[\u2e80-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff60]/u;
/** Punctuation that never starts a line. */
const CLOSING = /[、。，．：；！？）」』】〉》”’,.:;!?)\]»]/u;

/** How much wider bold type sets than regular: labels drawn bold are wrapped to a narrower measure. */
export const BOLD = 1.12;

/**
 * An estimate of a text's width in ems for a sans-serif face, on the generous side, so wrapped
 * lines stay inside their box whatever font the reader's system picks.
 */
export function textWidth(text: string): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (ch === ' ') em += 0.3;
    else if (/[iljtfrI.,:;'’!|()[\]]/.test(ch)) em += 0.34;
    else if (/[mwMW@]/.test(ch)) em += 0.9;
    else if (/[A-Z0-9]/.test(ch)) em += 0.68;
    else em += 0.57;
  }
  return em;
}

/**
 * `text` in lines no wider than `maxEm`: broken between words, and between the characters of
 * Chinese and Japanese (never before closing punctuation); a word longer than a line is broken
 * where it must be.
 */
export function wrapText(text: string, maxEm: number): string[] {
  const tokens: string[] = [];
  for (const ch of text.replace(/\s+/g, ' ').trim()) {
    const last = tokens[tokens.length - 1];
    const joins = last !== undefined && last !== ' ';
    if (ch === ' ') tokens.push(' ');
    else if (joins && CLOSING.test(ch)) tokens[tokens.length - 1] = last + ch;
    else if (BREAKS_ANYWHERE.test(ch)) tokens.push(ch);
    else if (joins && !BREAKS_ANYWHERE.test(last.slice(-1))) tokens[tokens.length - 1] = last + ch;
    else tokens.push(ch);
  }
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const token of tokens) {
    if (token === ' ') {
      if (line) line += ' ';
      continue;
    }
    if (textWidth(line + token) <= maxEm || !line.trim()) line += token;
    else {
      push();
      line = token;
    }
    // A word wider than a whole line: cut it, character by character.
    while (textWidth(line) > maxEm && Array.from(line).length > 1) {
      const chars = Array.from(line);
      let cut = chars.length - 1;
      while (cut > 1 && textWidth(chars.slice(0, cut).join('')) > maxEm) cut--;
      line = chars.slice(0, cut).join('');
      push();
      line = chars.slice(cut).join('');
    }
  }
  push();
  return lines.length ? lines : [''];
}

// ---------------------------------------------------------------------------------------------
// A chapter's map

interface Vertex {
  id: string;
  kind: MapNodeKind | 'dummy';
  label: string;
  reach: number;
  rank: number;
  lines: string[];
  width: number;
  height: number;
  /** Left edge. */
  x: number;
  preds: string[];
}

interface Link {
  from: string;
  to: string;
  chance: boolean;
  /** A step back to a row above (or level with) its source: a loop in the story. */
  back: boolean;
  /** The dummy vertices a long link passes through, one per row it crosses. */
  via: string[];
}

/** Lays out the map of every chapter of `story` (its words in the guide's language). */
export function chapterMaps(story: CompiledStory, words: MapWords = ENGLISH_MAP_WORDS): ChapterMap[] {
  return story.chapters.map((_, index) => chapterMap(story, index, words));
}

/** Lays out the map of chapter `index` (0-based) of `story`. */
export function chapterMap(story: CompiledStory, index: number, words: MapWords = ENGLISH_MAP_WORDS): ChapterMap {
  const chapter = story.chapters[index];
  if (!chapter) throw new Error(`The story has no chapter ${index + 1}.`);
  const number = index + 1;
  const reach = firstReach(story);
  const chapterOf = new Map<string, number>();
  story.chapters.forEach((c, i) => {
    for (const id of c.scenes) chapterOf.set(id, i + 1);
  });
  const own = new Set(chapter.scenes);

  const vertices = new Map<string, Vertex>();
  const vertex = (id: string, kind: Vertex['kind'], label: string, order: number): Vertex => {
    let v = vertices.get(id);
    if (!v) {
      v = { id, kind, label, reach: order, rank: 0, lines: [], width: 0, height: 0, x: 0, preds: [] };
      vertices.set(id, v);
    }
    return v;
  };
  const links: Link[] = [];
  const link = (from: string, to: string, chance: boolean): void => {
    if (!links.some((l) => l.from === from && l.to === to && l.chance === chance))
      links.push({ from, to, chance, back: false, via: [] });
  };

  // Entries: the story's start, and every way in from another chapter, one arrow per chapter.
  if (own.has(story.start)) {
    vertex('entry:start', 'entry', words.start, -1);
    link('entry:start', story.start, false);
  }
  for (const scene of Object.values(story.scenes)) {
    if (own.has(scene.id)) continue;
    const from = chapterOf.get(scene.id) ?? 0;
    for (const { to, chance } of waysOn(scene))
      if (own.has(to)) {
        vertex(`entry:${from}`, 'entry', words.fromChapter(from), -1 + from / 1000);
        link(`entry:${from}`, to, chance);
      }
  }
  for (const id of chapter.scenes) vertex(id, 'scene', story.scenes[id]!.title, reach.get(id) ?? 0);
  for (const id of chapter.scenes)
    for (const { to, chance } of waysOn(story.scenes[id]!)) {
      if (own.has(to)) link(id, to, chance);
      else if (story.endings[to]) {
        vertex(to, 'ending', story.endings[to].title, reach.get(to) ?? 0);
        link(id, to, chance);
      } else if (story.scenes[to]) {
        const target = chapterOf.get(to) ?? 0;
        vertex(`exit:${to}`, 'exit', words.toChapter(target, story.scenes[to].title), reach.get(to) ?? 0);
        link(id, `exit:${to}`, chance);
      }
    }

  // Rows: entries first; every other vertex one below the lowest vertex that leads to it. A step
  // back to a vertex still being placed (a loop) does not count, and is drawn as a loop.
  const outgoing = new Map<string, Link[]>();
  for (const l of links) outgoing.set(l.from, [...(outgoing.get(l.from) ?? []), l]);
  const state = new Map<string, 'open' | 'done'>();
  const topo: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const l of outgoing.get(id) ?? []) {
      const s = state.get(l.to);
      if (s === 'open') l.back = true;
      else if (s === undefined) visit(l.to);
    }
    state.set(id, 'done');
    topo.push(id);
  };
  const byReach = (a: Vertex, b: Vertex): number => a.reach - b.reach;
  for (const v of [...vertices.values()].sort(byReach)) if (!state.has(v.id)) visit(v.id);
  for (const id of topo.reverse()) {
    const v = vertices.get(id)!;
    for (const l of outgoing.get(id) ?? [])
      if (!l.back) vertices.get(l.to)!.rank = Math.max(vertices.get(l.to)!.rank, v.rank + 1);
  }
  const ranks = Math.max(...[...vertices.values()].map((v) => v.rank)) + 1;

  // A link across several rows passes through a dummy in each row between, so that it is given
  // room there and no box is drawn over it. Links of one kind to one target share their dummies:
  // from the row where they meet they run as one line, as a river's tributaries do.
  for (const l of links) {
    if (l.back) continue;
    const from = vertices.get(l.from)!;
    const to = vertices.get(l.to)!;
    for (let r = from.rank + 1; r < to.rank; r++) {
      const dummy = vertex(`dummy:${l.to}:${l.chance ? 'chance' : 'choice'}:${r}`, 'dummy', '', to.reach);
      dummy.rank = r;
      l.via.push(dummy.id);
    }
    const chain = [l.from, ...l.via, l.to];
    for (let i = 1; i < chain.length; i++) {
      const preds = vertices.get(chain[i]!)!.preds;
      if (!preds.includes(chain[i - 1]!)) preds.push(chain[i - 1]!);
    }
  }

  for (const v of vertices.values()) {
    if (v.kind === 'dummy') {
      v.width = MAP.dummy;
      continue;
    }
    v.width = MAP.box;
    const inner = MAP.box - 2 * MAP.padX;
    v.lines = wrapText(v.label, inner / MAP.font / (v.kind === 'ending' ? BOLD : 1));
    const extra = v.kind === 'entry' || v.kind === 'exit' ? MAP.point : v.kind === 'ending' ? 4 : 0;
    v.height = v.lines.length * MAP.line + 2 * MAP.padY + extra;
  }

  // Order in each row: the real vertices by first reach; a dummy goes among them by where its
  // link comes from.
  const rows: Vertex[][] = Array.from({ length: ranks }, () => []);
  for (const v of vertices.values()) rows[v.rank]!.push(v);
  const position = new Map<string, number>();
  for (const row of rows) {
    const barycentre = (v: Vertex): number =>
      v.preds.length ? v.preds.reduce((sum, p) => sum + (position.get(p) ?? 0), 0) / v.preds.length : 0;
    const real = row.filter((v) => v.kind !== 'dummy').sort(byReach);
    const dummies = row
      .filter((v) => v.kind === 'dummy')
      .map((v) => ({ v, key: barycentre(v) }))
      .sort((a, b) => a.key - b.key || a.v.reach - b.v.reach);
    const ordered: Vertex[] = [];
    let d = 0;
    for (const v of real) {
      const key = barycentre(v);
      while (d < dummies.length && dummies[d]!.key < key) ordered.push(dummies[d++]!.v);
      ordered.push(v);
    }
    while (d < dummies.length) ordered.push(dummies[d++]!.v);
    row.splice(0, row.length, ...ordered);
    row.forEach((v, i) => position.set(v.id, i));
  }

  // Across: each vertex as near the middle of the vertices above it that lead to it as the order
  // allows, then once from the bottom up, so that a row that fans out is centred on what it leads to.
  const centre = (v: Vertex): number => v.x + v.width / 2;
  const gaps = (row: Vertex[]): number[] => row.map((v, i) => (i === 0 ? 0 : gapBetween(row[i - 1]!, v)));
  for (const row of rows) {
    const wanted = row.map((v) => {
      const preds = v.preds.map((p) => vertices.get(p)!);
      return preds.length ? preds.reduce((sum, p) => sum + centre(p), 0) / preds.length - v.width / 2 : 0;
    });
    place(row, wanted, gaps(row));
  }
  const next = new Map<string, Vertex[]>();
  for (const l of links) {
    if (l.back) continue;
    const chain = [l.from, ...l.via, l.to];
    for (let i = 0; i + 1 < chain.length; i++) {
      const after = next.get(chain[i]!) ?? [];
      const step = vertices.get(chain[i + 1]!)!;
      if (!after.includes(step)) next.set(chain[i]!, [...after, step]);
    }
  }
  for (let r = ranks - 2; r >= 0; r--) {
    const row = rows[r]!;
    const wanted = row.map((v) => {
      const after = next.get(v.id) ?? [];
      if (!after.length) return v.x;
      return (v.x + after.reduce((sum, n) => sum + centre(n), 0) / after.length - v.width / 2) / 2;
    });
    place(row, wanted, gaps(row));
  }
  const left = Math.min(...[...vertices.values()].map((v) => v.x));
  for (const v of vertices.values()) v.x += MAP.margin - left;

  // Down: each row as tall as its tallest box; boxes centred in it.
  const rowTop: number[] = [];
  const rowHeight = rows.map((row) => Math.max(0, ...row.map((v) => v.height)));
  let y = MAP.margin;
  for (let r = 0; r < ranks; r++) {
    rowTop.push(y);
    y += rowHeight[r]! + MAP.rowGap;
  }
  const yOf = (v: Vertex): number => rowTop[v.rank]! + (rowHeight[v.rank]! - v.height) / 2;

  const nodes: MapNode[] = [...vertices.values()]
    .filter((v) => v.kind !== 'dummy')
    .sort((a, b) => a.rank - b.rank || a.x - b.x)
    .map((v) => ({
      id: v.id,
      kind: v.kind as MapNodeKind,
      label: v.label,
      lines: v.lines,
      rank: v.rank,
      x: round(v.x),
      y: round(yOf(v)),
      width: v.width,
      height: v.height,
    }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const width = round(Math.max(...[...vertices.values()].map((v) => v.x + v.width)) + MAP.margin);
  const bottom = y - MAP.rowGap;
  const height = round(bottom + MAP.margin);

  // Ports: a box's arrows leave from its bottom and arrive at its top, spread in the order of
  // where they go or come from, so that they do not cross at the box.
  const firstStep = (l: Link): Vertex => vertices.get([...l.via, l.to][0]!)!;
  const lastStep = (l: Link): Vertex => vertices.get([l.from, ...l.via][l.via.length]!)!;
  const outPort = new Map<Link, number>();
  const inPort = new Map<Link, number>();
  const spread = (node: MapNode, i: number, count: number): number => {
    const usable = node.kind === 'entry' || node.kind === 'exit' ? node.width / 2 : node.width * 0.8;
    return node.x + node.width / 2 - usable / 2 + (usable * (i + 1)) / (count + 1);
  };
  // Links that run as one line (through the same dummy) share a port.
  const assign = (group: Link[], step: (l: Link) => Vertex, node: MapNode, ports: Map<Link, number>): void => {
    const keys = [...new Set(group.map((l) => `${step(l).id}|${String(l.chance)}`))];
    const at = (key: string): number => centre(vertices.get(key.slice(0, key.lastIndexOf('|')))!);
    keys.sort((a, b) => at(a) - at(b) || a.localeCompare(b));
    for (const l of group) ports.set(l, spread(node, keys.indexOf(`${step(l).id}|${String(l.chance)}`), keys.length));
  };
  for (const node of nodes) {
    assign(
      links.filter((l) => l.from === node.id && !l.back),
      firstStep,
      node,
      outPort,
    );
    assign(
      links.filter((l) => l.to === node.id && !l.back),
      lastStep,
      node,
      inPort,
    );
  }
  const edges: MapEdge[] = [];
  let loops = 0;
  for (const l of links) {
    const from = byId.get(l.from)!;
    const to = byId.get(l.to)!;
    if (l.back) {
      // Round the right of everything: out of the source's side, into the target's.
      loops++;
      const aside = width + loops * 10;
      const y1 = from.y + from.height / 2;
      const y2 = to.y + to.height / 2;
      edges.push({
        from: l.from,
        to: l.to,
        chance: l.chance,
        d: `M${f(from.x + from.width)} ${f(y1)}C${f(aside)} ${f(y1)} ${f(aside)} ${f(y2)} ${f(to.x + to.width + 1)} ${f(y2)}`,
      });
      continue;
    }
    const points: Array<[number, number]> = [[outPort.get(l)!, from.y + from.height]];
    for (const id of l.via) {
      const dummy = vertices.get(id)!;
      const x = centre(dummy);
      points.push([x, rowTop[dummy.rank]!], [x, rowTop[dummy.rank]! + rowHeight[dummy.rank]!]);
    }
    // The arrowhead's tip touches the box.
    points.push([inPort.get(l)!, to.y - 1]);
    let d = `M${f(points[0]![0])} ${f(points[0]![1])}`;
    for (let i = 1; i < points.length; i++) {
      const [x0, y0] = points[i - 1]!;
      const [x1, y1] = points[i]!;
      // Through a dummy's row the link runs straight; between rows it curves.
      if (i % 2 === 0 && i < points.length - 1) d += `L${f(x1)} ${f(y1)}`;
      else {
        const mid = (y1 - y0) / 2;
        d += `C${f(x0)} ${f(y0 + mid)} ${f(x1)} ${f(y1 - mid)} ${f(x1)} ${f(y1)}`;
      }
    }
    edges.push({ from: l.from, to: l.to, chance: l.chance, d });
  }
  const fullWidth = round(width + (loops ? loops * 10 + MAP.margin : 0));

  const endingTitles = nodes.filter((n) => n.kind === 'ending').map((n) => n.label);
  const leadsTo = [
    ...new Set(nodes.filter((n) => n.kind === 'exit').map((n) => chapterOf.get(n.id.slice('exit:'.length)) ?? 0)),
  ].sort((a, b) => a - b);
  return {
    number,
    chapter: chapter.id,
    title: chapter.title,
    width: fullWidth,
    height,
    rows: ranks,
    nodes,
    edges,
    info: { chapter: number, title: chapter.title, scenes: chapter.scenes.length, endings: endingTitles, leadsTo },
  };
}

/** Room between two neighbours in a row: a box's gap, less beside a passing link. */
function gapBetween(a: Vertex, b: Vertex): number {
  return a.kind === 'dummy' || b.kind === 'dummy' ? MAP.gap / 2 : MAP.gap;
}

/**
 * Places a row's vertices, in their order, as near their wanted left edges as they can be without
 * overlapping: least squares under the order (pool adjacent violators on the positions less the
 * room each needs before it).
 */
function place(row: Vertex[], wanted: number[], gaps: number[]): void {
  const offsets: number[] = [];
  let offset = 0;
  for (let i = 0; i < row.length; i++) {
    if (i > 0) offset += row[i - 1]!.width + gaps[i]!;
    offsets.push(offset);
  }
  const blocks: Array<{ sum: number; count: number }> = [];
  for (let i = 0; i < row.length; i++) {
    blocks.push({ sum: wanted[i]! - offsets[i]!, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const before = blocks[blocks.length - 2]!;
      if (before.sum / before.count <= last.sum / last.count) break;
      blocks.pop();
      before.sum += last.sum;
      before.count += last.count;
    }
  }
  let i = 0;
  for (const block of blocks) {
    const z = block.sum / block.count;
    for (let k = 0; k < block.count; k++, i++) row[i]!.x = z + offsets[i]!;
  }
}

// ---------------------------------------------------------------------------------------------
// The overview

export interface OverviewMap {
  width: number;
  height: number;
  nodes: MapNode[];
  /** Lines joining each chapter to the next and to its endings. */
  edges: MapEdge[];
}

/** Sizes of the overview, in user units: larger type, as it is printed smaller. */
export const OVERVIEW = { font: 15, line: 19, padX: 10, padY: 8, gap: 12, colGap: 36, indent: 22, margin: 10 } as const;

/** One column per chapter, in playing order, its endings below it. */
export function overviewMap(story: CompiledStory, words: MapWords = ENGLISH_MAP_WORDS): OverviewMap {
  const count = story.chapters.length;
  const columnWidth = Math.min(
    260,
    Math.floor((MAP.maxWidth - 2 * OVERVIEW.margin - (count - 1) * OVERVIEW.colGap) / Math.max(1, count)),
  );
  const reach = firstReach(story);
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  // Every label in the overview is bold.
  const box = (text: string, width: number): { lines: string[]; height: number } => {
    const lines = text
      .split('\n')
      .flatMap((part) => wrapText(part, (width - 2 * OVERVIEW.padX) / OVERVIEW.font / BOLD));
    return { lines, height: lines.length * OVERVIEW.line + 2 * OVERVIEW.padY };
  };
  const chapterBoxes = story.chapters.map((c, i) =>
    box(`${words.chapterLabel(i + 1, c.title)}\n${words.sceneCount(c.scenes.length)}`, columnWidth),
  );
  const headHeight = Math.max(...chapterBoxes.map((b) => b.height));
  let bottom = OVERVIEW.margin + headHeight;
  story.chapters.forEach((c, i) => {
    const x = OVERVIEW.margin + i * (columnWidth + OVERVIEW.colGap);
    const { lines } = chapterBoxes[i]!;
    nodes.push({
      id: `chapter:${c.id}`,
      kind: 'chapter',
      label: `${words.chapterLabel(i + 1, c.title)} ${words.sceneCount(c.scenes.length)}`,
      lines,
      rank: 0,
      x,
      y: OVERVIEW.margin,
      width: columnWidth,
      height: headHeight,
    });
    if (i > 0) {
      const y = OVERVIEW.margin + headHeight / 2;
      edges.push({
        from: `chapter:${story.chapters[i - 1]!.id}`,
        to: `chapter:${c.id}`,
        chance: false,
        d: `M${f(x - OVERVIEW.colGap)} ${f(y)}L${f(x - 1)} ${f(y)}`,
      });
    }
    const endings = Object.values(story.endings)
      .filter((e) => e.chapter === c.id)
      .sort((a, b) => (reach.get(a.id) ?? 0) - (reach.get(b.id) ?? 0));
    let y = OVERVIEW.margin + headHeight + OVERVIEW.gap * 1.5;
    const trunk = x + OVERVIEW.indent / 2;
    let lastMiddle = 0;
    for (const ending of endings) {
      const width = columnWidth - OVERVIEW.indent;
      const { lines, height } = box(ending.title, width);
      nodes.push({
        id: ending.id,
        kind: 'ending',
        label: ending.title,
        lines,
        rank: 1,
        x: x + OVERVIEW.indent,
        y,
        width,
        height: height + 4,
      });
      lastMiddle = y + (height + 4) / 2;
      edges.push({
        from: `chapter:${c.id}`,
        to: ending.id,
        chance: false,
        d: `M${f(trunk)} ${f(lastMiddle)}L${f(x + OVERVIEW.indent - 1)} ${f(lastMiddle)}`,
      });
      y += height + 4 + OVERVIEW.gap;
    }
    if (endings.length)
      edges.push({
        from: `chapter:${c.id}`,
        to: `chapter:${c.id}`,
        chance: false,
        d: `M${f(trunk)} ${f(OVERVIEW.margin + headHeight)}L${f(trunk)} ${f(lastMiddle)}`,
      });
    bottom = Math.max(bottom, y);
  });
  return {
    width: OVERVIEW.margin * 2 + count * columnWidth + (count - 1) * OVERVIEW.colGap,
    height: round(bottom + OVERVIEW.margin),
    nodes,
    edges,
  };
}

// ---------------------------------------------------------------------------------------------
// SVG

/** Text made safe for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function f(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The outline of a node: a rounded box, an octagon for an ending, an arrow for an entry or exit. */
function shape(node: MapNode): string {
  const { x, y, width: w, height: h } = node;
  if (node.kind === 'scene' || node.kind === 'chapter')
    return `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="5"/>`;
  if (node.kind === 'ending') {
    const c = Math.min(9, h / 3);
    const points = [
      [x + c, y],
      [x + w - c, y],
      [x + w, y + c],
      [x + w, y + h - c],
      [x + w - c, y + h],
      [x + c, y + h],
      [x, y + h - c],
      [x, y + c],
    ];
    return `<polygon points="${points.map(([px, py]) => `${f(px!)},${f(py!)}`).join(' ')}"/>`;
  }
  const p = MAP.point;
  const points = [
    [x, y],
    [x + w, y],
    [x + w, y + h - p],
    [x + w / 2, y + h],
    [x, y + h - p],
  ];
  return `<polygon points="${points.map(([px, py]) => `${f(px!)},${f(py!)}`).join(' ')}"/>`;
}

function label(node: MapNode, font: number, line: number): string {
  const point = node.kind === 'entry' || node.kind === 'exit' ? MAP.point : 0;
  const cx = node.x + node.width / 2;
  const first = node.y + (node.height - point - node.lines.length * line) / 2 + line / 2;
  const spans = node.lines
    .map((text, i) => `<tspan x="${f(cx)}" y="${f(first + i * line)}">${escapeXml(text)}</tspan>`)
    .join('');
  return `<text x="${f(cx)}" y="${f(first)}" font-size="${font}" text-anchor="middle" dominant-baseline="central">${spans}</text>`;
}

function nodeSvg(node: MapNode, font: number, line: number): string {
  return [
    `<g class="map-node map-${node.kind}" data-id="${escapeXml(node.id)}" data-rank="${node.rank}">`,
    `<title>${escapeXml(node.label)}</title>`,
    shape(node),
    label(node, font, line),
    '</g>',
  ].join('');
}

/**
 * What makes a map a file of its own, shown by an `<img>`: its language, its script (the fonts
 * `[data-script]` picks, src/static-pages/scripts.css) and its stylesheet (src/teacher/map-image.css),
 * since an image sees none of the page's.
 */
export interface SvgFile {
  lang: string;
  script: string;
  css: string;
}

function svgDocument(
  id: string,
  width: number,
  height: number,
  title: string,
  description: string,
  className: string,
  body: string[],
  file?: SvgFile,
): string {
  // In XML, `<` and `&` would end or garble the style; our CSS has neither, and must not.
  if (file && /[<&]/.test(file.css))
    throw new Error('src/teacher/map-image.css: "<" or "&" cannot go in an SVG <style>.');
  const own = file ? ` id="print" lang="${escapeXml(file.lang)}" data-script="${escapeXml(file.script)}"` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${own} class="${className}" viewBox="0 0 ${f(width)} ${f(height)}" width="${f(width)}" height="${f(height)}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(description)}</desc>`,
    ...(file ? [`<style>${file.css}</style>`] : []),
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="strokeWidth" orient="auto"><path class="map-arrowhead" d="M0 0L10 5L0 10z"/></marker></defs>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/**
 * The SVG of one chapter's map. `id` prefixes the ids inside it (its title, description and
 * arrowhead), which must be unique in the page that holds several maps.
 */
export function chapterMapSvg(
  map: ChapterMap,
  words: MapWords = ENGLISH_MAP_WORDS,
  id = `map-${map.number}`,
  file?: SvgFile,
): string {
  const edges = map.edges.map(
    (e) =>
      `<path class="map-edge${e.chance ? ' map-edge-chance' : ''}" data-from="${escapeXml(e.from)}" data-to="${escapeXml(e.to)}" d="${e.d}" marker-end="url(#${id}-arrow)"/>`,
  );
  return svgDocument(
    id,
    map.width,
    map.height,
    words.chapterMapTitle(map.number, map.title),
    words.chapterMapDescription(map.info),
    'paths-map',
    [
      `<g class="map-edges" fill="none">${edges.join('')}</g>`,
      `<g class="map-nodes">${map.nodes.map((n) => nodeSvg(n, MAP.font, MAP.line)).join('')}</g>`,
    ],
    file,
  );
}

/** The SVG of the overview. */
export function overviewSvg(
  map: OverviewMap,
  story: CompiledStory,
  words: MapWords = ENGLISH_MAP_WORDS,
  id = 'map-overview',
  file?: SvgFile,
): string {
  const edges = map.edges.map(
    (e) =>
      `<path class="map-edge" d="${e.d}"${e.from !== e.to && e.to.startsWith('chapter:') ? ` marker-end="url(#${id}-arrow)"` : ''}/>`,
  );
  const nodes = map.nodes.map((n) => nodeSvg(n, OVERVIEW.font, OVERVIEW.line));
  return svgDocument(
    id,
    map.width,
    map.height,
    words.overviewTitle,
    words.overviewDescription(story.chapters.length, Object.keys(story.endings).length),
    'paths-map paths-overview',
    [`<g class="map-edges" fill="none">${edges.join('')}</g>`, `<g class="map-nodes">${nodes.join('')}</g>`],
    file,
  );
}
