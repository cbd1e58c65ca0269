/**
 * What a run tells the world: the story machine emits these (`actor.on('choice', …)`), the session
 * passes them on, and the embed protocol posts them to a host page unchanged
 * (`src/embed/protocol.ts`). Ids only: never anything a player typed.
 */
import type { Place } from './machine.ts';
import type { CompiledStory } from './story.ts';

/** A scene entered, a choice made (in the scene it was made in), an ending reached. */
export type StoryEvent =
  | { type: 'scene'; scene: string; chapter: string }
  | { type: 'choice'; scene: string; choice: string }
  | { type: 'ending'; ending: string };

export type StoryEventType = StoryEvent['type'];

/** The event that says a run is at `place`: what a listener that arrives mid-run hears first. */
export function arrivalAt(story: CompiledStory, place: Place): StoryEvent {
  return place.kind === 'ending'
    ? { type: 'ending', ending: place.id }
    : { type: 'scene', scene: place.id, chapter: story.scenes[place.id]?.chapter ?? '' };
}
