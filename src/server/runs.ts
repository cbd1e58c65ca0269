/**
 * "How others chose" on the server: a finished run is replayed with the story engine and, if it
 * reaches the ending it claims, each decision it made adds one to per-choice counts. Nothing else
 * of a run is kept: no row per run, no address, no id; only bits in a Bloom filter of the day's
 * runs (today's and yesterday's are read), so that the same run sent again counts once (the
 * contract is in src/others/api.ts).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { checkRun, type Decision } from '../engine/decisions.ts';
import { createStoryMachine, type StoryMachine } from '../engine/machine.ts';
import type { CompiledStory } from '../engine/story.ts';
import {
  MAX_RUN_CHOICES,
  MAX_SCENES_ASKED,
  roundShare,
  SHARE_THRESHOLD,
  type ChoiceShares,
  type RunReceipt,
  type RunReport,
} from '../others/api.ts';
import type { Database } from './db.ts';

/**
 * The day's filter of runs seen: FILTER_BITS bits in words of 64, each run setting FILTER_HASHES
 * of them. With today's and yesterday's filters read, at 100,000 runs a day about 1 run in
 * 250,000 is taken for one seen before (answered "already counted", not counted); at 200,000 a
 * day, 1 in 3,400: the price of keeping no row per run.
 */
export const FILTER_BITS = 2 ** 22;
export const FILTER_HASHES = 7;

