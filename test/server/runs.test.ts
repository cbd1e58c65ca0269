/**
 * "How others chose" over HTTP, on PGlite and on PostgreSQL: a run counts only if it replays to
 * the ending it claims, the same run counts once, shares show only from 20 runs and are rounded
 * to 5%, and nothing of a run is kept but counts and bits in a Bloom filter of today's and
 * yesterday's runs (no row per run).
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHOICES_PATH,
  RUNS_PATH,
  choicesUrl,
  roundShare,
  type ChoiceShares,
  type RunReport,
} from '../../src/others/api.ts';
import type { CompiledStory } from '../../src/engine/story.ts';
import { FILTER_BITS, FILTER_HASHES, filterWords } from '../../src/server/runs.ts';
import { realStory } from '../support/story.ts';
import { firstDecision, playRun, runsChoosing } from '../support/runs.ts';
import { BACKENDS, startTestService, type TestService } from './harness.ts';

async function send(url: string, body: unknown, type = 'application/json') {
  const response = await fetch(`${url}${RUNS_PATH}`, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function shares(url: string, scenes: string[]): Promise<ChoiceShares> {
  const response = await fetch(`${url}${choicesUrl(scenes)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as ChoiceShares;
}

describe("a run's bits in the filter", () => {
  it('are at most FILTER_HASHES, within the filter, in word order, the same for the same digest', () => {
    for (let i = 0; i < 200; i++) {
      const digest = createHash('sha256').update(String(i)).digest();
      const words = filterWords(digest);
      expect(filterWords(digest)).toEqual(words);
      expect(words.length).toBeGreaterThan(0);
      expect(words.length).toBeLessThanOrEqual(FILTER_HASHES);
      expect(words.map((w) => w.word)).toEqual([...words.map((w) => w.word)].sort((a, b) => a - b));
      let bits = 0;
      for (const { word, mask } of words) {
        expect(word).toBeGreaterThanOrEqual(0);
        expect(word).toBeLessThan(FILTER_BITS / 64);
        // A signed 64-bit mask, as PostgreSQL's bigint holds it, with at least one bit set.
        expect(mask).not.toBe(0n);
        expect(BigInt.asIntN(64, mask)).toBe(mask);
        bits += BigInt.asUintN(64, mask).toString(2).replaceAll('0', '').length;
      }
      expect(bits).toBeLessThanOrEqual(FILTER_HASHES);
    }
  });
});

describe('rounding a share', () => {
  it.each([
    [15, 20, 75],
    [7, 21, 35],
    [14, 21, 65],
    [1, 40, 5],
    [1, 41, 0],
    [20, 20, 100],
  ])('%i of %i runs → %i%%', (count, runs, percent) => {
    expect(roundShare(count, runs)).toBe(percent);
  });
});

describe.each(BACKENDS)('counting runs on $name', (backend) => {
  let service: TestService;
  let story: CompiledStory;
  beforeAll(async () => {
    story = realStory();
    service = await startTestService(backend, { story });
  }, 60_000);
  afterAll(async () => {
    await service.close();
  });

  it.skipIf(!backend.available)('refuses forged runs with a clear 4xx and counts none of them', async () => {
    const run = playRun(story, 1001)!;
    const { scene } = firstDecision(story);
    const forged: Array<[string, unknown, number, string]> = [
      ['a choice that is not in the story', { ...run, log: ['fly-away', ...run.log.slice(1)] }, 422, 'not open'],
      ['a choice open elsewhere but not here', { ...run, log: [run.log[1]!, ...run.log] }, 422, 'not open'],
      ['a run that stops before its ending', { ...run, log: run.log.slice(0, -1) }, 422, 'does not reach an ending'],
      ['a run that goes on after its ending', { ...run, log: [...run.log, run.log.at(-1)!] }, 422, 'not open'],
      [
        'another ending than the replay reaches',
        { ...run, ending: otherEnding(story, run.ending) },
        422,
        'another ending',
      ],
      ['another story version', { ...run, story: '0123456789abcdef' }, 409, 'another version'],
      ['a seed out of range', { ...run, seed: 2 ** 32 }, 400, 'seed'],
      ['a field a run does not have', { ...run, address: '10.0.0.1' }, 400, 'field'],
      ['no log', { story: run.story, seed: run.seed, ending: run.ending }, 400, 'log is missing'],
    ];
    for (const [what, body, status, message] of forged) {
      const answer = await send(service.url, body);
      expect(answer.status, what).toBe(status);
      expect(String(answer.json.message), what).toContain(message);
      expect(typeof answer.json.error, what).toBe('string');
    }
    expect((await send(service.url, 'not json')).status).toBe(400);
    expect((await send(service.url, run, 'text/plain')).status).toBe(415);
    const counted = await service.store.db.query<{ n: string }>('SELECT count(*) AS n FROM decision_counts');
    expect(Number(counted[0]!.n)).toBe(0);
    expect((await shares(service.url, [scene])).decisions).toEqual({});
  });

  it.skipIf(!backend.available)('refuses a log replayed with a seed whose rolls go another way', async () => {
    // A run whose chance draws matter, sent with another seed: the same choices no longer fit.
    let refused = 0;
    for (let seed = 2000; seed < 2030; seed++) {
      const run = playRun(story, seed)!;
      const wrong = { ...run, seed: seed + 7919 };
      const replays = playRunLike(story, wrong);
      const answer = await send(service.url, wrong);
      if (replays) expect(answer.status).toBe(200);
      else {
        expect(answer.status).toBe(422);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
    await service.store.db.query('DELETE FROM choice_counts');
    await service.store.db.query('DELETE FROM decision_counts');
  });

  it.skipIf(!backend.available)('counts the same run once, and keeps only counts and filter bits', async () => {
    await service.store.db.query('DELETE FROM runs_seen');
    const run = playRun(story, 3001)!;
    const before = await decided(service, firstDecision(story).scene);
    const words = async () =>
      Number((await service.store.db.query<{ n: string }>('SELECT count(*) AS n FROM runs_seen'))[0]!.n);
    expect((await send(service.url, run)).json).toEqual({ status: 'counted' });
    expect((await send(service.url, run)).json).toEqual({ status: 'already-counted' });
    // Sent again at the same moment, by two retries racing: still once.
    const racing = playRun(story, 3002)!;
    const answers = await Promise.all([send(service.url, racing), send(service.url, racing)]);
    expect(answers.map((a) => a.json.status).sort()).toEqual(['already-counted', 'counted']);
    expect(await decided(service, firstDecision(story).scene)).toBe(before + 2);
    // What is kept: no column that could hold a run, an address or an id.
    const columns = await service.store.db.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_name IN ('runs_seen', 'decision_counts', 'choice_counts') ORDER BY table_name, column_name`,
    );
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
      'choice_counts.choice',
      'choice_counts.runs',
      'choice_counts.scene',
      'decision_counts.runs',
      'decision_counts.scene',
      'runs_seen.bits',
      'runs_seen.day',
      'runs_seen.word',
    ]);
    // No row per run: each of the two runs set at most FILTER_HASHES bits, in words others share.
    const kept = await words();
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(2 * FILTER_HASHES);
    const rows = await service.store.db.query<{ word: number }>('SELECT word FROM runs_seen');
    for (const { word } of rows) expect(word).toBeLessThan(FILTER_BITS / 64);
  });

  it.skipIf(!backend.available)("remembers a run through yesterday's filter, and forgets it after", async () => {
    const run = playRun(story, 4001)!;
    expect((await send(service.url, run)).json.status).toBe('counted');
    // A day later the run is in yesterday's filter: sent again, it is still refused.
    await service.store.db.query('UPDATE runs_seen SET day = day - 1');
    expect((await send(service.url, run)).json.status).toBe('already-counted');
    // Two days later its filter is deleted, and with it every trace of the run.
    await service.store.db.query('UPDATE runs_seen SET day = day - 1');
    expect((await send(service.url, playRun(story, 4002)!)).json.status).toBe('counted');
    const days = await service.store.db.query<{ old: string }>(
      "SELECT count(*) AS old FROM runs_seen WHERE day < (now() AT TIME ZONE 'UTC')::date - 1",
    );
    expect(Number(days[0]!.old)).toBe(0);
    expect((await send(service.url, run)).json.status).toBe('counted');
  });

  it.skipIf(!backend.available)('shows a decision from its 20th run, rounded to 5%', async () => {
    const { scene, choices } = firstDecision(story);
    const [a, b] = choices as [string, string];
    await service.store.db.query('DELETE FROM choice_counts');
    await service.store.db.query('DELETE FROM decision_counts');
    await service.store.db.query('DELETE FROM runs_seen');
    // 13 of one, 6 of the other: 19 runs decided, nothing shown.
    for (const run of [...runsChoosing(story, a, 13, 10_000), ...runsChoosing(story, b, 6, 20_000)])
      expect((await send(service.url, run)).json.status).toBe('counted');
    expect((await shares(service.url, [scene])).decisions).toEqual({});
    // The 20th: 13/20 = 65%, 7/20 = 35%.
    expect((await send(service.url, runsChoosing(story, b, 1, 30_000)[0]!)).json.status).toBe('counted');
    expect((await shares(service.url, [scene])).decisions[scene]).toEqual({ [a]: 65, [b]: 35 });
    // The 21st: 13/21 = 61.9% → 60%, 8/21 = 38.1% → 40%.
    expect((await send(service.url, runsChoosing(story, b, 1, 40_000)[0]!)).json.status).toBe('counted');
    expect((await shares(service.url, [scene])).decisions[scene]).toEqual({ [a]: 60, [b]: 40 });
    // Later decisions that fewer runs reached are not in the answer.
    const later = Object.keys(story.scenes).filter((id) => id !== scene);
    const answer = await shares(service.url, [scene, ...later.slice(0, 50)]);
    for (const id of Object.keys(answer.decisions)) {
      const rows = await service.store.db.query<{ runs: string }>('SELECT runs FROM decision_counts WHERE scene = $1', [
        id,
      ]);
      expect(Number(rows[0]!.runs)).toBeGreaterThanOrEqual(20);
    }
  });

  it.skipIf(!backend.available)('refuses a malformed question about shares', async () => {
    for (const query of ['', '?scenes=Bad_Id', `?scenes=${Array.from({ length: 101 }, () => 'a').join(',')}`]) {
      const response = await fetch(`${service.url}${CHOICES_PATH}${query}`);
      expect(response.status, query).toBe(400);
    }
  });
});

/** Whether `run`'s log replays from its seed to its ending, by the test's own player. */
function playRunLike(story: CompiledStory, run: RunReport): boolean {
  let step = 0;
  const replayed = playRun(story, run.seed, (_scene, open) => {
    const choice = open.find((c) => c.id === run.log[step]);
    step++;
    return choice ?? open[0]!;
  });
  return (
    replayed !== undefined &&
    replayed.ending === run.ending &&
    replayed.log.length === run.log.length &&
    replayed.log.every((id, i) => id === run.log[i])
  );
}

function otherEnding(story: CompiledStory, ending: string): string {
  return Object.keys(story.endings).find((id) => id !== ending)!;
}

async function decided(service: TestService, scene: string): Promise<number> {
  const rows = await service.store.db.query<{ runs: string }>('SELECT runs FROM decision_counts WHERE scene = $1', [
    scene,
  ]);
  return Number(rows[0]?.runs ?? 0);
}
