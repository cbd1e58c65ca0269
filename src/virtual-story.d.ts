declare module 'virtual:story' {
  import type { CompiledStory } from './engine/story';
  const story: CompiledStory;
  export default story;
}
