// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createStoryMachine, placeOf } from '../../src/engine/machine.ts';
import { replay } from '../../src/engine/replay.ts';
import { memoryStorage, readSave, SAVE_FORMAT, SAVE_KEY, writeSave, type StorageLike } from '../../src/engine/save.ts';
import { App, type AppProps } from '../../src/ui/App.tsx';
import { Outbox, OUTBOX_KEY } from '../../src/sign/outbox.ts';
import type { SendableDelivery } from '../../src/sign/types.ts';
import { appProps, testCampaign } from '../support/app.tsx';
import { compileOrThrow, fixtureFiles } from '../support/story.ts';

const story = compileOrThrow(fixtureFiles('test/fixtures/compile/minimal/story'));

function renderApp({
  storage = memoryStorage(),
  search = '?seed=1',
  persistent = true,
  ...rest
}: Parameters<typeof appProps>[1] = {}) {
  const user = userEvent.setup();
  render(<App {...appProps(story, { search, storage, persistent, ...rest })} />);
  return { user, storage };
}

const choices = () => within(screen.getByRole('group', { name: 'Your choices' })).getAllByRole('button');

describe('the title screen', () => {
  it('shows the title, premise, content note and Begin', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'The Fixture' })).toBeInTheDocument();
    expect(screen.getByText("A tiny story for the compiler's tests.")).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Content note' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Begin' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Continue/ })).not.toBeInTheDocument();
  });
});

describe('a scene', () => {
  it('moves focus to the new scene heading and names the scene in the document title', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    expect(screen.getByRole('heading', { level: 1, name: 'The gate' })).toHaveFocus();
    expect(document.title).toBe('The gate — The Fixture');
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    expect(screen.getByRole('heading', { level: 1, name: 'The road' })).toHaveFocus();
    expect(document.title).toBe('The road — The Fixture');
  });

  it('renders inside main, marked with its scene id, choices as buttons in a named group', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    const scene = screen.getByRole('main').querySelector('[data-scene]');
    expect(scene).toHaveAttribute('data-scene', 'gate');
    expect(choices().map((b) => b.textContent)).toEqual(['1Pay', '2Bring him']);
    for (const button of choices()) expect(button.tagName).toBe('BUTTON');
  });

  it('lets number keys choose', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await user.keyboard('2');
    expect(screen.getByRole('heading', { level: 1, name: 'The road' })).toBeInTheDocument();
    // "Pay" is no longer open (brother is with her): only one choice remains.
    expect(choices()).toHaveLength(1);
    await user.keyboard('9'); // no ninth choice: nothing happens
    expect(screen.getByRole('heading', { level: 1, name: 'The road' })).toBeInTheDocument();
  });

  it('shows a fact card with its source named and linked', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    const card = screen.getByRole('complementary', { name: 'Fact' });
    expect(card).toHaveTextContent('A fact.');
    const link = within(card).getByRole('link', { name: /A Report/ });
    expect(link).toHaveAttribute('href', 'https://example.org/report');
    expect(card).toHaveTextContent('An Organisation, 2020');
  });

  it('explains a glossary term in place', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    const term = screen.getByRole('button', { name: 'gate' });
    expect(term).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/A way through/)).not.toBeVisible();
    await user.click(term);
    expect(term).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/A way through/)).toBeVisible();
  });
});

