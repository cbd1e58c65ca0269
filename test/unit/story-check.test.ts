/** `npm run story:check`, run as a writer would: its exit code and what it prints. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dirname } from 'node:path';
import { extractText, mapStrings, textFiles } from '../../src/engine/text.ts';
import { SHIPPED_LANGUAGES } from '../../src/i18n/languages.ts';
import { compileOrThrow, fixtureFiles, ROOT } from '../support/story.ts';

function storyCheck(args: string[], cwd = ROOT) {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/story-check.ts'), ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('story:check', () => {
  it('prints a summary of the real story and exits 0', () => {
    const { code, out } = storyCheck([]);
    expect(code).toBe(0);
    for (const label of ['chapters', 'scenes', 'choices', 'endings', 'facts', 'sources', 'variables'])
      expect(out).toMatch(new RegExp(`^\\s+${label}\\s+\\d+`, 'm'));
    expect(out).toMatch(/paths to each ending/);
    expect(out).toMatch(/^\s+stayed\s+home\s+\d+\s+\d+\s+[\d.]+%$/m);
    expect(out).toMatch(/random runs\s+1000 seeded runs: median [\d.]+ choices/);
    expect(out).toMatch(
      /reading\s+words per scene \d+-\d+ \(median \d+\); [\d.]+ words per sentence; Flesch-Kincaid grade [\d.]+/,
    );
  });

  it('warns, with file and line, about a scene outside 60-160 words, and still exits 0', () => {
    const { code, out } = storyCheck(['test/fixtures/compile/minimal/story']);
    expect(code).toBe(0);
    expect(out).toContain('story/chapters/01-one.yaml:25:3: warning: scene "road" has 2 words; aim for 60-160.');
  });

  it('lists every mistake as file:line:column and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-check-'));
    try {
      cpSync(join(ROOT, 'test/fixtures/compile/minimal/story'), join(dir, 'story'), { recursive: true });
      cpSync(join(ROOT, 'test/fixtures/errors/several-at-once/story'), join(dir, 'story'), { recursive: true });
      const { code, err } = storyCheck([], dir);
      expect(code).toBe(1);
      expect(err).toContain('story/chapters/01-one.yaml:10:5: Unknown key "mood" in scene "gate".');
      expect(err).toContain('story/chapters/01-one.yaml:19:34: Unknown variable "sister"');
      expect(err).toContain('story/chapters/01-one.yaml:25:13: Scene "gate" leads to "raod"');
      expect(err).toContain('story/facts.yaml:4:1: Fact "b-fact" cites no source');
      expect(err).toContain('4 problems in story/');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('measuring length and shape (test/fixtures/measure/two-roads; the sums are in measure.test.ts)', () => {
    const fixture = 'test/fixtures/measure/two-roads/story';

    it('prints the length of runs per ending, the budgets and the warnings, and exits 0 without --strict', () => {
      const { code, out } = storyCheck([fixture, '--runs', '2000']);
      expect(code).toBe(0);
      expect(out).toContain('length (2,000 random runs from seed 1');
      expect(out).toMatch(/^\s+stayed\s+\d\d\.\d%\s+1\s+24\s+0\.1\s+0%$/m);
      expect(out).toMatch(/^\s+home\s+yes\s+\d\d\.\d%\s+3\s+53\s+0\.3\s+0%$/m);
      expect(out).toMatch(/to an arrival: median 0\.3 minutes, 3 choices, 53 words; at most 3 choices/);
      expect(out).toMatch(/^\s+ok\s+median choices to an arrival ≤ 20\s+3\b/m);
      expect(out).toMatch(/^\s+FAIL\s+no ending before choice 4 \(exact\)\s+1 choices to stayed/m);
      expect(out).toContain('FAIL no ending before choice 4 (exact): gate/stay');
      expect(out).toContain(
        'story/chapters/01-one.yaml:24:9: warning: choice "north" in scene "road" leads where "south" does (to "river") and sets only coat, which nothing reads',
      );
    });

    it('with --strict, exits 1 on warnings or broken budgets', () => {
      const { code, err } = storyCheck([fixture, '--strict', '--runs=500']);
      expect(code).toBe(1);
      expect(err).toMatch(/--strict: \d+ warnings and 2 broken budgets\./);
    });

    it('gives everything as JSON with --json, and counts a translation with --lang', () => {
      const dir = mkdtempSync(join(tmpdir(), 'story-check-'));
      try {
        cpSync(join(ROOT, fixture), join(dir, 'story'), { recursive: true });
        // Every shipped language, the Korean with each text said twice: twice the words.
        const english = extractText(compileOrThrow(fixtureFiles(fixture)));
        for (const lang of SHIPPED_LANGUAGES)
          for (const [name, content] of Object.entries(
            textFiles(lang === 'ko' ? mapStrings(english, (t) => `${t} ${t}`) : english),
          )) {
            const path = join(dir, 'story/locales', lang, name);
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, JSON.stringify(content));
          }
        const en = storyCheck(['--json', '--runs=1000', '--seed=5'], dir);
        expect(en.code).toBe(0);
        const data = JSON.parse(en.out) as {
          lang: string;
          length: { runs: number; seed: number; endings: Array<{ id: string; words?: number }> };
          budgets: Array<{ id: string; ok: boolean }>;
          warnings: Array<{ file: string; line: number; column: number; code: string }>;
        };
        expect(data.lang).toBe('en');
        expect(data.length).toMatchObject({ runs: 1000, seed: 5 });
        expect(data.length.endings.find((e) => e.id === 'stayed')?.words).toBe(24);
        expect(data.budgets.find((b) => b.id === 'first-ending')?.ok).toBe(false);
        expect(data.warnings).toContainEqual(
          expect.objectContaining({
            file: 'story/chapters/01-one.yaml',
            line: 24,
            column: 9,
            code: 'choice-changes-nothing',
          }),
        );
        const ko = storyCheck(['--json', '--runs=1000', '--lang=ko'], dir);
        expect(ko.code).toBe(0);
        const korean = JSON.parse(ko.out) as typeof data;
        expect(korean.lang).toBe('ko');
        expect(korean.length.endings.find((e) => e.id === 'stayed')?.words).toBe(48);
        expect(storyCheck(['--lang=xx'], dir)).toMatchObject({
          code: 2,
          err: expect.stringContaining('--lang takes') as string,
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
