import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { parseParams } from '../../src/app/params.ts';
import { createSessionMachine, playerView, type SessionDeps, type SessionEmitted } from '../../src/app/session.ts';
import type { AppEvent } from '../../src/embed/protocol.ts';
import type { StoryEvent } from '../../src/engine/events.ts';
import { placeOf } from '../../src/engine/machine.ts';
import { memoryStorage, readSave, SAVE_FORMAT, writeSave, type StorageLike } from '../../src/engine/save.ts';
import { splitText } from '../../src/engine/text.ts';
import { wordsFor } from '../support/app.tsx';
import { compileOrThrow, fixtureFiles } from '../support/story.ts';

// The fixture: gate --pay / bring--> road --run: chance--> home | caught (endings).
const story = compileOrThrow(fixtureFiles('test/fixtures/compile/minimal/story'));
const words = wordsFor(story);

function session({
  search = '?seed=1',
  storage = memoryStorage(),
  ...deps
}: Partial<SessionDeps> & { search?: string } = {}) {
  const reported: AppEvent[] = [];
  const actor = createActor(
    createSessionMachine({
      story,
      params: parseParams(search, story.chapters.length),
      storage,
      persistent: true,
      locale: 'en',
      words,
      chapterStarts: {},
      loadWords: () => Promise.resolve(words),
      loadRest: () => Promise.resolve(splitText(words.story, story.chapters[0]!.id).rest),
      applyLanguage: () => Promise.resolve(),
      report: (event) => reported.push(event),
      ...deps,
    }),
  );
  const heard: SessionEmitted[] = [];
  actor.on('*', (event) => heard.push(event));
  actor.start();
  const place = () => {
    const run = actor.getSnapshot().context.run;
    return run && placeOf(run.getSnapshot());
  };
  return { actor, reported, heard, storage, place };
}

