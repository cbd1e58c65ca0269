/**
 * The scene's picture, above its heading. Decorative: `alt=""`, so a screen reader passes over it.
 * The scene's own words already say where she is and what she sees; a description read out before
 * the heading would only repeat them, and delay the story for those who listen to it.
 *
 * The box keeps the picture's ratio before the file arrives (scene-art.css), so nothing below it
 * moves when it does. The file is loaded lazily and decoded off the main thread: a choice never
 * waits for a picture.
 */
import { ART_HEIGHT, ART_WIDTH, illustrationFor } from '../art/illustrations.ts';
import type { SceneDef } from '../engine/story.ts';

interface SceneArtProps {
  scene: Pick<SceneDef, 'id' | 'chapter' | 'place' | 'art'>;
  /** The app's base path (Vite's BASE_URL), ending in a slash. */
  base: string;
}

export function SceneArt({ scene, base }: SceneArtProps) {
  const id = illustrationFor(scene);
  return (
    <div className="scene-art" data-art={id}>
      {/* Keyed by picture: a new picture is a new element, so it fades in rather than the old one lingering. */}
      <img
        key={id}
        src={`${base}art/${id}.svg`}
        alt=""
        width={ART_WIDTH}
        height={ART_HEIGHT}
        decoding="async"
        loading="lazy"
      />
    </div>
  );
}
