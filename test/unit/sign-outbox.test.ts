import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage, type StorageLike } from '../../src/engine/save.ts';
import {
  backoff,
  hasSigned,
  LEASE_MS,
  Outbox,
  OUTBOX_KEY,
  SIGNED_KEY,
  UNREADABLE_KEY,
  type OutboxEntry,
  type OutboxOptions,
} from '../../src/sign/outbox.ts';
import type { DeliveryResult, Signature, SignContext } from '../../src/sign/types.ts';

const signature: Signature = {
  name: 'Kim Ji-eun',
  email: 'jieun@example.org',
  country: 'KR',
  postalCode: '04524',
  consent: true,
  mailingList: false,
};

const context: SignContext = {
  petition: 'stop-forced-returns',
  language: 'ko',
  website: 'https://example.org/three-thousand-miles/',
  source: 'three-thousand-miles',
};

const RECORDED: DeliveryResult = { outcome: 'recorded' };
const OFFLINE: DeliveryResult = { outcome: 'failed', reason: 'network' };
const START = 1_700_000_000_000;

/** A clock and timers the test moves by hand; pending promise work runs between timers. */
function manualClock() {
  let time = START;
  let timers: { at: number; fn: () => void; order: number }[] = [];
  let order = 0;
  return {
    now: () => time,
    setTimer(fn: () => void, ms: number): () => void {
      const timer = { at: time + ms, fn, order: order++ };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
    async advance(ms: number): Promise<void> {
      const end = time + ms;
      for (;;) {
        await settle();
        const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.order - b.order)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        time = Math.max(time, due.at);
        due.fn();
      }
      time = end;
      await settle();
    },
    timerCount: () => timers.length,
  };
}

/** Lets every promise chain that can move on do so. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

type Send = OutboxOptions['send'];

/** Every outbox a test made, disposed after it so no timer outlives its test (even a failed one). */
const made: Outbox[] = [];
afterEach(() => {
  for (const outbox of made.splice(0)) outbox.dispose();
});

function setup(options: Partial<OutboxOptions> & { clock?: ReturnType<typeof manualClock> } = {}) {
  const clock = options.clock ?? manualClock();
  const storage = options.storage ?? memoryStorage();
  const send = vi.fn<Send>(options.send ?? (() => Promise.resolve(RECORDED)));
  let keys = 0;
  const outbox = new Outbox({
    persistent: true,
    now: clock.now,
    setTimer: (fn, ms) => clock.setTimer(fn, ms),
    random: () => 0.5, // no jitter: the waits are exact
    newKey: () => `key-${++keys}`,
    ...options,
    storage,
    send,
  });
  made.push(outbox);
  return { clock, storage, send, outbox };
}

/** The outbox as stored, read without the module's own parser. */
function stored(storage: StorageLike): OutboxEntry[] {
  const raw = storage.getItem(OUTBOX_KEY);
  return raw === null ? [] : (JSON.parse(raw) as { entries: OutboxEntry[] }).entries;
}

function entry(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    key: 'stored-key',
    signature,
    context,
    createdAt: START - 60_000,
    attempts: 0,
    nextAttemptAt: START - 60_000,
    status: 'pending',
    ...overrides,
  };
}

function storageWith(entries: unknown[]): StorageLike {
  const storage = memoryStorage();
  storage.setItem(OUTBOX_KEY, JSON.stringify({ format: 1, entries }));
  return storage;
}

function blockedStorage(): StorageLike {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { getItem: refuse, setItem: refuse, removeItem: refuse };
}

