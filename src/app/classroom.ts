/**
 * Classroom mode, every rule of it in one place. A class plays with `?mode=classroom` (or the
 * teacher ticks the switch on the title screen) and then nothing leaves the room:
 * - the page around an embed hears only that the story opened (`ready`, with `mode: 'classroom'`);
 * - campaign counting counts nothing, not even that;
 * - the story offers nothing to sign, and a signature kept from an earlier visit waits;
 * - the ending offers neither signing nor sharing;
 * - a finished run is not sent to "how others chose", and others' shares are not shown;
 * and the class gets its own tools instead: going back one choice ("what if?") and questions
 * between chapters and at the ending (src/ui/Run.tsx, src/ui/EndingActions.tsx).
 */
import type { AppEvent } from '../embed/protocol.ts';

/** Whether the page around an embed (and counting behind it) may hear this event. */
export function heardOutside(event: AppEvent, classroom: boolean): boolean {
  return !classroom || event.type === 'ready';
}

/** Whether campaign counting counts this event: a class's opening is not counted either. */
export function counted(event: AppEvent): boolean {
  return !(event.type === 'ready' && event.mode === 'classroom');
}

/** Whether signatures waiting on this device are held back rather than sent. */
export function holdsSignatures(classroom: boolean): boolean {
  return classroom;
}

/** Whether the page may offer to sign at all (a class is never asked). */
export function offersSigning(classroom: boolean): boolean {
  return !classroom;
}

/** Whether an ending offers to share it (a class gets no social buttons). */
export function offersSharing(classroom: boolean): boolean {
  return !classroom;
}

/** Whether a chapter's discussion questions are asked (between chapters, and at an ending). */
export function discusses(classroom: boolean): boolean {
  return classroom;
}

/** Whether the player can go back one choice. */
export function canGoBack(classroom: boolean): boolean {
  return classroom;
}

/** Whether a finished run is counted in, and shown beside, "how others chose" (src/others/). */
export function comparesWithOthers(classroom: boolean): boolean {
  return !classroom;
}
