/**
 * The bench's size measurement: which chunks count as the initial JavaScript (from Vite's
 * manifest), how a build is measured, and the verdicts against the budgets.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { judge, KB } from '../../bench/budgets.ts';
import { floorPage } from '../../bench/floor.ts';
import type { LighthouseReport } from '../../bench/lighthouse.ts';
import { initialChunks, measureSizes, sizeOf, type Manifest, type SizeReport } from '../../bench/sizes.ts';
import { compileOrThrow, fixtureFiles, ROOT } from '../support/story.ts';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-aaaaaaaa.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_react-bbbbbbbb.js', '_xstate-cccccccc.js'],
    dynamicImports: ['src/audio/sound.ts'],
    css: ['assets/index-dddddddd.css'],
  },
  '_react-bbbbbbbb.js': { file: 'assets/react-bbbbbbbb.js', imports: ['_shared-eeeeeeee.js'] },
  '_xstate-cccccccc.js': { file: 'assets/xstate-cccccccc.js', imports: ['_shared-eeeeeeee.js'] },
  '_shared-eeeeeeee.js': { file: 'assets/shared-eeeeeeee.js' },
  'src/audio/sound.ts': {
    file: 'assets/sound-ffffffff.js',
    src: 'src/audio/sound.ts',
    isDynamicEntry: true,
    imports: ['_shared-eeeeeeee.js', '_howler-gggggggg.js'],
    css: ['assets/sound-hhhhhhhh.css'],
  },
  '_howler-gggggggg.js': { file: 'assets/howler-gggggggg.js' },
};

describe('the initial chunks', () => {
  it('are the entry and everything it imports statically, each once', () => {
    const { js, css } = initialChunks(manifest);
    expect(js.sort()).toEqual([
      'assets/index-aaaaaaaa.js',
      'assets/react-bbbbbbbb.js',
      'assets/shared-eeeeeeee.js',
      'assets/xstate-cccccccc.js',
    ]);
    expect(css).toEqual(['assets/index-dddddddd.css']);
  });

  it('leave out what is imported dynamically, and what only that imports', () => {
    const { js } = initialChunks(manifest);
    expect(js).not.toContain('assets/sound-ffffffff.js');
    expect(js).not.toContain('assets/howler-gggggggg.js');
  });

  it('include every entry when there are several', () => {
    const twoEntries: Manifest = {
      ...manifest,
      'share.html': { file: 'assets/share-iiiiiiii.js', isEntry: true, imports: ['_howler-gggggggg.js'] },
    };
    expect(initialChunks(twoEntries).js).toEqual(
      expect.arrayContaining(['assets/share-iiiiiiii.js', 'assets/howler-gggggggg.js']),
    );
  });

  it('refuse a manifest that imports a chunk it does not list', () => {
    expect(() => initialChunks({ 'index.html': { file: 'a.js', isEntry: true, imports: ['_gone.js'] } })).toThrow(
      /"_gone.js"/,
    );
  });
});

describe('measuring a build', () => {
  let dist: string;
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  };

  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
  });
  afterEach(() => {
    rmSync(dist, { recursive: true, force: true });
  });

  it('sorts files into initial JS, later chunks, CSS, HTML and assets, and finds the story in the entry', () => {
    const storyDir = join(ROOT, 'test/fixtures/compile/minimal/story');
    const story = compileOrThrow(fixtureFiles('test/fixtures/compile/minimal/story'));
    write('.vite/manifest.json', JSON.stringify(manifest));
    const code = (name: string): string => `export const ${name} = ${JSON.stringify('x'.repeat(2000))};\n`;
    // Words that should live in a language's chunk, leaked into the entry: the report says so.
    write('assets/index-aaaaaaaa.js', `${code('index')}const premise = ${JSON.stringify(story.premise)};`);
    for (const name of ['react-bbbbbbbb', 'xstate-cccccccc', 'shared-eeeeeeee', 'sound-ffffffff', 'howler-gggggggg'])
      write(`assets/${name}.js`, code(name.split('-')[0]!));
    write('assets/index-dddddddd.css', 'body { color: red }');
    write('assets/sound-hhhhhhhh.css', '.sound { color: blue }');
    write('index.html', '<!doctype html><title>x</title>');
    write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    write('audio/river.ogg', 'OggS not really');

    const report = measureSizes(dist, storyDir, join(storyDir, '..'));
    expect(report.initialJs.files).toHaveLength(4);
    expect(report.laterChunks.map((c) => c.file)).toEqual(['assets/howler-gggggggg.js', 'assets/sound-ffffffff.js']);
    expect(report.css.map((c) => c.file)).toEqual(['assets/index-dddddddd.css', 'assets/sound-hhhhhhhh.css']);
    expect(report.html.map((h) => h.file)).toEqual(['index.html']);
    expect(report.assets.map((a) => [a.file, a.kind])).toEqual([
      ['audio/river.ogg', 'audio'],
      ['favicon.svg', 'image'],
    ]);
    expect(report.story).toEqual([expect.objectContaining({ lang: 'en', inInitialJs: true })]);
    const initialRaw = report.initialJs.files.length * code('index').length;
    expect(report.initialJs.raw).toBeGreaterThanOrEqual(initialRaw);
    expect(report.initialJs.gzip).toBeLessThan(report.initialJs.raw);
  });
});

describe('a size', () => {
  it('is raw, gzip and brotli bytes, the same every time', () => {
    const text = 'The ice groans under your first step. '.repeat(200);
    const size = sizeOf(text);
    expect(size.raw).toBe(Buffer.byteLength(text));
    expect(size.gzip).toBeLessThan(size.raw / 10);
    expect(size.brotli).toBeLessThan(size.gzip);
    expect(sizeOf(text)).toEqual(size);
  });
});

describe('the budgets', () => {
  const sizes = (gzip: { initial: number; chunk?: number; story: number; embed?: number }): SizeReport => ({
    initialJs: { files: ['a.js'], raw: 0, gzip: gzip.initial, brotli: 0 },
    laterChunks: gzip.chunk === undefined ? [] : [{ file: 'b.js', raw: 0, gzip: gzip.chunk, brotli: 0 }],
    css: [],
    html: [],
    story: [{ lang: 'en', inInitialJs: false, raw: 0, gzip: gzip.story, brotli: 0 }],
    assets: [],
    embedLoader: { file: 'embed.js', raw: 0, gzip: gzip.embed ?? 1, brotli: 0 },
  });
  const verdict = (verdicts: ReturnType<typeof judge>, name: RegExp) => verdicts.find((v) => name.test(v.budget));

  it('hold at their limits and break just past them', () => {
    const atLimit = judge({ sizes: sizes({ initial: 120 * KB, chunk: 50 * KB, story: 40 * KB }) });
    expect(verdict(atLimit, /^JS before the first interaction/)?.ok).toBe(true);
    expect(verdict(atLimit, /later chunk/)?.ok).toBe(true);
    expect(verdict(atLimit, /story text/)?.ok).toBe(true);
    const over = judge({ sizes: sizes({ initial: 120 * KB + 1, chunk: 50 * KB + 1, story: 40 * KB + 1 }) });
    expect(verdict(over, /^JS before the first interaction/)).toMatchObject({ ok: false });
    expect(verdict(over, /^JS before the first interaction/)?.openIssue).toBeUndefined();
    expect(verdict(over, /later chunk/)?.ok).toBe(false);
    expect(verdict(over, /story text/)?.ok).toBe(false);
  });

  it('hold the embed loader to 5 KB gzip, and fail a build without it', () => {
    expect(verdict(judge({ sizes: sizes({ initial: 1, story: 1, embed: 5 * KB }) }), /embed\.js/)?.ok).toBe(true);
    expect(verdict(judge({ sizes: sizes({ initial: 1, story: 1, embed: 5 * KB + 1 }) }), /embed\.js/)?.ok).toBe(false);
    const without = sizes({ initial: 1, story: 1 });
    delete without.embedLoader;
    expect(verdict(judge({ sizes: without }), /embed\.js/)).toMatchObject({ actual: 'missing', ok: false });
  });

  it('leave unmeasured budgets without a verdict, so a sizes-only run fails on sizes alone', () => {
    const verdicts = judge({ sizes: sizes({ initial: 1, story: 1 }) });
    expect(verdict(verdicts, /Lighthouse performance/)).toEqual({ budget: expect.any(String) as string });
    expect(verdict(verdicts, /choice to next paint/)?.ok).toBeUndefined();
    expect(verdicts.filter((v) => v.ok === false)).toEqual([]);
  });

  it("take the story's length and shape verdicts as they are judged, and list them unjudged when not measured", () => {
    const story = [
      { id: 'arrival-median-choices' as const, budget: 'median choices to an arrival ≤ 20', actual: '36', ok: false },
      {
        id: 'first-ending' as const,
        budget: 'no ending before choice 4 (exact)',
        actual: '4',
        ok: true,
        detail: 'walked exactly',
      },
    ];
    const verdicts = judge({ sizes: sizes({ initial: 1, story: 1 }), story });
    expect(verdict(verdicts, /^story: median choices/)).toEqual({
      budget: 'story: median choices to an arrival ≤ 20',
      actual: '36',
      ok: false,
    });
    expect(verdict(verdicts, /^story: no ending before/)).toMatchObject({ actual: '4 (walked exactly)', ok: true });
    expect(verdict(judge({ sizes: sizes({ initial: 1, story: 1 }) }), /^story:/)?.ok).toBeUndefined();
  });

  it('count the opening words with the initial JS before the first interaction, per language', () => {
    const report = sizes({ initial: 100 * KB, story: 1 });
    report.story = [
      { lang: 'en', inInitialJs: false, raw: 0, gzip: 1, brotli: 0, startGzip: 20 * KB },
      { lang: 'ko', inInitialJs: false, raw: 0, gzip: 1, brotli: 0, startGzip: 20 * KB + 1 },
    ];
    const verdicts = judge({ sizes: report });
    expect(verdict(verdicts, /first interaction \(en.*≤ 120 KB/)).toMatchObject({
      ok: true,
      actual: '120.0 KB (100.0 KB + 20.0 KB)',
    });
    expect(verdict(verdicts, /first interaction \(ko.*≤ 120 KB/)?.ok).toBe(false);
  });

  const lighthouse = (page: string, lcpMs: number, fcpMs = 500, score = 100): LighthouseReport => ({
    page,
    throttling: 'simulate',
    url: `http://127.0.0.1/${page}`,
    runs: 3,
    samples: [],
    scores: { performance: score, accessibility: 100, 'best-practices': 100, seo: 100 },
    lcpMs,
    fcpMs,
    tbtMs: 0,
    cls: 0,
    speedIndexMs: lcpMs,
    observedFcpMs: 50,
    observedLcpMs: 50,
    bytes: 1,
    failing: { performance: [], accessibility: [], 'best-practices': [], seo: [] },
  });

  it('hold every audited page to its paints and scores, and the title page to 1.2 times the floor', () => {
    const holds = judge({ lighthouse: [lighthouse('title', 900), lighthouse('floor', 750), lighthouse('share', 700)] });
    expect(verdict(holds, /^largest contentful paint \(title\) ≤ 900 ms/)?.ok).toBe(true);
    expect(verdict(holds, /the floor page's/)).toMatchObject({ ok: true, actual: '1.20× (900 ms / 750 ms)' });
    expect(
      holds.some((v) => v.budget.includes('(floor)')),
      'the floor is measured, not judged',
    ).toBe(false);

    const breaks = judge({
      lighthouse: [lighthouse('title', 901, 801, 99), lighthouse('floor', 700), lighthouse('share', 700)],
    });
    expect(verdict(breaks, /^largest contentful paint \(title\)/)?.ok).toBe(false);
    expect(verdict(breaks, /^first contentful paint \(title\)/)?.ok).toBe(false);
    expect(verdict(breaks, /^Lighthouse performance \(title\)/)?.ok).toBe(false);
    expect(verdict(breaks, /the floor page's/)?.ok).toBe(false);
    expect(verdict(breaks, /^largest contentful paint \(share\)/)?.ok).toBe(true);
  });
});

describe('the floor page', () => {
  it('is the built title screen with its stylesheet inline and no script, preload or policy', () => {
    const built = [
      '<html><head><meta http-equiv="Content-Security-Policy" content="x">',
      '<title>T</title><link rel="stylesheet" crossorigin href="/assets/a.css">',
      '<link rel="modulepreload" crossorigin href="/assets/b.js">',
      '<script type="module" src="/assets/c.js"></script></head>',
      '<body><div id="root"><h1>Title</h1></div><noscript><p>JS</p></noscript><script>start()</script></body></html>',
    ].join('\n');
    const floor = floorPage(built, (href) => (href === '/assets/a.css' ? 'h1{color:red}' : ''));
    expect(floor).toContain('<style>h1{color:red}</style>');
    expect(floor).toContain('<div id="root"><h1>Title</h1></div>');
    expect(floor).not.toMatch(/<script|modulepreload|Content-Security-Policy|<noscript/);
  });
});
