// @vitest-environment jsdom
/**
 * "How others chose" on the device: the decisions a run made, the runs waiting to be counted (sent
 * once, kept through a failure, dropped when refused or too old), the shares read defensively, the
 * ending's section, and the App sending nothing in classroom mode or with the setting off.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkRun } from '../../src/engine/decisions.ts';
import { createStoryMachine } from '../../src/engine/machine.ts';
import { memoryStorage, SAVE_FORMAT, writeSave } from '../../src/engine/save.ts';
import { rollFor } from '../../src/engine/random.ts';
import { openChoices, resolveChoice } from '../../src/engine/step.ts';
import { initialVars } from '../../src/engine/story.ts';
import { applyText } from '../../src/engine/text.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import { RUNS_PATH, type ChoiceShares, type RunReport } from '../../src/others/api.ts';
import HowOthersChose from '../../src/others/HowOthersChose.tsx';
import { KEEP_MS, queueRun, RUNS_KEY, sendWaitingRuns, waitingRuns } from '../../src/others/outbox.ts';
import { fetchShares, sharedDecisions } from '../../src/others/shares.ts';
import { App } from '../../src/ui/App.tsx';
import { PREFERENCES_KEY } from '../../src/ui/preferences.ts';
import { appProps, wordsFor } from '../support/app.tsx';
import { playRun } from '../support/runs.ts';
import { realStory } from '../support/story.ts';

const story = realStory();
const machine = createStoryMachine(story);
const run = playRun(story, 77)!;

/** A fetch that answers POST /api/runs with `post` and GET /api/choices with `shares`. */
function fakeServer(post: number | 'offline' = 200, shares: ChoiceShares = { decisions: {} }) {
  const calls: Array<{ method: string; url: string; body?: string }> = [];
  const fetch = vi.fn((url: string, init?: RequestInit) => {
    calls.push({ method: init?.method ?? 'GET', url, ...(typeof init?.body === 'string' ? { body: init.body } : {}) });
    if (url === RUNS_PATH) {
      if (post === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(new Response(JSON.stringify({ status: 'counted' }), { status: post }));
    }
    return Promise.resolve(new Response(JSON.stringify(shares), { status: 200 }));
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the decisions of a run', () => {
  it('lists the steps where more than one choice was open, and the ending', () => {
    const checked = checkRun(story, machine, run.seed, run.log);
    expect(checked).toMatchObject({ ok: true, ending: run.ending });
    if (!checked.ok) return;
    expect(checked.decisions.length).toBeGreaterThan(0);
    expect(checked.decisions.length).toBeLessThanOrEqual(run.log.length);
    expect(checked.decisions[0]).toEqual({ scene: story.start, choice: run.log[0] });
    for (const { scene } of checked.decisions) expect(story.scenes[scene]!.choices.length).toBeGreaterThan(1);
  });

  it('are exactly the first visit of each scene where more than one choice was open', () => {
    const checked = checkRun(story, machine, run.seed, run.log);
    if (!checked.ok) throw new Error('the run should replay');
    // The same run, stepped by hand with the engine's rules.
    const expected: Array<{ scene: string; choice: string }> = [];
    let vars = initialVars(story);
    let at = story.start;
    for (const [index, id] of run.log.entries()) {
      const scene = story.scenes[at]!;
      const open = openChoices(scene, vars);
      if (open.length > 1 && !expected.some((d) => d.scene === scene.id))
        expected.push({ scene: scene.id, choice: id });
      const result = resolveChoice(
        story,
        open.find((c) => c.id === id)!,
        vars,
        rollFor(run.seed, index),
      );
      vars = result.vars;
      at = result.to;
    }
    expect(checked.decisions).toEqual(expected);
  });

  it.each([
    ['an unknown choice', { log: ['fly-away'] }, { ok: false, reason: 'illegal-choice', step: 0 }],
    ['a run cut short', { log: run.log.slice(0, 2) }, { ok: false, reason: 'not-ended', step: 2 }],
    ['a choice after the ending', { log: [...run.log, run.log[0]!] }, { ok: false, reason: 'illegal-choice' }],
  ])('refuses %s', (_, change, expected) => {
    const changed = { ...run, ...change };
    expect(checkRun(story, machine, changed.seed, changed.log)).toMatchObject(expected);
  });
});

describe('runs waiting to be counted', () => {
  it('keeps a run once however often it is queued, and sends it once', async () => {
    const storage = memoryStorage();
    queueRun(storage, run);
    queueRun(storage, { ...run });
    expect(waitingRuns(storage)).toEqual([run]);
    const server = fakeServer(200);
    // Two sends at once (a remount) share one attempt.
    expect(
      await Promise.all([sendWaitingRuns({ storage, ...server }), sendWaitingRuns({ storage, ...server })]),
    ).toEqual(['sent', 'sent']);
    expect(server.calls.filter((c) => c.method === 'POST')).toEqual([
      { method: 'POST', url: RUNS_PATH, body: JSON.stringify(run) },
    ]);
    expect(waitingRuns(storage)).toEqual([]);
  });

  it.each([
    ['offline', 'offline' as const, 'kept', 1],
    ['a server error', 503, 'kept', 1],
    ['refused (a forged or foreign run)', 422, 'sent', 0],
    ['no service here (a static host)', 404, 'absent', 0],
  ])('%s: %s', async (_, status, outcome, left) => {
    const storage = memoryStorage();
    queueRun(storage, run);
    expect(await sendWaitingRuns({ storage, ...fakeServer(status) })).toBe(outcome);
    expect(waitingRuns(storage)).toHaveLength(left);
  });

  it('drops what it cannot read, and runs older than it may keep', () => {
    const storage = memoryStorage();
    storage.setItem(RUNS_KEY, '{broken');
    expect(waitingRuns(storage)).toEqual([]);
    storage.setItem(RUNS_KEY, JSON.stringify([{ run: { seed: 'x' }, at: 1 }, 'junk']));
    expect(waitingRuns(storage)).toEqual([]);
    queueRun(storage, run, 1_000);
    expect(waitingRuns(storage, 1_000 + KEEP_MS - 1)).toEqual([run]);
    expect(waitingRuns(storage, 1_000 + KEEP_MS)).toEqual([]);
  });

  it('goes on in memory when storage refuses', async () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => queueRun(refusing, run)).not.toThrow();
    expect(await sendWaitingRuns({ storage: refusing, ...fakeServer(200) })).toBe('sent');
  });
});

