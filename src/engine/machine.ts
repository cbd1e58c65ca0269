/**
 * The compiled story as an XState v5 machine: one state per scene, chapters as parent states,
 * endings as final states, and one event in, `choice.select`. Guards and actions are named and take
 * params, so the machine holds no inline logic and `xstate/graph` can walk it. What a choice does
 * is decided by `resolveChoice` (step.ts), the one interpreter the journey, the route and chapter
 * starts also use. The machine emits what happens (`StoryEvent`, events.ts): listen with
 * `actor.on('choice' | 'scene' | 'ending', …)`.
 */
import { and, assign, emit, setup, type SnapshotFrom } from 'xstate';
import type { StoryEvent } from './events.ts';
import { holds, type Expr } from './expression.ts';
import { rollFor } from './random.ts';
import { resolveChoice } from './step.ts';
import { initialVars, type ChoiceDef, type CompiledStory, type Vars } from './story.ts';

export interface StoryContext {
  seed: number;
  vars: Vars;
  /** The ids of the choices made so far: with the seed, the whole run. */
  log: string[];
}

/** The one event the machine takes: the player picks a choice. */
export type ChoiceSelect = {
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
  /** The step a choice makes from this context: the one interpreter (step.ts), with the run's own roll. */
  const stepOf = (context: StoryContext, event: ChoiceSelect, at: { scene: string; choice: string }) =>
    resolveChoice(
      story,
      findChoice(story, at.scene, at.choice),
      context.vars,
      event.roll ?? rollFor(context.seed, context.log.length),
    );

  const base = setup({
    types: {
      context: {} as StoryContext,
      events: {} as ChoiceSelect,
      input: {} as StoryInput,
      emitted: {} as StoryEvent,
    },
    guards: {
      isChoice: ({ event }, params: { choice: string }) => event.choiceId === params.choice,
      conditionHolds: ({ context }, params: { condition?: Expr }) => holds(params.condition, context.vars),
      outcomeDrawn: ({ context, event }, params: { choice: string; scene: string; index: number }) =>
        stepOf(context, event, params).outcome === params.index,
    },
    actions: {
      takeStep: assign(({ context, event }, params: { scene: string; choice: string }) => ({
        vars: stepOf(context, event, params).vars,
        log: [...context.log, params.choice],
      })),
      announceChoice: emit((_, params: { scene: string; choice: string }) => ({
        type: 'choice' as const,
        scene: params.scene,
        choice: params.choice,
      })),
      announceScene: emit((_, params: { scene: string; chapter: string }) => ({
        type: 'scene' as const,
        scene: params.scene,
        chapter: params.chapter,
      })),
      announceEnding: emit((_, params: { ending: string }) => ({ type: 'ending' as const, ending: params.ending })),
    },
  });

  // Built from data, so checked by the tests rather than by XState's config types.
  type Transition = {
    guard: unknown;
    target: string;
    actions: Array<
      | { type: 'takeStep'; params: { scene: string; choice: string } }
      | { type: 'announceChoice'; params: { scene: string; choice: string } }
    >;
  };

  const transitionsFor = (sceneId: string, choice: ChoiceDef): Transition[] => {
    const chosen = [
      { type: 'isChoice' as const, params: { choice: choice.id } },
      { type: 'conditionHolds' as const, params: choice.if ? { condition: choice.if } : {} },
    ];
    const at = { scene: sceneId, choice: choice.id };
    // The step first, then the news of it: a listener reads the snapshot the choice made.
    const actions = [
      { type: 'takeStep' as const, params: at },
      { type: 'announceChoice' as const, params: at },
    ];
    if (choice.to) return [{ guard: and(chosen), target: `#${choice.to}`, actions }];
    return (choice.chance ?? []).map((outcome, index) => ({
      guard: and([...chosen, { type: 'outcomeDrawn' as const, params: { ...at, index } }]),
      target: `#${outcome.to}`,
      actions,
    }));
  };

  const states: Record<string, object> = {};
  for (const chapter of story.chapters) {
    const scenes: Record<string, object> = {};
    for (const sceneId of chapter.scenes) {
      const scene = story.scenes[sceneId]!;
      scenes[sceneId] = {
        id: sceneId,
        entry: [{ type: 'announceScene', params: { scene: sceneId, chapter: chapter.id } }],
        on: { 'choice.select': scene.choices.flatMap((choice) => transitionsFor(sceneId, choice)) },
      };
    }
    const first = chapter.scenes.includes(story.start) ? story.start : chapter.start;
    states[chapter.id] = { initial: first, states: scenes };
  }
  for (const ending of Object.values(story.endings))
    states[ending.id] = {
      id: ending.id,
      type: 'final',
      entry: [{ type: 'announceEnding', params: { ending: ending.id } }],
    };

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
