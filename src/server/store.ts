/**
 * The signatures, as the service keeps them: stored once per idempotency key, once per person and
 * petition, counted when they count (at once, or when their email link is followed), quarantined
 * over a rate limit, deleted on request, anonymised after the petition closes. Every change to
 * what counts updates the petition's count row in the same transaction.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { PetitionCount, SignatureRequest } from '../sign/api.ts';
import { canonicalEmail } from './canonical.ts';
import type { Database, Sql } from './db.ts';

export type SignatureState = 'pending' | 'counted' | 'quarantined';

/** How many signatures one client address may send to one petition before they are quarantined. */
export interface RateLimits {
  /** Per client address and petition, within five minutes. */
  addressBurst: number;
  /** Per client address and petition, within an hour. */
  addressHourly: number;
  /** Per petition from all addresses, within a minute. */
  petitionPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { addressBurst: 30, addressHourly: 100, petitionPerMinute: 1000 };

export interface SignOutcome {
  /** new: stored now; repeat: this key was stored before; duplicate: this person already signed. */
  kind: 'new' | 'repeat' | 'duplicate';
  state?: SignatureState;
  /** For a new pending signature, or a repeat whose mail never went: the tokens to mail. */
  mail?: { id: string; to: string; name: string; language: string; confirmToken: string; rejectToken: string };
}

export interface StoredSignature {
  id: string;
  idempotencyKey: string;
  petition: string;
  state: SignatureState;
  name: string | null;
  email: string | null;
  country: string;
  postalCode: string | null;
  mailingList: boolean;
  language: string;
  ending: string | null;
  source: string;
  website: string;
  createdAt: Date;
  confirmedAt: Date | null;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const newToken = (): string => randomBytes(32).toString('base64url');

/** A petition's count row as the API gives it. */
function countOf(
  row: { id: string; count: string | number; updated_at: Date | string },
  goal: number | null,
): PetitionCount {
  return { id: row.id, count: Number(row.count), goal, updatedAt: new Date(row.updated_at).toISOString() };
}

export class SignatureStore {
  readonly #db: Database;
  #salt: string | undefined;

  constructor(db: Database) {
    this.#db = db;
  }

  get db(): Database {
    return this.#db;
  }

  /** Makes sure each petition has its count row. */
  async ensurePetitions(ids: string[]): Promise<void> {
    for (const id of ids) await this.#db.query('INSERT INTO petitions (id) VALUES ($1) ON CONFLICT DO NOTHING', [id]);
  }

  /** The salt client addresses are hashed with: made once, kept in the database, shared by every process. */
  async salt(): Promise<string> {
    if (this.#salt) return this.#salt;
    await this.#db.query(
      "INSERT INTO service_settings (name, value) VALUES ('address-salt', $1) ON CONFLICT DO NOTHING",
      [randomBytes(32).toString('hex')],
    );
    const [row] = await this.#db.query<{ value: string }>(
      "SELECT value FROM service_settings WHERE name = 'address-salt'",
    );
    this.#salt = row!.value;
    return this.#salt;
  }

  /** A client address as stored: salted and hashed, never the address itself. */
  async addressHash(address: string): Promise<string> {
    return createHmac('sha256', await this.salt())
      .update(address)
      .digest('hex')
      .slice(0, 32);
  }

