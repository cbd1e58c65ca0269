/**
 * "How others chose": the HTTP contract shared by the app (src/others/) and the server
 * (src/server/runs.ts). The app imports only types and constants from here.
 *
 * POST /api/runs      body: RunReport → 200 RunReceipt (`counted`, or `already-counted` for a run
 *   the server has had in the last day: counted once). 4xx ApiError for a run that does not replay
 *   (an illegal choice, rolls that went another way, no ending), another story version, a
 *   malformed body. Nothing is stored for a refused run.
 * GET  /api/choices?scenes=a,b,c → 200 ChoiceShares: for each of those scenes that at least
 *   SHARE_THRESHOLD counted runs decided, each choice's share in percent, rounded to SHARE_STEP.
 */

export const RUNS_PATH = '/api/runs';
export const CHOICES_PATH = '/api/choices';

/** A decision's shares are shown only once this many counted runs made it. */
export const SHARE_THRESHOLD = 20;
/** Shares are rounded to this many percent: no share gives away a handful of runs. */
export const SHARE_STEP = 5;
/** The longest log a run may send (the story's longest runs are about 40 choices). */
export const MAX_RUN_CHOICES = 300;
/** The most scenes one GET may ask about. */
export const MAX_SCENES_ASKED = 100;

/** A finished run, as the app sends it: the same seed and log that replay it on the device. */
export interface RunReport {
  /** The compiled story's hash (the story version the run was played in). */
  story: string;
  seed: number;
  /** The choice ids, in order. */
  log: string[];
  /** The ending the run reached on the device; the server's replay must reach the same. */
  ending: string;
}

export interface RunReceipt {
  status: 'counted' | 'already-counted';
}

/** Scene id → choice id → percent of the runs that made that decision (rounded to SHARE_STEP). */
export interface ChoiceShares {
  decisions: Record<string, Record<string, number>>;
}

/** The GET address for these scenes' shares. */
export function choicesUrl(scenes: readonly string[]): string {
  return `${CHOICES_PATH}?scenes=${scenes.map(encodeURIComponent).join(',')}`;
}

/** A share rounded to the nearest SHARE_STEP percent. */
export function roundShare(count: number, runs: number): number {
  return runs > 0 ? Math.round((100 * count) / runs / SHARE_STEP) * SHARE_STEP : 0;
}
