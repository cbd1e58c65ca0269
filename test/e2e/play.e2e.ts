/**
 * The story played in a real browser against the production build: by keyboard alone, across a
 * reload, from a corrupt save, on a phone and a desktop screen, under the build's strict CSP.
 */
import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SAVE_KEY } from '../../src/engine/save.ts';
import { DESKTOP, expectNoProblems, PHONE, type Viewport } from './browser.ts';
import { appSession, currentView, moveOn, READY_TITLE, type View } from './story-page.ts';

const SCREENSHOTS = 'test-results/screenshots';
/** More steps than any run of the story takes: a run that goes on longer is stuck in a loop. */
const MAX_STEPS = 80;

const baseURL = inject('baseURL');
const { open } = appSession(baseURL);

function choicesOf(page: Page): Locator {
  return page.getByRole('group', { name: 'Your choices' }).getByRole('button');
}

function titleScreen(page: Page): Locator {
  return page.locator(READY_TITLE);
}

/**
 * The contract for every scene and ending: its h1 has focus and `document.title` names it.
 * Returns the heading's text.
 */
async function expectArrived(page: Page, view: View): Promise<string> {
  const selector = view.kind === 'scene' ? `[data-scene="${view.id}"]` : `[data-ending="${view.id}"]`;
  const state = () =>
    page.evaluate((sel) => {
      const heading = document.querySelector(`main ${sel} h1`);
      return {
        headingFocused: heading !== null && document.activeElement === heading,
        heading: heading?.textContent.trim() ?? '',
        title: document.title,
      };
    }, selector);
  await expect.poll(async () => (await state()).headingFocused, { timeout: 2_000 }).toBe(true);
  const { heading, title } = await state();
  expect(heading, `${view.kind} ${view.id} has a heading`).not.toBe('');
  expect(title, `document.title names ${view.kind} ${view.id}`).toContain(heading);
  return heading;
}

/** Presses Tab until one of `targets` has focus; returns which one. Fails if Tab never gets there. */
async function tabTo(page: Page, targets: Locator, what: string): Promise<number> {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    const index = await targets.evaluateAll((elements) =>
      elements.findIndex((element) => element === document.activeElement),
    );
    if (index >= 0) return index;
  }
  throw new Error(`40 presses of Tab never reached ${what}`);
}

