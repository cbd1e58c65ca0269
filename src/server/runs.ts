/**
 * "How others chose" on the server: a finished run is replayed with the story engine and, if it
 * reaches the ending it claims, each decision it made adds one to per-choice counts. Nothing else
 * of a run is kept: no row per run, no address, no id; only, for a day, a keyed digest of the run
 * so that the same run sent again counts once (the contract is in src/others/api.ts).
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

/** How long a counted run's digest is kept to refuse it again. */
export const SEEN_FOR_HOURS = 24;

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
      .digest('hex');
    const counted = await this.#count(digest, checked.decisions);
    return { ok: true, receipt: { status: counted ? 'counted' : 'already-counted' } };
  }

  /** Adds one to each decision and choice, unless this digest was counted in the last day. */
  async #count(digest: string, decisions: Decision[]): Promise<boolean> {
    // Rows are locked in one order (by scene) in every transaction, so two runs never deadlock.
    const sorted = [...decisions].sort((a, b) => (a.scene < b.scene ? -1 : a.scene > b.scene ? 1 : 0));
    const scenes = sorted.map((d) => d.scene);
    const choices = sorted.map((d) => d.choice);
    return this.#db.transaction(async (tx) => {
      await tx.query(`DELETE FROM runs_seen WHERE seen_at < now() - make_interval(hours => $1)`, [SEEN_FOR_HOURS]);
      const fresh = await tx.query(
        'INSERT INTO runs_seen (digest) VALUES ($1) ON CONFLICT DO NOTHING RETURNING digest',
        [digest],
      );
      if (fresh.length === 0) return false;
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
