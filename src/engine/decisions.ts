/**
 * A run checked by replaying it: the decisions it made (the steps where more than one choice was
 * open) and the ending it reached, or the first step where it does not fit the story. What the
 * server counts for "how others chose" (src/others/), and what the ending asks about.
 */
import { createActor } from 'xstate';
import { placeOf, type StoryMachine } from './machine.ts';
import { openChoices } from './step.ts';
import type { CompiledStory } from './story.ts';

/** A decision of a run: a scene where it had a real choice, and the choice it made there. */
export interface Decision {
  scene: string;
  choice: string;
}

export type CheckedRun =
  | { ok: true; ending: string; decisions: Decision[] }
  | { ok: false; reason: 'illegal-choice'; step: number }
  | { ok: false; reason: 'not-ended'; step: number };

/**
 * Replays `log` from `seed` through the story's machine. Refuses a choice that is not open where
 * the log makes it (a forged or foreign log, or rolls that went another way) and a run that stops
 * short of an ending. A scene decided twice (a loop) counts once, with the first choice made there.
 */
export function checkRun(
  story: CompiledStory,
  machine: StoryMachine,
  seed: number,
  log: readonly string[],
): CheckedRun {
  const actor = createActor(machine, { input: { seed } }).start();
  const decisions: Decision[] = [];
  try {
    for (const [step, choiceId] of log.entries()) {
      const before = actor.getSnapshot();
      const place = placeOf(before);
      const scene = place.kind === 'scene' ? story.scenes[place.id] : undefined;
      const open = scene ? openChoices(scene, before.context.vars) : [];
      if (!scene || !open.some((choice) => choice.id === choiceId))
        return { ok: false, reason: 'illegal-choice', step };
      actor.send({ type: 'choice.select', choiceId });
      if (actor.getSnapshot().context.log.length !== step + 1) return { ok: false, reason: 'illegal-choice', step };
      if (open.length > 1 && !decisions.some((d) => d.scene === scene.id))
        decisions.push({ scene: scene.id, choice: choiceId });
    }
    const end = placeOf(actor.getSnapshot());
    if (end.kind !== 'ending') return { ok: false, reason: 'not-ended', step: log.length };
    return { ok: true, ending: end.id, decisions };
  } finally {
    actor.stop();
  }
}
