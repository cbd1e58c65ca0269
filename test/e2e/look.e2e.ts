/**
 * The look and feel, in Chromium: zero axe-core violations on every scene and ending of the
 * shortest run to each ending in the default settings, and to three of them in high contrast; scene transitions
 * that move, except when the device asks for less motion or the reader turns motion off; focus on
 * the new heading once a transition ends; the settings by keyboard, remembered; and a picture of
 * each chapter at phone and desktop sizes.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { runsTo } from '../../src/engine/chapter-starts.ts';
import { PREFERENCES_KEY } from '../../src/ui/preferences.ts';
import { realStory } from '../support/story.ts';
import { axeViolations } from './axe.ts';
import { DESKTOP, expectNoProblems, PHONE } from './browser.ts';
import { appSession, moveOn, READY_TITLE } from './story-page.ts';

const baseURL = inject('baseURL');
const { open } = appSession(baseURL);
const story = realStory();
const endings = Object.keys(story.endings);
const runs = runsTo(story, endings);
const SHOTS = 'test-results/screenshots/look';
mkdirSync(SHOTS, { recursive: true });

/** Waits until the view's heading has focus: the sign that its transition has ended. */
async function arrived(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.activeElement?.tagName === 'H1' && document.activeElement.closest('article'),
  );
}

/** Stores preferences before the app reads them, then reloads into them. */
async function withPreferences(page: Page, preferences: object): Promise<void> {
  await page.evaluate(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [PREFERENCES_KEY, JSON.stringify(preferences)] as const,
  );
  await page.reload();
  await page.locator(READY_TITLE).waitFor();
}

/**
 * High contrast changes colours only, and to one palette on every stage, whose every pair of
 * colours as the app uses them test/unit/palette.test.ts proves (app.css takes all its colours from
 * the palette); the pages themselves are the default settings' pages, swept on every ending. So
 * high contrast is swept on a sample: the three endings with the longest shortest runs, which pass
 * the most scenes.
 */
const highContrastSample = [...endings]
  .sort((a, b) => (runs[b]?.choices.length ?? 0) - (runs[a]?.choices.length ?? 0) || a.localeCompare(b))
  .slice(0, 3);

describe.each([
  ['default', {}, endings],
  ['high contrast', { contrast: 'high' }, highContrastSample],
] as const)('every scene and ending, in the %s settings', (setting, preferences, sweep) => {
  it.each(sweep)('has no axe-core violation on the shortest run to "%s"', async (ending) => {
    const run = runs[ending];
    expect(run, `a run reaches ${ending}`).toBeDefined();
    const { page, problems, context } = await open(PHONE, `/?seed=${String(run!.seed)}`);
    // The colours fade over two seconds between stages: axe reads them once they have settled,
    // which with reduced motion is at once. Transitions themselves are tested below.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await withPreferences(page, preferences);
    if (setting === 'high contrast') await expect(page.locator('html[data-contrast="high"]').count()).resolves.toBe(1);

    const failures: string[] = [];
    const check = async (where: string) => {
      await arrived(page);
      for (const line of await axeViolations(page)) failures.push(`${where}: ${line}`);
    };
    let view = await moveOn(page, () => page.locator(`${READY_TITLE} .title-actions .primary`).click());
    for (const choice of run!.choices) {
      await check(view.id);
      view = await moveOn(page, () => page.locator(`main button[data-choice="${choice}"]`).click());
    }
    expect(view).toEqual({ kind: 'ending', id: ending });
    await check(`ending ${ending}`);
    expect(failures).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });
});