/** The bits a run's digest sets, as words of the filter and the mask within each (in word order). */
export function filterWords(digest: Buffer): Array<{ word: number; mask: bigint }> {
  const words = new Map<number, bigint>();
  for (let i = 0; i < FILTER_HASHES; i++) {
    const bit = digest.readUInt32BE(i * 4) % FILTER_BITS;
    const word = Math.floor(bit / 64);
    words.set(word, (words.get(word) ?? 0n) | (1n << BigInt(bit % 64)));
  }
  return [...words].sort(([a], [b]) => a - b).map(([word, mask]) => ({ word, mask: BigInt.asIntN(64, mask) }));
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = (what: string) =>
  z
    .string({ error: `${what} should be text.` })
    .max(100, { error: `${what} is too long.` })
    .regex(ID, { error: `${what} should be an id of the story (lower-case letters, digits and -).` });

const runReportSchema = z
  .object(
    {
      story: z
        .string({ error: 'story should be text.' })
        .regex(/^[0-9a-f]{8,64}$/, { error: 'story should be the story version (a hexadecimal hash).' }),
      seed: z
        .number({ error: 'seed should be a number.' })
        .int({ error: 'seed should be a whole number.' })
        .min(0, { error: 'seed should be from 0 to 4294967295.' })
        .max(0xffffffff, { error: 'seed should be from 0 to 4294967295.' }),
      log: z
        .array(id('Each choice'), { error: 'log should be a list of choice ids.' })
        .max(MAX_RUN_CHOICES, { error: `log holds more than ${String(MAX_RUN_CHOICES)} choices.` }),
      ending: id('ending'),
    },
    { error: 'The body should be a JSON object: a run (see src/others/api.ts).' },
  )
  .strict();

export type RunVerdict =
  { ok: true; receipt: RunReceipt } | { ok: false; status: 400 | 409 | 422; error: string; message: string };

/** Replays, counts and answers shares for one story version. */
export class RunCounter {
  readonly #db: Database;
  readonly #story: CompiledStory;
  readonly #machine: StoryMachine;
  #secret: string | undefined;

  constructor(db: Database, story: CompiledStory) {
    this.#db = db;
    this.#story = story;
    this.#machine = createStoryMachine(story);
  }

  /** The story version runs are checked against. */
  get storyHash(): string {
    return this.#story.hash;
  }

  /** The key runs' digests are made with: made once, kept in the database, shared by every process. */
  async #key(): Promise<string> {
    if (this.#secret) return this.#secret;
    await this.#db.query(
      "INSERT INTO service_settings (name, value) VALUES ('runs-secret', $1) ON CONFLICT DO NOTHING",
      [randomBytes(32).toString('hex')],
    );
    const [row] = await this.#db.query<{ value: string }>(
      "SELECT value FROM service_settings WHERE name = 'runs-secret'",
    );
    this.#secret = row!.value;
    return this.#secret;
  }

  /** Checks a request body, replays the run, and counts it once. */
  async submit(body: unknown): Promise<RunVerdict> {
    const parsed = runReportSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const message =
        issue.code === 'unrecognized_keys'
          ? 'The body has a field a run does not have.'
          : issue.code === 'invalid_type' && issue.path.length === 1 && !hasKey(body, issue.path[0])
            ? `${String(issue.path[0])} is missing.`
            : issue.message;
      return { ok: false, status: 400, error: 'invalid-run', message };
    }
    const run: RunReport = parsed.data;
    if (run.story !== this.#story.hash)
      return {
        ok: false,
        status: 409,
        error: 'story-version',
        message: 'This run was played in another version of the story; it cannot be checked here.',
      };
    const checked = checkRun(this.#story, this.#machine, run.seed, run.log);
    if (!checked.ok)
      return {
        ok: false,
        status: 422,
        error: 'run-refused',
        message:
          checked.reason === 'illegal-choice'
            ? `Choice ${String(checked.step + 1)} of the log is not open at that point of the story with this seed.`
            : 'The run does not reach an ending.',
      };
    if (checked.ending !== run.ending)
      return {
        ok: false,
        status: 422,
        error: 'run-refused',
        message: 'Replayed from its seed, the run reaches another ending than the one sent.',
      };
    const digest = createHmac('sha256', await this.#key())
      .update(JSON.stringify([run.story, run.seed, run.log]))
      .digest();
    const counted = await this.#count(filterWords(digest), checked.decisions);
    return { ok: true, receipt: { status: counted ? 'counted' : 'already-counted' } };
  }

  /** Adds one to each decision and choice, unless today's or yesterday's filter has seen the run. */
  async #count(bits: Array<{ word: number; mask: bigint }>, decisions: Decision[]): Promise<boolean> {
    // Rows are locked in one order (filter words by number, then counts by scene) in every
    // transaction, so two runs never deadlock, and the same run sent twice at once waits for the
    // first to set its bits, then sees them.
    const sorted = [...decisions].sort((a, b) => (a.scene < b.scene ? -1 : a.scene > b.scene ? 1 : 0));
    const scenes = sorted.map((d) => d.scene);
    const choices = sorted.map((d) => d.choice);
    const words = bits.map((b) => b.word);
    const masks = bits.map((b) => b.mask.toString());
    return this.#db.transaction(async (tx) => {
      const today = "(now() AT TIME ZONE 'UTC')::date";
      await tx.query(`DELETE FROM runs_seen WHERE day < ${today} - 1`);
      await tx.query(
        `INSERT INTO runs_seen (day, word) SELECT ${today}, word FROM unnest($1::int[]) AS t (word)
         ON CONFLICT DO NOTHING`,
        [words],
      );
      const rows = await tx.query<{ day: string; word: number; bits: string }>(
        `SELECT day::text AS day, word, bits::text AS bits FROM runs_seen
         WHERE day >= ${today} - 1 AND word = ANY($1::int[]) ORDER BY day, word FOR UPDATE`,
        [words],
      );
      const seenOn = (day: string) =>
        bits.every(({ word, mask }) => {
          const row = rows.find((r) => r.day === day && r.word === word);
          return row !== undefined && (BigInt(row.bits) & mask) === mask;
        });
      if ([...new Set(rows.map((r) => r.day))].some(seenOn)) return false;
      await tx.query(
        `UPDATE runs_seen SET bits = runs_seen.bits | t.mask
         FROM unnest($1::int[], $2::bigint[]) AS t (word, mask)
         WHERE runs_seen.day = ${today} AND runs_seen.word = t.word`,
        [words, masks],
      );
      if (scenes.length === 0) return true;
      await tx.query(
        `INSERT INTO decision_counts (scene, runs) SELECT scene, 1 FROM unnest($1::text[]) AS t (scene)
         ON CONFLICT (scene) DO UPDATE SET runs = decision_counts.runs + 1`,
        [scenes],
      );
      await tx.query(
        `INSERT INTO choice_counts (scene, choice, runs)
         SELECT scene, choice, 1 FROM unnest($1::text[], $2::text[]) AS t (scene, choice)
         ON CONFLICT (scene, choice) DO UPDATE SET runs = choice_counts.runs + 1`,
        [scenes, choices],
      );
      return true;
    });
  }

  /**
   * The shares of the decisions at these scenes, for those at least SHARE_THRESHOLD runs made;
   * undefined when the list is malformed.
   */
  async shares(raw: string): Promise<ChoiceShares | undefined> {
    const scenes = raw === '' ? [] : raw.split(',');
    if (scenes.length > MAX_SCENES_ASKED || !scenes.every((scene) => ID.test(scene) && scene.length <= 100))
      return undefined;
    const decisions: ChoiceShares['decisions'] = {};
    if (scenes.length === 0) return { decisions };
    const rows = await this.#db.query<{
      scene: string;
      decided: string | number;
      choice: string;
      runs: string | number;
    }>(
      `SELECT d.scene, d.runs AS decided, c.choice, c.runs
       FROM decision_counts d JOIN choice_counts c ON c.scene = d.scene
       WHERE d.scene = ANY($1::text[]) AND d.runs >= $2
       ORDER BY d.scene, c.choice`,
      [[...new Set(scenes)], SHARE_THRESHOLD],
    );
    for (const row of rows)
      (decisions[row.scene] ??= {})[row.choice] = roundShare(Number(row.runs), Number(row.decided));
    return { decisions };
  }
}

function hasKey(value: unknown, key: PropertyKey | undefined): boolean {
  return typeof value === 'object' && value !== null && key !== undefined && key in value;
}
