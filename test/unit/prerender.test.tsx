// @vitest-environment jsdom
/**
 * The title screen the build puts into index.html, and the browser entry taking it over: React
 * hydrates it without a mismatch on a first visit, and renders afresh when its first screen differs.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseParams } from '../../src/app/params.ts';
import { appRoot, prerenderProps, startsAsPrerendered } from '../../src/app/root.tsx';
import { renderTitleScreen } from '../../src/build/render-title.tsx';
import { Playing } from '../../src/ui/Playing.tsx';
import { memoryStorage, SAVE_FORMAT, SAVE_KEY } from '../../src/engine/save.ts';
import { testCampaign, wordsFor } from '../support/app.tsx';
import { compileOrThrow, fixtureFiles } from '../support/story.ts';

const story = compileOrThrow(fixtureFiles('test/fixtures/compile/minimal/story'));
let root: Root | undefined;

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

describe('the prerendered title screen', () => {
  it('has the title, premise, content note and Begin, inside main', () => {
    document.body.innerHTML = `<div id="root">${renderTitleScreen(story, wordsFor(story), testCampaign)}</div>`;
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { level: 1, name: 'The Fixture' }));
    expect(screen.getByText("A tiny story for the compiler's tests.")).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Content note' })).toBeInTheDocument();
    expect(screen.getByText('None.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Begin' })).toBeInTheDocument();
  });

  it('is hydrated by the app with no mismatch, keeps its elements, and Begin then works', async () => {
    document.body.innerHTML = `<div id="root">${renderTitleScreen(story, wordsFor(story), testCampaign)}</div>`;
    const container = document.getElementById('root')!;
    const heading = screen.getByRole('heading', { level: 1 });
    const onRecoverableError = vi.fn();
    const consoleError = vi.spyOn(console, 'error');
    const props = {
      ...prerenderProps(story, wordsFor(story), testCampaign),
      params: parseParams('?seed=1', 1),
      loadRun: () => ({ story, chapterStarts: {}, campaign: testCampaign, Playing }),
    };
    expect(startsAsPrerendered(props)).toBe(true);

    await act(async () => {
      root = hydrateRoot(container, appRoot(props), { onRecoverableError });
      await Promise.resolve();
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1 })).toBe(heading);

    await userEvent.click(screen.getByRole('button', { name: 'Begin' }));
    expect(screen.getByRole('heading', { level: 1, name: 'The gate' })).toHaveFocus();
    consoleError.mockRestore();
  });
});

describe('whether the app can hydrate the prerendered screen', () => {
  const props = prerenderProps(story, wordsFor(story), testCampaign);

  it('it can on a first visit, whatever the seed', () => {
    expect(startsAsPrerendered(props)).toBe(true);
    expect(startsAsPrerendered({ ...props, params: parseParams('?seed=7&embed=1', 1) })).toBe(true);
  });

  it.each([
    ['a saved run offers Continue', JSON.stringify({ format: SAVE_FORMAT, story: story.hash, seed: 1, choices: [] })],
    ['a corrupt save is explained', '{not json'],
    [
      'a save from another version is explained',
      JSON.stringify({ format: SAVE_FORMAT, story: 'x', seed: 1, choices: [] }),
    ],
  ])('it cannot when %s', (_, raw) => {
    const storage = memoryStorage();
    storage.setItem(SAVE_KEY, raw);
    expect(startsAsPrerendered({ ...props, storage })).toBe(false);
  });

  it('it cannot when the page opens in another language', () => {
    expect(startsAsPrerendered({ ...props, locale: 'ko' })).toBe(false);
  });

  it('it cannot when storage is blocked and a notice says so', () => {
    expect(startsAsPrerendered({ ...props, persistent: false })).toBe(false);
  });
});
