/**
 * Replays a saved run (seed and choice ids) onto a fresh actor, for tests and benchmarks. The app's
 * session (src/app/session.ts) replays the same way, into the story actor it spawns.
 */
import { createActor, type Actor } from 'xstate';
import { placeOf, type StoryMachine } from './machine.ts';

export type Replayed =
  { ok: true; actor: Actor<StoryMachine> } | { ok: false; actor: Actor<StoryMachine>; failedAt: number };

/**
 * Starts the machine with `seed` and sends each choice in turn. If a choice is not open where the
 * log says it was made (a corrupt or foreign log), replay stops there and reports the step.
 */
export function replay(machine: StoryMachine, seed: number, choices: readonly string[]): Replayed {
  const actor = createActor(machine, { input: { seed } }).start();
  for (const [index, choiceId] of choices.entries()) {
    const before = actor.getSnapshot();
    if (placeOf(before).kind === 'ending') return { ok: false, actor: fresh(machine, seed), failedAt: index };
    actor.send({ type: 'choice.select', choiceId });
    if (actor.getSnapshot().context.log.length !== index + 1)
      return { ok: false, actor: fresh(machine, seed), failedAt: index };
  }
  return { ok: true, actor };
}

function fresh(machine: StoryMachine, seed: number): Actor<StoryMachine> {
  return createActor(machine, { input: { seed } }).start();
}
