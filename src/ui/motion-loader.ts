/**
 * Fetches the scene transitions' animated tree (src/ui/MotionTree.tsx: framer-motion) once. The
 * title screen starts it at the player's first move, beside the run's own chunk, so it is there
 * when Begin shows the first scene; the run's transitions (src/ui/SceneTransition.tsx) use it.
 * A failure is remembered as "no motion", never as an error.
 */
import type { ComponentType } from 'react';
import type { MotionTreeProps } from './MotionTree.tsx';

export type Tree = ComponentType<MotionTreeProps>;

let tree: Promise<Tree> | undefined;
let arrived: Tree | undefined;

export function loadMotion(): Promise<Tree> {
  tree ??= import('./MotionTree.tsx').then((module) => {
    arrived = module.MotionTree;
    return module.MotionTree;
  });
  return tree;
}

/** The animated tree once it has arrived, so a view mounted later starts with it. */
export function arrivedMotion(): Tree | undefined {
  return arrived;
}
