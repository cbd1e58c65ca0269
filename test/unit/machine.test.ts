import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { StoryEvent } from '../../src/engine/events.ts';
import { createStoryMachine, placeOf } from '../../src/engine/machine.ts';
import { replay } from '../../src/engine/replay.ts';
import { compileOrThrow, fixtureFiles } from '../support/story.ts';

// The fixture: gate --pay (money >= 500 and not brother; money -= 500; risk += 1)--> road
//              gate --bring (brother = true)--> road
//              road --run: chance 3 - risk → home, 1 + risk → caught (risk += 2)
const story = compileOrThrow(fixtureFiles('test/fixtures/compile/minimal/story'));
const machine = createStoryMachine(story);

function start(seed = 1) {
  return createActor(machine, { input: { seed } }).start();
}

describe('the story machine', () => {
  it('starts at the first scene, inside its chapter, with the initial variables', () => {
    const actor = start();
    expect(actor.getSnapshot().value).toEqual({ one: 'gate' });
    expect(actor.getSnapshot().context.vars).toEqual({ money: 600, risk: 1, brother: false });
  });

  it('applies a choice’s effects and records it', () => {
    const actor = start();
    actor.send({ type: 'choice.select', choiceId: 'pay' });
    expect(placeOf(actor.getSnapshot())).toEqual({ kind: 'scene', id: 'road' });
    expect(actor.getSnapshot().context.vars).toEqual({ money: 100, risk: 2, brother: false });
    expect(actor.getSnapshot().context.log).toEqual(['pay']);
  });

  it('ignores a choice whose condition does not hold, or that is not in this scene', () => {
    const actor = start();
    actor.send({ type: 'choice.select', choiceId: 'bring' });
    actor.send({ type: 'choice.select', choiceId: 'pay' }); // road has no "pay"
    expect(placeOf(actor.getSnapshot())).toEqual({ kind: 'scene', id: 'road' });
    expect(actor.getSnapshot().context.log).toEqual(['bring']);

    const other = start();
    other.send({ type: 'choice.select', choiceId: 'run' });
    expect(other.getSnapshot().context.log).toEqual([]);
  });

  it('draws a chance outcome by weight, reading variables, and applies that outcome’s effects', () => {
    // With risk 1 the weights are 2 (home) and 2 (caught): a roll below 0.5 goes home.
    const home = start();
    home.send({ type: 'choice.select', choiceId: 'bring' });
    home.send({ type: 'choice.select', choiceId: 'run', roll: 0.2 });
    expect(placeOf(home.getSnapshot())).toEqual({ kind: 'ending', id: 'home' });
    expect(home.getSnapshot().status).toBe('done');

    const caught = start();
    caught.send({ type: 'choice.select', choiceId: 'bring' });
    caught.send({ type: 'choice.select', choiceId: 'run', roll: 0.8 });
    expect(placeOf(caught.getSnapshot())).toEqual({ kind: 'ending', id: 'caught' });
    expect(caught.getSnapshot().context.vars.risk).toBe(3);

    // After paying, risk is 2: weights 1 and 3, so the same 0.3 roll is now caught.
    const paid = start();
    paid.send({ type: 'choice.select', choiceId: 'pay' });
    paid.send({ type: 'choice.select', choiceId: 'run', roll: 0.3 });
    expect(placeOf(paid.getSnapshot()).id).toBe('caught');
  });

  it('makes the same run from the same seed and choices', () => {
    const outcomes = new Set<string>();
    for (let seed = 0; seed < 50; seed++) {
      const a = replay(machine, seed, ['bring', 'run']);
      const b = replay(machine, seed, ['bring', 'run']);
      expect(a.actor.getSnapshot().value).toEqual(b.actor.getSnapshot().value);
      outcomes.add(placeOf(a.actor.getSnapshot()).id);
    }
    // Across seeds both outcomes happen: chance is real.
    expect(outcomes).toEqual(new Set(['home', 'caught']));
  });
});

describe('replaying a saved run', () => {
  it('restores the scene and variables', () => {
    const result = replay(machine, 5, ['pay']);
    expect(result.ok).toBe(true);
    expect(placeOf(result.actor.getSnapshot()).id).toBe('road');
    expect(result.actor.getSnapshot().context.vars.money).toBe(100);
  });

  it.each([[['nonsense']], [['bring', 'pay']], [['bring', 'run', 'run']]])(
    'reports a log that does not fit the story (%j) and hands back a fresh start',
    (choices) => {
      const result = replay(machine, 5, choices);
      expect(result.ok).toBe(false);
      expect(result.actor.getSnapshot().context.log).toEqual([]);
      expect(placeOf(result.actor.getSnapshot()).id).toBe('gate');
    },
  );
});

describe('what the story machine emits', () => {
  it('tells each choice, then the scene or ending it led to, in that order', () => {
    const actor = createActor(machine, { input: { seed: 1 } });
    const heard: StoryEvent[] = [];
    actor.on('*', (event) => heard.push(event));
    actor.start();
    actor.send({ type: 'choice.select', choiceId: 'bring' });
    actor.send({ type: 'choice.select', choiceId: 'nowhere' });
    actor.send({ type: 'choice.select', choiceId: 'run', roll: 0.2 });
    expect(heard).toEqual([
      { type: 'scene', scene: 'gate', chapter: 'one' },
      { type: 'choice', scene: 'gate', choice: 'bring' },
      { type: 'scene', scene: 'road', chapter: story.scenes.road!.chapter },
      { type: 'choice', scene: 'road', choice: 'run' },
      { type: 'ending', ending: 'home' },
    ]);
  });

  it('hands a choice listener the snapshot the choice made', () => {
    const actor = start();
    const logs: string[][] = [];
    actor.on('choice', () => logs.push(actor.getSnapshot().context.log));
    actor.send({ type: 'choice.select', choiceId: 'pay' });
    expect(logs).toEqual([['pay']]);
  });
});
