/**
 * Classroom mode in Chromium: a run to an ending with discussion questions and no sign or share
 * control, every request to the app's own origin, and going back one choice.
 */
import { describe, expect, inject, it } from 'vitest';
import { expectNoProblems, PHONE } from './browser.ts';
import { appSession, currentView, moveOn, READY_TITLE } from './story-page.ts';

const baseURL = inject('baseURL');
const { open } = appSession(baseURL);

describe('classroom mode', () => {
  it('plays to an ending with discussion questions, no sign or share, and no request elsewhere', async () => {
    const { page, problems } = await open(PHONE, '/?mode=classroom&seed=7');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.reload();
    await page.locator(READY_TITLE).waitFor();
    await expect(page.getByRole('checkbox', { name: 'Classroom mode' }).isChecked()).resolves.toBe(true);

    let view = await moveOn(page, () => page.locator(`${READY_TITLE} .title-actions .primary`).click());
    let discussions = 0;
    for (let step = 0; view.kind === 'scene'; step++) {
      if (step > 80) throw new Error('no ending after 80 choices');
      discussions += await page.locator('main [data-discussion]').count();
      view = await moveOn(page, () => page.locator('main [role="group"] button').first().click());
    }
    await page.locator('main [data-discussion]').waitFor();
    await page.waitForTimeout(300);
    expect(discussions + 1, 'questions between chapters and at the ending').toBeGreaterThan(1);
    await expect(page.locator('main [data-sign], main [data-share], main form').count()).resolves.toBe(0);
    await page.screenshot({ path: 'test-results/screenshots/classroom-ending.png', fullPage: true });

    const origin = new URL(baseURL).origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expectNoProblems(problems);
  });

  it('goes back one choice to the scene before, with the state it had', async () => {
    const { page, problems } = await open(PHONE, '/?mode=classroom&seed=3');
    const first = await moveOn(page, () => page.locator(`${READY_TITLE} .title-actions .primary`).click());
    const second = await moveOn(page, () => page.locator('main [role="group"] button').first().click());
    const choicesAtSecond = await page.locator('main [role="group"] button').allTextContents();
    await moveOn(page, () => page.locator('main [role="group"] button').first().click());
    const back = await moveOn(page, () => page.getByRole('button', { name: 'Go back one choice' }).click());
    expect(back).toEqual(second);
    await expect(page.locator('main [role="group"] button').allTextContents()).resolves.toEqual(choicesAtSecond);
    const again = await moveOn(page, () => page.getByRole('button', { name: 'Go back one choice' }).click());
    expect(again).toEqual(first);
    expect(await currentView(page)).toEqual(first);
    expectNoProblems(problems);
  });
});
