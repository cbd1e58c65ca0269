/**
 * The student's side of a class room: what it sends for each of the story's events, in order,
 * once each, kept through a failed network and a reload, and nothing but ids.
 */
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/engine/save.ts';
import { isRoomCode, normaliseRoomCode } from '../../src/room/api.ts';
import { keptRoom, ROOM_KEY, RoomReporter } from '../../src/room/reporter.ts';
import { parseParams } from '../../src/app/params.ts';

/** A fetch that records each body and answers with the statuses given, then 200. */
function fakeServer(statuses: (number | 'offline')[] = []) {
  const sent: { url: string; body: Record<string, unknown> }[] = [];
  const fetchFn = ((url: string, init: RequestInit) => {
    const status = statuses.shift() ?? 200;
    if (status === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    sent.push({ url, body: JSON.parse(init.body as string) as Record<string, unknown> });
    return Promise.resolve(new Response('{}', { status }));
  }) as typeof fetch;
  return { sent, fetchFn };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the room reporter', () => {
  it('sends choices, an undo of the last choice and the ending, numbered in order, ids only', async () => {
    const { sent, fetchFn } = fakeServer();
    const reporter = new RoomReporter('ACD346', {
      storage: memoryStorage(),
      fetch: fetchFn,
      random: () => 'device-id-0000000001',
    });
    // Other events of the story (a scene entered) are not the room's business.
    const scene = { type: 'scene', scene: 'a', chapter: 'one' };
    reporter.hear(scene);
    reporter.hear({ type: 'choice', scene: 'market', choice: 'go' });
    reporter.hear({ type: 'choice', scene: 'shed', choice: 'wait' });
    reporter.hear({ type: 'undo' });
    reporter.hear({ type: 'choice', scene: 'shed', choice: 'run' });
    reporter.hear({ type: 'ending', ending: 'caught' });
    await settle();
    expect(sent.map((s) => s.url)).toEqual(Array(5).fill('/api/rooms/ACD346/events'));
    expect(sent.map((s) => s.body)).toEqual([
      { device: 'device-id-0000000001', seq: 1, event: { type: 'choice', scene: 'market', choice: 'go' } },
      { device: 'device-id-0000000001', seq: 2, event: { type: 'choice', scene: 'shed', choice: 'wait' } },
      { device: 'device-id-0000000001', seq: 3, event: { type: 'undo', scene: 'shed', choice: 'wait' } },
      { device: 'device-id-0000000001', seq: 4, event: { type: 'choice', scene: 'shed', choice: 'run' } },
      { device: 'device-id-0000000001', seq: 5, event: { type: 'ending', ending: 'caught' } },
    ]);
  });

  it('keeps a report the network lost, through a reload, and sends it again with the same number', async () => {
    const storage = memoryStorage();
    const offline = fakeServer(['offline', 'offline', 'offline']);
    const first = new RoomReporter('ACD346', { storage, fetch: offline.fetchFn, retryMs: () => 60_000 });
    first.hear({ type: 'choice', scene: 'market', choice: 'go' });
    await settle();
    expect(first.waiting).toBe(1);
    first.stop();
    // The page reloads: the same device, the same room, the report still waiting.
    expect(keptRoom(storage)).toBe('ACD346');
    const online = fakeServer();
    const second = new RoomReporter('ACD346', { storage, fetch: online.fetchFn });
    await settle();
    expect(second.device).toBe(first.device);
    expect(online.sent.map((s) => s.body.seq)).toEqual([1]);
    expect(second.waiting).toBe(0);
  });

  it('stops and forgets the room when the server says it is gone', async () => {
    const storage = memoryStorage();
    const { fetchFn } = fakeServer([404]);
    let gone = false;
    const reporter = new RoomReporter('ACD346', { storage, fetch: fetchFn, onGone: () => (gone = true) });
    reporter.hear({ type: 'choice', scene: 'market', choice: 'go' });
    await settle();
    expect(gone).toBe(true);
    expect(storage.getItem(ROOM_KEY)).toBeNull();
  });

  it('reads a kept room only when it is well formed', () => {
    const storage = memoryStorage();
    storage.setItem(ROOM_KEY, '{"code":"<b>","device":"x","seq":1,"taken":[],"queue":[]}');
    expect(keptRoom(storage)).toBeUndefined();
    storage.setItem(ROOM_KEY, 'not json');
    expect(keptRoom(storage)).toBeUndefined();
  });
});

describe('room codes', () => {
  it.each([
    [' acd-346 ', 'ACD346', true],
    ['ACD34', 'ACD34', false],
    ['ABCDEF', 'ABCDEF', false], // B is not in the alphabet (read as 8)
    ['O0O0O0', 'O0O0O0', false],
  ])('%j → %s (a code: %s)', (typed, normal, valid) => {
    expect(normaliseRoomCode(typed)).toBe(normal);
    expect(isRoomCode(normaliseRoomCode(typed))).toBe(valid);
  });

  it('switches classroom mode on for ?class=CODE, and ignores a malformed one', () => {
    expect(parseParams('?class=acd346', 5)).toMatchObject({ mode: 'classroom', room: 'ACD346' });
    expect(parseParams('?class=<script>', 5)).toEqual({ mode: 'standard', embed: false });
  });
});
