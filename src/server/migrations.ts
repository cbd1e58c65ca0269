/**
 * The database's schema as numbered steps, applied in order at start and recorded in
 * `schema_migrations`. A step, once shipped, never changes: a change is a new step. Two processes
 * starting at once take turns on an advisory lock, so each step runs exactly once.
 */
import type { Database } from './db.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** pg_advisory_lock's key for migrations: any constant no other code uses. */
const MIGRATION_LOCK = 0x7474_6d01;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'signatures',
    sql: `
      CREATE TABLE service_settings (
        name text PRIMARY KEY,
        value text NOT NULL
      );
      -- One row per petition: its count of signatures that count, kept in step with them in the
      -- same transactions, so that reading it never counts rows.
      CREATE TABLE petitions (
        id text PRIMARY KEY,
        count bigint NOT NULL DEFAULT 0 CHECK (count >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE signatures (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        idempotency_key text NOT NULL UNIQUE,
        petition text NOT NULL REFERENCES petitions (id),
        -- pending: waits for its email link; counted; quarantined: over a rate limit, kept for review.
        state text NOT NULL CHECK (state IN ('pending', 'counted', 'quarantined')),
        name text,
        email text,
        canonical_email text,
        country text NOT NULL,
        postal_code text,
        mailing_list boolean NOT NULL,
        language text NOT NULL,
        ending text,
        source text NOT NULL,
        website text NOT NULL,
        -- HMAC-SHA256 of the client's address with a salt kept in service_settings: never the address.
        address_hash text NOT NULL,
        -- SHA-256 of the single-use tokens mailed to the signer: never the tokens.
        confirm_token text UNIQUE,
        reject_token text UNIQUE,
        mail_sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        anonymised_at timestamptz
      );
      -- One signature per person and petition (NULLs, after anonymising, are distinct).
      CREATE UNIQUE INDEX signatures_one_per_person ON signatures (petition, canonical_email);
      CREATE INDEX signatures_by_email ON signatures (canonical_email);
      -- The rate limits' look-backs.
      CREATE INDEX signatures_by_address ON signatures (address_hash, petition, created_at);
      CREATE INDEX signatures_by_petition_time ON signatures (petition, created_at);
    `,
  },
  {
    version: 2,
    name: 'rooms',
    sql: `
      -- A class room: its code, the projector's key (SHA-256, never the key), the language its
      -- projector shows, and which decisions the teacher has revealed. Deleted when the teacher
      -- closes it or after 24 hours without activity; its rows below go with it.
      CREATE TABLE rooms (
        code text PRIMARY KEY,
        secret_hash text NOT NULL,
        language text NOT NULL,
        revealed text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        last_activity timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX rooms_by_activity ON rooms (last_activity);
      -- One row per device that joined, to count distinct players: the device's random id hashed
      -- with the room's code (never shown), the last report it applied (so a report sent twice
      -- counts once), and whether it is playing (made a choice, no ending since).
      CREATE TABLE room_players (
        room text NOT NULL REFERENCES rooms (code) ON DELETE CASCADE,
        device_hash text NOT NULL,
        last_seq integer NOT NULL DEFAULT 0,
        playing boolean NOT NULL DEFAULT false,
        PRIMARY KEY (room, device_hash)
      );
      -- How many in the room took each choice of each decision, and reached each ending.
      CREATE TABLE room_choices (
        room text NOT NULL REFERENCES rooms (code) ON DELETE CASCADE,
        scene text NOT NULL,
        choice text NOT NULL,
        count integer NOT NULL DEFAULT 0 CHECK (count >= 0),
        PRIMARY KEY (room, scene, choice)
      );
      CREATE TABLE room_endings (
        room text NOT NULL REFERENCES rooms (code) ON DELETE CASCADE,
        ending text NOT NULL,
        count integer NOT NULL DEFAULT 0 CHECK (count >= 0),
        PRIMARY KEY (room, ending)
      );
    `,
  },
  {
    version: 3,
    name: 'choice_counts',
    sql: `
      -- "How others chose": counts only. A run that replays to an ending adds one to each decision
      -- it made (a scene where more than one choice was open) and to the choice it made there.
      -- Ids are the story's scene and choice ids, the same in every language and story version.
      CREATE TABLE decision_counts (
        scene text PRIMARY KEY,
        runs bigint NOT NULL DEFAULT 0 CHECK (runs >= 0)
      );
      CREATE TABLE choice_counts (
        scene text NOT NULL REFERENCES decision_counts (scene),
        choice text NOT NULL,
        runs bigint NOT NULL DEFAULT 0 CHECK (runs >= 0),
        PRIMARY KEY (scene, choice)
      );
      -- The runs counted today and yesterday (UTC), so that the same run sent again counts once,
      -- kept as one Bloom filter a day: bits set by a keyed digest of each run (with a secret kept
      -- in service_settings), in words of 64 bits. Rows are words of a filter, shared by every run:
      -- no row per run, nothing from which a run, an address or an id could be read back. Days
      -- before yesterday are deleted.
      CREATE TABLE runs_seen (
        day date NOT NULL,
        word integer NOT NULL CHECK (word >= 0),
        bits bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (day, word)
      );
    `,
  },
];

/** Applies the steps this database has not had yet; safe when several processes start at once. */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.withLock(MIGRATION_LOCK, async (sql) => {
    await sql.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set(
      (await sql.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => row.version),
    );
    const applied: number[] = [];
    for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(step.version)) continue;
      await sql.exec('BEGIN');
      try {
        await sql.exec(step.sql);
        await sql.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
        await sql.exec('COMMIT');
      } catch (error) {
        await sql.exec('ROLLBACK');
        throw new Error(`Migration ${String(step.version)} (${step.name}) failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
      applied.push(step.version);
    }
    return applied;
  });
}