describe('adding a signature', () => {
  it('stores it before it is sent, then sends it at once', async () => {
    const storage = memoryStorage();
    let storedWhenSent: OutboxEntry[] | undefined;
    const { outbox, send } = setup({
      storage,
      send: () => {
        storedWhenSent = stored(storage);
        return Promise.resolve(RECORDED);
      },
    });

    const added = outbox.add(signature, context);
    expect(send).not.toHaveBeenCalled();
    expect(stored(storage)).toEqual([
      { key: 'key-1', signature, context, createdAt: START, attempts: 0, nextAttemptAt: START, status: 'pending' },
    ]);
    expect(added).toEqual(stored(storage)[0]);

    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    expect(storedWhenSent).toEqual([expect.objectContaining({ key: 'key-1', signature, status: 'sending' })]);
  });

  it('forgets the signature once recorded, and remembers only which petition was signed', async () => {
    const { outbox, storage, send } = setup();
    outbox.add(signature, context);
    await outbox.flush();

    expect(send).toHaveBeenCalledTimes(1);
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
    expect(outbox.entries()).toEqual([]);
    expect(storage.getItem(SIGNED_KEY)).toBe('stop-forced-returns');
    expect(hasSigned(storage, 'stop-forced-returns')).toBe(true);
    expect(hasSigned(storage, 'another-petition')).toBe(false);
    expect(outbox.hasSigned('stop-forced-returns')).toBe(true);
  });

  it('tells subscribers about each change until they unsubscribe, the signature already marked when it goes', async () => {
    const { outbox } = setup();
    const seen: string[][] = [];
    let signedWhenGone: boolean | undefined;
    const unsubscribe = outbox.subscribe((entries) => {
      seen.push(entries.map((e) => `${e.key}:${e.status}`));
      if (entries.length === 0) signedWhenGone = outbox.hasSigned(context.petition);
    });
    outbox.add(signature, context);
    await outbox.flush();
    expect(seen).toEqual([['key-1:pending'], ['key-1:sending'], []]);
    expect(signedWhenGone).toBe(true);

    unsubscribe();
    outbox.add(signature, context);
    await outbox.flush();
    expect(seen).toHaveLength(3);
  });

  it('gives back the same array while nothing changed', () => {
    const { outbox, send } = setup({ send: () => new Promise(() => undefined) });
    outbox.add(signature, context);
    expect(outbox.entries()).toBe(outbox.entries());
    expect(send).not.toHaveBeenCalled();
  });

  it('has nothing to say before anything was signed', () => {
    const { outbox } = setup();
    expect(outbox.entries()).toEqual([]);
    expect(outbox.hasSigned('stop-forced-returns')).toBe(false);
    expect(outbox.persistent).toBe(true);
  });
});

