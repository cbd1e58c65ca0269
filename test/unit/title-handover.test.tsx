// @vitest-environment jsdom
/**
 * The title screen is the page's own, and the run's parts arrive at Begin (src/ui/useTitleScreen.ts):
 * Begin waits for them, says so when they are slow, says so when they fail and works again; the
 * page's opening is told once; classroom mode set on the title screen carries into the run.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../src/embed/protocol.ts';
import { memoryStorage } from '../../src/engine/save.ts';
import { Outbox } from '../../src/sign/outbox.ts';
import { App } from '../../src/ui/App.tsx';
import type { RunParts } from '../../src/ui/app-props.ts';
import { appProps } from '../support/app.tsx';
import { compileOrThrow, fixtureFiles } from '../support/story.ts';

const story = compileOrThrow(fixtureFiles('test/fixtures/compile/minimal/story'));

/** A run's parts that arrive when the test says. */
function deferredRun() {
  const parts = appProps(story).loadRun() as RunParts;
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  const calls = vi.fn(
    () =>
      new Promise<RunParts>((resolve, reject) => {
        arrive = () => resolve(parts);
        fail = reject;
      }),
  );
  return { loadRun: calls, arrive: () => arrive(), fail: (error: Error) => fail(error) };
}

describe('Begin, with the run on its way', () => {
  it('waits for the run, says the story is opening when it is slow, then shows the first scene', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const run = deferredRun();
      const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
      render(<App {...appProps(story, { search: '?seed=1' })} loadRun={run.loadRun} />);
      await user.click(screen.getByRole('button', { name: 'Begin' }));
      expect(screen.getByRole('heading', { level: 1, name: 'The Fixture' })).toBeInTheDocument();
      expect(screen.queryByText('Opening the story…')).not.toBeInTheDocument();
      // A second press while it is on its way starts nothing more.
      await user.click(screen.getByRole('button', { name: 'Begin' }));
      await act(() => vi.advanceTimersByTimeAsync(400));
      expect(screen.getByRole('status')).toHaveTextContent('Opening the story…');
      await act(async () => {
        run.arrive();
        await vi.advanceTimersByTimeAsync(300);
      });
      expect(await screen.findByRole('heading', { level: 1, name: 'The gate' })).toHaveFocus();
      // Once at the player's first move (the pointer over Begin), once at Begin; the second press adds none.
      expect(run.loadRun).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says the story could not be loaded when the run fails to arrive, and Begin works again', async () => {
    const user = userEvent.setup();
    const parts = appProps(story).loadRun() as RunParts;
    let online = false;
    const loadRun = vi.fn(() => (online ? Promise.resolve(parts) : Promise.reject(new Error('offline'))));
    render(<App {...appProps(story, { search: '?seed=1' })} loadRun={loadRun} />);
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The story could not be loaded');
    expect(screen.getByRole('heading', { level: 1, name: 'The Fixture' })).toBeInTheDocument();
    online = true;
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The gate' })).toBeInTheDocument();
    // At the first move, at the failed Begin, at the one that worked.
    expect(loadRun).toHaveBeenCalledTimes(3);
  });

  it('honours a Begin pressed before the app took the page over', async () => {
    render(<App {...appProps(story, { search: '?seed=1' })} queuedStart="begin" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'The gate' })).toBeInTheDocument();
  });
});

describe('what the page tells, and what the run inherits from the title screen', () => {
  it('reports the page opening once, not again when the run begins', async () => {
    const reported: AppEvent[] = [];
    const user = userEvent.setup();
    render(<App {...appProps(story, { search: '?seed=1' })} report={(event) => reported.push(event)} />);
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    expect(reported.filter((event) => event.type === 'ready')).toEqual([
      { type: 'ready', lang: 'en', mode: 'standard' },
    ]);
    expect(reported.some((event) => event.type === 'choice')).toBe(true);
  });

  it('carries classroom mode ticked on the title screen into the run, and holds signatures meanwhile', async () => {
    const storage = memoryStorage();
    const outbox = new Outbox({ storage, persistent: true, send: () => Promise.resolve({ outcome: 'recorded' }) });
    const hold = vi.spyOn(outbox, 'hold');
    const user = userEvent.setup();
    render(<App {...appProps(story, { search: '?seed=1', storage, outbox })} />);
    expect(hold).toHaveBeenLastCalledWith(false);
    await user.click(screen.getByRole('checkbox', { name: /Classroom mode/ }));
    expect(hold).toHaveBeenLastCalledWith(true);
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await user.click(within(screen.getByRole('group', { name: 'Your choices' })).getByRole('button', { name: 'Pay' }));
    // Classroom mode's "what if?": going back one choice, offered only there.
    expect(screen.getByRole('button', { name: /Go back/ })).toBeInTheDocument();
    outbox.dispose();
  });
});