describe('an ending', () => {
  it('has a heading that takes focus, the epilogue with its facts, and Play again', async () => {
    const { user } = renderApp({ search: '?seed=1' });
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await user.click(screen.getByRole('button', { name: 'Bring him' }));
    await user.click(screen.getByRole('button', { name: 'Run' }));
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveFocus();
    const ending = heading.closest('[data-ending]');
    // The seed decides the chance: the ending is the one the machine reaches with the same seed.
    const reached = placeOf(replay(createStoryMachine(story), 1, ['bring', 'run']).actor.getSnapshot());
    expect(reached.kind).toBe('ending');
    expect(ending?.getAttribute('data-ending')).toBe(reached.id);
    expect(screen.getByRole('heading', { level: 2, name: 'What happens to real people' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Play again' }));
    expect(screen.getByRole('heading', { level: 1, name: 'The gate' })).toHaveFocus();
  });
});

describe("the ending's call to action", () => {
  const toEnding = async (user: ReturnType<typeof userEvent.setup>) => {
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await user.click(screen.getByRole('button', { name: 'Bring him' }));
    await user.click(screen.getByRole('button', { name: 'Run' }));
  };
  const outbox = () =>
    new Outbox({ storage: memoryStorage(), persistent: true, send: () => Promise.resolve({ outcome: 'recorded' }) });

  it('offers to sign, to share and to learn more right after the epilogue, then the journey, and Play again last', async () => {
    const box = outbox();
    const { user } = renderApp({ offer: { kind: 'form', delivery: testCampaign.delivery as never }, outbox: box });
    await toEnding(user);
    const sign = await screen.findByRole('region', { name: 'Sign the petition' });
    expect(within(sign).getByRole('checkbox', { name: /I agree that Example Campaign may keep/ })).not.toBeChecked();
    expect(within(sign).getByRole('link', { name: /privacy notice/ })).toHaveAttribute(
      'href',
      'https://example.org/privacy',
    );
    const share = screen.getByRole('region', { name: 'Share your journey' });
    expect(
      within(share)
        .getByRole('link', { name: /Share on X/ })
        .getAttribute('href'),
    ).toContain(encodeURIComponent('https://example.org/share/en/'));
    expect(screen.getByRole('region', { name: 'Learn more' })).toBeInTheDocument();
    // The petition comes right after what happens to real people (#15: on a phone the journey and
    // its map pushed it three thousand pixels down).
    const order = ['Sign the petition', 'Share your journey', 'Learn more', 'Your journey'].map((name) =>
      screen.getByRole('heading', { level: 2, name }),
    );
    for (let i = 1; i < order.length; i++)
      expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    box.dispose();
  });

  it('says, for Action Network, that delivery is best effort and the list may add the address anyway', async () => {
    const box = outbox();
    const delivery: SendableDelivery = {
      mode: 'action-network',
      url: 'https://actionnetwork.org/api/v2/petitions/x/signatures/',
      tags: [],
    };
    const { user } = renderApp({ offer: { kind: 'form', delivery }, outbox: box });
    await toEnding(user);
    const sign = await screen.findByRole('region', { name: 'Sign the petition' });
    expect(sign).toHaveTextContent('delivery is best effort');
    expect(sign).toHaveTextContent('Action Network may also add your email address to the list of Example Campaign');
    box.dispose();
  });

  it('shows neither sign nor share in classroom mode', async () => {
    const { user } = renderApp({ search: '?seed=1&mode=classroom' });
    await toEnding(user);
    await screen.findByRole('region', { name: 'Learn more' });
    expect(screen.queryByRole('region', { name: 'Sign the petition' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Share your journey' })).not.toBeInTheDocument();
  });
});

describe('words that come later', () => {
  it('asks for the rest of the story once the run starts, and shows the ending with its words', async () => {
    const loadRest = vi.fn(appProps(story).loadRest);
    const { user } = renderApp({ split: true, loadRest });
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await waitFor(() => expect(loadRest).toHaveBeenCalledWith('en'));
    await user.click(screen.getByRole('button', { name: 'Bring him' }));
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(screen.getByRole('heading', { level: 1 }).closest('[data-ending]')).not.toBeNull();
  });

  it('waits for words still on their way, and offers Try again when they could not be fetched', async () => {
    const loadRest = vi.fn<AppProps['loadRest']>().mockRejectedValue(new Error('offline'));
    const { user } = renderApp({ split: true, loadRest });
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await user.click(screen.getByRole('button', { name: 'Bring him' }));
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The rest of the story could not be loaded.');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();

    loadRest.mockImplementation(appProps(story).loadRest);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.closest('[data-ending]')).not.toBeNull();
    expect(heading).toHaveFocus();
  });
});

describe('saving and resuming', () => {
  it('saves as soon as a journey begins, so a reload at once still offers Continue', async () => {
    const storage = memoryStorage();
    const { user } = renderApp({ storage });
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    expect(readSave(storage, story.hash)).toMatchObject({ status: 'found', save: { seed: 1, choices: [] } });
  });

  it('saves after every choice and offers Continue, which returns to the same scene', async () => {
    const storage = memoryStorage();
    const first = renderApp({ storage });
    await first.user.click(screen.getByRole('button', { name: 'Begin' }));
    await first.user.click(screen.getByRole('button', { name: 'Pay' }));
    expect(readSave(storage, story.hash)).toMatchObject({ status: 'found', save: { seed: 1, choices: ['pay'] } });

    document.body.innerHTML = '';
    const second = renderApp({ storage });
    expect(screen.getByRole('button', { name: 'New journey' })).toBeInTheDocument();
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date());
    expect(screen.getByRole('button', { name: /^Continue/ })).toHaveAccessibleName(
      expect.stringContaining(`Saved ${when}`),
    );
    await second.user.click(screen.getByRole('button', { name: /^Continue/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'The road' })).toHaveFocus();
  });

  it.each([
    ['corrupt', '{not json', /could not be read/],
    [
      'from another version of the story',
      JSON.stringify({ format: SAVE_FORMAT, story: 'older', seed: 1, choices: [] }),
      /story has changed/,
    ],
  ])('starts fresh with a word of explanation when the save is %s', async (_, raw, message) => {
    const storage = memoryStorage();
    storage.setItem(SAVE_KEY, raw);
    const { user } = renderApp({ storage });
    expect(screen.getByRole('status')).toHaveTextContent(message);
    expect(screen.queryByRole('button', { name: /^Continue/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    expect(screen.getByRole('heading', { level: 1, name: 'The gate' })).toBeInTheDocument();
  });

  it('starts fresh, saying the story has changed, from a save of an older story whose scenes are gone', async () => {
    // The older story: the same fixture with its second scene under another id, played a step in.
    const older = compileOrThrow(
      fixtureFiles('test/fixtures/compile/minimal/story').map((f) =>
        f.path.endsWith('01-one.yaml') ? { ...f, text: f.text.replaceAll('road', 'old-road') } : f,
      ),
    );
    expect(older.hash).not.toBe(story.hash);
    expect(Object.keys(older.scenes)).toContain('old-road');
    expect(Object.keys(story.scenes)).not.toContain('old-road');
    const storage = memoryStorage();
    expect(writeSave(storage, { format: SAVE_FORMAT, story: older.hash, seed: 1, choices: ['pay'], savedAt: 1 })).toBe(
      true,
    );

    const { user } = renderApp({ storage });
    expect(screen.getByRole('status')).toHaveTextContent(
      'The story has changed since your last visit, so your saved journey could not be restored. A new one begins.',
    );
    expect(screen.queryByRole('button', { name: /^Continue/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    expect(screen.getByRole('heading', { level: 1, name: 'The gate' })).toHaveFocus();
    // The old save is gone: what is saved now is the new journey, against this story.
    expect(readSave(storage, story.hash)).toMatchObject({ status: 'found', save: { seed: 1, choices: [] } });
    expect(readSave(storage, older.hash)).toEqual({ status: 'discarded', reason: 'outdated' });
  });

  it('starts fresh with an explanation when a save names choices the story does not have', async () => {
    const storage = memoryStorage();
    storage.setItem(SAVE_KEY, JSON.stringify({ format: SAVE_FORMAT, story: story.hash, seed: 1, choices: ['fly'] }));
    const { user } = renderApp({ storage });
    await user.click(screen.getByRole('button', { name: /^Continue/ }));
    expect(screen.getByRole('status')).toHaveTextContent(/could not be read/);
    expect(screen.getByRole('heading', { level: 1, name: 'The gate' })).toBeInTheDocument();
  });

  it('says progress lasts only while the page is open when storage is blocked, and still plays', async () => {
    const { user } = renderApp({ persistent: false });
    expect(screen.getByRole('status')).toHaveTextContent(/only while this page is open/);
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    expect(screen.getByRole('heading', { level: 1, name: 'The road' })).toBeInTheDocument();
  });

  it('tells the player when a save fails, and keeps playing', async () => {
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const { user } = renderApp({ storage: full });
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    expect(screen.getByRole('status')).toHaveTextContent(/could not be saved/);
    expect(screen.getByRole('heading', { level: 1, name: 'The road' })).toBeInTheDocument();
  });
});

describe('what the title screen says about a kept signature', () => {
  const kept = (status: 'pending' | 'rejected') => {
    const storage = memoryStorage();
    storage.setItem(
      OUTBOX_KEY,
      JSON.stringify({
        format: 1,
        entries: [
          {
            key: 'k',
            signature: { name: 'A', email: 'a@example.org', country: 'KR', consent: true, mailingList: false },
            context: { petition: 'test-petition', language: 'en', website: 'https://example.org', source: 's' },
            createdAt: 1,
            attempts: 1,
            nextAttemptAt: Date.now() + 60_000,
            status,
            ...(status === 'rejected' ? { rejectedStatus: 400 } : {}),
          },
        ],
      }),
    );
    return storage;
  };

  it('calls a refused signature refused, never waiting, and Try again sends it', async () => {
    const storage = kept('rejected');
    const send = vi.fn(() => Promise.resolve({ outcome: 'recorded' as const }));
    const box = new Outbox({ storage, persistent: true, send });
    const { user } = renderApp({ storage, outbox: box });
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('refused');
    expect(notice).not.toHaveTextContent('as soon as the connection allows');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    box.dispose();
  });

  it('names a signature saved on this device that could not be read', () => {
    const storage = memoryStorage();
    storage.setItem(OUTBOX_KEY, '{"format":1,"entries":[{"key":"k","signature":{"consent":"true"}}]}');
    const box = new Outbox({ storage, persistent: true, send: () => Promise.resolve({ outcome: 'recorded' }) });
    renderApp({ storage, outbox: box });
    expect(screen.getByRole('status')).toHaveTextContent('A signature saved on this device could not be read');
    box.dispose();
  });

  it('shows no date for a save whose date is out of range', () => {
    const storage = memoryStorage();
    storage.setItem(
      SAVE_KEY,
      JSON.stringify({ format: SAVE_FORMAT, story: story.hash, seed: 1, choices: [], savedAt: 8.64e15 + 1 }),
    );
    renderApp({ storage });
    const button = screen.getByRole('button', { name: /^Continue/ });
    expect(button.textContent).not.toMatch(/Invalid Date/);
    expect(button).toHaveTextContent(/^Continue$/);
  });
});
