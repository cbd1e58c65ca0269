/**
 * The privacy statement's words in English, the source of every other language's
 * (`PrivacyWords`). Written for a 12-year-old reading it in class: short sentences, everyday
 * words, each technical word explained once. Strings may hold the page's own markup; a function's
 * arguments are already HTML (escaped text, or a link the page made), except where a comment says
 * otherwise. Names (the organisation's, a server's) are passed in and never translated.
 */

export const en = {
  /** Between two sentences: a space, or nothing in Chinese and Japanese. */
  sentenceGap: ' ',
  /** Plain text (escaped by the page). */
  pageTitle: (story: string): string => `Privacy — ${story}`,
  /** Plain text (escaped by the page). */
  description: (story: string): string => `What ${story} keeps on your device, what it sends, and to whom.`,
  skipLink: 'Skip to the privacy statement',
  languagesNav: 'This page in other languages',
  languagesLabel: 'This page in:',
  heading: 'Privacy',
  /** The first paragraph: the whole statement in three sentences. */
  summary: (counted: boolean): string =>
    counted
      ? 'No account, no adverts, no cookies. While you play, nothing that says who you are leaves your device.'
      : 'No account, no adverts, no trackers, no cookies. While you play, nothing about you leaves your device.',
  /** Added to the summary when the story has a petition form. */
  summarySign: (org: string): string => `Only if you choose to sign the petition does what you type go to ${org}.`,
  contents: 'On this page',
  sections: {
    device: 'What stays on your device',
    playing: 'While you play',
    signing: 'If you sign the petition',
    sharing: 'If you share your ending',
    counting: 'Counting',
    others: 'How others chose',
    classroom: 'In classroom mode',
    embeds: 'When the story is inside another website',
    contact: 'Questions about your data',
  },

  device: {
    lead: 'So that you can carry on where you stopped, the story keeps a few things in your browser, on this device only (in what browsers call “local storage”):',
    progress:
      '<strong>Your place in the story</strong>: the number that decides its chance events, the list of choices you made, and when it was saved.',
    language: '<strong>The language you chose</strong>.',
    sound: '<strong>Whether sound is on or off</strong>.',
    waiting: (org: string): string =>
      `<strong>A signature waiting to be sent</strong>, if you sign the petition: your name, email address, country and postal code stay here only until ${org} confirms that it has received them. Then they are deleted.`,
    signed:
      '<strong>A note that you signed</strong>, once your signature has arrived, so that the story does not ask you again. It holds the petition’s name and nothing about you.',
    offline:
      'After your first visit, your browser also keeps a copy of the story’s own files (its pages, its code and its words in your language), so that it works without the internet. That copy holds nothing about you.',
    nothingElse: 'Nothing else. The story uses no cookies.',
    /** Only where runs are counted (the signature service is behind the story). */
    runWaiting:
      '<strong>A finished run waiting to be counted</strong>, for a moment or, without the internet, until your next ending: its chance number and its list of choices (see <a href="#others">How others chose</a>).',
    neverSentOthers:
      'Your language and your sound setting are never sent anywhere. Your choices are sent only at an ending, without your name, as <a href="#others">How others chose</a> explains.',
    neverSent: (counted: boolean): string =>
      counted
        ? 'What is saved here stays on your device. (While you play, a few things are counted without your name, such as your language and your choices: see <a href="#counting">Counting</a>.)'
        : 'Your place in the story, your language and your sound setting are never sent anywhere.',
    clearHeading: 'To delete it',
    clear:
      'Delete this website’s data in your browser’s settings (often called “Cookies and site data” or “Site settings”). In a private or incognito window, all of it is deleted when you close the window.',
    /** Only when the story has a petition form. */
    clearSignature: 'Careful: a signature that has not been sent yet is deleted too.',
  },

  playing: {
    /** Where runs are counted and the campaign counts nothing else. */
    sendsOthers:
      'While you play, the story sends nothing about you to anyone. Only at an ending does it send the choices of the run you finished, without your name: see <a href="#others">How others chose</a>.',
    /** Where runs are counted and the campaign counts events too. */
    othersNote:
      'At an ending, it also sends the choices of the run you finished, without your name: see <a href="#others">How others chose</a>.',
    /** `host` is the counting server's name. */
    sends: (counted: boolean, host: string): string =>
      counted
        ? `While you play, the story sends nothing that says who you are. It does tell ${host} what happens in the story, without saying who is playing: see <a href="#counting">Counting</a>.`
        : 'While you play, the story sends nothing about you to anyone. Your choices stay on your device.',
    loads: 'It loads nothing from other websites: no adverts, no trackers, no fonts or code from anywhere else.',
    server:
      'Like any website, the server that sends you the story’s files sees your device’s internet address (its IP address) when your browser asks for them.',
  },

  signing: {
    /** Before the list of what is sent. */
    lead: (org: string): string =>
      `Signing is up to you. Only when you fill in the form, tick the box to agree and press Sign does the story send ${org}:`,
    fields: 'your name, email address and country, and your postal code if you give it;',
    news: (org: string): string => `whether you ticked the box to get news from ${org};`,
    /** Only where the delivery sends them (a webhook). */
    story: 'the ending you reached and the language you played in;',
    website: 'the address of this website, so that it knows where the signature came from.',
    purpose: (org: string): string => `${org} uses them to add your name to its petition.`,
    /** `host` is the name of the server signatures go to. */
    to: (host: string): string => `They are sent to ${host}.`,
    actionNetwork: (org: string): string =>
      `They are sent to Action Network (actionnetwork.org), a service ${org} uses to collect signatures. Action Network may add a new email address to the mailing list of ${org} even if you did not tick the box for news.`,
    newsOnly: (org: string): string => `You get news from ${org} only if you tick the separate box that asks for it.`,
    kept: (org: string): string =>
      `Until ${org} confirms that it has received your signature, your signature also stays on this device, so that it is not lost if the connection fails (see <a href="#device">What stays on your device</a>).`,
    /** The signature service on this site (delivery mode `service`): what it keeps, how long, who reads it. */
    service: {
      stored:
        'This website keeps your signature in its own database: what you typed, your choice about news, the ending and language, and when you signed. Your internet address is not kept: only a scrambled code made from it, to stop anyone sending heaps of signatures at once.',
      confirm:
        'You get an email with a link to confirm your signature (it counts only then) and a link to delete it if it was not you.',
      /** `days` after the petition closes on `closes` (a date, YYYY-MM-DD). */
      until: (days: number, closes: string): string =>
        `Your name, email address and postal code are deleted ${String(days)} days after the petition closes (${closes}). The number of signatures stays.`,
      untilAsked: (org: string): string => `Your name and email address are kept until you ask ${org} to delete them.`,
      readers: (org: string): string =>
        `Only the people who run this website for ${org} can read the signatures or export them, to hand them to the petition’s target. To have yours deleted at any time, ask ${org}.`,
    },
    never: 'Your name and email address never go into links, shared posts or anything else the story sends.',
    /** `href` is the organisation's own privacy notice (escaped). */
    notice: (org: string, href: string): string =>
      `How ${org} keeps and uses your signature is explained in <a href="${href}">its own privacy notice</a>.`,
    /** The story has no form, only a link to the petition's own page on `host`. */
    linkOnly: (host: string): string =>
      `The story does not collect signatures itself: it links to the petition’s own page on ${host}. The link tells that page only that you came from this story, and your language. What you type there is covered by that page’s privacy notice.`,
    /** The story has a form, and links to the petition's page on `host` where the form cannot be used. */
    linkInstead: (host: string): string =>
      `Where the form cannot be used, the story links instead to the petition’s own page on ${host}. The link tells that page only that you came from this story, and your language. What you type there is covered by that page’s privacy notice.`,
    none: 'This copy of the story collects no signatures and links to no petition.',
  },

  sharing: {
    buttons:
      'The share buttons send nothing until you press one. When you do, the network or app you chose (X, Facebook or WhatsApp, for example) gets the link to the page of the ending you reached and the words to post, and nothing about you. From then on, its own privacy policy applies.',
    copy: 'Copying the link only puts it on your device’s clipboard. On a phone, the Share button opens your device’s own share menu, and you choose where the link goes.',
  },

  counting: {
    /** `host` is the counting server's name. */
    lead: (org: string, host: string): string =>
      `${org} counts how many people play and how far they get, to see whether the story reaches people. While you play, the story sends ${host} a short note when:`,
    events: [
      'the story starts, and in which language;',
      'you reach a scene or make a choice;',
      'you reach an ending;',
      'you press a button such as Sign or Share.',
    ],
    anonymous: (host: string): string =>
      `Each note also gives the address of the story’s page. The notes carry no name, no email address, nothing you typed and no code that stands for you, and no cookie is used. Like any message on the internet, they reach ${host} from your device’s internet address (its IP address).`,
    notInClassroom: 'Nothing is counted in classroom mode.',
    none: 'Nothing is counted. This copy of the story sends no statistics anywhere: not how far you got, and not what you chose.',
  },

  /** "How others chose" (src/others/, src/server/runs.ts). */
  others: {
    /** `host` is the signature service's server name. */
    lead: (host: string): string =>
      `At an ending, the story shows how other players chose at the points where you had a choice. For that, it sends ${host} the run you just finished: the number that decided its chance events, and the list of your choices. Nothing else: no name, nothing you typed, no code that stands for you, no cookie.`,
    kept: 'The server plays the run again to check it, then adds one to a count for each choice you made. It keeps no copy of the run and not your internet address. So that the same run is counted only once, it marks a few places in a filter of the day’s runs that all runs share (from which no run can be read back), and deletes each day’s filter after two days.',
    shown:
      'A share is shown only where at least 20 players reached the same point, and it is rounded to 5%, so that it says nothing about any one player.',
    off: 'Nothing is sent in classroom mode, inside a website whose organisation turned it off, or when you untick “Count my choices in “How others chose”” in the settings. Then no shares are shown either.',
    none: 'Nothing is sent: this copy of the story has no server that counts choices, and shows no shares.',
  },

  classroom: {
    text: (counted: boolean): string =>
      `In classroom mode, the version of the story that teachers use in lessons, there is no petition form and there are no share buttons, and the story sends nothing over the internet${counted ? ', not even the counts above' : ''}.`,
    kept: 'Your place in the story, your language and your sound setting are still kept on the device, as above, so that you can go back one choice or carry on after a refresh.',
    /** A class room (src/room/): what joining one sends, and when it is deleted. */
    room: `If your teacher opens a class room and you join it with its code, the story sends this website’s own server only the room’s code, a random number made on your device (so that each player is counted once; it is never shown to anyone), and the ids of the choices you make and the ending you reach. Never your name. Your device keeps the code and that number until you leave the room; the teacher’s browser keeps the room’s key. The room and its counts are deleted when the teacher closes it, or 24 hours after it was last used.`,
  },

  embeds: {
    around:
      'Some organisations show the story inside a page of their own website. The page around the story is theirs: their own privacy notice covers it, not this one.',
    told: 'Inside such a page, the story tells the page around it what happens in the story (that it started, the scenes, choices and ending reached, and which buttons were pressed), so that the organisation can count them. It never tells it your name, your email address or anything you typed.',
    petition:
      'That organisation can also make the Sign button open its own petition page instead of the form. What you type there is covered by that page’s privacy notice.',
    storage:
      'Inside another page, the story keeps no offline copy, and your browser may not let it keep anything at all. Then your place in the story is forgotten when you close the page.',
  },

  contact: {
    /** `who` is the organisation's name, linked to its website when it has one. */
    ask: (org: string, who: string): string =>
      `${org} runs this copy of the story and receives the signatures. To ask what it holds about you, to correct it or to have it deleted, contact ${who}.`,
    yours:
      'What is kept only on your device is held by nobody else: you can delete it yourself (see <a href="#device">What stays on your device</a>).',
  },

  back: 'Back to the story',
};

/** The shape every language's privacy words share. */
export type PrivacyWords = typeof en;