async function expectNoHorizontalOverflow(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page width at ${where} (viewport ${String(innerWidth)} px)`).toBeLessThanOrEqual(innerWidth);
}

async function screenshot(page: Page, viewport: Viewport, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: `${SCREENSHOTS}/${String(viewport.width)}x${String(viewport.height)}-${name}.png`,
    fullPage: true,
    // Finish the scene's fade-in first: a screenshot mid-animation shows dimmed text.
    animations: 'disabled',
  });
}

async function readSave(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
}

describe('playing the story in Chromium', () => {
  it('reaches an ending by keyboard alone, focus on every scene heading', async () => {
    const { page, problems } = await open(DESKTOP, '/?seed=7');
    await titleScreen(page).waitFor();
    await expect.poll(() => page.evaluate(() => document.title)).toBe('Three Thousand Miles');

    // Tab, not a click, reaches Begin; Enter presses it.
    await tabTo(page, page.getByRole('button', { name: 'Begin' }), 'the Begin button');
    let view = await moveOn(page, () => page.keyboard.press('Enter'));
    expect(view.kind).toBe('scene');
    const firstScene = view.id;

    // Each step picks by a number key, except two: Tab to a choice, then Enter, or Space.
    const path: { scene: string; pick: number; by: string }[] = [];
    for (let step = 0; view.kind === 'scene'; step++) {
      const sofar = path.map((p) => `${p.scene} (${p.by})`).join(' > ');
      expect(step, `an ending within ${String(MAX_STEPS)} choices: ${sofar}`).toBeLessThan(MAX_STEPS);
      await expectArrived(page, view);
      const choices = choicesOf(page);
      const count = await choices.count();
      expect(count, `scene ${view.id} offers a choice`).toBeGreaterThan(0);

      if (step === 1 || step === 2) {
        // Tab on to choice 2 (or 1), passing any earlier ones, and press it with Enter (or Space).
        const wanted = step === 1 ? Math.min(1, count - 1) : 0;
        const key = step === 1 ? 'Enter' : 'Space';
        let pick = await tabTo(page, choices, `a choice in scene ${view.id}`);
        while (pick < wanted) pick = await tabTo(page, choices, `choice ${String(wanted + 1)} in scene ${view.id}`);
        expect(pick).toBe(wanted);
        path.push({ scene: view.id, pick, by: `Tab to ${String(pick + 1)}, ${key}` });
        view = await moveOn(page, () => page.keyboard.press(key));
      } else {
        path.push({ scene: view.id, pick: 0, by: 'key 1' });
        view = await moveOn(page, () => page.keyboard.press('1'));
      }
    }
    expect(path.length, 'the run lasted long enough to choose by Tab with Enter and with Space').toBeGreaterThanOrEqual(
      3,
    );

    // The ending: its heading has focus; "Play again" (by keyboard) starts over at the first scene.
    expect(view.kind).toBe('ending');
    await expectArrived(page, view);
    await expect(page.getByRole('button', { name: 'Play again' }).count()).resolves.toBe(1);
    await tabTo(page, page.getByRole('button', { name: 'Play again' }), 'the Play again button');
    const again = await moveOn(page, () => page.keyboard.press('Enter'));
    expect(again).toEqual({ kind: 'scene', id: firstScene });
    await expectArrived(page, again);
    expectNoProblems(problems);

    // The keys chose what they claimed to: clicking the same choices with the same seed walks the same path.
    const replay = await open(DESKTOP, '/?seed=7');
    await replay.page.getByRole('button', { name: 'Begin' }).click();
    let replayed = await currentView(replay.page);
    for (const { scene, pick } of path) {
      expect(replayed, 'same seed and same choices, same scene').toEqual({ kind: 'scene', id: scene });
      replayed = await moveOn(replay.page, () => choicesOf(replay.page).nth(pick).click());
    }
    expect(replayed).toEqual(view);
    expectNoProblems(replay.problems);
  });

  it('restores the same scene after a reload mid-run', async () => {
    const { page, problems } = await open(DESKTOP, '/?seed=12345');
    await page.getByRole('button', { name: 'Begin' }).click();
    let view = await currentView(page);
    for (let i = 0; i < 3; i++) {
      expect(view.kind, `still in a scene after ${String(i)} choices`).toBe('scene');
      view = await moveOn(page, () => page.keyboard.press('1'));
    }
    expect(view.kind, 'still in a scene after 3 choices').toBe('scene');
    const choicesBefore = await choicesOf(page).allTextContents();

    await page.reload();
    await titleScreen(page).waitFor();
    await expect(page.getByRole('button', { name: 'Begin' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'New journey' }).count()).resolves.toBe(1);
    const restored = await moveOn(page, () => page.getByRole('button', { name: 'Continue' }).click());

    expect(restored).toEqual(view);
    await expectArrived(page, restored);
    // The same choices are open: the run's state came back, not just its place.
    await expect(choicesOf(page).allTextContents()).resolves.toEqual(choicesBefore);
    expectNoProblems(problems);
  });

  it.each([
    ['text that is not JSON', '{"format":1,"story":'],
    ['an empty string', ''],
    ['JSON null', 'null'],
    ['a JSON array', '[1,2,3]'],
    ['fields of the wrong types', '{"format":1,"story":7,"seed":"abc","choices":{}}'],
    ['a save for another version of the story', '{"format":1,"story":"not-this-story","seed":1,"choices":[]}'],
  ])('a corrupt save (%s) gives the title screen with a short explanation, and a new run saves', async (_, garbage) => {
    const { page, problems } = await open(DESKTOP, '/');
    await titleScreen(page).waitFor();
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, garbage] as const);
    await page.reload();

    await titleScreen(page).waitFor();
    const status = page.locator('[data-title-screen] [role="status"]');
    await expect(status.count(), 'one status message on the title screen').resolves.toBe(1);
    const message = (await status.textContent())?.trim() ?? '';
    expect(message.length, `a short explanation: "${message}"`).toBeGreaterThan(10);
    expect(message.length, `a short explanation: "${message}"`).toBeLessThanOrEqual(200);
    await expect(page.getByRole('button', { name: 'Continue' }).count()).resolves.toBe(0);

    // Begin starts a fresh run, and the first choice replaces the garbage with a save that reads.
    const first = await moveOn(page, () => page.getByRole('button', { name: 'Begin' }).click());
    expect(first.kind).toBe('scene');
    await expectArrived(page, first);
    await moveOn(page, () => page.keyboard.press('1'));
    const saved = await readSave(page);
    expect(saved).not.toBe(garbage);
    expect(() => JSON.parse(saved ?? '') as unknown, 'the new save is JSON').not.toThrow();
    expectNoProblems(problems);
  });

  it('a save whose choices no longer replay explains itself on Continue and starts over', async () => {
    const { page, problems } = await open(DESKTOP, '/?seed=99');
    const first = await moveOn(page, () => page.getByRole('button', { name: 'Begin' }).click());
    await moveOn(page, () => page.keyboard.press('1'));
    const save = JSON.parse((await readSave(page)) ?? 'null') as { choices?: unknown } | null;
    expect(save?.choices, 'the save lists the choices made').toHaveLength(1);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      SAVE_KEY,
      JSON.stringify({ ...save, choices: ['no-such-choice', 'nor-this'] }),
    ] as const);
    await page.reload();

    await titleScreen(page).waitFor();
    const view = await moveOn(page, () => page.getByRole('button', { name: 'Continue' }).click());
    expect(view).toEqual(first);
    await expectArrived(page, view);
    const status = page.locator('main [role="status"]');
    await expect(status.count()).resolves.toBe(1);
    expect(((await status.textContent()) ?? '').trim()).not.toBe('');
    expectNoProblems(problems);
  });
});

describe('the production build', () => {
  it('serves index.html with a strict Content-Security-Policy meta', async () => {
    const response = await fetch(`${baseURL}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta, 'a Content-Security-Policy meta in index.html').not.toBeNull();
    const policy = (meta?.[1] ?? '').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    const directives = new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name = '', ...sources]) => [name, sources]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain('*');
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('enforces its CSP in the browser, and the test notices a violation', async () => {
    const { page, problems } = await open(DESKTOP, '/');
    await titleScreen(page).waitFor();
    expectNoProblems(problems);

    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.inlineScriptRan = "yes"';
      document.body.append(script);
      return document.documentElement.dataset.inlineScriptRan ?? 'no';
    });
    expect(ran, 'an injected inline script is refused').toBe('no');
    await expect.poll(() => problems.cspViolations.length, { timeout: 2_000 }).toBeGreaterThan(0);
    expect(problems.cspViolations.join('\n')).toMatch(/script-src/);
    expect({ ...problems, cspViolations: [] }).toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      cspViolations: [],
    });
  });
});

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
])('the layout on a %s screen', (_label, viewport) => {
  it(`fits ${String(viewport.width)}×${String(viewport.height)} with no horizontal scrolling, title to ending`, async () => {
    const { page, problems } = await open(viewport, '/?seed=2024');
    await titleScreen(page).waitFor();
    await expectNoHorizontalOverflow(page, 'the title screen');
    await screenshot(page, viewport, 'title');

    let view = await moveOn(page, () => page.getByRole('button', { name: 'Begin' }).click());
    for (let step = 0; view.kind === 'scene'; step++) {
      expect(step, `an ending within ${String(MAX_STEPS)} choices`).toBeLessThan(MAX_STEPS);
      await expectNoHorizontalOverflow(page, `scene ${view.id}`);
      if (step === 0) {
        await screenshot(page, viewport, 'scene');
        // Open every glossary definition in the scene: the text must still fit.
        const closed = page.locator('main article button[aria-expanded="false"]');
        for (let n = await closed.count(); n > 0; n--) await closed.first().click();
        await expectNoHorizontalOverflow(page, `scene ${view.id} with its definitions open`);
        await screenshot(page, viewport, 'scene-definitions-open');
      }
      view = await moveOn(page, () => page.keyboard.press('1'));
    }
    await expectArrived(page, view);
    await expectNoHorizontalOverflow(page, `ending ${view.id}`);
    await screenshot(page, viewport, 'ending');
    expectNoProblems(problems);
  });
});
