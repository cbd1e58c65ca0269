// @vitest-environment jsdom
/**
 * The map of all paths (src/teacher/paths-map.ts): for the real story, in English and in Korean,
 * every scene and ending is drawn and labelled, no two boxes overlap, the SVG is well-formed XML,
 * and its text stays at 8 pt or more when printed; on small stories made for the purpose, chance
 * outcomes are dashed, loops and ways between chapters are drawn, and words are wrapped and escaped.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledStory, SceneDef } from '../../src/engine/story.ts';
import { endingReach, firstReach } from '../../src/engine/graph.ts';
import { applyText } from '../../src/engine/text.ts';
import { plainStory } from '../../src/teacher/guide.ts';
import {
  chapterMap,
  chapterMaps,
  chapterMapSvg,
  MAP,
  MIN_PRINT_FONT_PX,
  OVERVIEW,
  overviewMap,
  overviewSvg,
  PRINT_WIDE,
  printScale,
  textWidth,
  wrapText,
  type MapNode,
} from '../../src/teacher/paths-map.ts';
import { wordsFor } from '../support/app.tsx';
import { realStory } from '../support/story.ts';

const story = plainStory(realStory());
const korean = plainStory(applyText(realStory(), wordsFor(realStory(), 'ko').story));

/** Parses SVG as XML, as a browser does for an .svg file, failing on any error. */
function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  expect(error?.textContent ?? '', 'XML parser error').toBe('');
  expect(doc.documentElement.localName).toBe('svg');
  expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
  return doc;
}

/** Each drawn node: its id, its kind and its words (the tspans' lines, and its tooltip). */
function drawnNodes(doc: Document): Array<{ id: string; kind: string; lines: string[]; title: string }> {
  return [...doc.querySelectorAll('g.map-node')].map((g) => ({
    id: g.getAttribute('data-id') ?? '',
    kind: [...g.classList].find((c) => c !== 'map-node')?.replace(/^map-/, '') ?? '',
    lines: [...g.querySelectorAll('tspan')].map((t) => t.textContent),
    title: g.querySelector('title')?.textContent ?? '',
  }));
}

