/**
 * Puts the page in a stage of the journey: `data-stage` on <html>, which src/ui/palette.css turns
 * into colours. Before paint (a layout effect), so a new scene never shows for a frame in the last
 * stage's colours; undefined takes the stage away (the title screen keeps app.css's own colours).
 */
import { useLayoutEffect } from 'react';
import type { Stage } from './stage.ts';

export function useDocumentStage(stage: Stage | undefined): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (stage) root.dataset.stage = stage;
    else delete root.dataset.stage;
  }, [stage]);
}

/**
 * The stage as a component, for a view that changes the light when it is shown: inside a scene
 * transition it mounts with the new scene, so the light changes as the scene arrives, not while
 * the last one is still leaving.
 */
export function DocumentStage({ stage }: { stage: Stage | undefined }): null {
  useDocumentStage(stage);
  return null;
}
