/**
 * The URL parameters, read in one place. Anything unknown or malformed falls back to its default:
 * a link someone mangled still opens the story.
 */
import { matchLanguage, type Locale } from '../i18n/languages.ts';
import { parseSeed } from '../engine/random.ts';
import { isRoomCode, normaliseRoomCode } from '../room/api.ts';

export type Mode = 'standard' | 'classroom';

export interface Params {
  /** A fixed seed for the run (reproducible play); undefined draws a new one. */
  seed?: number;
  /** The language asked for by `?lang=`; undefined leaves the choice to the saved one or the browser. */
  lang?: Locale;
  mode: Mode;
  /** A chapter number to start at, 1-based; undefined starts at the beginning. */
  chapter?: number;
  /** True inside a campaigner's embed. */
  embed: boolean;
  /** A class room's code from `?class=CODE` (src/room/): joining it turns classroom mode on. */
  room?: string;
}

export function parseParams(search: string, chapterCount: number): Params {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    query = new URLSearchParams();
  }
  const lang = matchLanguage(query.get('lang') ?? '');
  const chapterRaw = query.get('chapter');
  const chapter = chapterRaw !== null && /^\d{1,3}$/.test(chapterRaw) ? Number(chapterRaw) : undefined;
  const seed = parseSeed(query.get('seed'));
  const room = normaliseRoomCode(query.get('class') ?? '');
  return {
    ...(seed !== undefined ? { seed } : {}),
    ...(lang !== undefined ? { lang } : {}),
    mode: query.get('mode') === 'classroom' || isRoomCode(room) ? 'classroom' : 'standard',
    ...(chapter !== undefined && chapter >= 1 && chapter <= chapterCount ? { chapter } : {}),
    embed: query.get('embed') === '1' || query.get('embed') === 'true',
    ...(isRoomCode(room) ? { room } : {}),
  };
}