function overlaps(a: MapNode, b: MapNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** `items` grouped by `key` (Map.groupBy, which Node 20 lacks). */
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** The same words with the spaces a wrap turned into line breaks taken out. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe.each([
  ['English', story],
  ['Korean', korean],
])('the map of the real story in %s', (_, localised: CompiledStory) => {
  const maps = chapterMaps(localised);
  const svgs = maps.map((map) => chapterMapSvg(map));
  const docs = svgs.map(parseSvg);
  const drawn = docs.flatMap(drawnNodes);

  it('is well-formed XML, one SVG per chapter, each an image with a title and a description', () => {
    expect(maps).toHaveLength(localised.chapters.length);
    for (const [i, doc] of docs.entries()) {
      const svg = doc.documentElement;
      expect(svg.getAttribute('role')).toBe('img');
      const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
      expect(doc.getElementById(titleId!)?.localName).toBe('title');
      expect(doc.getElementById(titleId!)?.textContent).toContain(localised.chapters[i]!.title);
      expect(doc.getElementById(descId!)?.localName).toBe('desc');
    }
    // Ids are unique across the maps, as they share one page.
    const ids = docs.flatMap((doc) => [...doc.querySelectorAll('[id]')].map((el) => el.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws every scene once, in its own chapter, labelled with its title', () => {
    const scenes = drawn.filter((n) => n.kind === 'scene');
    expect(scenes.map((n) => n.id).sort()).toEqual(Object.keys(localised.scenes).sort());
    for (const [i, doc] of docs.entries())
      for (const node of drawnNodes(doc).filter((n) => n.kind === 'scene'))
        expect(localised.chapters[i]!.scenes, node.id).toContain(node.id);
    for (const node of scenes) {
      const title = localised.scenes[node.id]!.title;
      expect(node.title).toBe(title);
      expect(squeeze(node.lines.join(''))).toBe(squeeze(title));
    }
  });

  it('draws every ending as an octagon labelled with its title', () => {
    const endings = drawn.filter((n) => n.kind === 'ending');
    expect(new Set(endings.map((n) => n.id))).toEqual(new Set(Object.keys(localised.endings)));
    for (const node of endings) {
      const title = localised.endings[node.id]!.title;
      expect(node.title).toBe(title);
      expect(squeeze(node.lines.join(''))).toBe(squeeze(title));
    }
    for (const polygon of docs.flatMap((doc) => [...doc.querySelectorAll('g.map-ending polygon')]))
      expect(polygon.getAttribute('points')?.trim().split(/\s+/)).toHaveLength(8);
  });

  it('draws an arrow for every way on from every scene, dashed for a chance outcome', () => {
    const edges = docs.flatMap((doc) =>
      [...doc.querySelectorAll('path.map-edge')].map((p) => ({
        from: p.getAttribute('data-from'),
        to: p.getAttribute('data-to')?.replace(/^exit:/, ''),
        chance: p.classList.contains('map-edge-chance'),
      })),
    );
    for (const scene of Object.values(localised.scenes))
      for (const choice of scene.choices) {
        const ways = choice.to
          ? [{ to: choice.to, chance: false }]
          : (choice.chance ?? []).map((o) => ({ to: o.to, chance: true }));
        for (const way of ways) expect(edges, `${scene.id} → ${way.to}`).toContainEqual({ from: scene.id, ...way });
      }
    for (const d of docs.flatMap((doc) => [...doc.querySelectorAll('path.map-edge')].map((p) => p.getAttribute('d'))))
      expect(d).toMatch(/^M[\d.-]+ [\d.-]+([CL][\d., -]+)+$/);
  });

  it('marks where each chapter is entered and where it leads on to another', () => {
    const first = drawnNodes(docs[0]!);
    expect(first.find((n) => n.id === 'entry:start')?.kind).toBe('entry');
    for (const [i, doc] of docs.entries()) {
      if (i === 0) continue;
      expect(
        drawnNodes(doc).some((n) => n.id === `entry:${i}`),
        `chapter ${i + 1} entered from ${i}`,
      ).toBe(true);
    }
    for (const [i, doc] of docs.slice(0, -1).entries())
      expect(
        drawnNodes(doc).some((n) => n.kind === 'exit' && localised.chapters[i + 1]!.scenes.includes(n.id.slice(5))),
        `chapter ${i + 1} leads on to ${i + 2}`,
      ).toBe(true);
  });

  it('has no two boxes overlapping, within a row or anywhere in a chapter’s map', () => {
    for (const map of maps) {
      for (const [i, a] of map.nodes.entries())
        for (const b of map.nodes.slice(i + 1))
          expect(overlaps(a, b), `${map.chapter}: ${a.id} and ${b.id}`).toBe(false);
      const rows = groupBy(map.nodes, (n) => n.rank);
      for (const row of rows.values()) {
        const sorted = [...row].sort((a, b) => a.x - b.x);
        for (let i = 1; i < sorted.length; i++)
          expect(sorted[i]!.x, `${map.chapter}, row ${sorted[i]!.rank}`).toBeGreaterThanOrEqual(
            sorted[i - 1]!.x + sorted[i - 1]!.width,
          );
      }
      for (const node of map.nodes) {
        expect(node.x).toBeGreaterThanOrEqual(0);
        expect(node.y).toBeGreaterThanOrEqual(0);
        expect(node.x + node.width).toBeLessThanOrEqual(map.width);
        expect(node.y + node.height).toBeLessThanOrEqual(map.height);
      }
    }
  });

  it('orders each row by first reach, and puts each scene below every scene in its chapter that leads to it', () => {
    const reach = firstReach(localised);
    for (const map of maps) {
      const rank = new Map(map.nodes.map((n) => [n.id, n.rank]));
      for (const row of groupBy(
        map.nodes.filter((n) => n.kind === 'scene'),
        (n) => n.rank,
      ).values()) {
        const byX = [...row].sort((a, b) => a.x - b.x).map((n) => n.id);
        const byReach = [...row].sort((a, b) => reach.get(a.id)! - reach.get(b.id)!).map((n) => n.id);
        expect(byX).toEqual(byReach);
      }
      for (const id of localised.chapters[map.number - 1]!.scenes)
        for (const choice of localised.scenes[id]!.choices)
          for (const to of choice.to ? [choice.to] : (choice.chance ?? []).map((o) => o.to))
            if (rank.has(to)) expect(rank.get(to)!, `${id} → ${to}`).toBeGreaterThan(rank.get(id)!);
    }
  });

  it('keeps its text at 8 pt or more when printed, each chapter on an A4 or Letter page', () => {
    for (const map of maps)
      expect(MAP.font * printScale(map.width, map.height), map.chapter).toBeGreaterThanOrEqual(MIN_PRINT_FONT_PX);
    const overview = overviewMap(localised);
    expect(OVERVIEW.font * printScale(overview.width, overview.height, PRINT_WIDE)).toBeGreaterThanOrEqual(
      MIN_PRINT_FONT_PX,
    );
  });

  it('has an overview of the chapters, left to right, with every ending under the chapter it belongs to', () => {
    const overview = overviewMap(localised);
    const doc = parseSvg(overviewSvg(overview, localised));
    const nodes = drawnNodes(doc);
    const chapters = nodes.filter((n) => n.kind === 'chapter');
    expect(chapters.map((n) => n.id)).toEqual(localised.chapters.map((c) => `chapter:${c.id}`));
    const xs = overview.nodes.filter((n) => n.kind === 'chapter').map((n) => n.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const ending of Object.values(localised.endings)) {
      const node = overview.nodes.find((n) => n.id === ending.id)!;
      const chapter = overview.nodes.find((n) => n.id === `chapter:${ending.chapter}`)!;
      expect(node.x, ending.id).toBeGreaterThan(chapter.x);
      expect(node.x + node.width, ending.id).toBeLessThanOrEqual(chapter.x + chapter.width);
      expect(node.y, ending.id).toBeGreaterThan(chapter.y + chapter.height);
      expect(nodes.find((n) => n.id === ending.id)?.title).toBe(ending.title);
    }
    for (const [i, a] of overview.nodes.entries())
      for (const b of overview.nodes.slice(i + 1)) expect(overlaps(a, b), `${a.id} and ${b.id}`).toBe(false);
  });
});

describe('what leads to each ending', () => {
  it('lists every ending once, with the scenes that lead straight to it and how many lead to it at all', () => {
    const reach = endingReach(story);
    expect(reach.map((r) => r.id).sort()).toEqual(Object.keys(story.endings).sort());
    for (const r of reach) {
      expect(r.direct.length).toBeGreaterThan(0);
      for (const id of r.direct)
        expect(story.scenes[id]!.choices.some((c) => c.to === r.id || c.chance?.some((o) => o.to === r.id))).toBe(true);
      // The start leads everywhere, so it is among the scenes that lead to every ending.
      expect(r.scenes).toBeGreaterThanOrEqual(r.direct.length);
      expect(r.scenes).toBeLessThanOrEqual(Object.keys(story.scenes).length);
    }
    expect(reach.find((r) => r.id === 'stayed')?.direct).toEqual(['last-evening']);
  });
});

// ---------------------------------------------------------------------------------------------
// Small stories made for the purpose

const one = { k: 'num', v: 1 } as const;

function scene(id: string, chapter: string, title: string, choices: SceneDef['choices']): SceneDef {
  return { id, chapter, title, text: '', choices };
}

/**
 * Two chapters: a → b by a choice, a → b or the ending `lost` by chance; b loops back to a and goes
 * on to c in chapter two; c ends in `home`.
 */
function tinyStory(titles: Partial<Record<string, string>> = {}): CompiledStory {
  return {
    format: 1,
    hash: 'test',
    title: 'Tiny',
    premise: '',
    contentNote: '',
    intro: '',
    objectives: [],
    start: 'a',
    variables: {},
    chapters: [
      { id: 'one', title: 'One', start: 'a', questions: [], scenes: ['a', 'b'] },
      { id: 'two', title: 'Two', start: 'c', questions: [], scenes: ['c'] },
    ],
    scenes: {
      a: scene('a', 'one', titles.a ?? 'Scene A', [
        { id: 'go', text: 'Go', to: 'b' },
        {
          id: 'risk',
          text: 'Risk it',
          chance: [
            { weight: one, to: 'b' },
            { weight: one, to: 'lost' },
          ],
        },
      ]),
      b: scene('b', 'one', titles.b ?? 'Scene B', [
        { id: 'back', text: 'Back', to: 'a' },
        { id: 'on', text: 'On', to: 'c' },
      ]),
      c: scene('c', 'two', titles.c ?? 'Scene C', [{ id: 'end', text: 'End', to: 'home' }]),
    },
    endings: {
      lost: { id: 'lost', chapter: 'one', title: 'Lost', text: '', epilogue: '', facts: [], share: '' },
      home: { id: 'home', chapter: 'two', title: 'Home', text: '', epilogue: '', facts: [], share: '' },
    },
    facts: {},
    sources: {},
    glossary: {},
    places: {},
  };
}

describe('a chapter’s map of a small story', () => {
  it('draws a choice solid and a chance outcome dashed, even to the same scene', () => {
    const doc = parseSvg(chapterMapSvg(chapterMap(tinyStory(), 0)));
    const edges = [...doc.querySelectorAll('path.map-edge')].map(
      (p) =>
        `${p.getAttribute('data-from')}→${p.getAttribute('data-to')}${p.classList.contains('map-edge-chance') ? ' (chance)' : ''}`,
    );
    expect(edges).toEqual(
      expect.arrayContaining(['entry:start→a', 'a→b', 'a→b (chance)', 'a→lost (chance)', 'b→a', 'b→exit:c']),
    );
    expect(edges).toHaveLength(6);
  });

  it('draws a loop back to an earlier scene without moving it down', () => {
    const map = chapterMap(tinyStory(), 0);
    const rank = Object.fromEntries(map.nodes.map((n) => [n.id, n.rank]));
    expect(rank).toMatchObject({ 'entry:start': 0, a: 1, b: 2, 'exit:c': 3 });
    expect(map.edges.find((e) => e.from === 'b' && e.to === 'a')?.d).toMatch(/^M/);
  });

  it('names the chapter a way in comes from and the scene a way on goes to', () => {
    const second = chapterMap(tinyStory(), 1);
    expect(second.nodes.find((n) => n.id === 'entry:1')?.label).toBe('From chapter 1');
    expect(chapterMap(tinyStory(), 0).nodes.find((n) => n.id === 'exit:c')?.label).toBe('On to chapter 2: Scene C');
  });

  it('keeps hostile words as text', () => {
    const svg = chapterMapSvg(chapterMap(tinyStory({ a: '<script>alert("x")</script> & \'y\'' }), 0));
    const doc = parseSvg(svg);
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('g[data-id="a"] title')?.textContent).toBe('<script>alert("x")</script> & \'y\'');
  });
});

describe('a map as a file of its own', () => {
  const file = { lang: 'ko', script: 'hangul', css: ':root:target{--text:#000}.map-edge{stroke:red}' };

  it('carries its language, its script and its stylesheet, its root the target of #print', () => {
    const doc = parseSvg(chapterMapSvg(chapterMap(tinyStory(), 0), undefined, undefined, file));
    const root = doc.documentElement;
    expect([root.id, root.getAttribute('lang'), root.getAttribute('data-script')]).toEqual(['print', 'ko', 'hangul']);
    expect(root.querySelector('style')?.textContent).toBe(file.css);
    expect(parseSvg(chapterMapSvg(chapterMap(tinyStory(), 0))).querySelector('style')).toBeNull();
  });

  it('refuses a stylesheet that XML would read as markup', () => {
    expect(() =>
      overviewSvg(overviewMap(tinyStory()), tinyStory(), undefined, undefined, {
        ...file,
        css: 'a::after{content:"</style>"}',
      }),
    ).toThrow(/map-image\.css/);
  });
});

describe('wrapping words into a box', () => {
  it('breaks between words, never wider than the measure when a word fits', () => {
    const lines = wrapText('The immigration detention centre, Bangkok', 10);
    expect(lines.join(' ')).toBe('The immigration detention centre, Bangkok');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(10);
  });

  it('breaks Chinese and Japanese between characters, but not before closing punctuation', () => {
    const lines = wrapText('长白山上的农舍，凌晨两点。', 4);
    expect(lines.join('')).toBe('长白山上的农舍，凌晨两点。');
    for (const line of lines) expect(line).not.toMatch(/^[，。]/);
    expect(lines.length).toBeGreaterThan(2);
  });

  it('keeps Korean words whole', () => {
    const lines = wrapText('강가의 오두막, 밤', 4);
    expect(lines).toEqual(['강가의', '오두막,', '밤']);
  });

  it('cuts a word longer than a whole line', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 5);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(5);
  });
});
