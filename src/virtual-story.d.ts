/// <reference types="vite-plugin-pwa/client" />
// The story, compiled from story/ at build time by src/build/story-plugin.ts: its shape, no words.
declare module 'virtual:story' {
  // An ambient module cannot import by relative path; an import() type is the way to name ours.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const story: import('./engine/story.ts').CompiledStory;
  export default story;
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const chapterStarts: Record<string, import('./engine/chapter-starts.ts').ChapterStart>;
}

// The story's version and chapter count, for the title screen (src/build/story-plugin.ts).
declare module 'virtual:story-meta' {
  export const hash: string;
  export const chapterCount: number;
}

// One language's words: the story's text and the interface's strings (src/build/story-plugin.ts).
declare module 'virtual:locale/*' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const story: import('./engine/text.ts').StoryText;
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const ui: typeof import('./i18n/locales/en/ui.json');
}

// The rest of a language's story text: later chapters and endings (src/build/story-plugin.ts).
declare module 'virtual:locale-rest/*' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const rest: import('./engine/text.ts').RestText;
}

// The deployer's settings, from story/campaign.yaml (src/build/campaign-plugin.ts).
declare module 'virtual:campaign' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const campaign: import('./campaign/campaign.ts').Campaign;
  export default campaign;
}

// The same without the petition's and the organisations' words: the first screen's (src/build/campaign-plugin.ts).
declare module 'virtual:campaign-page' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const campaign: import('./campaign/campaign.ts').PageCampaign;
  export default campaign;
}
