/**
 * Every word of the embed configurator (`/embed/`), the page's and its script's, in one place so
 * that the page can be translated later. English only for now: its readers are campaigners and
 * web editors. Words that hold markup are marked so (`Html`): they are written here, never built
 * from anyone's input. The script imports `CONFIGURATOR_MESSAGES` alone, so the page's prose never
 * ships in it.
 */
import type { CtaAction, EmbedMessage, EmbedMessageType } from './protocol.ts';

/** What the configurator's script says (field errors, the contrast warning, copying, the log). */
export const CONFIGURATOR_MESSAGES = {
  errors: {
    colour:
      'The story cannot use this colour: give an opaque colour as #c0392b, rgb(192 57 43), hsl(6 63% 46%) or a name such as darkred.',
    url: 'Use the full address of your petition page, starting with https://.',
    hashtags: 'Use up to five hashtags of letters, digits and _ only, separated by spaces or commas.',
    choice: 'Choose one of the options offered.',
    height: 'Use a whole number of pixels from 200 to 4000.',
  },
  /** `ratio` as "2.4:1"; `shown` the colour the story will use instead. */
  lowContrast: (ratio: string, shown: string): string =>
    `The accent reads at ${ratio} on this background. Links and buttons need 4.5:1, so the story will show ${shown} instead. To keep your own, choose a lighter or darker accent or background.`,
  copied: 'The snippet is copied. Paste it into your page.',
  copyFallback: 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  previewMissing: 'The embed script (embed.js) did not load, so there is no preview here. The snippet is not affected.',
  noEvents: 'No events yet: play a little in the preview.',
  previewRestarted: 'The preview starts again with the new options.',
} as const;

/** The message types, each with when it is sent and what its fields hold. */
export type EventDocs = {
  [K in EmbedMessageType]: {
    when: string;
    fields: Record<Exclude<keyof Extract<EmbedMessage, { type: K }>, 'source' | 'type'>, string>;
  };
};

const CTA_ACTIONS: Record<CtaAction, string> = {
  sign: '<code>sign</code> (the petition)',
  share: '<code>share</code> (a share button)',
  learn: '<code>learn</code> (an organisation’s link)',
  replay: '<code>replay</code> (Play again)',
};

