/** The notices the player is shown, kept as keys so they follow a change of language. */
import type { SaveRead } from '../engine/save.ts';

export type NoticeKey =
  'savedRunCorrupt' | 'savedRunOutdated' | 'savedRunBlocked' | 'saveFailed' | 'languageFailed' | 'runFailed';

/** What the title screen says of the save it found (or of storage that keeps none). */
export function noticeFor(read: SaveRead, persistent: boolean): NoticeKey | undefined {
  if (!persistent) return 'savedRunBlocked';
  if (read.status !== 'discarded') return undefined;
  return read.reason === 'outdated'
    ? 'savedRunOutdated'
    : read.reason === 'blocked'
      ? 'savedRunBlocked'
      : 'savedRunCorrupt';
}
