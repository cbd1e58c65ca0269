/**
 * Everything the app does for a host page, in one chunk fetched only when it is needed: inside a
 * frame, with an embed's options in the address, or with the campaign's counting on. A visitor to
 * the story's own page downloads none of it.
 */
import { petitionAllowed, type PageCampaign } from '../campaign/campaign.ts';
import { frameBridge, reportTo, type FrameBridge, type Report } from './bridge.ts';
import { counter } from './counting.ts';
import { readOptions, type EmbedOptions } from './options.ts';
import { EMBED_PARAMETERS } from './protocol.ts';
import { formsAllowed, hasOpaqueOrigin } from './sandbox.ts';
import { applyTheme, type Theme } from './theme.ts';

export interface EmbedSetup {
  options: EmbedOptions;
  theme?: Theme;
  bridge?: FrameBridge;
  report: Report;
  /** False in a frame whose sandbox forbids forms or takes the origin away. */
  formsWork: boolean;
}

export function setUpEmbed({
  framed,
  query,
  campaign,
}: {
  framed: boolean;
  query: URLSearchParams;
  campaign: PageCampaign;
}): EmbedSetup {
  const warn = (message: string) => {
    console.warn(`[three-thousand-miles] ${message}`);
  };
  // A campaigner's options (from the snippet, or a link written by hand), each checked; the
  // language, mode and chapter are read with the app's other parameters. They take effect only in
  // the frame a snippet makes: on the story's own page, a link could otherwise dress the campaign's
  // petition in anyone's colours or send its signers elsewhere.
  const options = embedded(framed, query)
    ? readOptions((name) => (name === 'lang' || name === 'mode' || name === 'chapter' ? null : query.get(name)), warn)
    : ignoreAll(query, warn);
  if (options.petition && !petitionAllowed(campaign, options.petition)) {
    warn(
      `petition: ignored; ${new URL(options.petition).host} is not on the campaign's allowedPetitionHosts (story/campaign.yaml).`,
    );
    delete options.petition;
  }
  const theme = applyTheme(document.documentElement, options, warn);
  // Who hears the story's events: the page around the frame, and the campaign's opt-in counting.
  const bridge = framed ? frameBridge() : undefined;
  const report = reportTo(
    bridge?.report,
    campaign.counting
      ? counter(
          campaign.counting,
          // Absent in a few old browsers, whatever the types say.
          'sendBeacon' in navigator ? navigator.sendBeacon.bind(navigator) : undefined,
          () => window.location.href,
        )
      : undefined,
  );
  return {
    options,
    ...(theme ? { theme } : {}),
    ...(bridge ? { bridge } : {}),
    report,
    formsWork: !framed || (!hasOpaqueOrigin() && formsAllowed()),
  };
}

/** True inside a frame that was asked to be an embed (`embed=1`, as the snippet's frames are). */
export function embedded(framed: boolean, query: URLSearchParams): boolean {
  const embed = query.get('embed');
  return framed && (embed === '1' || embed === 'true');
}

/** No options, with one warning naming those that were given. */
function ignoreAll(query: URLSearchParams, warn: (message: string) => void): EmbedOptions {
  const given = EMBED_PARAMETERS.filter((name) => query.has(name));
  if (given.length > 0)
    warn(
      `${given.join(', ')}: ignored; embed options take effect only inside a frame with embed=1, as the embed snippet makes.`,
    );
  return {};
}
