import { describe, expect, it } from 'vitest';
import { journeyFigures } from '../../src/engine/journey-figures.ts';
import { createStoryMachine } from '../../src/engine/machine.ts';
import { replay } from '../../src/engine/replay.ts';
import { initialVars } from '../../src/engine/story.ts';
import { seedFor, witnesses } from '../support/paths.ts';
import { realStory } from '../support/story.ts';

const story = realStory();
const runs = witnesses(story);

/** The variables at the end of the real run the explorer found to `endingId`. */
function varsAt(endingId: string) {
  const path = runs.get(endingId)!;
  const { ok, actor } = replay(
    createStoryMachine(story),
    seedFor(path),
    path.map((s) => s.choiceId),
  );
  expect(ok).toBe(true);
  return actor.getSnapshot().context.vars;
}

describe('the figures of "Your journey"', () => {
  it.each(['stayed', 'questioned'])('shows nothing at %s: she never left home', (id) => {
    expect(journeyFigures(story, story.endings[id]!, varsAt(id))).toEqual([]);
  });

  it.each(
    Object.values(story.endings)
      .filter((e) => e.arrival)
      .map((e) => e.id),
  )('shows days, won in the bank and the debt in won at %s, and no yuan', (id) => {
    const vars = varsAt(id);
    const figures = journeyFigures(story, story.endings[id]!, vars);
    expect(figures.map((f) => f.kind)).toEqual(['days', 'savings', 'debt']);
    expect(figures).toContainEqual({ kind: 'debt', amount: vars.debt, currency: 'KRW' });
    expect(figures).toContainEqual({ kind: 'savings', amount: vars.won, currency: 'KRW' });
  });

  it.each(
    Object.values(story.endings)
      .filter((e) => !e.arrival && !['stayed', 'questioned'].includes(e.id))
      .map((e) => e.id),
  )('shows days on the road at %s, yuan only if they changed, and no debt or won', (id) => {
    const vars = varsAt(id);
    const figures = journeyFigures(story, story.endings[id]!, vars);
    expect(figures[0]).toEqual({ kind: 'days', count: vars.days });
    expect(figures.filter((f) => f.kind === 'debt' || f.kind === 'savings')).toEqual([]);
    const money = figures.find((f) => f.kind === 'money');
    if (vars.money === story.variables.money!.initial) expect(money).toBeUndefined();
    else expect(money).toEqual({ kind: 'money', amount: vars.money, currency: 'CNY' });
  });

  it('shows no debt at an arrival where it was paid off, and no won where there are none', () => {
    const arrival = Object.values(story.endings).find((e) => e.arrival)!;
    const vars = { ...initialVars(story), days: 120, debt: 0, won: 0 };
    expect(journeyFigures(story, arrival, vars)).toEqual([{ kind: 'days', count: 120 }]);
  });

  it('shows yuan that changed, even back in China with less than she started with', () => {
    const caught = story.endings['caught-at-river']!;
    const vars = { ...initialVars(story), days: 1, money: 0 };
    expect(journeyFigures(story, caught, vars)).toEqual([
      { kind: 'days', count: 1 },
      { kind: 'money', amount: 0, currency: 'CNY' },
    ]);
  });
});
