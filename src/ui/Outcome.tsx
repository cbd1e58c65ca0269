/**
 * What the choice just made led to, shown first in the scene or ending it leads to (a choice's
 * `outcome:` in the story). Its id lets the heading name it as its description, so a screen reader
 * reads it with the heading when the new place takes focus.
 */
import type { CompiledStory } from '../engine/story.ts';
import { RichText } from './RichText.tsx';

export function Outcome({ id, text, story }: { id: string; text: string; story: CompiledStory }) {
  return (
    <div className="outcome" id={id}>
      <RichText text={text} glossary={story.glossary} />
    </div>
  );
}
