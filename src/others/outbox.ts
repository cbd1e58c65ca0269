/**
 * Runs waiting to be counted: a finished run is written to storage before it is sent and removed
 * once the server has answered for it (counted, already counted, or refused: a refused run would
 * be refused again). A network failure or a 5xx keeps it for the next ending, so a run played
 * offline is counted later. The server counts a run once however often it arrives within a day;
 * an entry older than that is dropped unsent, so a late retry never counts it twice.
 */
import type { StorageLike } from '../engine/save.ts';
import { RUNS_PATH, type RunReport } from './api.ts';

export const RUNS_KEY = 'three-thousand-miles:runs-to-count';
/**
 * Kept for less than a day: the server remembers a run for a day at least (today's and
 * yesterday's filter of runs seen, src/server/runs.ts), so a run sent late never counts twice.
 */
export const KEEP_MS = 20 * 60 * 60 * 1000;
/** The most runs kept waiting: a device offline for many runs sends its latest ones. */
export const MAX_WAITING = 10;

interface Waiting {
  run: RunReport;
  at: number;
}

const same = (a: RunReport, b: RunReport): boolean =>
  a.story === b.story && a.seed === b.seed && a.log.length === b.log.length && a.log.every((id, i) => id === b.log[i]);

function isRun(value: unknown): value is RunReport {
  const run = value as Partial<RunReport> | null;
  return (
    typeof run === 'object' &&
    run !== null &&
    typeof run.story === 'string' &&
    typeof run.seed === 'number' &&
    typeof run.ending === 'string' &&
    Array.isArray(run.log) &&
    run.log.every((id) => typeof id === 'string')
  );
}

function read(storage: StorageLike, now: number): Waiting[] {
  try {
    const raw: unknown = JSON.parse(storage.getItem(RUNS_KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (entry): entry is Waiting =>
        typeof entry === 'object' &&
        entry !== null &&
        isRun((entry as Waiting).run) &&
        typeof (entry as Waiting).at === 'number' &&
        now - (entry as Waiting).at < KEEP_MS &&
        (entry as Waiting).at <= now,
    );
  } catch {
    return [];
  }
}

function write(storage: StorageLike, waiting: Waiting[]): void {
  try {
    if (waiting.length === 0) storage.removeItem(RUNS_KEY);
    else storage.setItem(RUNS_KEY, JSON.stringify(waiting));
  } catch {
    // Storage blocked or full: the run is sent from memory this once, and not retried later.
  }
}

export interface SendOptions {
  storage: StorageLike;
  fetch: typeof fetch;
  now?: () => number;
}

/** Keeps `run` to be counted (once: the same run queued twice is kept once). */
export function queueRun(storage: StorageLike, run: RunReport, now = Date.now()): void {
  const waiting = read(storage, now).filter((entry) => !same(entry.run, run));
  write(storage, [...waiting, { run, at: now }].slice(-MAX_WAITING));
}

/** The runs waiting to be counted. */
export function waitingRuns(storage: StorageLike, now = Date.now()): RunReport[] {
  return read(storage, now).map((entry) => entry.run);
}

/** `sent`: every waiting run answered; `kept`: one could not reach the server; `absent`: no service here. */
export type SendResult = 'sent' | 'kept' | 'absent';

let sending: Promise<SendResult> | undefined;

/**
 * Sends every waiting run, oldest first; stops at the first that could not reach the server.
 * Never throws: a failure is silent (the story goes on without the shares). A call while a send
 * is under way waits for that one instead of sending the same runs again.
 */
export function sendWaitingRuns(options: SendOptions): Promise<SendResult> {
  sending ??= send(options).finally(() => {
    sending = undefined;
  });
  return sending;
}

async function send({ storage, fetch, now = Date.now }: SendOptions): Promise<SendResult> {
  for (const entry of read(storage, now())) {
    let status: number;
    try {
      const response = await fetch(RUNS_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(entry.run),
        credentials: 'omit',
        keepalive: true,
      });
      status = response.status;
    } catch {
      return 'kept';
    }
    if (status >= 500 || status === 429) return 'kept';
    write(
      storage,
      read(storage, now()).filter((other) => !same(other.run, entry.run)),
    );
    // A static host (no service behind the page) has no such address: nothing here will count it.
    if (status === 404 || status === 405) return 'absent';
  }
  return 'sent';
}
