/** `npm run story:check`, run as a writer would: its exit code and what it prints. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/story.ts';

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
});
