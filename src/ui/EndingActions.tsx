/**
 * Sign, share and learn more at an ending; in classroom mode, the discussion and learn more. Its
 * own chunk (with the sign form, its checks and the share links), fetched while the story is
 * played: the first screen carries none of it.
 */
import { discusses, offersSharing, offersSigning } from '../app/classroom.ts';
import type { Campaign } from '../campaign/campaign.ts';
import { LearnMore } from '../campaign/LearnMore.tsx';
import { ignore } from '../embed/bridge.ts';
import type { CompiledStory, EndingDef } from '../engine/story.ts';
import type { Locale } from '../i18n/languages.ts';
import { sharePageUrl } from '../share/page.ts';
import { ShareSection } from '../share/ShareSection.tsx';
import { hasSigned } from '../sign/outbox.ts';
import { SignSection } from '../sign/SignSection.tsx';
import type { AppProps } from './App.tsx';
import { Discussion } from './Discussion.tsx';
import { plainText } from './RichText.tsx';
import { privacyHref } from '../privacy/link.ts';

export default function EndingActions({
  story,
  campaign,
  offer,
  outbox,
  storage,
  base,
  locale,
  ending,
  classroom,
  report = ignore,
}: Omit<AppProps, 'campaign'> & { campaign: Campaign; story: CompiledStory; ending: EndingDef; classroom: boolean }) {
  const lang = locale;
  const shareUrl = sharePageUrl(campaign.publicUrl, base, shareLanguage(lang), ending.id);
  const chapter = story.chapters.find((c) => c.id === ending.chapter);
  return (
    <>
      {discusses(classroom) && chapter && chapter.questions.length > 0 && (
        <Discussion chapter={chapter.title} questions={chapter.questions} />
      )}
      {offersSigning(classroom) && (
        <SignSection
          // When the notice is this site's own statement, the one in the player's language.
          campaign={{ ...campaign, privacyUrl: privacyHref(campaign.privacyUrl, campaign.publicUrl, base, lang) }}
          offer={offer}
          outbox={outbox}
          signed={hasSigned(storage, campaign.petition.id)}
          context={{
            petition: campaign.petition.id,
            language: lang,
            ending: ending.id,
            website: campaign.publicUrl,
            source: 'three-thousand-miles',
          }}
          lang={lang}
          onSign={() => report({ type: 'cta', action: 'sign' })}
        />
      )}
      {offersSharing(classroom) && (
        <ShareSection
          onShare={(network) => report({ type: 'cta', action: 'share', network })}
          content={{
            url: shareUrl,
            text: plainText(ending.share, story.glossary),
            hashtags: campaign.hashtags,
            title: `${plainText(ending.title, story.glossary)} — ${story.title}`,
          }}
          imageUrl={`${shareUrl}card.png`}
        />
      )}
      <LearnMore campaign={campaign} lang={lang} onLearn={() => report({ type: 'cta', action: 'learn' })} />
    </>
  );
}

/** Share pages exist for the shipped languages; a pseudo-locale shares the English one. */
function shareLanguage(locale: Locale): string {
  return locale.includes('-X') ? 'en' : locale;
}
