/**
 * Two server processes on one PostgreSQL, as behind a load balancer: the students' reports reach
 * one, the projector's stream comes from the other, and LISTEN/NOTIFY carries every change across.
 * Skipped only when there is no PostgreSQL (TEST_DATABASE_URL unset); CI sets it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshPostgresDatabase, POSTGRES_URL } from './harness.ts';
import { freePort, serviceFolder, startServiceProcess } from './process.ts';
import { ApiStudent, createRoom, TestProjector } from './room-support.ts';

describe.skipIf(!POSTGRES_URL)('a class room across two server processes on one PostgreSQL', () => {
  it('shows on one process the choices students make on the other, and knows a room closed there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ttm-rooms-two-'));
    const database = await freshPostgresDatabase();
    const { campaignFile, distDir } = serviceFolder(dir);
    const env = { CAMPAIGN_FILE: campaignFile, DIST_DIR: distDir, DATABASE_URL: database.url };
    const [students, teacher] = await Promise.all([
      startServiceProcess(env, await freePort()),
      startServiceProcess(env, await freePort()),
    ]);
    try {
      const { code, secret } = await createRoom(teacher.url);
      const projector = new TestProjector(teacher.url, code, secret);
      await projector.until((s) => s?.code === code);
      const class30 = Array.from({ length: 30 }, () => new ApiStudent(students.url, code));
      await Promise.all(class30.map((s) => s.join()));
      await projector.until((s) => s?.joined === 30);

      const picks = class30.map((_, i) => (i % 3 === 0 ? 'wait' : 'cross'));
      await Promise.all(class30.map((s, i) => s.report({ type: 'choice', scene: 'riverbank', choice: picks[i]! })));
      await projector.until((s) => s?.choices.riverbank?.cross === 20 && s.choices.riverbank.wait === 10);

      // An undo on the students' process (how fast: `npm run bench -- --rooms`, not a timed test).
      await class30[0]!.report({ type: 'undo', scene: 'riverbank', choice: 'wait' });
      await projector.until((s) => s?.choices.riverbank?.wait === 9);

      // Closed on the teacher's process: the students' process knows it at once.
      const closed = await fetch(`${teacher.url}/api/rooms/${code}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${secret}` },
      });
      expect(closed.status).toBe(204);
      await projector.until((_, p) => p.closed);
      projector.close();
      expect(await class30[1]!.join()).toBe(404);
    } finally {
      await Promise.all([students.stop(), teacher.stop()]);
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