  /**
   * Stores a checked signature once. `confirm`: it waits for its email link; else it counts at once.
   * Over a rate limit it is quarantined: stored, not counted, no mail sent.
   */
  async sign(
    request: SignatureRequest,
    addressHash: string,
    confirm: boolean,
    limits: RateLimits,
  ): Promise<SignOutcome> {
    const confirmToken = newToken();
    const rejectToken = newToken();
    const outcome = await this.#db.transaction(async (tx): Promise<SignOutcome> => {
      const quarantined = await overLimit(tx, addressHash, request.petition, limits);
      const state: SignatureState = quarantined ? 'quarantined' : confirm ? 'pending' : 'counted';
      const { signature: s, context: c } = request;
      const rows = await tx.query<{ id: string }>(
        `INSERT INTO signatures (idempotency_key, petition, state, name, email, canonical_email, country, postal_code,
           mailing_list, language, ending, source, website, address_hash, confirm_token, reject_token,
           confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
           CASE WHEN $3 = 'counted' THEN now() END)
         ON CONFLICT DO NOTHING
         RETURNING id::text AS id`,
        [
          request.idempotencyKey,
          request.petition,
          state,
          s.name,
          s.email,
          canonicalEmail(s.email),
          s.country,
          s.postalCode ?? null,
          s.mailingList,
          c.language,
          c.ending ?? null,
          c.source,
          c.website,
          addressHash,
          state === 'pending' ? hashToken(confirmToken) : null,
          state === 'quarantined' ? null : hashToken(rejectToken),
        ],
      );
      const inserted = rows[0];
      if (inserted) {
        if (state === 'counted') await bump(tx, request.petition, 1);
        return {
          kind: 'new',
          state,
          ...(state === 'pending'
            ? { mail: { id: inserted.id, to: s.email, name: s.name, language: c.language, confirmToken, rejectToken } }
            : {}),
        };
      }
      // Nothing stored: this key came before, or this person has signed this petition already.
      const [before] = await tx.query<{
        id: string;
        state: SignatureState;
        mail_sent_at: Date | null;
        email: string | null;
      }>('SELECT id::text AS id, state, mail_sent_at, email FROM signatures WHERE idempotency_key = $1', [
        request.idempotencyKey,
      ]);
      if (!before) return { kind: 'duplicate' };
      if (before.state === 'pending' && before.mail_sent_at === null && before.email !== null) {
        // Its mail never went (the mail server failed last time): new tokens, mailed now.
        await tx.query('UPDATE signatures SET confirm_token = $2, reject_token = $3 WHERE id = $1', [
          before.id,
          hashToken(confirmToken),
          hashToken(rejectToken),
        ]);
        return {
          kind: 'repeat',
          state: before.state,
          mail: { id: before.id, to: before.email, name: s.name, language: c.language, confirmToken, rejectToken },
        };
      }
      return { kind: 'repeat', state: before.state };
    });
    return outcome;
  }

  /** Notes that a signature's confirmation mail has gone. */
  async mailSent(id: string): Promise<void> {
    await this.#db.query('UPDATE signatures SET mail_sent_at = now() WHERE id = $1', [id]);
  }

  /** The signature a confirm or reject token belongs to, without using it (for the page that asks). */
  async byToken(
    kind: 'confirm' | 'reject',
    token: string,
  ): Promise<{ petition: string; state: SignatureState; language: string } | undefined> {
    const column = kind === 'confirm' ? 'confirm_token' : 'reject_token';
    const [row] = await this.#db.query<{ petition: string; state: SignatureState; language: string }>(
      `SELECT petition, state, language FROM signatures WHERE ${column} = $1`,
      [hashToken(token)],
    );
    return row;
  }

  /** Follows a confirm link: the signature counts from now. The token works once. */
  async confirm(token: string): Promise<{ petition: string } | undefined> {
    return this.#db.transaction(async (tx) => {
      const [row] = await tx.query<{ petition: string }>(
        `UPDATE signatures SET state = 'counted', confirmed_at = now(), confirm_token = NULL
         WHERE confirm_token = $1 AND state = 'pending' RETURNING petition`,
        [hashToken(token)],
      );
      if (row) await bump(tx, row.petition, 1);
      return row;
    });
  }

  /** Follows a "this wasn't me" link: the signature is deleted (and uncounted if it counted). */
  async reject(token: string): Promise<{ petition: string } | undefined> {
    return this.#db.transaction(async (tx) => {
      const [row] = await tx.query<{ petition: string; state: SignatureState }>(
        'DELETE FROM signatures WHERE reject_token = $1 RETURNING petition, state',
        [hashToken(token)],
      );
      if (row?.state === 'counted') await bump(tx, row.petition, -1);
      return row;
    });
  }

  /** Deletes every signature of one person (matched on the canonical email), on their request. */
  async deleteByEmail(email: string): Promise<number> {
    return this.#db.transaction(async (tx) => {
      const rows = await tx.query<{ petition: string; state: SignatureState }>(
        'DELETE FROM signatures WHERE canonical_email = $1 RETURNING petition, state',
        [canonicalEmail(email)],
      );
      for (const row of rows) if (row.state === 'counted') await bump(tx, row.petition, -1);
      return rows.length;
    });
  }

  /** A petition's public count, from its count row: never a count over the signatures. */
  async count(petition: string, goal: number | null): Promise<PetitionCount | undefined> {
    const [row] = await this.#db.query<{ id: string; count: string; updated_at: Date }>(
      'SELECT id, count, updated_at FROM petitions WHERE id = $1',
      [petition],
    );
    return row && countOf(row, goal);
  }

  /** The signatures of a petition in one state, oldest first, for export or review. */
  async list(petition: string, state: SignatureState): Promise<StoredSignature[]> {
    const rows = await this.#db.query(
      `SELECT id::text AS id, idempotency_key, petition, state, name, email, country, postal_code, mailing_list,
         language, ending, source, website, created_at, confirmed_at
       FROM signatures WHERE petition = $1 AND state = $2 ORDER BY id`,
      [petition, state],
    );
    return rows.map((r) => ({
      id: r.id as string,
      idempotencyKey: r.idempotency_key as string,
      petition: r.petition as string,
      state: r.state as SignatureState,
      name: r.name as string | null,
      email: r.email as string | null,
      country: r.country as string,
      postalCode: r.postal_code as string | null,
      mailingList: r.mailing_list as boolean,
      language: r.language as string,
      ending: r.ending as string | null,
      source: r.source as string,
      website: r.website as string,
      createdAt: new Date(r.created_at as string),
      confirmedAt: r.confirmed_at ? new Date(r.confirmed_at as string) : null,
    }));
  }

  /** Releases quarantined signatures (by id) after review: they count from now. */
  async release(petition: string, ids: string[]): Promise<number> {
    return this.#db.transaction(async (tx) => {
      const rows = await tx.query(
        `UPDATE signatures SET state = 'counted', confirmed_at = now()
         WHERE petition = $1 AND state = 'quarantined' AND id = ANY($2::bigint[]) RETURNING id`,
        [petition, ids],
      );
      if (rows.length) await bump(tx, petition, rows.length);
      return rows.length;
    });
  }

  /**
   * Strips names, emails and postal codes from a petition's signatures; the count, countries and
   * languages stay. Returns how many were anonymised.
   */
  async anonymise(petition: string): Promise<number> {
    const rows = await this.#db.query(
      `UPDATE signatures SET name = NULL, email = NULL, canonical_email = NULL, postal_code = NULL,
         confirm_token = NULL, reject_token = NULL, anonymised_at = now()
       WHERE petition = $1 AND anonymised_at IS NULL RETURNING id`,
      [petition],
    );
    return rows.length;
  }
}

