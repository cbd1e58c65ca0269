/**
 * Confirmation by email through a real SMTP server on loopback: the mail is caught, its confirm
 * link followed (the page, then its button) and the count rises; "this wasn't me" deletes; tokens
 * work once. And the rate limits: over them a signature is quarantined, answered like any other,
 * not counted, and listed for review.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signaturesCsv } from '../../src/server/csv.ts';
import { createMailer } from '../../src/server/mail.ts';
import { startMailCatcher, type MailCatcher } from '../../src/server/mail-catcher.ts';
import { anonymiseIfDue } from '../../src/server/service.ts';
import { BACKENDS, post, signatureBody, startTestService, stored, testCampaign, type TestService } from './harness.ts';

const countOf = async (url: string): Promise<number> =>
  ((await (await fetch(`${url}/api/petitions/stop-forced-returns`)).json()) as { count: number }).count;

/** Opens a mailed link as a person would: the page, then its one button (a form POST). */
async function follow(link: string): Promise<{ status: number; html: string; askHtml: string }> {
  const ask = await fetch(link);
  const askHtml = await ask.text();
  expect(ask.status).toBe(200);
  const token = /name="token" value="([^"]+)"/.exec(askHtml)?.[1];
  expect(token).toBeDefined();
  const action = new URL(/action="([^"]+)"/.exec(askHtml)![1]!, link);
  const done = await fetch(action, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: new URL(link).origin },
    body: new URLSearchParams({ token: token! }).toString(),
  });
  return { status: done.status, html: await done.text(), askHtml };
}

describe.each(BACKENDS)('confirmation by email on $name', (backend) => {
  let service: TestService;
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    const mailer = await createMailer(catcher.url, '"Test campaign" <no-reply@example.org>');
    service = await startTestService(backend, { campaign: testCampaign({ confirm: 'email' }), mailer });
  }, 60_000);
  afterAll(async () => {
    await service.close();
    await catcher.close();
  });

  it.skipIf(!backend.available)('counts a signature only once its mailed link is followed, and only once', async () => {
    const start = await countOf(service.url);
    const body = signatureBody({ email: 'hana@example.org', name: 'Hana <b>Lee</b>' });
    body.context.language = 'ko';
    const answer = await post(service.url, body);
    expect(answer.status).toBe(202);
    expect(answer.json).toMatchObject({ status: 'confirm-email', count: { count: start } });
    const mail = await catcher.next('hana@example.org');
    expect(mail.subject).toBe('서명을 확인해 주세요: 중국은 탈북민 강제북송을 중단하라');
    expect(mail.text).toContain('Hana <b>Lee</b> 님');
    expect(mail.links).toHaveLength(2);
    expect(await countOf(service.url)).toBe(start);

    const confirmed = await follow(mail.links[0]!);
    expect(confirmed.askHtml).toContain('<html lang="ko"');
    expect(confirmed.status).toBe(200);
    expect(confirmed.html).toContain('서명이 집계되었습니다');
    expect(await countOf(service.url)).toBe(start + 1);

    // Single use: the same link again changes nothing.
    const again = await fetch(mail.links[0]!);
    expect(again.status).toBe(404);
    expect(await countOf(service.url)).toBe(start + 1);
    // A repeat of the key sends no second mail and counts nothing more.
    expect((await post(service.url, body)).status).toBe(202);
    expect(catcher.messages.filter((m) => m.to.includes('hana@example.org'))).toHaveLength(1);
    expect(await countOf(service.url)).toBe(start + 1);
  });

  it.skipIf(!backend.available)('deletes the signature when "this wasn\'t me" is followed', async () => {
    const start = await countOf(service.url);
    const body = signatureBody({ email: 'not.me@example.org' });
    expect((await post(service.url, body)).status).toBe(202);
    const mail = await catcher.next('not.me@example.org');
    const rejected = await follow(mail.links[1]!);
    expect(rejected.status).toBe(200);
    expect(rejected.html).toContain('The signature is deleted');
    const rows = await service.store.db.query('SELECT 1 FROM signatures WHERE idempotency_key = $1', [
      body.idempotencyKey,
    ]);
    expect(rows).toHaveLength(0);
    expect(await countOf(service.url)).toBe(start);
    // The confirm link of a deleted signature leads nowhere.
    expect((await fetch(mail.links[0]!)).status).toBe(404);
    // A made-up token too, and a POST without one.
    expect((await fetch(`${service.url}/api/signatures/confirm?token=made-up`)).status).toBe(404);
    const bare = await fetch(`${service.url}/api/signatures/confirm`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(bare.status).toBe(404);
  });
});