/** The page's words. */
export const PAGE_WORDS = {
  pageTitle: (story: string): string => `Embed ${story} on your site`,
  description: (story: string): string =>
    `Set up ${story} for your own page: language, colours, your petition and hashtags; copy one snippet; listen to its events.`,
  backToStory: 'Play the story',
  teacherGuide: 'Teacher guide',
  siteNav: 'The story',
  leadHtml:
    'Put the whole story on your own page with one snippet. It sizes itself to its content, works in WordPress, and tells your page when a reader starts, reaches an ending or signs, so that you can count them. It collects nothing about your readers.',

  configure: 'Choose the options',
  configureLead: 'Every option can be left as it is: the story then uses its own.',
  language: {
    label: 'Language',
    hint: 'The language the story opens in. “Each reader’s own”: the one they chose before, else their browser’s, else English. Readers can switch in the story’s settings.',
    readers: 'Each reader’s own',
  },
  mode: {
    legend: 'Mode',
    hint: 'Who the story is for.',
    standard: 'Standard',
    standardHint:
      'The whole story, ending with the petition to sign, buttons to share it and organisations to learn from.',
    classroom: 'Classroom',
    classroomHint:
      'For a lesson. No petition form, no share buttons and no request to any site but the story’s own; discussion questions between chapters and at the end, glossary terms explained in place, and “Go back one choice”.',
  },
  accent: {
    legend: 'Accent colour',
    hint: 'Buttons, links and focus rings. Leave the text empty to keep the story’s amber.',
  },
  background: {
    legend: 'Background colour',
    hint: 'Behind the story. Leave the text empty to keep the story’s night blue.',
  },
  colourPick: 'Pick',
  colourText: 'or type any CSS colour',
  petition: {
    label: 'Petition address',
    hint: 'Your own petition page: the ending sends readers there to sign. An https:// address. Empty: the story’s own petition.',
  },
  hashtags: {
    label: 'Hashtags',
    /** `tags` as "#EscapeNorthKorea". */
    hint: (tags: string): string =>
      `Added to what readers share. Up to five, without #, separated by spaces or commas. Empty: ${tags}.`,
  },
  chapter: {
    label: 'Start at chapter',
    hint: 'A later chapter opens with the state a real run has there: useful for a lesson in parts.',
    beginning: 'The beginning',
    /** `n` is 1-based. */
    option: (n: number, title: string): string => `${String(n)}. ${title}`,
  },
  others: {
    legend: 'How others chose',
    hint: 'At the ending, outside classroom mode: the share of all players who made each of the reader’s choices (counted by the story’s own server, without names).',
    on: 'On',
    onHint:
      'The reader’s finished run is sent to the story’s server to be counted, and the ending shows the shares. Readers can turn it off in the settings.',
    off: 'Off',
    offHint: 'Nothing of the run is sent, and the ending shows no shares.',
  },
  height: {
    label: 'Initial height (pixels)',
    hint: 'The frame’s height until the story reports its own; it then fits its content.',
  },

  snippet: 'Copy the snippet',
  snippetLeadHtml:
    'Paste these two lines into your page where the story should appear (in WordPress, in a <em>Custom HTML</em> block). The script may come once per page, even for several stories.',
  copy: 'Copy the snippet',

  preview: 'Preview',
  previewLead: 'The story as your readers will see it, with the options above. It starts afresh when they change.',
  previewWaiting: 'The preview appears here once the embed script has loaded.',
  log: 'Events from the preview',
  announce: 'Announce events as they arrive (for screen readers)',
  clearLog: 'Clear the events',

  events: 'Events your page can listen to',
  eventsLeadHtml:
    'The story tells your page what happens in it. The embed script dispatches each message as a <code>three-thousand-miles</code> event on the snippet’s <code>div</code>; <code>event.detail</code> is the message. None carries anything about the reader: only the ids of scenes, choices and endings, and the name of a button.',
  eventsExample: 'For example, to count the readers who reach an ending:',
  eventsTableCaption: 'Every event, its fields and an example',
  eventsHead: { type: 'Type', when: 'Sent when', fields: 'Fields', example: 'Example' },
  eventsAlways: '<code>source</code> is always <code>"three-thousand-miles"</code>.',
  eventDocs: {
    ready: {
      when: 'The story has loaded and shows its first screen.',
      fields: { lang: 'the language it shows', mode: '<code>standard</code> or <code>classroom</code>' },
    },
    resize: {
      when: 'The story’s height changes. The embed script sizes the frame to it.',
      fields: { height: 'in CSS pixels' },
    },
    scene: {
      when: 'A scene opens.',
      fields: { scene: 'the scene’s id', chapter: 'its chapter’s id' },
    },
    choice: {
      when: 'The reader makes a choice.',
      fields: { scene: 'the scene it was made in', choice: 'the choice’s id' },
    },
    ending: {
      when: 'The reader reaches an ending.',
      fields: { ending: 'the ending’s id' },
    },
    cta: {
      when: 'The reader acts on an ending.',
      fields: {
        action: Object.values(CTA_ACTIONS).join(', '),
        network:
          'for <code>share</code>: where (<code>x</code>, <code>facebook</code>, <code>email</code>…), when known',
      },
    },
    link: {
      when: 'The story asks your page to open an address it cannot open itself (a sandbox without pop-ups). The embed script opens it if it is an https:// address.',
      fields: { url: 'the address' },
    },
  } satisfies EventDocs,

  headers: 'Host headers',
  yourPage: 'Your page',
  yourPageHtml:
    'Needs nothing special. If it sends a Content-Security-Policy of its own, add the story’s address to <code>script-src</code> (for <code>embed.js</code>) and <code>frame-src</code> (for the story).',
  storyHost: 'The story’s host',
  storyHostLead: 'Whoever hosts the story must send these headers (a header: browsers ignore them in a <meta> tag):',
  frameAncestorsHtml:
    "<code>Content-Security-Policy: frame-ancestors</code> naming the sites allowed to show the story in a frame, <code>'self'</code> first (for this page’s preview), or <code>*</code> to let any site embed it. A site not named gets an empty frame.",
  noXFrameOptionsHtml:
    'No <code>X-Frame-Options</code>: <code>DENY</code> and <code>SAMEORIGIN</code> forbid every other site’s frame, and it cannot name several sites.',
  corsHtml:
    '<code>Access-Control-Allow-Origin: *</code> on <code>assets/</code>: WordPress frames embeds with <code>sandbox="allow-scripts"</code>, which gives the story an opaque origin, and a browser fetches module scripts with CORS, so without this header the story stays blank there. The files are public and sent without credentials.',
  netlify: 'On Netlify or Cloudflare Pages, in a _headers file:',
  nginx: 'In nginx:',
  campaignSite: 'https://your-campaign.example',

  oembed: 'WordPress and other oEmbed sites',
  /** `url` is escaped HTML. */
  oembedHtml: (url: string): string =>
    `Sites that read oEmbed (WordPress among them) embed the story from its address alone: paste <code>${url}</code> on a line of its own. It opens in English there, with the story’s own colours and petition; for another language or your own options, use the snippet. The headers above apply too.`,
} as const;
