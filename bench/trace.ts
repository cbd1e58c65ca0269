/**
 * Main-thread work read from a Chromium trace (bench/browser.ts records one per run): the busy time
 * of the page's main thread between two moments, and how it falls into frames. Busy time is the
 * union of the thread's top-level tasks, so idle time between them (waiting for an animation, for
 * the next frame) is not counted, and everything inside a task is (script, style, layout, paint,
 * the wait for the compositor's commit). Pure: no browser, no file.
 */

/** The categories the analysis needs, and no more (each category costs the page some time). */
export const TRACE_CATEGORIES = [
  '-*',
  // Top-level tasks (ThreadControllerImpl::RunTask).
  'toplevel',
  // performance.mark() from the page.
  'blink.user_timing',
  // Paint, among others.
  'devtools.timeline',
  // BeginMainThreadFrame: the task that updates the rendering.
  'disabled-by-default-devtools.timeline.frame',
];

/** The fields of a Chrome trace event the analysis reads (times in microseconds). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

/** A task on the main thread, in microseconds of the trace clock. */
interface Task {
  start: number;
  end: number;
  /** It ran the rendering steps of a frame (BeginMainFrame: style, layout, paint, commit). */
  frame: boolean;
  /** A Paint happened inside it. */
  paints: number[];
}

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** One thread's timeline: its top-level tasks in order, and its user-timing marks by name. */
export class MainThread {
  private readonly tasks: Task[];
  readonly marks: ReadonlyMap<string, number>;

  constructor(events: readonly TraceEvent[], pid: number, tid: number) {
    const own = events.filter((e) => e.pid === pid && e.tid === tid);
    const tasks: Task[] = [];
    for (const e of own
      .filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && e.dur !== undefined)
      .sort((a, b) => a.ts - b.ts)) {
      const last = tasks.at(-1);
      const end = e.ts + e.dur!;
      // A task nested in another (a nested run loop, or RunTask inside ThreadControllerImpl::RunTask)
      // is part of it.
      if (last && e.ts < last.end) last.end = Math.max(last.end, end);
      else tasks.push({ start: e.ts, end, frame: false, paints: [] });
    }
    for (const e of own) {
      if (e.name !== 'BeginMainThreadFrame' && e.name !== 'Paint') continue;
      const task = taskAt(tasks, e.ts);
      if (!task) continue;
      if (e.name === 'Paint') task.paints.push(e.ts);
      else task.frame = true;
    }
    this.tasks = tasks;
    const marks = new Map<string, number>();
    for (const e of own) if (e.cat === 'blink.user_timing' && (e.ph === 'I' || e.ph === 'R')) marks.set(e.name, e.ts);
    this.marks = marks;
  }

  /** The thread that made the mark `name` (performance.mark runs on the page's main thread). */
  static ofMark(events: readonly TraceEvent[], name: string): MainThread | undefined {
    const mark = events.find((e) => e.cat === 'blink.user_timing' && e.name === name);
    return mark && new MainThread(events, mark.pid, mark.tid);
  }

  /** Microseconds of the thread busy between `from` and `to`. */
  busy(from: number, to: number): number {
    let sum = 0;
    for (const t of this.tasks) {
      if (t.end <= from) continue;
      if (t.start >= to) break;
      sum += Math.min(t.end, to) - Math.max(t.start, from);
    }
    return sum;
  }

  /** The start of the task running at `ts` (the task that handled an input event, say), else `ts`. */
  taskStart(ts: number): number {
    return taskAt(this.tasks, ts)?.start ?? ts;
  }

  /**
   * The end of the first task that paints after `ts` (and starts before `limit`): when what changed
   * at `ts` is on screen.
   */
  paintedAfter(ts: number, limit = Infinity): number | undefined {
    return this.tasks.find((t) => t.start < limit && t.end > ts && t.paints.some((p) => p > ts))?.end;
  }

  /** The end of the first frame's rendering task that ends after `ts` (and starts before `limit`). */
  frameAfter(ts: number, limit = Infinity): number | undefined {
    return this.tasks.find((t) => t.start < limit && t.end > ts && t.frame)?.end;
  }

  /**
   * The main-thread work of each frame from `from` to the frame that ends at `to`: the busy time
   * since the previous frame's rendering task ended, up to the end of this one's. A frame whose work
   * is over 16.7 ms misses the display's refresh.
   */
  framesBetween(from: number, to: number): number[] {
    const frames: number[] = [];
    let start = from;
    for (const t of this.tasks) {
      if (t.end <= from || !t.frame) continue;
      if (t.start >= to) break;
      frames.push(this.busy(start, t.end));
      start = t.end;
    }
    return frames;
  }
}

function taskAt(tasks: readonly Task[], ts: number): Task | undefined {
  // Tasks are sorted and disjoint: a binary search for the last one starting at or before ts.
  let low = 0;
  let high = tasks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (tasks[middle]!.start <= ts) low = middle + 1;
    else high = middle - 1;
  }
  const task = tasks[high];
  return task && ts <= task.end ? task : undefined;
}

/** What a choice cost, from the trace. */
export interface ChoiceWork {
  /**
   * Main-thread busy time from the start of the task that handled the click to the end of the
   * first task that paints after it: the work before the player sees the choice answered (the
   * leaving scene starting to fade, or the next scene), as Interaction to Next Paint counts it (ms).
   */
  nextPaintMs: number;
  /** Main-thread busy time from the start of the task that handled the click to the end of the task that painted the next scene (ms). */
  workMs: number;
  /** Wall time from the click to that paint (ms). */
  latencyMs: number;
  /** The most main-thread work in one frame, from the click until the scene has arrived (transition over, heading focused) and painted (ms). */
  worstFrameMs: number;
}

/**
 * The work of one choice, given the trace times (µs) of its marks: the click, the moment the next
 * scene was in the DOM, the moment its heading took focus, and the next click (nothing after it
 * belongs to this choice). Undefined when the trace shows no paint of the next scene.
 */
export function choiceWork(
  thread: MainThread,
  marks: { click: number; shown: number; arrived?: number | undefined; next?: number | undefined },
): ChoiceWork | undefined {
  const limit = marks.next ?? Infinity;
  const start = thread.taskStart(marks.click);
  const painted = thread.paintedAfter(marks.shown, limit);
  if (painted === undefined) return undefined;
  const arrived = Math.max(marks.arrived ?? marks.shown, marks.shown);
  const settled = Math.max(painted, thread.frameAfter(arrived, limit) ?? arrived);
  const frames = thread.framesBetween(start, settled);
  const answered = thread.paintedAfter(marks.click, limit) ?? painted;
  return {
    nextPaintMs: thread.busy(start, Math.min(answered, painted)) / 1000,
    workMs: thread.busy(start, painted) / 1000,
    latencyMs: (painted - marks.click) / 1000,
    worstFrameMs: Math.max(0, ...frames) / 1000,
  };
}
