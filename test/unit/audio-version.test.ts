/** The audio cache's name follows the sound files, so a release with new sounds is not served old ones. */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { audioVersion } from '../../src/build/audio-version.ts';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('audioVersion', () => {
  it('is the same for the same files, and changes when one changes, is renamed or is added', () => {
    dir = mkdtempSync(join(tmpdir(), 'audio-version-'));
    writeFileSync(join(dir, 'river.webm'), 'water');
    writeFileSync(join(dir, 'wind.webm'), 'air');
    const first = audioVersion(dir);
    expect(first).toMatch(/^[0-9a-f]{8}$/);
    expect(audioVersion(dir)).toBe(first);

    writeFileSync(join(dir, 'river.webm'), 'more water');
    const changed = audioVersion(dir);
    expect(changed).not.toBe(first);

    renameSync(join(dir, 'wind.webm'), join(dir, 'gale.webm'));
    const renamed = audioVersion(dir);
    expect(renamed).not.toBe(changed);

    writeFileSync(join(dir, 'city.mp3'), 'traffic');
    expect(audioVersion(dir)).not.toBe(renamed);
  });

  it('reads a folder given as a file URL (as vite.config.ts gives it)', () => {
    dir = mkdtempSync(join(tmpdir(), 'audio-version-'));
    writeFileSync(join(dir, 'river.webm'), 'water');
    expect(audioVersion(pathToFileURL(`${dir}/`))).toBe(audioVersion(dir));
  });

  it('does not fail when there are no sounds', () => {
    expect(audioVersion(join(tmpdir(), 'no-such-folder-for-audio'))).toMatch(/^[0-9a-f]{8}$/);
  });
});
