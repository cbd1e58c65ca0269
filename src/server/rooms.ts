/**
 * Class rooms as the database keeps them: a code, the projector's key (hashed), per-choice and
 * per-ending counts, and one row per joined device (its random id hashed with the room's code) to
 * count distinct players and to apply each of its reports once. Every change notifies the
 * `ROOMS_CHANNEL`, in the same transaction, so that every server process's projectors hear it.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Language } from '../i18n/languages.ts';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH, ROOM_IDLE_HOURS, type RoomEvent, type RoomState } from '../room/api.ts';
import type { Database, Sql } from './db.ts';

/** The NOTIFY channel; each payload is a room's code. */
export const ROOMS_CHANNEL = 'ttm_rooms';

/** Limits that keep one room, or one device, from filling the database. */
export interface RoomLimits {
  /** Rooms one client address may open in an hour. */
  roomsPerAddressHour: number;
  /** Devices one room takes. */
  playersPerRoom: number;
  /** Reports one device may send a room in a minute (a person chooses far slower). */
  reportsPerDeviceMinute: number;
  /** Distinct scene+choice rows one room keeps (the story has a few dozen decisions). */
  choicesPerRoom: number;
}

export const DEFAULT_ROOM_LIMITS: RoomLimits = {
  roomsPerAddressHour: 30,
  playersPerRoom: 400,
  reportsPerDeviceMinute: 120,
  choicesPerRoom: 2000,
};

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** A fresh code of unambiguous characters. */
export function newRoomCode(): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET.charAt(randomInt(ROOM_CODE_ALPHABET.length));
  return code;
}

export type ReportOutcome = 'applied' | 'repeat' | 'no-room' | 'full';

export class RoomStore {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  get db(): Database {
    return this.#db;
  }

