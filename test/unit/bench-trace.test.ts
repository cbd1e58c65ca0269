/** The bench's reading of a Chromium trace: main-thread busy time from a click to the next scene's paint. */
import { describe, expect, it } from 'vitest';
import { choiceWork, MainThread, type TraceEvent } from '../../bench/trace.ts';

const MAIN = { pid: 1, tid: 1 };
const ms = (value: number): number => value * 1000;

/** A top-level task from `start` to `start + length` (ms), with what it did inside. */
function task(start: number, length: number, inside: Array<'frame' | 'paint'> = []): TraceEvent[] {
  const events: TraceEvent[] = [
    { name: 'ThreadControllerImpl::RunTask', cat: 'toplevel', ph: 'X', ts: ms(start), dur: ms(length), ...MAIN },
  ];
  if (inside.includes('frame')) events.push({ name: 'BeginMainThreadFrame', ph: 'I', ts: ms(start) + 10, ...MAIN });
  if (inside.includes('paint'))
    events.push({ name: 'Paint', ph: 'X', ts: ms(start + length) - 200, dur: 100, ...MAIN });
  return events;
}
function mark(name: string, at: number, where = MAIN): TraceEvent {
  return { name, cat: 'blink.user_timing', ph: 'I', ts: ms(at), ...where };
}

describe('the main thread of a trace', () => {
  it('sums the busy time of its tasks inside a window, not the idle time between them', () => {
    const thread = new MainThread([...task(0, 5), ...task(10, 5), ...task(20, 5)], 1, 1);
    expect(thread.busy(ms(2), ms(22)) / 1000).toBe(3 + 5 + 2);
  });

  it('counts a nested task once', () => {
    const events = [...task(0, 10), { name: 'RunTask', cat: 'x', ph: 'X', ts: ms(2), dur: ms(3), ...MAIN }];
    expect(new MainThread(events, 1, 1).busy(0, ms(100)) / 1000).toBe(10);
  });

  it('reads only its own thread, found by the mark the page made', () => {
    const other = { pid: 2, tid: 7 };
    const events = [...task(0, 50).map((e) => ({ ...e, ...other })), ...task(0, 4), mark('bench:click:0', 1)];
    const thread = MainThread.ofMark(events, 'bench:click:0')!;
    expect(thread.busy(0, ms(100)) / 1000).toBe(4);
    expect(thread.marks.get('bench:click:0')).toBe(ms(1));
    expect(MainThread.ofMark(events, 'bench:click:9')).toBeUndefined();
  });
});

describe('a choice read from the trace', () => {
  // Click handled in a 6 ms task from 0; an exit animation runs on the compositor (the main thread
  // idles for 160 ms but for two light frames); the next scene is rendered at 170 and painted in the
  // frame at 180; its heading takes focus at 300, after the entering transition, painted at 310.
  const events = [
    ...task(0, 6),
    mark('bench:click:0', 2),
    ...task(16, 1, ['frame', 'paint']),
    ...task(100, 2, ['frame', 'paint']),
    ...task(170, 8),
    mark('bench:shown:0', 176),
    ...task(180, 4, ['frame', 'paint']),
    ...task(250, 20, ['frame', 'paint']),
    ...task(300, 1),
    mark('bench:arrived:0', 300.5),
    ...task(310, 3, ['frame', 'paint']),
    mark('bench:click:1', 1000),
    ...task(999, 30, ['frame', 'paint']),
  ];
  const thread = MainThread.ofMark(events, 'bench:click:0')!;
  const at = (name: string): number => thread.marks.get(name)!;

  it('is the work from the task that took the click to the end of the paint of the next scene', () => {
    const work = choiceWork(thread, { click: at('bench:click:0'), shown: at('bench:shown:0') })!;
    expect(work.workMs).toBeCloseTo(6 + 1 + 2 + 8 + 4);
    expect(work.latencyMs).toBeCloseTo(184 - 2);
  });

  it('answers on screen at the first paint after the click: the work to there is the choice to next paint', () => {
    const work = choiceWork(thread, { click: at('bench:click:0'), shown: at('bench:shown:0') })!;
    // The click's task (6) and the frame at 16 that paints the leaving scene's first fade (1).
    expect(work.nextPaintMs).toBeCloseTo(6 + 1);
    // A heavier click handler counts in full.
    const heavy = MainThread.ofMark([...events.filter((e) => e.ts !== 0), ...task(0, 14)], 'bench:click:0')!;
    expect(choiceWork(heavy, { click: ms(2), shown: ms(176) })!.nextPaintMs).toBeCloseTo(14 + 1);
  });

  it('has as its worst frame the most work between two frames until the scene has arrived', () => {
    const work = choiceWork(thread, {
      click: at('bench:click:0'),
      shown: at('bench:shown:0'),
      arrived: at('bench:arrived:0'),
      next: at('bench:click:1'),
    })!;
    // Frames end at 17, 102, 184, 270 and 313: the heaviest is the one rendering the new scene
    // (8 + 4) unless a later one outweighs it (20 at 250).
    expect(work.worstFrameMs).toBeCloseTo(20);
  });

  it('shows a slow render: a busy task before the paint counts in full', () => {
    const slow = MainThread.ofMark([...events.filter((e) => e.ts !== ms(170)), ...task(130, 48)], 'bench:click:0')!;
    const work = choiceWork(slow, { click: ms(2), shown: ms(176) })!;
    expect(work.workMs).toBeCloseTo(6 + 1 + 2 + 48 + 4);
  });

  it('is not measured when nothing painted after the scene was shown and before the next click', () => {
    expect(choiceWork(thread, { click: ms(400), shown: ms(500), next: ms(990) })).toBeUndefined();
  });
});