describe('the session', () => {
  it('opens on the title screen and reports the page opening', () => {
    const { actor, reported } = session();
    expect(actor.getSnapshot().matches({ run: 'title' })).toBe(true);
    expect(actor.getSnapshot().context.run).toBeUndefined();
    expect(reported).toEqual([{ type: 'ready', lang: 'en', mode: 'standard' }]);
  });

  it('begins a run, saves after every choice, and reports and emits what the story tells', () => {
    const { actor, reported, heard, storage, place } = session();
    actor.send({ type: 'run.begin' });
    expect(place()).toEqual({ kind: 'scene', id: 'gate' });
    actor.send({ type: 'choice.select', choiceId: 'bring' });
    expect(place()).toEqual({ kind: 'scene', id: 'road' });
    const saved = readSave(storage, story.hash);
    expect(saved.status === 'found' && saved.save).toMatchObject({ seed: 1, choices: ['bring'] });
    const told: StoryEvent[] = [
      { type: 'scene', scene: 'gate', chapter: 'one' },
      { type: 'choice', scene: 'gate', choice: 'bring' },
      { type: 'scene', scene: 'road', chapter: story.scenes.road!.chapter },
    ];
    expect(heard).toEqual(told);
    expect(reported.slice(1)).toEqual(told);
  });

  it('ends with the run, plays again with a new run, and undoes from an ending', () => {
    const { actor, reported, place, heard } = session();
    actor.send({ type: 'run.begin' });
    actor.send({ type: 'choice.select', choiceId: 'bring' });
    actor.send({ type: 'choice.select', choiceId: 'run' });
    expect(place()?.kind).toBe('ending');
    expect(actor.getSnapshot().matches({ run: 'ended' })).toBe(true);

    // Taking a choice back is told (a class room's count drops), then where the run is again; the
    // replay of the choices kept tells nothing more.
    const before = heard.length;
    actor.send({ type: 'run.undo' });
    expect(heard.slice(before)).toEqual([{ type: 'undo' }, { type: 'scene', scene: 'road', chapter: 'one' }]);
    expect(actor.getSnapshot().matches({ run: 'running' })).toBe(true);
    expect(place()).toEqual({ kind: 'scene', id: 'road' });

    // A run replaced mid-way is stopped, not left running.
    const replaced = actor.getSnapshot().context.run;
    actor.send({ type: 'run.undo' });
    expect(place()).toEqual({ kind: 'scene', id: 'gate' });
    expect(replaced?.getSnapshot().status).toBe('stopped');

    actor.send({ type: 'choice.select', choiceId: 'bring' });
    actor.send({ type: 'choice.select', choiceId: 'run' });
    const ended = actor.getSnapshot().context.run;
    actor.send({ type: 'run.again' });
    expect(reported).toContainEqual({ type: 'cta', action: 'replay' });
    expect(actor.getSnapshot().matches({ run: 'running' })).toBe(true);
    expect(place()).toEqual({ kind: 'scene', id: 'gate' });
    expect(actor.getSnapshot().context.run).not.toBe(ended);
  });

  it('continues a saved run where it was, and starts over with a notice when the save does not fit', () => {
    const storage = memoryStorage();
    const save = (choices: string[]) =>
      writeSave(storage, { format: SAVE_FORMAT, story: story.hash, seed: 3, choices });
    save(['pay']);
    const good = session({ storage });
    good.actor.send({ type: 'run.continue' });
    expect(good.place()).toEqual({ kind: 'scene', id: 'road' });
    expect(good.actor.getSnapshot().context.run?.getSnapshot().context.vars.money).toBe(100);
    // Only the place it was left at is told, not the choices replayed to get there.
    expect(good.heard).toEqual([{ type: 'scene', scene: 'road', chapter: story.scenes.road!.chapter }]);

    save(['pay', 'no-such-choice']);
    const bad = session({ storage });
    bad.actor.send({ type: 'run.continue' });
    expect(bad.place()).toEqual({ kind: 'scene', id: 'gate' });
    expect(bad.actor.getSnapshot().context.notice).toBe('savedRunCorrupt');
    expect(bad.heard).toEqual([{ type: 'scene', scene: 'gate', chapter: 'one' }]);
  });

  it("opened from the page's title screen, goes straight into the run it asked for and reports no second opening", () => {
    const storage = memoryStorage();
    writeSave(storage, { format: SAVE_FORMAT, story: story.hash, seed: 3, choices: ['pay'] });
    const resumed = session({ storage, opening: { start: 'continue', classroom: false } });
    expect(resumed.actor.getSnapshot().matches({ run: 'running' })).toBe(true);
    expect(resumed.place()).toEqual({ kind: 'scene', id: 'road' });
    expect(resumed.reported).toEqual([{ type: 'scene', scene: 'road', chapter: story.scenes.road!.chapter }]);

    const begun = session({ storage, opening: { start: 'begin', classroom: true } });
    expect(begun.place()).toEqual({ kind: 'scene', id: 'gate' });
    expect(begun.actor.getSnapshot().context.classroom).toBe(true);
    // Begin starts over: the old save is gone.
    expect(readSave(storage, story.hash)).toMatchObject({ status: 'found', save: { choices: [] } });
    expect(begun.reported).toEqual([]);

    // Continue, its save gone meanwhile (another tab began anew): a new run, as Begin's.
    const gone = session({ opening: { start: 'continue', classroom: false } });
    expect(gone.place()).toEqual({ kind: 'scene', id: 'gate' });
  });

  it('in classroom mode reports only the opening outside, holds signatures, and still emits every event', () => {
    const hold = vi.fn();
    const { actor, reported, heard } = session({ search: '?seed=1&mode=classroom', outbox: { hold } });
    actor.send({ type: 'run.begin' });
    actor.send({ type: 'choice.select', choiceId: 'bring' });
    expect(reported).toEqual([{ type: 'ready', lang: 'en', mode: 'classroom' }]);
    expect(hold).toHaveBeenLastCalledWith(true);
    expect(heard.map((e) => e.type)).toEqual(['scene', 'choice', 'scene']);
  });

  it('lets the teacher switch classroom mode on at the title screen', () => {
    const hold = vi.fn();
    const { actor } = session({ outbox: { hold } });
    expect(hold).toHaveBeenLastCalledWith(false);
    actor.send({ type: 'classroom.set', on: true });
    expect(actor.getSnapshot().context.classroom).toBe(true);
    expect(hold).toHaveBeenLastCalledWith(true);
  });

  it('tells the player when the save cannot be written', () => {
    const full: StorageLike = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('full');
      },
    };
    const { actor } = session({ storage: full });
    actor.send({ type: 'run.begin' });
    expect(actor.getSnapshot().context.notice).toBe('saveFailed');
  });

  it('loads the later words, says when they failed, and tries again when asked', async () => {
    const { start, rest } = splitText(words.story, story.chapters[0]!.id);
    const loadRest = vi.fn<SessionDeps['loadRest']>().mockRejectedValueOnce(new Error('offline'));
    loadRest.mockResolvedValue(rest);
    const { actor } = session({ words: { ...words, story: start }, loadRest });
    await vi.waitFor(() => expect(playerView(actor.getSnapshot()).wordsFailed).toBe(true));
    actor.send({ type: 'words.retry' });
    await vi.waitFor(() => expect(actor.getSnapshot().matches({ words: 'complete' })).toBe(true));
    expect(Object.keys(actor.getSnapshot().context.language.words.story.endings).length).toBeGreaterThan(0);
  });

  it('switches language mid-run without leaving the run: same run, same place, choices still taken', async () => {
    const { actor, place } = session();
    actor.send({ type: 'run.begin' });
    actor.send({ type: 'choice.select', choiceId: 'pay' });
    const run = actor.getSnapshot().context.run;
    actor.send({ type: 'language.change', locale: 'es' });
    await vi.waitFor(() => expect(actor.getSnapshot().context.language.locale).toBe('es'));
    expect(actor.getSnapshot().context.run).toBe(run);
    expect(actor.getSnapshot().matches({ run: 'running' })).toBe(true);
    expect(place()).toEqual({ kind: 'scene', id: 'road' });
    actor.send({ type: 'choice.select', choiceId: 'run' });
    expect(place()?.kind).toBe('ending');
  });

  it('switches language, and a later choice wins over a slower earlier one', async () => {
    let releaseFrench: (bundle: typeof words) => void = () => undefined;
    const loadWords = vi.fn<SessionDeps['loadWords']>((locale) =>
      locale === 'fr' ? new Promise((resolve) => (releaseFrench = resolve)) : Promise.resolve(words),
    );
    const applyLanguage = vi.fn<SessionDeps['applyLanguage']>(() => Promise.resolve());
    const { actor } = session({ loadWords, applyLanguage });
    actor.send({ type: 'language.change', locale: 'fr' });
    actor.send({ type: 'language.change', locale: 'es' });
    await vi.waitFor(() => expect(actor.getSnapshot().context.language.locale).toBe('es'));
    releaseFrench(words);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(actor.getSnapshot().context.language.locale).toBe('es');
    expect(applyLanguage.mock.calls.map(([locale]) => locale)).toEqual(['es']);
  });

  it('keeps the language and says so when its words cannot be fetched', async () => {
    const { actor } = session({ loadWords: () => Promise.reject(new Error('offline')) });
    actor.send({ type: 'language.change', locale: 'ko' });
    await vi.waitFor(() => expect(actor.getSnapshot().context.notice).toBe('languageFailed'));
    expect(actor.getSnapshot().context.language.locale).toBe('en');
  });
});
