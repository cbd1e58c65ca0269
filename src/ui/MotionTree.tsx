/** framer-motion's animation features, loaded after the first paint (`LazyMotion`, src/ui/SceneTransition.tsx). */
export { domAnimation as default } from 'framer-motion';
