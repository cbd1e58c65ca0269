/**
 * Class rooms over HTTP, on PGlite and on PostgreSQL: a room opened, joined, chosen in, undone,
 * revealed and closed; the projector's stream live; bad requests refused clearly; idle rooms swept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoomStore } from '../../src/server/rooms.ts';
import { BACKENDS, startTestService, type TestService } from './harness.ts';
import { ApiStudent, createRoom, send, TestProjector } from './room-support.ts';

describe.each(BACKENDS)('class rooms on $name', (backend) => {
  let service: TestService;
  beforeAll(async () => {
    if (backend.available) service = await startTestService(backend);
  }, 60_000);
  afterAll(async () => {
    if (backend.available) await service.close();
  });

  it.skipIf(!backend.available)(
    'counts each choice once per report, takes undone ones off, and streams every change to the projector',
    async () => {
      const { code, secret } = await createRoom(service.url, 'ko');
      expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
      const projector = new TestProjector(service.url, code, secret);
      await projector.until((s) => s?.code === code && s.language === 'ko' && s.joined === 0);
      const students = Array.from({ length: 5 }, () => new ApiStudent(service.url, code));
      for (const student of students) expect(await student.join()).toBe(200);
      await students[0]!.join(); // joining again counts once
      await projector.until((s) => s?.joined === 5);

      const picks = ['cross', 'cross', 'wait', 'cross', 'wait'];
      await Promise.all(
        students.map((student, i) => student.report({ type: 'choice', scene: 'riverbank', choice: picks[i]! })),
      );
      await projector.until(
        (s) => s?.choices.riverbank?.cross === 3 && s.choices.riverbank.wait === 2 && s.playing === 5,
      );

      // A report sent again (its answer lost) counts once.
      expect(await students[0]!.resend(1, { type: 'choice', scene: 'riverbank', choice: 'cross' })).toBe(200);
      // An undo takes the choice off; the student's new choice counts.
      expect(await students[1]!.report({ type: 'undo', scene: 'riverbank', choice: 'cross' })).toBe(200);
      expect(await students[1]!.report({ type: 'choice', scene: 'riverbank', choice: 'wait' })).toBe(200);
      expect(await students[2]!.report({ type: 'ending', ending: 'caught-at-river' })).toBe(200);
      await projector.until(
        (s) =>
          s?.choices.riverbank?.cross === 2 &&
          s.choices.riverbank.wait === 3 &&
          s.endings['caught-at-river'] === 1 &&
          s.playing === 4,
      );

      const reveal = await send(
        service.url,
        `/api/rooms/${code}/reveal`,
        { scene: 'riverbank', revealed: true },
        { Authorization: `Bearer ${secret}` },
      );
      expect(reveal.status).toBe(200);
      expect(reveal.json.revealed).toEqual(['riverbank']);
      await projector.until((s) => s?.revealed.includes('riverbank') ?? false);

      const closed = await fetch(`${service.url}/api/rooms/${code}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${secret}` },
      });
      expect(closed.status).toBe(204);
      await projector.until((_, p) => p.closed);
      projector.close();
      for (const table of ['rooms', 'room_players', 'room_choices', 'room_endings'])
        expect(
          await service.store.db.query(`SELECT 1 FROM ${table} WHERE ${table === 'rooms' ? 'code' : 'room'} = $1`, [
            code,
          ]),
        ).toEqual([]);
      expect(await students[3]!.join()).toBe(404);
    },
  );

  it.skipIf(!backend.available)('keeps the projector’s view behind its key, and never stores the key', async () => {
    const { code, secret } = await createRoom(service.url);
    expect((await fetch(`${service.url}/api/rooms/${code}`)).status).toBe(401);
    const wrong = await fetch(`${service.url}/api/rooms/${code}`, {
      headers: { Authorization: 'Bearer not-the-key-at-all-000' },
    });
    expect(wrong.status).toBe(403);
    const right = await fetch(`${service.url}/api/rooms/${code}`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(right.status).toBe(200);
    expect(await right.json()).toMatchObject({ code, joined: 0, choices: {}, revealed: [] });
    const [row] = await service.store.db.query<{ secret_hash: string }>(
      'SELECT secret_hash FROM rooms WHERE code = $1',
      [code],
    );
    expect(row!.secret_hash).not.toContain(secret);
    const stranger = await fetch(`${service.url}/api/rooms/${code}`, { method: 'DELETE' });
    expect(stranger.status).toBe(401);
  });

  it.skipIf(!backend.available)('stores a device only as a hash, and nothing but ids', async () => {
    const { code } = await createRoom(service.url);
    const student = new ApiStudent(service.url, code);
    await student.join();
    const rows = await service.store.db.query<{ device_hash: string }>(
      'SELECT device_hash FROM room_players WHERE room = $1',
      [code],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.device_hash).not.toContain(student.device);
  });

  it.skipIf(!backend.available)('refuses what it cannot take, with a sentence', async () => {
    const { code } = await createRoom(service.url);
    const cases: [string, unknown, number, string][] = [
      ['/api/rooms', { language: 'xx' }, 400, 'language'],
      ['/api/rooms', { language: 'en', extra: 1 }, 400, 'field'],
      ['/api/rooms/ABC/join', { device: 'd'.repeat(20) }, 404, 'no room'],
      ['/api/rooms/CCCCCC/join', { device: 'd'.repeat(20) }, 404, 'no room'],
      [`/api/rooms/${code}/join`, { device: 'short' }, 400, 'device'],
      [
        `/api/rooms/${code}/events`,
        { device: 'd'.repeat(20), seq: 0, event: { type: 'ending', ending: 'x' } },
        400,
        'seq',
      ],
      [
        `/api/rooms/${code}/events`,
        { device: 'd'.repeat(20), seq: 1, event: { type: 'shout', text: 'hi' } },
        400,
        'event.type',
      ],
      [
        `/api/rooms/${code}/events`,
        { device: 'd'.repeat(20), seq: 1, event: { type: 'choice', scene: '<b>', choice: 'x' } },
        400,
        'scene',
      ],
      [
        `/api/rooms/${code}/events`,
        { device: 'd'.repeat(20), seq: 1, event: { type: 'choice', scene: 'a', choice: 'b', name: 'Kim' } },
        400,
        'field',
      ],
    ];
    for (const [path, body, status, words] of cases) {
      const answer = await send(service.url, path, body);
      expect(answer.status, path).toBe(status);
      expect(String(answer.json.message).toLowerCase(), path).toContain(words);
    }
    const text = await fetch(`${service.url}/api/rooms`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'en',
    });
    expect(text.status).toBe(415);
  });

  it.skipIf(!backend.available)('forgets rooms a day after their last activity', async () => {
    const { code } = await createRoom(service.url);
    const fresh = await createRoom(service.url);
    await service.store.db.query("UPDATE rooms SET last_activity = now() - interval '25 hours' WHERE code = $1", [
      code,
    ]);
    const swept = await new RoomStore(service.store.db).sweep();
    expect(swept).toBeGreaterThanOrEqual(1);
    expect(await service.store.db.query('SELECT 1 FROM rooms WHERE code = $1', [code])).toEqual([]);
    expect(await service.store.db.query('SELECT 1 FROM rooms WHERE code = $1', [fresh.code])).toHaveLength(1);
  });
});
