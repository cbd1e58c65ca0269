/**
 * The run's chunk: what Begin needs and the title screen does not (the story's shape, XState and
 * the session, the scenes and the ending's views, the petition's words). The page imports it at the player's first move
 * and awaits it at Begin (src/ui/App.tsx), so the first screen carries none of it.
 */
export { default as campaign } from 'virtual:campaign';
export { chapterStarts, default as story } from 'virtual:story';
export { Playing } from '../ui/Playing.tsx';
