import { describe, expect, it } from 'vitest';
import { cacheControl } from '../../bench/serve.ts';
import { basePath } from '../../src/build/base-path.ts';

describe('the base path (BASE_PATH)', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['  ', '/'],
    ['stories', '/stories/'],
    ['/stories', '/stories/'],
    ['stories/three-thousand-miles/', '/stories/three-thousand-miles/'],
    ['//stories', '/stories/'],
    ['./', './'],
    ['https://cdn.example.org/ttm', 'https://cdn.example.org/ttm/'],
  ])('%j gives %j', (value, expected) => {
    expect(basePath(value)).toBe(expected);
  });
});

describe('the cache headers the hosting notes ask for', () => {
  it.each([
    ['assets/index-BKbqjIlN.js', 'public, max-age=31536000, immutable'],
    ['assets/index-CVRZcunz.css', 'public, max-age=31536000, immutable'],
    ['index.html', 'no-cache'],
    ['favicon.svg', 'no-cache'],
    ['assets/unhashed.js', 'no-cache'],
  ])('%s: %s', (path, expected) => {
    expect(cacheControl(path)).toBe(expected);
  });
});
