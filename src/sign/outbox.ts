/**
 * The outbox: a signature is written to storage before it is sent, and stays there until the
 * campaign's endpoint has recorded it. Failed sends are retried with backoff; refused ones are kept
 * for the signer to see. When storage is blocked or full, the outbox carries on in memory and says
 * so through `persistent`. What it finds stored and cannot read (damaged, or written by another
 * version) is never sent and never erased: it is kept aside, verbatim, and counted by `unreadable()`
 * so the player can be told.
 */
import type { StorageLike } from '../engine/save.ts';
import type { SignatureReceipt } from './api.ts';
import type { DeliveryResult, Signature, SignContext } from './types.ts';

export const OUTBOX_KEY = 'three-thousand-miles:outbox';
/** Holds the id of the last petition signed here: never anything personal. */
export const SIGNED_KEY = 'three-thousand-miles:signed';
/** What the outbox found stored and could not read, kept verbatim (a JSON list), never sent. */
export const UNREADABLE_KEY = 'three-thousand-miles:outbox-unreadable';
/** Bumped if the stored shape changes. */
export const OUTBOX_FORMAT = 1;
/** How long a tab may hold an entry it is sending before another tab may take it over. */
export const LEASE_MS = 30_000;

const BACKOFF_FIRST_MS = 2_000;
const BACKOFF_MAX_MS = 5 * 60_000;
const BACKOFF_JITTER = 0.2;
/** The shortest wait before looking again at an entry that was due but could not be claimed. */
const RECHECK_MS = 1_000;
/** The longest wait the backoff ever sets: a later next attempt was not set by this code (or the clock moved back). */
const LONGEST_WAIT_MS = BACKOFF_MAX_MS * (1 + BACKOFF_JITTER);

export interface OutboxEntry {
  /** The idempotency key: the same on every attempt, so an endpoint can tell a retry from a new signature. */
  key: string;
  signature: Signature;
  context: SignContext;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  status: 'pending' | 'sending' | 'rejected';
  lastError?: string;
  rejectedStatus?: number;
  /** While `sending`: when the sending tab's claim runs out (a tab closed mid-send never renews it). */
  leaseUntil?: number;
  /** While `sending`: which outbox instance (tab) holds the claim. */
  leaseOwner?: string;
}

export interface OutboxOptions {
  /** May throw on every call (blocked): then the outbox lives in memory. */
  storage: StorageLike;
  /** False when `storage` is itself a memory stand-in: the UI says so. */
  persistent: boolean;
  send: (entry: OutboxEntry) => Promise<DeliveryResult>;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => () => void;
  random?: () => number;
  /** Defaults to `crypto.randomUUID`. */
  newKey?: () => string;
}

export class Outbox {
  readonly #storage: StorageLike;
  readonly #persistent: boolean;
  readonly #send: (entry: OutboxEntry) => Promise<DeliveryResult>;
  readonly #now: () => number;
  readonly #setTimer: (fn: () => void, ms: number) => () => void;
  readonly #random: () => number;
  readonly #newKey: () => string;
  /** Tells this instance's leases from other tabs'. */
  readonly #id = randomUuid();
  readonly #listeners = new Set<(entries: OutboxEntry[]) => void>();
  /** Petitions recorded from this page, for when the marker could not be stored. */
  readonly #signed = new Set<string>();
  /** Set once storage failed: from then on the outbox lives here, for the rest of the page's life. */
  #memory: OutboxEntry[] | undefined;
  /** The stored text `#snapshot` was read from, so an unchanged store gives the same array back. */
  #raw: string | null | undefined;
  #snapshot: OutboxEntry[] = [];
  #timer: { at: number; cancel: () => void } | undefined;
  #flushing: Promise<void> | undefined;
  /** Counts flush requests, so a pass can tell whether another was asked for while it ran. */
  #flushRequests = 0;
  #disposed = false;
  /** Set while classroom mode is on: nothing is sent, nothing is dropped. */
  #held = false;
  /** What the signature service said of the last signature for each petition sent from this page. */
  readonly #receipts = new Map<string, SignatureReceipt>();
  /** What could not be read and could not be stored aside either (storage blocked or full). */
  #unreadableHere: unknown[] = [];

  constructor(options: OutboxOptions) {
    this.#storage = options.storage;
    this.#persistent = options.persistent;
    this.#send = options.send;
    this.#now = options.now ?? Date.now;
    this.#setTimer = options.setTimer ?? defaultSetTimer;
    this.#random = options.random ?? Math.random;
    this.#newKey = options.newKey ?? randomUuid;
    // Entries left by an earlier visit (or another tab) are picked up as soon as they are due.
    this.#schedule(0);
  }