  /** Opens a room; returns its code and the projector's key (kept nowhere but in the answer). */
  async create(language: Language): Promise<{ code: string; secret: string }> {
    const secret = randomBytes(24).toString('base64url');
    // 25^6 codes: a clash with a live room is rare, and simply drawn again.
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = newRoomCode();
      const rows = await this.#db.transaction(async (tx) => {
        const inserted = await tx.query(
          'INSERT INTO rooms (code, secret_hash, language) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING code',
          [code, sha256(secret), language],
        );
        if (inserted.length) await notify(tx, code);
        return inserted;
      });
      if (rows.length) return { code, secret };
    }
    throw new Error('No free room code was found in 20 draws.');
  }

  /** True when `secret` is the projector's key of the room `code`. */
  async authorised(code: string, secret: string): Promise<boolean> {
    const [row] = await this.#db.query<{ secret_hash: string }>('SELECT secret_hash FROM rooms WHERE code = $1', [
      code,
    ]);
    if (!row) return false;
    return timingSafeEqual(Buffer.from(row.secret_hash, 'hex'), Buffer.from(sha256(secret), 'hex'));
  }

  async exists(code: string): Promise<boolean> {
    return (await this.#db.query('SELECT 1 FROM rooms WHERE code = $1', [code])).length > 0;
  }

  /** A device joins (again): counted once however often it joins. */
  async join(code: string, device: string, limits: RoomLimits): Promise<'joined' | 'no-room' | 'full'> {
    return this.#db.transaction(async (tx) => {
      if (!(await touch(tx, code))) return 'no-room';
      const hash = deviceHash(code, device);
      const [known] = await tx.query('SELECT 1 FROM room_players WHERE room = $1 AND device_hash = $2', [code, hash]);
      if (known) return 'joined';
      const [{ n } = { n: '0' }] = await tx.query<{ n: string }>(
        'SELECT count(*) AS n FROM room_players WHERE room = $1',
        [code],
      );
      if (Number(n) >= limits.playersPerRoom) return 'full';
      await tx.query('INSERT INTO room_players (room, device_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        code,
        hash,
      ]);
      await notify(tx, code);
      return 'joined';
    });
  }

  /**
   * Applies a device's report numbered `seq` once: a choice counts, an undo takes it off again, an
   * ending counts and the device is no longer playing. A number at or below the last applied is
   * a repeat (the answer to it was lost) and changes nothing.
   */
  async report(
    code: string,
    device: string,
    seq: number,
    event: RoomEvent,
    limits: RoomLimits,
  ): Promise<ReportOutcome> {
    return this.#db.transaction(async (tx) => {
      if (!(await touch(tx, code))) return 'no-room';
      const hash = deviceHash(code, device);
      const playing = event.type !== 'ending';
      // The common case in one statement: a joined device's next report.
      const advanced = await tx.query(
        `UPDATE room_players SET last_seq = $3, playing = $4
         WHERE room = $1 AND device_hash = $2 AND last_seq < $3 RETURNING 1`,
        [code, hash, seq, playing],
      );
      if (!advanced.length) {
        const [player] = await tx.query('SELECT 1 FROM room_players WHERE room = $1 AND device_hash = $2', [
          code,
          hash,
        ]);
        if (player) return 'repeat';
        // A report from a device that never joined (its join was lost): it joins now.
        const [{ n } = { n: '0' }] = await tx.query<{ n: string }>(
          'SELECT count(*) AS n FROM room_players WHERE room = $1',
          [code],
        );
        if (Number(n) >= limits.playersPerRoom) return 'full';
        await tx.query(
          'INSERT INTO room_players (room, device_hash, last_seq, playing) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
          [code, hash, seq, playing],
        );
      }
      if (event.type === 'ending')
        await tx.query(
          `INSERT INTO room_endings (room, ending, count) VALUES ($1, $2, 1)
           ON CONFLICT (room, ending) DO UPDATE SET count = room_endings.count + 1`,
          [code, event.ending],
        );
      else if (event.type === 'choice') {
        const counted = await tx.query(
          'UPDATE room_choices SET count = count + 1 WHERE room = $1 AND scene = $2 AND choice = $3 RETURNING 1',
          [code, event.scene, event.choice],
        );
        if (!counted.length) {
          // A choice this room has not counted yet: within the room's limit of rows.
          const [{ n } = { n: '0' }] = await tx.query<{ n: string }>(
            'SELECT count(*) AS n FROM room_choices WHERE room = $1',
            [code],
          );
          if (Number(n) >= limits.choicesPerRoom) return 'full';
          await tx.query(
            `INSERT INTO room_choices (room, scene, choice, count) VALUES ($1, $2, $3, 1)
             ON CONFLICT (room, scene, choice) DO UPDATE SET count = room_choices.count + 1`,
            [code, event.scene, event.choice],
          );
        }
      } else
        await tx.query(
          `UPDATE room_choices SET count = greatest(count - 1, 0) WHERE room = $1 AND scene = $2 AND choice = $3`,
          [code, event.scene, event.choice],
        );
      await notify(tx, code);
      return 'applied';
    });
  }

  /** Reveals (or hides again) a decision's counts on the projector. */
  async reveal(code: string, scene: string, revealed: boolean): Promise<boolean> {
    return this.#db.transaction(async (tx) => {
      const rows = await tx.query(
        revealed
          ? `UPDATE rooms SET revealed = CASE WHEN $2 = ANY(revealed) THEN revealed ELSE array_append(revealed, $2) END,
               last_activity = now() WHERE code = $1 RETURNING code`
          : 'UPDATE rooms SET revealed = array_remove(revealed, $2), last_activity = now() WHERE code = $1 RETURNING code',
        [code, scene],
      );
      if (rows.length) await notify(tx, code);
      return rows.length > 0;
    });
  }

  /** What the projector shows; undefined when there is no such room (closed, forgotten). */
  async state(code: string): Promise<RoomState | undefined> {
    const [room] = await this.#db.query<{
      language: Language;
      revealed: string[];
      last_activity: Date | string;
      joined: string;
      playing: string;
    }>(
      `SELECT language, revealed, last_activity,
         (SELECT count(*) FROM room_players WHERE room = $1) AS joined,
         (SELECT count(*) FROM room_players WHERE room = $1 AND playing) AS playing
       FROM rooms WHERE code = $1`,
      [code],
    );
    if (!room) return undefined;
    const choices: RoomState['choices'] = {};
    for (const row of await this.#db.query<{ scene: string; choice: string; count: number }>(
      'SELECT scene, choice, count FROM room_choices WHERE room = $1 AND count > 0',
      [code],
    ))
      (choices[row.scene] ??= {})[row.choice] = row.count;
    const endings: RoomState['endings'] = {};
    for (const row of await this.#db.query<{ ending: string; count: number }>(
      'SELECT ending, count FROM room_endings WHERE room = $1 AND count > 0',
      [code],
    ))
      endings[row.ending] = row.count;
    return {
      code,
      language: room.language,
      joined: Number(room.joined),
      playing: Number(room.playing),
      choices,
      endings,
      revealed: room.revealed,
      lastActivity: new Date(room.last_activity).toISOString(),
    };
  }

  /** Notes the projector is still watching, so that a room in use is not forgotten. */
  async keepAlive(code: string): Promise<void> {
    await this.#db.query(
      "UPDATE rooms SET last_activity = now() WHERE code = $1 AND last_activity < now() - interval '1 minute'",
      [code],
    );
  }

  /** Closes a room: it and every count in it are deleted. */
  async close(code: string): Promise<boolean> {
    return this.#db.transaction(async (tx) => {
      const rows = await tx.query('DELETE FROM rooms WHERE code = $1 RETURNING code', [code]);
      if (rows.length) await notify(tx, code);
      return rows.length > 0;
    });
  }

  /** Deletes the rooms idle for ROOM_IDLE_HOURS; returns how many. */
  async sweep(): Promise<number> {
    const rows = await this.#db.query<{ code: string }>(
      `DELETE FROM rooms WHERE last_activity < now() - make_interval(hours => $1) RETURNING code`,
      [ROOM_IDLE_HOURS],
    );
    for (const { code } of rows) await this.#db.query('SELECT pg_notify($1, $2)', [ROOMS_CHANNEL, code]);
    return rows.length;
  }
}

/** A device's id as stored: hashed with the room's code, so that rooms cannot be linked. */
function deviceHash(code: string, device: string): string {
  return sha256(`${code}\n${device}`).slice(0, 32);
}

/** Marks the room active (at most once a minute, to spare its row); false when there is none. */
async function touch(tx: Sql, code: string): Promise<boolean> {
  const [room] = await tx.query<{ stale: boolean }>(
    "SELECT last_activity < now() - interval '1 minute' AS stale FROM rooms WHERE code = $1",
    [code],
  );
  if (!room) return false;
  if (room.stale) await tx.query('UPDATE rooms SET last_activity = now() WHERE code = $1', [code]);
  return true;
}

async function notify(tx: Sql, code: string): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [ROOMS_CHANNEL, code]);
}
