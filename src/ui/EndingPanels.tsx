/**
 * What follows an ending's own words, each in a chunk of its own loaded when needed: the ending's
 * actions (sign, share, discuss; src/ui/EndingActions.tsx) and "how others chose" (src/others/).
 * Nothing stands in their place while a chunk arrives: the ending's words are already there.
 */
import { lazy, Suspense } from 'react';
import type { ActorRefFrom } from 'xstate';
import { comparesWithOthers } from '../app/classroom.ts';
import type { Campaign } from '../campaign/campaign.ts';
import type { Report } from '../embed/bridge.ts';
import type { StoryMachine } from '../engine/machine.ts';
import type { CompiledStory, EndingDef } from '../engine/story.ts';
import type { Locale } from '../i18n/languages.ts';
import type { AppProps } from './App.tsx';
import type { Preferences } from './preferences.ts';

export const loadEndingActions = () => import('./EndingActions.tsx');
const EndingActions = lazy(loadEndingActions);
const HowOthersChose = lazy(() => import('../others/HowOthersChose.tsx'));

interface EndingPanelsProps {
  app: AppProps;
  /** The campaign with its words. */
  campaign: Campaign;
  run: ActorRefFrom<StoryMachine>;
  ending: EndingDef;
  story: CompiledStory;
  locale: Locale;
  classroom: boolean;
  preferences: Preferences;
  report: Report;
}

export function EndingPanels({
  app,
  campaign,
  run,
  ending,
  story,
  locale,
  classroom,
  preferences,
  report,
}: EndingPanelsProps) {
  const { seed, log } = run.getSnapshot().context;
  return (
    <>
      <Suspense fallback={null}>
        <EndingActions
          {...app}
          campaign={campaign}
          report={report}
          story={story}
          locale={locale}
          ending={ending}
          classroom={classroom}
        />
      </Suspense>
      {app.countRuns && comparesWithOthers(classroom) && preferences.counting === 'on' && (
        // Its own boundary: sign and share never wait for this chunk.
        <Suspense fallback={null}>
          <HowOthersChose story={story} seed={seed} log={log} storage={app.storage} />
        </Suspense>
      )}
    </>
  );
}