describe.each(BACKENDS)('rate limits, export, delete and anonymise on $name', (backend) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(backend, {
      limits: { addressBurst: 3, addressHourly: 5, petitionPerMinute: 1000 },
      trustProxy: true,
      campaign: {
        ...testCampaign({ anonymiseAfterDays: 30 }),
        petition: { ...testCampaign().petition, closes: '2026-01-01' },
      },
    });
  }, 60_000);
  afterAll(async () => {
    await service.close();
  });

  it.skipIf(!backend.available)(
    'quarantines what an address sends over the limit, answering it like any other',
    async () => {
      const start = await countOf(service.url);
      const answers = [];
      for (let i = 0; i < 6; i++)
        answers.push(
          await post(service.url, signatureBody({ name: `Bot ${String(i)}` }), { 'X-Forwarded-For': '203.0.113.7' }),
        );
      const shapes = answers.map((a) => [a.status, a.json.status]);
      expect(new Set(shapes.map((s) => JSON.stringify(s))).size).toBe(1);
      expect(await stored(service.store)).toMatchObject({ counted: 3, quarantined: 3 });
      expect(await countOf(service.url)).toBe(start + 3);
      // Another address is not held back.
      expect((await post(service.url, signatureBody(), { 'X-Forwarded-For': '198.51.100.1' })).status).toBe(200);
      expect(await countOf(service.url)).toBe(start + 4);

      const quarantined = await service.store.list('stop-forced-returns', 'quarantined');
      expect(quarantined.map((s) => s.name)).toEqual(['Bot 3', 'Bot 4', 'Bot 5']);
      const csv = signaturesCsv(quarantined, true);
      expect(csv.split('\r\n')[0]).toBe(
        'id,signed_at,confirmed_at,name,email,country,postal_code,mailing_list,language,ending',
      );
      expect(await service.store.release('stop-forced-returns', [quarantined[0]!.id])).toBe(1);
      expect(await countOf(service.url)).toBe(start + 5);
    },
  );

  it.skipIf(!backend.available)(
    'exports CSV that a spreadsheet cannot run, deletes by canonical email, and anonymises after the petition closes',
    async () => {
      await post(
        service.url,
        signatureBody({ name: '=HYPERLINK("http://evil.example","x")', email: 'Sam.Oh+x@gmail.com' }),
        {
          'X-Forwarded-For': '192.0.2.50',
        },
      );
      const csv = signaturesCsv(await service.store.list('stop-forced-returns', 'counted'));
      expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")",Sam.Oh+x@gmail.com`);
      const start = await countOf(service.url);
      expect(await service.store.deleteByEmail('samoh@googlemail.com')).toBe(1);
      expect(await countOf(service.url)).toBe(start - 1);

      expect(await anonymiseIfDue(service.store, service.campaign, new Date('2026-01-15T00:00:00Z'))).toBe(0);
      const done = await anonymiseIfDue(service.store, service.campaign, new Date('2026-02-02T00:00:00Z'));
      expect(done).toBeGreaterThan(0);
      const [left] = await service.store.db.query<{ n: string }>(
        'SELECT count(*) AS n FROM signatures WHERE name IS NOT NULL OR email IS NOT NULL OR canonical_email IS NOT NULL',
      );
      expect(Number(left!.n)).toBe(0);
      expect(await countOf(service.url)).toBe(start - 1);
    },
  );
});
