/**
 * A run told back: the scenes passed and the choices made there, recomputed from the seed and
 * the log (the save holds no more). The choices that mattered are those that drew on chance or
 * changed a yes-or-no fact of her story (her brother with her, the phone kept, the papers…).
 */
import { rollFor } from './random.ts';
import { openChoices, resolveChoice } from './step.ts';
import { initialVars, type ChoiceDef, type CompiledStory, type SceneDef } from './story.ts';

/** The variables the ending's "Your journey" shows (src/ui/EndingView.tsx), so text reads them. */
export const JOURNEY_FIGURES = ['days', 'money', 'won', 'debt'] as const;

export interface JourneyStep {
  scene: SceneDef;
  choice: ChoiceDef;
  /** The scene or ending the choice led to. */
  to: string;
  /** True when the choice drew on chance or changed a yes-or-no variable. */
  mattered: boolean;
}

/** The steps of the run `log` made with `seed`; stops quietly where the log no longer fits. */
export function journeyOf(story: CompiledStory, seed: number, log: readonly string[]): JourneyStep[] {
  const steps: JourneyStep[] = [];
  let vars = initialVars(story);
  let at = story.start;
  for (const [index, choiceId] of log.entries()) {
    const scene = story.scenes[at];
    const choice = scene && openChoices(scene, vars).find((c) => c.id === choiceId);
    if (!scene || !choice) break;
    const result = resolveChoice(story, choice, vars, rollFor(seed, index));
    const flipped = Object.entries(story.variables).some(
      ([name, def]) => def.type === 'boolean' && result.vars[name] !== vars[name],
    );
    steps.push({ scene, choice, to: result.to, mattered: choice.chance !== undefined || flipped });
    vars = result.vars;
    at = result.to;
  }
  return steps;
}

/**
 * The outcome text of the choice that led to `place` (a scene or ending id), the last step of the
 * run: shown first there. Read from the steps, so undo, a restored save and a replay all show it.
 */
export function outcomeInto(steps: readonly JourneyStep[], place: string): string | undefined {
  const last = steps.at(-1);
  return last && last.to === place ? last.choice.outcome : undefined;
}