  /** False when signatures live only in memory and would be lost with the page. */
  get persistent(): boolean {
    return this.#persistent && this.#memory === undefined;
  }

  /** Stores a signature (before anything is sent), then sends it as soon as possible. */
  add(signature: Signature, context: SignContext): OutboxEntry {
    const now = this.#now();
    const entry: OutboxEntry = {
      key: this.#newKey(),
      signature,
      context,
      createdAt: now,
      attempts: 0,
      nextAttemptAt: now,
      status: 'pending',
    };
    this.#update((entries) => [...entries, entry]);
    this.#flushSoon();
    return entry;
  }

  /**
   * What is waiting, re-read from storage so other tabs' changes show. The same array comes back
   * while nothing changed (so it can back `useSyncExternalStore`).
   */
  readonly entries = (): OutboxEntry[] => this.#load();

  /** Sends every due entry once, one at a time; resolves when none is left to try. */
  readonly flush = (): Promise<void> => {
    this.#flushRequests++;
    // Something changed while a pass runs: it goes round once more when it ends.
    if (this.#flushing) return this.#flushing;
    this.#flushing = this.#runFlush().finally(() => {
      this.#flushing = undefined;
    });
    return this.#flushing;
  };

  /** Calls `listener` with the entries after each change made here; returns the unsubscribe. */
  readonly subscribe = (listener: (entries: OutboxEntry[]) => void): (() => void) => {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  };

  /**
   * Makes every waiting entry due, refused ones included, and sends them (on 'online', or "Try
   * now"). Only an entry a live tab is sending right now is left to it.
   */
  readonly retryNow = async (): Promise<void> => {
    const now = this.#now();
    const waiting = (entry: OutboxEntry) => entry.status !== 'sending' || dueAt(entry, now) <= now;
    if (this.#load().some(waiting)) {
      this.#update((entries) =>
        entries.map((entry): OutboxEntry => {
          if (!waiting(entry)) return entry;
          return { ...released(unrejected(entry)), status: 'pending', nextAttemptAt: now };
        }),
      );
    }
    await this.flush();
  };

  /** How many signatures saved on this device could not be read (kept aside, never sent). */
  readonly unreadable = (): number => {
    this.#load();
    return this.#unreadableHere.length + readUnreadable(this.#storage).length;
  };

  /** Lets go of what could not be read, once the player was told of it. */
  readonly forgetUnreadable = (): void => {
    this.#unreadableHere = [];
    try {
      this.#storage.removeItem(UNREADABLE_KEY);
    } catch {
      // Blocked: nothing was kept there.
    }
    this.#notify();
  };

  /** The service's receipt for the last signature for `petition` sent from this page, if it gave one. */
  receiptFor(petition: string): SignatureReceipt | undefined {
    return this.#receipts.get(petition);
  }

  /** True once a signature for `petition` was recorded, from this page or an earlier visit. */
  hasSigned(petition: string): boolean {
    return this.#signed.has(petition) || hasSigned(this.#storage, petition);
  }

  /**
   * Holds every signature back (classroom mode, switched on after the page opened: a class sends
   * nothing anywhere), or lets them go again. Held entries stay stored, untouched.
   */
  hold(held: boolean): void {
    if (this.#held === held) return;
    this.#held = held;
    if (held) {
      this.#timer?.cancel();
      this.#timer = undefined;
    } else this.#schedule(0);
  }

  /** A call, not the field: the field may change while a send is awaited. */
  #isHeld(): boolean {
    return this.#held;
  }

  /** Stops the timers; a send already under way still has its outcome stored. */
  dispose(): void {
    this.#disposed = true;
    this.#timer?.cancel();
    this.#timer = undefined;
    this.#listeners.clear();
  }

  async #runFlush(): Promise<void> {
    if (this.#held) return;
    try {
      for (;;) {
        const requests = this.#flushRequests;
        await this.#sendDue();
        // Held while a send was under way (classroom mode switched on): the rest wait.
        if (this.#flushRequests === requests || this.#disposed || this.#isHeld()) break;
      }
    } finally {
      this.#schedule(RECHECK_MS);
    }
  }

  async #sendDue(): Promise<void> {
    const tried = new Set<string>();
    for (let entry = this.#claimNext(tried); entry; entry = this.#claimNext(tried)) {
      tried.add(entry.key);
      let result: DeliveryResult;
      try {
        result = await this.#send(entry);
      } catch {
        // `send` should not throw; if it does, the signature is kept and retried like any failure.
        result = { outcome: 'failed', reason: 'send threw' };
      }
      this.#settle(entry, result);
    }
  }

  /** Marks the next due entry as being sent by this tab, or returns undefined when none is due. */
  #claimNext(tried: Set<string>): OutboxEntry | undefined {
    while (!this.#disposed) {
      const now = this.#now();
      const entries = this.#load();
      const due = entries.find((entry) => !tried.has(entry.key) && isDue(entry, now));
      if (!due) return undefined;
      const claimed: OutboxEntry = { ...due, status: 'sending', leaseUntil: now + LEASE_MS, leaseOwner: this.#id };
      this.#write(entries.map((entry) => (entry.key === due.key ? claimed : entry)));
      // Another tab may have claimed the same entry at the same moment; the last write wins.
      const stored = this.#load().find((entry) => entry.key === due.key);
      if (stored?.status === 'sending' && stored.leaseOwner === this.#id) {
        this.#notify();
        return claimed;
      }
      tried.add(due.key);
    }
    return undefined;
  }

  #settle(sent: OutboxEntry, result: DeliveryResult): void {
    if (result.outcome === 'recorded') {
      // Marked first, so a subscriber told of the removal can already ask `hasSigned()` and `receiptFor()`.
      this.#markSigned(sent.context.petition);
      if (result.receipt) this.#receipts.set(sent.context.petition, result.receipt);
      this.#update((entries) => entries.filter((entry) => entry.key !== sent.key));
      this.#forgetStale(sent.key);
      return;
    }
    const now = this.#now();
    this.#update((entries) =>
      entries.map((entry): OutboxEntry => {
        // Left alone if another tab took the entry over after this tab's lease ran out.
        if (entry.key !== sent.key || entry.leaseOwner !== this.#id) return entry;
        const attempts = entry.attempts + 1;
        const rest = released(entry);
        if (result.outcome === 'failed')
          return {
            ...rest,
            status: 'pending',
            attempts,
            nextAttemptAt: now + backoff(attempts, this.#random),
            lastError: result.reason,
          };
        return {
          ...rest,
          status: 'rejected',
          attempts,
          rejectedStatus: result.status,
          lastError: `status ${result.status}`,
        };
      }),
    );
  }

  #markSigned(petition: string): void {
    this.#signed.add(petition);
    try {
      this.#storage.setItem(SIGNED_KEY, petition);
    } catch {
      // Blocked: `hasSigned()` on this outbox still knows, for the page's life.
    }
  }

  /**
   * After a fall-back to memory, storage may still hold an older copy of a recorded entry; drop it
   * there too (a removal usually fits where a write did not) so a reload does not send it again.
   */
  #forgetStale(key: string): void {
    if (this.#memory === undefined) return;
    try {
      const stored = readOutbox(this.#storage.getItem(OUTBOX_KEY)).entries;
      const rest = stored.filter((entry) => entry.key !== key);
      if (rest.length === stored.length) return;
      if (rest.length === 0) this.#storage.removeItem(OUTBOX_KEY);
      else this.#storage.setItem(OUTBOX_KEY, serializeOutbox(rest));
    } catch {
      // Still blocked: nothing was stored to go stale.
    }
  }

  /** Sets one timer for the next moment an entry falls due (a retry, or another tab's lease running out). */
  #schedule(minDelay: number): void {
    if (this.#disposed || this.#held) return;
    const now = this.#now();
    let next = Infinity;
    for (const entry of this.#load()) next = Math.min(next, dueAt(entry, now));
    if (next === Infinity) {
      this.#timer?.cancel();
      this.#timer = undefined;
      return;
    }
    // Right after a pass, anything still due could not be claimed: look again a little later, not at once.
    const at = Math.max(next, now + minDelay);
    if (at <= now) {
      this.#flushSoon();
      return;
    }
    if (this.#timer?.at === at) return;
    this.#timer?.cancel();
    const cancel = this.#setTimer(() => {
      this.#timer = undefined;
      void this.flush();
    }, at - now);
    this.#timer = { at, cancel };
  }

  #flushSoon(): void {
    queueMicrotask(() => {
      if (!this.#disposed) void this.flush();
    });
  }

  #load(): OutboxEntry[] {
    if (this.#memory) return this.#memory;
    let raw: string | null;
    try {
      raw = this.#storage.getItem(OUTBOX_KEY);
    } catch {
      this.#memory = this.#snapshot;
      return this.#memory;
    }
    if (raw !== this.#raw) {
      this.#raw = raw;
      const { entries, unreadable } = readOutbox(raw);
      this.#snapshot = entries;
      if (unreadable.length > 0) this.#keepAside(unreadable, entries);
    }
    return this.#snapshot;
  }

  /**
   * Moves what could not be read out of the outbox, into its own key, before anything is written
   * over it. Where that cannot be stored, the outbox stops writing to storage for the page's life,
   * so the stored text stays as it was.
   */
  #keepAside(unreadable: unknown[], entries: OutboxEntry[]): void {
    try {
      const kept = readUnreadable(this.#storage);
      const known = new Set(kept.map((item) => JSON.stringify(item)));
      const fresh = unreadable.filter((item) => !known.has(JSON.stringify(item)));
      if (fresh.length > 0) this.#storage.setItem(UNREADABLE_KEY, JSON.stringify([...kept, ...fresh]));
      const raw = entries.length === 0 ? null : serializeOutbox(entries);
      if (raw === null) this.#storage.removeItem(OUTBOX_KEY);
      else this.#storage.setItem(OUTBOX_KEY, raw);
      this.#raw = raw;
    } catch {
      this.#unreadableHere = [...this.#unreadableHere, ...unreadable];
      this.#memory = entries;
    }
  }

  #write(entries: OutboxEntry[]): void {
    if (this.#memory) {
      this.#memory = entries;
      return;
    }
    try {
      if (entries.length === 0) {
        this.#storage.removeItem(OUTBOX_KEY);
        this.#raw = null;
      } else {
        const raw = serializeOutbox(entries);
        this.#storage.setItem(OUTBOX_KEY, raw);
        this.#raw = raw;
      }
      this.#snapshot = entries;
    } catch {
      // Full or blocked: keep everything in memory from here on, and say so through `persistent`.
      this.#memory = entries;
    }
  }

  #update(change: (entries: OutboxEntry[]) => OutboxEntry[]): void {
    this.#write(change(this.#load()));
    this.#notify();
  }

  #notify(): void {
    if (this.#listeners.size === 0) return;
    const entries = this.#load();
    for (const listener of this.#listeners) {
      try {
        listener(entries);
      } catch (error) {
        // A listener's bug must not stop the outbox; it is still reported.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

/** True when this browser recorded a signature for `petition` (on an earlier visit too). */
export function hasSigned(storage: StorageLike, petition: string): boolean {
  try {
    return storage.getItem(SIGNED_KEY) === petition;
  } catch {
    return false;
  }
}

/** The wait before retry number `attempts`: 2 s, 4 s, 8 s … capped at 5 min, then ±20% jitter. */
export function backoff(attempts: number, random: () => number = Math.random): number {
  const n = Number.isNaN(attempts) ? 1 : Math.max(1, Math.floor(attempts));
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** (n - 1));
  return Math.round(base * (1 + (random() * 2 - 1) * BACKOFF_JITTER));
}

/** The stored outbox, read: what can be sent, and what cannot be read (each item verbatim). */
export interface ReadOutbox {
  entries: OutboxEntry[];
  unreadable: unknown[];
}

/**
 * Reads the stored outbox without ever throwing. Well-formed entries are kept; everything else
 * (an entry missing a field, a second entry under a key already seen, a whole text that is not an
 * outbox of this format) comes back as unreadable, word for word, never silently dropped.
 */
export function readOutbox(raw: string | null): ReadOutbox {
  if (raw === null) return { entries: [], unreadable: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { entries: [], unreadable: [raw] };
  }
  if (data === null) return { entries: [], unreadable: [] };
  // A bare list is how the first builds stored it; otherwise this format, and no other.
  const list: unknown[] | undefined = Array.isArray(data)
    ? data
    : isObject(data) && data.format === OUTBOX_FORMAT && Array.isArray(data.entries)
      ? data.entries
      : undefined;
  if (!list) return { entries: [], unreadable: [raw] };
  const seen = new Set<string>();
  const entries: OutboxEntry[] = [];
  const unreadable: unknown[] = [];
  for (const item of list) {
    if (item === null) continue;
    const entry = readEntry(item);
    if (entry && !seen.has(entry.key)) {
      seen.add(entry.key);
      entries.push(entry);
    } else unreadable.push(item);
  }
  return { entries, unreadable };
}

/** What was kept aside, as stored; an empty list when there is nothing (or storage is blocked). */
function readUnreadable(storage: StorageLike): unknown[] {
  let raw: string | null;
  try {
    raw = storage.getItem(UNREADABLE_KEY);
  } catch {
    return [];
  }
  if (raw === null) return [];
  try {
    const data: unknown = JSON.parse(raw);
    return Array.isArray(data) ? data : [raw];
  } catch {
    return [raw];
  }
}

export function serializeOutbox(entries: readonly OutboxEntry[]): string {
  return JSON.stringify({ format: OUTBOX_FORMAT, entries });
}

function isDue(entry: OutboxEntry, now: number): boolean {
  return dueAt(entry, now) <= now;
}

/**
 * When an entry may next be sent. A time later than this code ever sets (a damaged save, a clock
 * set back) counts as now: a signature is never stuck behind it.
 */
function dueAt(entry: OutboxEntry, now: number): number {
  if (entry.status === 'pending') return entry.nextAttemptAt > now + LONGEST_WAIT_MS ? now : entry.nextAttemptAt;
  // A lease that ran out belongs to a tab that closed (or hung) mid-send: the entry is pending again.
  if (entry.status === 'sending') {
    const until = entry.leaseUntil ?? now;
    return until > now + LEASE_MS ? now : until;
  }
  return Infinity;
}

function readEntry(value: unknown): OutboxEntry | undefined {
  if (!isObject(value)) return undefined;
  const { key, signature, context, createdAt, attempts, nextAttemptAt, status } = value;
  const { lastError, rejectedStatus, leaseUntil, leaseOwner } = value;
  if (
    typeof key !== 'string' ||
    key === '' ||
    !isFiniteNumber(createdAt) ||
    !isFiniteNumber(attempts) ||
    !Number.isInteger(attempts) ||
    attempts < 0 ||
    !isFiniteNumber(nextAttemptAt) ||
    (status !== 'pending' && status !== 'sending' && status !== 'rejected') ||
    !optional(lastError, isString) ||
    !optional(rejectedStatus, isFiniteNumber) ||
    !optional(leaseUntil, isFiniteNumber) ||
    !optional(leaseOwner, isString)
  )
    return undefined;
  const sig = readSignature(signature);
  const ctx = readContext(context);
  if (!sig || !ctx) return undefined;
  return {
    key,
    signature: sig,
    context: ctx,
    createdAt,
    attempts,
    nextAttemptAt,
    status,
    ...(lastError === undefined ? {} : { lastError }),
    ...(rejectedStatus === undefined ? {} : { rejectedStatus }),
    ...(leaseUntil === undefined ? {} : { leaseUntil }),
    ...(leaseOwner === undefined ? {} : { leaseOwner }),
  };
}

function readSignature(value: unknown): Signature | undefined {
  if (!isObject(value)) return undefined;
  const { name, email, country, postalCode, consent, mailingList } = value;
  if (
    !isString(name) ||
    !isString(email) ||
    !isString(country) ||
    !optional(postalCode, isString) ||
    // Consent is `true` or it was not given: anything else is kept aside, not sent.
    consent !== true ||
    !optional(mailingList, isBoolean)
  )
    return undefined;
  // Saved without the choice: not joining the list is what the signer is sure to have agreed to.
  return {
    name,
    email,
    country,
    ...(postalCode === undefined ? {} : { postalCode }),
    consent,
    mailingList: mailingList ?? false,
  };
}

function readContext(value: unknown): SignContext | undefined {
  if (!isObject(value)) return undefined;
  const { petition, language, ending, website, source } = value;
  if (
    !isString(petition) ||
    !isString(language) ||
    !optional(ending, isString) ||
    !isString(website) ||
    !isString(source)
  )
    return undefined;
  return { petition, language, ...(ending === undefined ? {} : { ending }), website, source };
}

/** The entry without a sending tab's claim. */
function released(entry: OutboxEntry): OutboxEntry {
  const copy = { ...entry };
  delete copy.leaseUntil;
  delete copy.leaseOwner;
  return copy;
}

/** The entry without the status that refused it, for another try. */
function unrejected(entry: OutboxEntry): OutboxEntry {
  const copy = { ...entry };
  delete copy.rejectedStatus;
  return copy;
}

function optional<T>(value: unknown, check: (value: unknown) => value is T): value is T | undefined {
  return value === undefined || check(value);
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function defaultSetTimer(fn: () => void, ms: number): () => void {
  const id = setTimeout(fn, ms);
  return () => clearTimeout(id);
}

/** `crypto.randomUUID` where it exists; it is missing outside secure contexts (plain http). */
function randomUuid(): string {
  const native = (crypto as Partial<Crypto>).randomUUID?.();
  if (native !== undefined) return native;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
