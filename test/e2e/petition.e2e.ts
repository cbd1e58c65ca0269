/**
 * The petition at an ending, in Chromium at 390×844, against the real signature service
 * (src/server/, on PGlite in a temporary folder, serving the built app) with a mail catcher of the
 * test's own: the count and progress toward the goal, a signature that asks the signer to check
 * their email, the confirmation, and the count risen on the next ending. The petition's heading
 * comes within two screens of the end of the epilogue. And a static deployment with no service
 * offers no form that could not deliver.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveDist } from '../../bench/serve.ts';
import { configFromEnv } from '../../src/server/config.ts';
import { confirmationLinks, type Mailer } from '../../src/server/mail.ts';
import { startService, type RunningService } from '../../src/server/service.ts';
import { MIN_FILL_MS } from '../../src/sign/validate.ts';
import { ROOT } from '../support/story.ts';
import { browserForSuite, expectNoProblems, PHONE } from './browser.ts';
import { moveOn, playToEnding } from './story-page.ts';

type Confirmation = Parameters<Mailer['sendConfirmation']>[0];

const session = browserForSuite('http://127.0.0.1:9');
const mails: Confirmation[] = [];
let dataDir: string;
let service: RunningService;
let origin: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ttm-petition-'));
  const config = configFromEnv({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: inject('distDir') }, ROOT);
  service = await startService({
    root: ROOT,
    config,
    serveApp: true,
    mailer: {
      sendConfirmation: (mail) => {
        mails.push(mail);
        return Promise.resolve();
      },
      close: () => undefined,
    },
  });
  origin = (await service.app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
});

afterAll(async () => {
  await service.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Where an element's box starts and ends on the page, in CSS pixels from the top. */
const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY };
    });

