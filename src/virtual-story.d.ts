// The story, compiled from story/ at build time by src/build/story-plugin.ts.
declare module 'virtual:story' {
  // An ambient module cannot import by relative path; an import() type is the way to name ours.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const story: import('./engine/story.ts').CompiledStory;
  export default story;
}