/** The transform of the scene box on every frame for `ms` after `act`, from the page itself. */
async function framesDuring(page: Page, act: () => Promise<void>, ms = 600): Promise<string[]> {
  await page.evaluate((duration) => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const started = performance.now();
    const sample = () => {
      const box = document.querySelector('[data-scene-box]');
      if (box) seen.push(`${getComputedStyle(box).transform}|${getComputedStyle(box).opacity}`);
      if (performance.now() - started < duration) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, ms);
  await act();
  await page.waitForTimeout(ms + 100);
  return page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

async function begin(page: Page): Promise<void> {
  await page.locator(`${READY_TITLE} .title-actions .primary`).click();
  await arrived(page);
  // The animation features arrive after the first paint; a choice made before that is instant.
  await page.waitForTimeout(300);
}

const firstChoice = (page: Page) => page.locator('main [role="group"] button').first().click();

describe('scene transitions', () => {
  it('move and fade by default, and focus the new heading when they end', async () => {
    const { page, problems } = await open(DESKTOP, '/?seed=5');
    await begin(page);
    const frames = await framesDuring(page, () => firstChoice(page));
    const moving = frames.filter((f) => !f.startsWith('none|'));
    expect(moving.length, 'frames in which the scene was moving').toBeGreaterThan(2);
    await arrived(page);
    const heading = await page.evaluate(() => document.activeElement?.textContent);
    await expect(page.locator('main article h1').textContent()).resolves.toBe(heading);
    expectNoProblems(problems);
  });

  it('do not move when the device asks for reduced motion', async () => {
    const { page, problems } = await open(DESKTOP, '/?seed=5');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await begin(page);
    const frames = await framesDuring(page, () => firstChoice(page));
    expect(frames.length).toBeGreaterThan(5);
    expect(frames.filter((f) => !f.startsWith('none|'))).toEqual([]);
    await arrived(page);
    expectNoProblems(problems);
  });

  it('do nothing at all when the reader turns motion off', async () => {
    const { page, problems } = await open(DESKTOP, '/?seed=5');
    await withPreferences(page, { motion: 'off' });
    await begin(page);
    const frames = await framesDuring(page, () => firstChoice(page));
    expect(frames.length).toBeGreaterThan(5);
    expect(new Set(frames)).toEqual(new Set(['none|1']));
    await arrived(page);
    expectNoProblems(problems);
  });
});

describe('the settings', () => {
  it('are reached and changed by keyboard alone, apply at once and are remembered', async () => {
    const { page, problems } = await open(PHONE, '/?seed=5');
    await begin(page);
    const summary = page.locator('[data-settings] summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: 'High contrast' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('radio', { name: 'Larger' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('checkbox', { name: 'Turn off motion' }).focus();
    await page.keyboard.press('Space');
    const attributes = () =>
      page.evaluate(() => ({
        contrast: document.documentElement.dataset.contrast,
        textSize: document.documentElement.dataset.textSize,
        motion: document.documentElement.dataset.motion,
        fontSize: getComputedStyle(document.documentElement).fontSize,
      }));
    const after = await attributes();
    expect(after).toMatchObject({ contrast: 'high', textSize: 'larger', motion: 'off' });
    expect(parseFloat(after.fontSize)).toBeGreaterThan(16);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/settings-high-contrast-larger.png`, fullPage: true });
    await page.reload();
    await page.locator(READY_TITLE).waitFor();
    expect(await attributes()).toMatchObject({ contrast: 'high', textSize: 'larger', motion: 'off' });
    expectNoProblems(problems);
  });
});

describe('each chapter, looked at', () => {
  it.each(story.chapters.map((chapter, i) => [i + 1, chapter.id] as const))(
    'chapter %i (%s) at 390×844 and 1280×800',
    async (n, id) => {
      for (const [name, viewport] of [
        ['390', PHONE],
        ['1280', DESKTOP],
      ] as const) {
        const { page, problems, context } = await open(viewport, `/?chapter=${String(n)}&seed=5`);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.locator(`${READY_TITLE} .title-actions .primary`).click();
        await arrived(page);
        await expect(page.locator('main article').getAttribute('data-chapter')).resolves.toBe(id);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `${SHOTS}/chapter-${String(n)}-${id}-${name}.png`, fullPage: true });
        expect(await axeViolations(page)).toEqual([]);
        expectNoProblems(problems);
        await context.close();
      }
    },
  );
});