/** Moves a petition's count row by `delta`, in the caller's transaction. */
async function bump(tx: Sql, petition: string, delta: number): Promise<void> {
  await tx.query('UPDATE petitions SET count = count + $2, updated_at = now() WHERE id = $1', [petition, delta]);
}

/** True when this address, or the petition as a whole, has sent more than its limits allow. */
async function overLimit(tx: Sql, addressHash: string, petition: string, limits: RateLimits): Promise<boolean> {
  const [row] = await tx.query<{ burst: string; hourly: string; petition_minute: string }>(
    `SELECT
       (SELECT count(*) FROM (SELECT 1 FROM signatures WHERE address_hash = $1 AND petition = $2
          AND created_at > now() - interval '5 minutes' LIMIT $3) b) AS burst,
       (SELECT count(*) FROM (SELECT 1 FROM signatures WHERE address_hash = $1 AND petition = $2
          AND created_at > now() - interval '1 hour' LIMIT $4) h) AS hourly,
       (SELECT count(*) FROM (SELECT 1 FROM signatures WHERE petition = $2
          AND created_at > now() - interval '1 minute' LIMIT $5) p) AS petition_minute`,
    [addressHash, petition, limits.addressBurst, limits.addressHourly, limits.petitionPerMinute],
  );
  return (
    Number(row!.burst) >= limits.addressBurst ||
    Number(row!.hourly) >= limits.addressHourly ||
    Number(row!.petition_minute) >= limits.petitionPerMinute
  );
}
