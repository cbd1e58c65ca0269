/**
 * Everything the app does for a host page, in one chunk fetched only when it is needed: inside a
 * frame, with an embed's options in the address, or with the campaign's counting on. A visitor to
 * the story's own page downloads none of it.
 */
import type { Campaign } from '../campaign/campaign.ts';
import { frameBridge, reportTo, type FrameBridge, type Report } from './bridge.ts';
import { counter } from './counting.ts';
import { readOptions, type EmbedOptions } from './options.ts';
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
  campaign: Campaign;
}): EmbedSetup {
  const warn = (message: string) => {
    console.warn(`[three-thousand-miles] ${message}`);
  };
  // A campaigner's options (from the snippet, or a link written by hand), each checked; the
  // language, mode and chapter are read with the app's other parameters.
  const options = readOptions(
    (name) => (name === 'lang' || name === 'mode' || name === 'chapter' ? null : query.get(name)),
    warn,
  );
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