describe('when sending fails', () => {
  it('keeps the signature, waits, and sends it again when the timer fires', async () => {
    const results = [OFFLINE, RECORDED];
    const { outbox, storage, send, clock } = setup({ send: () => Promise.resolve(results.shift()!) });
    outbox.add(signature, context);
    await outbox.flush();

    expect(stored(storage)).toEqual([
      expect.objectContaining({
        key: 'key-1',
        status: 'pending',
        attempts: 1,
        nextAttemptAt: START + 2_000,
        lastError: 'network',
      }),
    ]);
    expect(stored(storage)[0]).not.toHaveProperty('leaseOwner');

    await clock.advance(1_999);
    expect(send).toHaveBeenCalledTimes(1);
    await clock.advance(1);
    expect(send).toHaveBeenCalledTimes(2);
    expect(stored(storage)).toEqual([]);
    expect(hasSigned(storage, context.petition)).toBe(true);
  });

  it('waits twice as long after each failure, and sends the same key every time', async () => {
    const { outbox, storage, send, clock } = setup({ send: () => Promise.resolve(OFFLINE) });
    outbox.add(signature, context);
    await outbox.flush();
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [pending] = stored(storage);
      waits.push(pending!.nextAttemptAt - clock.now());
      await clock.advance(pending!.nextAttemptAt - clock.now());
    }
    expect(waits).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(send).toHaveBeenCalledTimes(5);
    expect(new Set(send.mock.calls.map(([sent]) => sent.key))).toEqual(new Set(['key-1']));
    expect(stored(storage)[0]).toMatchObject({ attempts: 5, status: 'pending' });
  });

  it('keeps a signature whose send throws, as a failure', async () => {
    const { outbox, storage } = setup({ send: () => Promise.reject(new Error('bug')) });
    outbox.add(signature, context);
    await outbox.flush();
    expect(stored(storage)).toEqual([
      expect.objectContaining({ status: 'pending', attempts: 1, lastError: 'send threw' }),
    ]);
  });

  it('sends exactly once after being offline for a while, when the browser is back online', async () => {
    let online = false;
    const { outbox, storage, send, clock } = setup({
      send: () => Promise.resolve(online ? RECORDED : OFFLINE),
    });
    outbox.add(signature, context);
    await clock.advance(20_000); // tries at 0, 2 s, 6 s and 14 s, all offline
    const offlineTries = send.mock.calls.length;
    expect(offlineTries).toBe(4);

    online = true;
    await outbox.retryNow();
    expect(send).toHaveBeenCalledTimes(offlineTries + 1);
    expect(stored(storage)).toEqual([]);

    await clock.advance(60 * 60_000);
    expect(send).toHaveBeenCalledTimes(offlineTries + 1);
    expect(clock.timerCount()).toBe(0);
  });

  it('sends nothing more once disposed', async () => {
    const { outbox, send, clock } = setup({ send: () => Promise.resolve(OFFLINE) });
    outbox.add(signature, context);
    await outbox.flush();
    outbox.dispose();
    expect(clock.timerCount()).toBe(0);
    await clock.advance(60 * 60_000);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('when the endpoint refuses a signature', () => {
  it('keeps it, marked refused, and does not retry it on its own', async () => {
    const results: DeliveryResult[] = [{ outcome: 'rejected', status: 422 }, RECORDED];
    const { outbox, storage, send, clock } = setup({ send: () => Promise.resolve(results.shift()!) });
    outbox.add(signature, context);
    await outbox.flush();
    expect(stored(storage)).toEqual([
      expect.objectContaining({
        key: 'key-1',
        signature,
        status: 'rejected',
        rejectedStatus: 422,
        attempts: 1,
        lastError: 'status 422',
      }),
    ]);

    await clock.advance(24 * 60 * 60_000);
    await outbox.flush();
    expect(send).toHaveBeenCalledTimes(1);

    await outbox.retryNow();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0]).toMatchObject({ key: 'key-1', status: 'sending' });
    expect(send.mock.calls[1]![0]).not.toHaveProperty('rejectedStatus');
    expect(stored(storage)).toEqual([]);
  });
});

describe('after a reload', () => {
  it('sends a signature left waiting by the last visit once it is due', async () => {
    const storage = storageWith([entry({ attempts: 2, nextAttemptAt: START + 5_000, lastError: 'network' })]);
    const { send, clock } = setup({ storage });
    await clock.advance(4_999);
    expect(send).not.toHaveBeenCalled();
    await clock.advance(1);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toMatchObject({ key: 'stored-key', signature, context });
    expect(stored(storage)).toEqual([]);
  });

  it('sends at once a signature that was already due', async () => {
    const storage = storageWith([entry()]);
    const { send } = setup({ storage });
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('holds a waiting signature back while classroom mode is on, through retries and "online", and sends it after', async () => {
    const storage = storageWith([entry()]);
    const { send, clock, outbox } = setup({ storage });
    // Switched on before the page's first flush could run (the title screen's switch).
    outbox.hold(true);
    await outbox.flush();
    await outbox.retryNow();
    await clock.advance(10 * 60_000);
    expect(send).not.toHaveBeenCalled();
    expect(stored(storage)).toHaveLength(1);
    outbox.hold(false);
    await clock.advance(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(stored(storage)).toEqual([]);
  });

  it('takes over a send cut short by closing the page once its lease runs out, under the same key', async () => {
    const clock = manualClock();
    const storage = memoryStorage();
    const first = setup({ clock, storage, send: () => new Promise(() => undefined) });
    first.outbox.add(signature, context);
    await settle();
    expect(first.send).toHaveBeenCalledTimes(1);
    first.outbox.dispose(); // the page is closed while the request is in flight

    const second = setup({ clock, storage });
    await clock.advance(LEASE_MS - 1);
    expect(second.send).not.toHaveBeenCalled();
    await clock.advance(1);
    expect(second.send).toHaveBeenCalledTimes(1);
    expect(second.send.mock.calls[0]![0].key).toBe(first.send.mock.calls[0]![0].key);
    expect(stored(storage)).toEqual([]);
  });
});

describe('with two tabs open on the same storage', () => {
  it('sends a signature once, from the tab that claimed it', async () => {
    const clock = manualClock();
    const storage = memoryStorage();
    const reply = deferred<DeliveryResult>();
    const tabA = setup({ clock, storage, send: () => reply.promise });
    tabA.outbox.add(signature, context);
    await settle();
    expect(tabA.send).toHaveBeenCalledTimes(1);

    const tabB = setup({ clock, storage });
    expect(tabB.outbox.entries()).toEqual([expect.objectContaining({ key: 'key-1', status: 'sending' })]);
    await tabB.outbox.retryNow();
    await clock.advance(10_000);
    expect(tabB.send).not.toHaveBeenCalled();

    reply.resolve(RECORDED);
    await clock.advance(LEASE_MS * 2);
    expect(tabA.send).toHaveBeenCalledTimes(1);
    expect(tabB.send).not.toHaveBeenCalled();
    expect(tabB.outbox.entries()).toEqual([]);
  });

  it('sends once when both tabs find the same waiting signature on load', async () => {
    const clock = manualClock();
    const storage = storageWith([entry()]);
    const tabA = setup({ clock, storage });
    const tabB = setup({ clock, storage });
    await Promise.all([tabA.outbox.flush(), tabB.outbox.flush()]);
    await clock.advance(LEASE_MS * 2);
    expect(tabA.send.mock.calls.length + tabB.send.mock.calls.length).toBe(1);
    expect(stored(storage)).toEqual([]);
  });

  it('does not undo another tab’s claim when a late reply arrives after the lease ran out', async () => {
    const clock = manualClock();
    const storage = memoryStorage();
    const slow = deferred<DeliveryResult>();
    const tabA = setup({ clock, storage, send: () => slow.promise });
    tabA.outbox.add(signature, context);
    await settle();

    const tabBReply = deferred<DeliveryResult>();
    const tabB = setup({ clock, storage, send: () => tabBReply.promise });
    await clock.advance(LEASE_MS);
    expect(tabB.send).toHaveBeenCalledTimes(1);

    slow.resolve(OFFLINE);
    await settle();
    expect(stored(storage)).toEqual([expect.objectContaining({ status: 'sending', attempts: 0 })]);

    tabBReply.resolve(RECORDED);
    await settle();
    expect(stored(storage)).toEqual([]);
  });

  it('leaves a signature to the other tab when its claim lands at the same moment', async () => {
    const backing = memoryStorage();
    let raced = false;
    // Another tab writes its own claim just after this tab's first one: the last write wins.
    const storage: StorageLike = {
      getItem: (key) => backing.getItem(key),
      removeItem: (key) => backing.removeItem(key),
      setItem: (key, value) => {
        backing.setItem(key, value);
        if (key !== OUTBOX_KEY || raced || !value.includes('"sending"')) return;
        raced = true;
        backing.setItem(key, value.replace(/"leaseOwner":"[^"]*"/, '"leaseOwner":"other-tab"'));
      },
    };
    storage.setItem(OUTBOX_KEY, JSON.stringify({ format: 1, entries: [entry()] }));
    const { send, clock } = setup({ storage });
    await settle();
    expect(send).not.toHaveBeenCalled();
    expect(stored(backing)).toEqual([expect.objectContaining({ status: 'sending', leaseOwner: 'other-tab' })]);
    // The other tab's lease is watched: should it vanish with its tab, this one takes over.
    await clock.advance(LEASE_MS);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('shows what another tab added', () => {
    const clock = manualClock();
    const storage = memoryStorage();
    const tabA = setup({ clock, storage, send: () => new Promise(() => undefined) });
    const tabB = setup({ clock, storage });
    tabA.outbox.add(signature, context);
    expect(tabB.outbox.entries()).toEqual([expect.objectContaining({ key: 'key-1', signature })]);
  });
});

describe('when storage cannot be used', () => {
  it('keeps signatures in memory when storage is blocked, says so, and still delivers them', async () => {
    const { outbox, send } = setup({ storage: blockedStorage() });
    expect(outbox.persistent).toBe(false);
    outbox.add(signature, context);
    expect(outbox.entries()).toEqual([expect.objectContaining({ key: 'key-1', status: 'pending' })]);
    await outbox.flush();
    expect(send).toHaveBeenCalledTimes(1);
    expect(outbox.entries()).toEqual([]);
    expect(outbox.hasSigned(context.petition)).toBe(true);
  });

  it('retries from memory too', async () => {
    const results = [OFFLINE, RECORDED];
    const { outbox, send, clock } = setup({
      storage: blockedStorage(),
      send: () => Promise.resolve(results.shift()!),
    });
    outbox.add(signature, context);
    await outbox.flush();
    expect(outbox.entries()).toEqual([expect.objectContaining({ attempts: 1, status: 'pending' })]);
    await clock.advance(2_000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(outbox.entries()).toEqual([]);
  });

  it('moves to memory when storage fills up mid-way, losing nothing, and cleans the stale copy once sent', async () => {
    const backing = memoryStorage();
    let full = false;
    const storage: StorageLike = {
      getItem: (key) => backing.getItem(key),
      setItem: (key, value) => {
        if (full && value.length > 200) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        backing.setItem(key, value);
      },
      removeItem: (key) => backing.removeItem(key),
    };
    const reply = deferred<DeliveryResult>();
    const { outbox, send } = setup({ storage, send: () => reply.promise });
    outbox.add(signature, context);
    await settle();
    expect(outbox.persistent).toBe(true);

    full = true;
    outbox.add({ ...signature, email: 'second@example.org' }, context);
    expect(outbox.persistent).toBe(false);
    expect(outbox.entries().map((e) => e.key)).toEqual(['key-1', 'key-2']);

    reply.resolve(RECORDED);
    await outbox.flush();
    expect(send).toHaveBeenCalledTimes(2);
    expect(outbox.entries()).toEqual([]);
    // The copy left in storage before it filled up no longer holds the recorded signature.
    expect(stored(backing).map((e) => e.key)).not.toContain('key-1');
  });

  it('says so when the storage it was given is only a stand-in', () => {
    const { outbox } = setup({ persistent: false });
    expect(outbox.persistent).toBe(false);
  });
});

describe('reading a damaged outbox', () => {
  it.each([
    ['not JSON', '{"format":1,"entries":['],
    ['a number', '42'],
    ['entries that are not a list', '{"format":1,"entries":{"a":1}}'],
    ['an unknown format', JSON.stringify({ format: 99, entries: [entry()] })],
    ['no format at all', JSON.stringify({ entries: [entry()] })],
  ])('keeps %s aside, unsent, names it, and still takes new signatures', async (_, raw) => {
    const storage = memoryStorage();
    storage.setItem(OUTBOX_KEY, raw);
    const { outbox, send } = setup({ storage });
    expect(outbox.entries()).toEqual([]);
    expect(outbox.unreadable()).toBe(1);
    await settle();
    expect(send).not.toHaveBeenCalled();
    outbox.add(signature, context);
    await outbox.flush();
    expect(send).toHaveBeenCalledTimes(1);
    // Nothing was erased: what could not be read is still there, word for word.
    expect(JSON.parse(storage.getItem(UNREADABLE_KEY)!)).toEqual([raw]);
    expect(outbox.unreadable()).toBe(1);
  });

  it('starts empty, with nothing to name, from a stored null', () => {
    const storage = memoryStorage();
    storage.setItem(OUTBOX_KEY, 'null');
    const { outbox } = setup({ storage });
    expect(outbox.entries()).toEqual([]);
    expect(outbox.unreadable()).toBe(0);
  });

  it('keeps every well-formed entry, and keeps the rest aside where no later write erases them', async () => {
    const good = entry({ key: 'good', nextAttemptAt: START + 1_000 });
    const alsoGood = entry({ key: 'also-good', status: 'rejected', rejectedStatus: 400 });
    const bad = [
      'a string',
      { ...good, key: 'no-consent', signature: { ...signature, consent: false } },
      { ...good, key: 'text-consent', signature: { ...signature, consent: 'true' } },
      { ...good, key: 'bad-status', status: 'lost' },
      { ...good, key: 'no-context', context: undefined },
      { ...good, key: 'text-attempts', attempts: '1' },
      { ...good, key: 42 },
    ];
    const storage = storageWith([
      bad[0],
      null,
      good,
      ...bad.slice(1),
      alsoGood,
      { ...good, signature: { ...signature, name: 'A duplicate of "good"' } },
    ]);
    const { outbox, send, clock } = setup({ storage });
    expect(outbox.entries()).toEqual([good, alsoGood]);
    expect(outbox.unreadable()).toBe(bad.length + 1);

    await clock.advance(1_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toMatchObject({ key: 'good', signature });
    expect(stored(storage)).toEqual([alsoGood]);
    const aside = JSON.parse(storage.getItem(UNREADABLE_KEY)!) as unknown[];
    expect(aside).toEqual(
      expect.arrayContaining([...bad, { ...good, signature: { ...signature, name: 'A duplicate of "good"' } }]),
    );
    // Named until the player lets it go.
    outbox.forgetUnreadable();
    expect(outbox.unreadable()).toBe(0);
    expect(storage.getItem(UNREADABLE_KEY)).toBeNull();
  });

  it('sends an entry stored without mailingList as not joining the list, rather than dropping it', async () => {
    const withoutList: Partial<Signature> = { ...signature };
    delete withoutList.mailingList;
    const storage = storageWith([{ ...entry(), signature: withoutList }]);
    const { outbox, send } = setup({ storage });
    expect(outbox.unreadable()).toBe(0);
    await outbox.flush();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].signature).toEqual({ ...signature, mailingList: false });
  });

  it('does not forget an unreadable entry at the next write', async () => {
    const storage = storageWith([{ ...entry({ key: 'odd' }), createdAt: 'yesterday' }]);
    const { outbox } = setup({ storage, send: () => new Promise(() => undefined) });
    outbox.add(signature, context);
    await settle();
    expect(outbox.unreadable()).toBe(1);
    expect(JSON.parse(storage.getItem(UNREADABLE_KEY)!)).toEqual([
      { ...entry({ key: 'odd' }), createdAt: 'yesterday' },
    ]);
  });
});

describe('times that cannot be right', () => {
  it('sends at once an entry whose next attempt lies far in the future', async () => {
    const storage = storageWith([entry({ nextAttemptAt: START + 365 * 24 * 3600_000 })]);
    const { outbox, send } = setup({ storage });
    await outbox.flush();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('takes over at once an entry whose lease lies far in the future', async () => {
    const storage = storageWith([
      entry({ status: 'sending', leaseUntil: START + 365 * 24 * 3600_000, leaseOwner: 'a tab long gone' }),
    ]);
    const { outbox, send } = setup({ storage });
    await outbox.flush();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('"Try now" tries at once every entry but one a live tab is sending: a stale lease, a refusal, a wait', async () => {
    const storage = storageWith([
      entry({ key: 'stale', status: 'sending', leaseUntil: START + 365 * 24 * 3600_000, leaseOwner: 'gone' }),
      entry({ key: 'refused', status: 'rejected', rejectedStatus: 400 }),
      entry({ key: 'waiting', attempts: 3, nextAttemptAt: START + 60_000 }),
    ]);
    const { outbox, send } = setup({ storage, send: () => Promise.resolve(OFFLINE) });
    await outbox.retryNow();
    expect(send.mock.calls.map(([sent]) => sent.key).sort()).toEqual(['refused', 'stale', 'waiting']);
  });
});

describe('the wait between retries', () => {
  it.each([
    [1, 2_000],
    [2, 4_000],
    [3, 8_000],
    [4, 16_000],
    [8, 256_000],
    [9, 300_000],
    [50, 300_000],
    [0, 2_000],
  ])('waits %i attempts → %i ms without jitter', (attempts, ms) => {
    expect(backoff(attempts, () => 0.5)).toBe(ms);
  });

  it('varies by up to 20% either way', () => {
    expect(backoff(1, () => 0)).toBe(1_600);
    expect(backoff(1, () => 0.999999)).toBe(2_400);
    expect(backoff(20, () => 0)).toBe(240_000);
  });

  it('always stays within 20% of the doubled, capped wait', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r) => {
          const base = Math.min(300_000, 2_000 * 2 ** (n - 1));
          const wait = backoff(n, () => r);
          return wait >= Math.floor(base * 0.8) && wait <= Math.ceil(base * 1.2);
        },
      ),
    );
  });
});
