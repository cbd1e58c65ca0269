/**
 * Every string the interface shows, screen-reader-only text included. One object per language;
 * the English one is the source and its keys type the rest.
 */
export const en = {
  begin: 'Begin',
  continue: 'Continue',
  newJourney: 'New journey',
  contentNote: 'Content note',
  aboutStory: 'About this story',
  yourChoices: 'Your choices',
  choiceKeyHint: 'Press a number key to choose.',
  chapter: 'Chapter {{n}}',
  fact: 'Fact',
  source: 'Source',
  sources: 'Sources',
  opensInNewTab: '(opens in a new tab)',
  ending: 'Ending',
  realPeople: 'What happens to real people',
  playAgain: 'Play again',
  showDefinition: 'What does “{{term}}” mean?',
  documentTitle: '{{scene}} — {{story}}',
  savedRunCorrupt: 'Your saved journey could not be read, so a new one begins. Nothing else was affected.',
  savedRunOutdated:
    'The story has changed since your last visit, so your saved journey could not be restored. A new one begins.',
  savedRunBlocked:
    'This browser does not let the page keep your place, so progress lasts only while this page is open.',
  saveFailed: 'Your place could not be saved in this browser; it lasts only while this page is open.',
} as const;

export type StringKey = keyof typeof en;

/** Fills `{{name}}` placeholders. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The interface's text in English (more languages arrive with i18next). */
export function t(key: StringKey, values?: Record<string, string | number>): string {
  return format(en[key], values);
}
