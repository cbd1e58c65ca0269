/**
 * The class room's HTTP contract, shared by the student's app, the teacher's projector page and
 * the server (which checks every request against it). Same origin only: no CORS.
 *
 * POST   /api/rooms                       body RoomCreate → 201 RoomCreated (the secret, once)
 * POST   /api/rooms/:code/join            body RoomJoin   → 200 RoomJoined; 404 for no such room
 * POST   /api/rooms/:code/events          body RoomReport → 200 { ok: true }; 404 for no such room
 * GET    /api/rooms/:code                 header Authorization: Bearer SECRET → 200 RoomState
 * GET    /api/rooms/:code/stream          the same header → text/event-stream of `state` events
 *                                          (a RoomState each), then `closed` when the room goes
 * POST   /api/rooms/:code/reveal          the same header, body RoomReveal → 200 RoomState
 * DELETE /api/rooms/:code                 the same header → 204: the room and all its counts deleted
 *
 * A student's device sends only the room code, a random device id (hashed at once, never shown)
 * and scene, choice and ending ids. No name, no address is kept; a room's rows go when it closes
 * or after ROOM_IDLE_HOURS without activity.
 */
import type { Language } from '../i18n/languages.ts';

export const ROOMS_PATH = '/api/rooms';

/** Room codes use these letters and digits only: none is read as another (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
export const ROOM_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const ROOM_CODE_LENGTH = 6;
/** A room's data is deleted after this long without a choice, a join or the projector. */
export const ROOM_IDLE_HOURS = 24;

/** What a code typed or pasted by a person becomes: upper case, no spaces or dashes. */
export function normaliseRoomCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** True for a well-formed code (that is no promise that the room exists). */
export function isRoomCode(value: string): boolean {
  return ROOM_CODE_SHAPE.test(value);
}

const ROOM_CODE_SHAPE = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${String(ROOM_CODE_LENGTH)}}$`);

/** A device id: made on the device, random, sent only to count distinct players. */
export const DEVICE_ID_SHAPE = /^[A-Za-z0-9_-]{16,64}$/;
/** Scene, choice and ending ids, as the story compiler allows them. */
export const STORY_ID_SHAPE = /^[a-z0-9][a-z0-9-]{0,99}$/;

export function roomPath(code: string): string {
  return `${ROOMS_PATH}/${encodeURIComponent(code)}`;
}

export interface RoomCreate {
  /** The language the projector shows the story's choices in. */
  language: Language;
}

export interface RoomCreated {
  code: string;
  /** The projector's key: kept by the teacher's browser, sent as `Authorization: Bearer`. Shown once. */
  secret: string;
  language: Language;
}

export interface RoomJoin {
  device: string;
}

export interface RoomJoined {
  code: string;
}

/**
 * One thing a student did. `seq` counts up from 1 on each device and room: the server applies each
 * number once, so a report sent again after a lost answer is not counted twice.
 */
export type RoomEvent =
  | { type: 'choice'; scene: string; choice: string }
  | { type: 'undo'; scene: string; choice: string }
  | { type: 'ending'; ending: string };

export interface RoomReport {
  device: string;
  seq: number;
  event: RoomEvent;
}

export interface RoomReveal {
  scene: string;
  /** false hides it again. */
  revealed: boolean;
}

/** What the projector shows. */
export interface RoomState {
  code: string;
  language: Language;
  /** Distinct devices that joined. */
  joined: number;
  /** Those that have made a choice and not reached an ending since. */
  playing: number;
  /** Scene id → choice id → how many took it (undone choices taken off). */
  choices: Record<string, Record<string, number>>;
  /** Ending id → how many reached it. */
  endings: Record<string, number>;
  /** The scenes whose counts the teacher has revealed. */
  revealed: string[];
  /** ISO 8601. */
  lastActivity: string;
}

/** Every 4xx answer: a code a program can branch on and a sentence a person can read. */
export interface RoomApiError {
  error: string;
  message: string;
}
