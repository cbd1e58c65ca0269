/** Reads a story folder from disk for the compiler (build time and `story:check`). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './compile.ts';

/** Every `.yaml` file the compiler reads: the top-level files and `chapters/*.yaml`. */
export function storyFilePaths(storyDir: string): string[] {
  const top = readdirSync(storyDir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(storyDir, name));
  const chaptersDir = join(storyDir, 'chapters');
  const chapters = exists(chaptersDir)
    ? readdirSync(chaptersDir)
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => join(chaptersDir, name))
    : [];
  return [...top, ...chapters].sort();
}

/** Loads the story's files with paths relative to `root` (so messages read `story/…`). */
export function loadStoryFiles(storyDir: string, root: string): SourceFile[] {
  return storyFilePaths(storyDir).map((path) => ({
    path: relative(root, path).split(sep).join('/'),
    text: readFileSync(path, 'utf8'),
  }));
}

/** Every JSON file under `story/locales/`, with paths relative to `root`. */
export function loadLocaleFiles(storyDir: string, root: string): SourceFile[] {
  const localesDir = join(storyDir, 'locales');
  if (!exists(localesDir)) return [];
  return (readdirSync(localesDir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(localesDir, name);
      return { path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') };
    });
}

function exists(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