describe('the petition at an ending, with the signature service', () => {
  it('shows the count and the goal, asks the signer to check their email, and counts them once confirmed', async () => {
    // Playwright's clock, installed before the page loads: time flows as usual, and the test
    // jumps it past the time a person needs to fill the form in, rather than sleeping through it.
    const { page, problems } = await session.open(PHONE, '/?seed=4', {
      origin,
      before: (page) => page.clock.install(),
    });
    await playToEnding(page);
    const sign = page.locator('main section[data-sign="form"]');
    await sign.waitFor();

    // Within two screens of the end of the epilogue, with the journey, its map and the facts still there.
    const epilogue = await box(page, 'main .epilogue');
    const heading = await box(page, 'main section[data-sign] h2');
    const gap = heading.top - epilogue.bottom;
    console.log(
      `petition heading: ${String(Math.round(gap))} px below the end of the epilogue (limit ${String(2 * PHONE.height)})`,
    );
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(2 * PHONE.height);
    await expect(page.locator('main .journey h2').count()).resolves.toBe(1);
    await expect(page.locator('main .journey svg').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('main .epilogue [data-fact]').count()).resolves.toBeGreaterThan(0);

    // The count, in words and as a progress bar with a name.
    const count = page.locator('main [data-petition-count]');
    await expect(count.getAttribute('data-petition-count')).resolves.toBe('0');
    await expect(count.textContent()).resolves.toContain('0 people have signed.');
    await expect(count.textContent()).resolves.toContain('The goal is 10,000 signatures.');
    const bar = page.getByRole('progressbar', { name: /0 people have signed\. The goal is 10,000 signatures\./ });
    await expect(bar.getAttribute('max')).resolves.toBe('10000');

    // The consent names every field sent and how long it is kept.
    const consent = await page.locator('main .sign-form .checkbox').first().textContent();
    for (const word of ['name', 'email address', 'country', 'postal code', 'news', 'language', 'ending'])
      expect(consent).toContain(word);
    expect(consent).toContain('deleted 90 days after the petition closes');
    // The consent text keeps the form's width beside its box: notes under it never squeeze it.
    const [label, form] = await Promise.all([
      page.locator('main .sign-form .checkbox > label').first().boundingBox(),
      page.locator('main .sign-form').boundingBox(),
    ]);
    expect(label!.width).toBeGreaterThan(0.7 * form!.width);

    // Each share button reads "Share on X", with its space.
    const shareX = await page.locator('main [data-share] a[data-network="x"]').innerText();
    expect(shareX.startsWith('Share on X')).toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/petition-phone-ending.png', fullPage: true });

    await page.getByLabel('Your name', { exact: true }).fill('Kim Min-ji');
    await page.getByLabel('Email address', { exact: true }).fill('minji@example.org');
    await page.getByLabel('Country', { exact: true }).selectOption('KR');
    await page.getByLabel(/I agree that/).check();
    await page.clock.fastForward(MIN_FILL_MS + 100);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect
      .poll(() => page.locator('[data-sign-status]').textContent(), { timeout: 15_000 })
      .toContain('check your email');
    await page
      .locator('main section[data-sign]')
      .screenshot({ path: 'test-results/screenshots/petition-check-email.png' });
    expect(mails).toHaveLength(1);

    // The signer confirms, as the mail's page does (its form POSTs the token). Sent from here:
    // Chromium sends that form with Origin: null, which the service refuses (reported to #15).
    const link = new URL(confirmationLinks(mails[0]!).confirm);
    const confirmed = await fetch(`${origin}${link.pathname}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
      body: new URLSearchParams({ token: link.searchParams.get('token')! }).toString(),
    });
    expect(confirmed.status).toBe(200);

    // The next ending shows the count risen.
    await page.getByRole('button', { name: 'Play again' }).click();
    await page.locator('main [role="group"] button').first().waitFor();
    let view = await moveOn(page, () => page.locator('main [role="group"] button').first().click());
    for (let step = 0; view.kind === 'scene'; step++) {
      if (step >= 80) throw new Error('no ending after 80 choices');
      view = await moveOn(page, () => page.locator('main [role="group"] button').first().click());
    }
    await expect
      .poll(() => page.locator('main [data-petition-count]').getAttribute('data-petition-count'), { timeout: 10_000 })
      .toBe('1');
    await expect(page.locator('main [data-petition-count]').textContent()).resolves.toContain('1 person has signed.');
    await page.locator('main section[data-sign]').screenshot({ path: 'test-results/screenshots/petition-counted.png' });
    expectNoProblems(problems);
    // Two runs to an ending. After the clock's jump the page's animations wait about that long
    // (their start comes from the jumped clock, their frames from the real one): ~3 s a choice.
  }, 150_000);
});

describe('a static deployment, with no service behind it', () => {
  it('offers no form that could not deliver', async () => {
    const server = await serveDist(inject('distDir'), '/');
    try {
      const { page, problems } = await session.open(PHONE, '/?seed=4', { origin: server.url.replace(/\/$/, '') });
      await playToEnding(page);
      await page.locator('main [data-share]').waitFor();
      await page.waitForTimeout(1_000);
      // The shipped campaign has no petition page of its own: no form, no link, nothing to sign.
      await expect(page.locator('main form[data-sign-form], main [data-sign]').count()).resolves.toBe(0);
      // Nor any "how others chose": the run's one try to be counted found no service, and nothing was asked after it.
      await expect(page.locator('main [data-others]').count()).resolves.toBe(0);
      // The look for a count and that one try are the only requests that failed.
      expect(problems.failedRequests.filter((line) => /\/api\/(runs|choices)/.test(line))).toEqual([
        `POST ${server.url.replace(/\/$/, '')}/api/runs: HTTP 404`,
      ]);
      expectNoProblems({
        ...problems,
        consoleErrors: problems.consoleErrors.filter((line) => !/status of 404/.test(line)),
        failedRequests: problems.failedRequests.filter(
          (line) => !/\/api\/(petitions\/stop-forced-returns|runs): HTTP 404/.test(line),
        ),
      });
    } finally {
      await server.close();
    }
  });
});
