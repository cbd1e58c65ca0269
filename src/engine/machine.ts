/**
 * The compiled story as an XState v5 machine: one state per scene, chapters as parent states,
 * endings as final states, and one event, `choice.select`. Guards and actions are named and take
 * params, so the machine holds no inline logic and `xstate/graph` can walk it.
 */
import { and, assign, setup, type SnapshotFrom } from 'xstate';
import { applyEffects, holds, type Effect, type Expr } from './expression.ts';
import { pickWeighted, rollFor } from './random.ts';
import { outcomeWeights } from './step.ts';
import { initialVars, type ChoiceDef, type CompiledStory, type Vars } from './story.ts';

export interface StoryContext {
  seed: number;
  vars: Vars;
  /** The ids of the choices made so far: with the seed, the whole run. */
  log: string[];
}

export type StoryEvent = {
  type: 'choice.select';
  choiceId: string;
  /** Forces a chance roll in [0, 1) (path tests); a run draws it from its seed and step number. */
  roll?: number;
};

export interface StoryInput {
  seed: number;
}

/** Builds the machine for a compiled story. */
export function createStoryMachine(story: CompiledStory) {
  const rollOf = (context: StoryContext, event: StoryEvent): number =>
    event.roll ?? rollFor(context.seed, context.log.length);

  const base = setup({
    types: {
      context: {} as StoryContext,
      events: {} as StoryEvent,
      input: {} as StoryInput,
    },
    guards: {
      isChoice: ({ event }, params: { choice: string }) => event.choiceId === params.choice,
      conditionHolds: ({ context }, params: { condition?: Expr }) => holds(params.condition, context.vars),
      outcomeDrawn: ({ context, event }, params: { choice: string; scene: string; index: number }) => {
        const choice = findChoice(story, params.scene, params.choice);
        const after = applyEffects(choice.do, context.vars, story.variables);
        return pickWeighted(outcomeWeights(choice, after), rollOf(context, event)) === params.index;
      },
    },
    actions: {
      applyEffects: assign(({ context }, params: { effects: Effect[] }) => ({
        vars: applyEffects(params.effects, context.vars, story.variables),
      })),
      recordStep: assign(({ context }, params: { choice: string }) => ({
        log: [...context.log, params.choice],
      })),
    },
  });

  // Built from data, so checked by the tests rather than by XState's config types.
  type Transition = {
    guard: unknown;
    target: string;
    actions: Array<
      { type: 'applyEffects'; params: { effects: Effect[] } } | { type: 'recordStep'; params: { choice: string } }
    >;
  };

  const transitionsFor = (sceneId: string, choice: ChoiceDef): Transition[] => {
    const chosen = [
      { type: 'isChoice' as const, params: { choice: choice.id } },
      { type: 'conditionHolds' as const, params: choice.if ? { condition: choice.if } : {} },
    ];
    const effects = (list: Effect[] | undefined) =>
      list && list.length ? [{ type: 'applyEffects' as const, params: { effects: list } }] : [];
    const record = { type: 'recordStep' as const, params: { choice: choice.id } };
    if (choice.to) {
      return [{ guard: and(chosen), target: `#${choice.to}`, actions: [...effects(choice.do), record] }];
    }
    return (choice.chance ?? []).map((outcome, index) => ({
      guard: and([...chosen, { type: 'outcomeDrawn' as const, params: { choice: choice.id, scene: sceneId, index } }]),
      target: `#${outcome.to}`,
      actions: [...effects(choice.do), ...effects(outcome.do), record],
    }));
  };

  const states: Record<string, object> = {};
  for (const chapter of story.chapters) {
    const scenes: Record<string, object> = {};
    for (const sceneId of chapter.scenes) {
      const scene = story.scenes[sceneId]!;
      scenes[sceneId] = {
        id: sceneId,
        on: { 'choice.select': scene.choices.flatMap((choice) => transitionsFor(sceneId, choice)) },
      };
    }
    const first = chapter.scenes.includes(story.start) ? story.start : chapter.start;
    states[chapter.id] = { initial: first, states: scenes };
  }
  for (const ending of Object.values(story.endings)) states[ending.id] = { id: ending.id, type: 'final' };

  const firstChapter = story.chapters.find((c) => c.scenes.includes(story.start)) ?? story.chapters[0];
  return base.createMachine({
    id: 'story',
    context: ({ input }) => ({ seed: input.seed, vars: initialVars(story), log: [] }),
    initial: firstChapter?.id ?? '',
    // The config is built from data, so its exact shape is only known at run time.
    states: states as never,
  });
}

export type StoryMachine = ReturnType<typeof createStoryMachine>;
export type StorySnapshot = SnapshotFrom<StoryMachine>;

/** Where a run stands: a scene, or an ending. */
export type Place = { kind: 'scene'; id: string } | { kind: 'ending'; id: string };

/** Reads the current scene or ending from a snapshot's state value. */
export function placeOf(snapshot: { value: unknown }): Place {
  const value = snapshot.value;
  if (typeof value === 'string') return { kind: 'ending', id: value };
  const inner = Object.values(value as Record<string, unknown>)[0];
  return { kind: 'scene', id: String(inner) };
}

function findChoice(story: CompiledStory, sceneId: string, choiceId: string): ChoiceDef {
  const choice = story.scenes[sceneId]?.choices.find((c) => c.id === choiceId);
  if (!choice) throw new Error(`No choice "${choiceId}" in scene "${sceneId}"`);
  return choice;
}