describe('the shares of a run', () => {
  const decisions = [
    { scene: 'market-stall', choice: 'meet' },
    { scene: 'the-call', choice: 'keep-phone' },
  ];

  it('keeps the player’s own choices that have a share', () => {
    const answer = { decisions: { 'market-stall': { meet: 65, 'back-way': 35 } } };
    expect(sharedDecisions(decisions, answer)).toEqual([{ scene: 'market-stall', choice: 'meet', share: 65 }]);
  });

  it.each([
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a 404 from a static host', () => Promise.resolve(new Response('Not found', { status: 404 }))],
    ['HTML instead of JSON', () => Promise.resolve(new Response('<!doctype html>', { status: 200 }))],
    [
      'a share that is not a percent',
      () => Promise.resolve(Response.json({ decisions: { 'market-stall': { meet: 'lots' } } })),
    ],
  ])('reads %s as none, without throwing', async (_, answer) => {
    expect(await fetchShares(answer as unknown as typeof fetch, decisions)).toEqual([]);
  });
});

describe('the ending’s "How others chose"', () => {
  const english = wordsFor(story, 'en');
  const localized = applyText(story, english.story);
  const checked = checkRun(story, machine, run.seed, run.log);
  if (!checked.ok) throw new Error('the run should replay');
  const first = checked.decisions[0]!;
  const second = checked.decisions[1]!;

  function show(server: ReturnType<typeof fakeServer>, storage = memoryStorage()) {
    return render(
      <StrictMode>
        <I18nextProvider i18n={createI18n('en', english.ui)}>
          <HowOthersChose story={localized} seed={run.seed} log={run.log} storage={storage} fetch={server.fetch} />
        </I18nextProvider>
      </StrictMode>,
    );
  }

  it('sends the run once, then shows the share beside each choice and the fact card of its scene', async () => {
    const shares: ChoiceShares['decisions'] = {
      [first.scene]: { [first.choice]: 65 },
      [second.scene]: { [second.choice]: 0 },
    };
    const server = fakeServer(200, { decisions: shares });
    show(server);
    const heading = await screen.findByRole('heading', { name: 'How others chose' });
    expect(heading.tagName).toBe('H2');
    expect(server.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    const asked = server.calls.find((c) => c.method === 'GET')!;
    expect(asked.url).toBe(`/api/choices?scenes=${checked.decisions.map((d) => d.scene).join(',')}`);
    expect([...document.querySelectorAll('[data-scene]')].map((li) => li.getAttribute('data-scene'))).toEqual([
      first.scene,
      second.scene,
    ]);
    const item = document.querySelector(`[data-scene="${first.scene}"]`)!;
    expect(item.getAttribute('data-choice')).toBe(first.choice);
    expect(item.textContent).toContain('65% of players chose this too.');
    const choiceText = localized.scenes[first.scene]!.choices.find((c) => c.id === first.choice)!.text;
    expect(item.textContent).toContain(`You chose: ${choiceText}`);
    // The first decision's scene has a fact card: what the record says sits beside the choice.
    const fact = story.scenes[first.scene]!.fact;
    expect(fact).toBeDefined();
    expect(item.querySelector(`[data-fact="${fact!}"]`)).not.toBeNull();
    const rare = document.querySelector(`[data-scene="${second.scene}"]`)!;
    expect(rare.textContent).toContain('Fewer than 5% of players chose this too.');
  });

  it('asks for no shares where the page has no service (a static host answers 404)', async () => {
    const server = fakeServer(404);
    const { container } = show(server);
    await waitFor(() => expect(server.calls).toHaveLength(1));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(server.calls.map((c) => c.method)).toEqual(['POST']);
    expect(container.innerHTML).toBe('');
  });

  it('shows nothing where no decision has reached 20 runs, or without a server', async () => {
    const server = fakeServer(200);
    const { container } = show(server);
    await waitFor(() => expect(server.calls.some((c) => c.method === 'GET')).toBe(true));
    expect(container.innerHTML).toBe('');
    const offline = fakeServer('offline');
    const storage = memoryStorage();
    const second = show(offline, storage);
    await waitFor(() => expect(offline.calls.length).toBeGreaterThan(0));
    await act(() => Promise.resolve());
    expect(second.container.innerHTML).toBe('');
    // Kept for the next ending.
    expect(waitingRuns(storage)).toEqual([{ ...run, ending: checked.ending } satisfies RunReport]);
  });
});

describe('the app sends a finished run', () => {
  /** A save of a finished run, so that Continue opens its ending. */
  function finished() {
    const storage = memoryStorage();
    writeSave(storage, { format: SAVE_FORMAT, story: story.hash, seed: run.seed, choices: run.log, savedAt: 1 });
    return storage;
  }

  async function reachEnding(options: { search?: string; counting?: 'on' | 'off'; countRuns?: boolean }) {
    const server = fakeServer(200, { decisions: { [run.log[0] ? story.start : '']: { [run.log[0]!]: 50 } } });
    vi.stubGlobal('fetch', server.fetch);
    const storage = finished();
    if (options.counting) storage.setItem(PREFERENCES_KEY, JSON.stringify({ counting: options.counting }));
    const props = appProps(story, { storage, ...(options.search ? { search: options.search } : {}) });
    render(<App {...props} countRuns={options.countRuns ?? true} />);
    await userEvent.click(await screen.findByRole('button', { name: /Continue/ }));
    await screen.findByRole('heading', { level: 1 });
    await screen.findByText(/Play again/);
    // Let the lazy section load and its effects run.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    return server;
  }

  it('at an ending, with counting on: once, then asks for the shares', async () => {
    const server = await reachEnding({});
    await waitFor(() => expect(server.calls.map((c) => c.method)).toEqual(['POST', 'GET']));
    expect(await screen.findByRole('heading', { name: 'How others chose' })).toBeTruthy();
  });

  it.each([
    ['the player turned it off in the settings', { counting: 'off' as const }],
    ['classroom mode', { search: '?mode=classroom' }],
    ['an embed turned it off, or no service is behind the page', { countRuns: false }],
  ])('sends nothing when %s', async (_, options) => {
    const server = await reachEnding(options);
    expect(server.calls).toEqual([]);
    expect(screen.queryByRole('heading', { name: 'How others chose' })).toBeNull();
  });
});
