/**
 * The embed configurator, `embed/index.html`: where a campaigner sets the story up for their own
 * page (language, mode, colours, their petition and hashtags, a chapter to start at, the frame's
 * first height), copies the snippet, tries it in a live preview and reads what events it sends
 * and what headers its hosts need. English (src/embed/page-words.ts), from the story's data at
 * build time so that its chapters and examples never drift from the story.
 *
 * It reads with no script: the snippet and the preview are written here with the form's defaults.
 * Its script (`embed/configurator.js`, src/embed/configurator.ts) and the real loader (`embed.js`)
 * are files of their own, as the app's Content-Security-Policy requires. Pure: the build writes
 * the files (src/build/embed-page-plugin.ts).
 */
import type { CompiledStory } from '../engine/story.ts';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { escapeHtml, iconAndStylesheet, pageRoot, staticDocument, staticHead } from '../static-pages/common.ts';
import {
  checkOptions,
  DEFAULT_COLOURS,
  DEFAULT_HEIGHT,
  placeholderHtml,
  snippetHtml,
  type ConfiguratorValues,
} from './configurator.ts';
import { CONFIGURATOR_MESSAGES, PAGE_WORDS as W } from './page-words.ts';
import { DOM_EVENT, MESSAGE_SOURCE, type EmbedMessage, type EmbedMessageType } from './protocol.ts';

/** The files the build writes, relative to the output folder. */
export const EMBED_PAGE_PATH = 'embed/index.html';
export const EMBED_STYLESHEET_PATH = 'embed/embed.css';
export const EMBED_SCRIPT_PATH = 'embed/configurator.js';
/** The loader, written by src/build/embed-plugin.ts. */
export const LOADER_PATH = 'embed.js';

/** The form's values before anyone touches it: every option the story's own. */
export const DEFAULT_VALUES: ConfiguratorValues = {
  lang: '',
  mode: 'standard',
  accent: '',
  background: '',
  petition: '',
  hashtags: '',
  chapter: '',
  others: 'on',
  height: String(DEFAULT_HEIGHT),
};

export interface EmbedPageInput {
  /** The story in English, plain (glossary marks resolved): its title, chapters and ids. */
  story: Pick<CompiledStory, 'title' | 'chapters' | 'scenes' | 'endings'>;
  /** The languages the story ships in. */
  languages: readonly Language[];
  /** The campaign's own hashtags, without `#`: what stands when the field is empty. */
  hashtags: readonly string[];
  /** Vite's `base`. */
  base: string;
  /** The app's folder, absolute, with its trailing slash (share/page.ts `appRoots`). */
  appUrl: string;
  contentSecurityPolicy: string;
}

/** The app's folder as seen from the page (`embed/`): for its links, stylesheet and scripts. */
export function embedPageRoot(base: string): string {
  return pageRoot(base, 1);
}

/** An example of every message, from the story's own ids, so that the examples are real. */
export function eventExamples(story: EmbedPageInput['story']): {
  [K in EmbedMessageType]: Extract<EmbedMessage, { type: K }>;
} {
  const source = MESSAGE_SOURCE;
  const chapter = story.chapters[0];
  const scene = chapter ? story.scenes[chapter.start] : undefined;
  const ending = Object.keys(story.endings)[0] ?? 'ending';
  return {
    ready: { source, type: 'ready', lang: 'en', mode: 'standard' },
    resize: { source, type: 'resize', height: 812 },
    scene: { source, type: 'scene', scene: scene?.id ?? 'scene', chapter: chapter?.id ?? 'chapter' },
    choice: { source, type: 'choice', scene: scene?.id ?? 'scene', choice: scene?.choices[0]?.id ?? 'choice' },
    ending: { source, type: 'ending', ending },
    cta: { source, type: 'cta', action: 'share', network: 'email' },
    link: { source, type: 'link', url: 'https://example.org/petition' },
  };
}

/** The example listener the page shows. */
export const LISTENER_EXAMPLE = `document.querySelector('[data-three-thousand-miles]').addEventListener('${DOM_EVENT}', (e) => {
  if (e.detail.type === 'ending') {
    // Count it with your own analytics, for example.
    console.log('A reader reached the ending', e.detail.ending);
  }
});`;

/** The whole HTML document of the configurator. */
export function embedPageHtml(input: EmbedPageInput): string {
  const { story, base, appUrl } = input;
  const e = escapeHtml;
  const root = embedPageRoot(base);
  const scriptUrl = `${appUrl}${LOADER_PATH}`;
  const defaults = checkOptions(DEFAULT_VALUES);
  const title = W.pageTitle(story.title);

  const head = [
    ...staticHead({ csp: input.contentSecurityPolicy, title, description: W.description(story.title) }),
    ...iconAndStylesheet(root, EMBED_STYLESHEET_PATH),
    // The configurator first: it must find the preview's note before the loader replaces it.
    `<script src="${e(root)}${EMBED_SCRIPT_PATH}" defer></script>`,
    `<script src="${e(root)}${LOADER_PATH}" defer></script>`,
  ];

  const masthead = [
    '<header class="masthead">',
    `<p class="masthead-story">${e(story.title)}</p>`,
    `<nav aria-label="${e(W.siteNav)}"><ul>`,
    `<li><a href="${e(root)}">${e(W.backToStory)}</a></li>`,
    `<li><a href="${e(root)}teacher/">${e(W.teacherGuide)}</a></li>`,
    '</ul></nav>',
    '</header>',
  ];

  /** A field's hint and (empty until the script fills it) error, under its control. */
  const hint = (id: string, text: string): string => `<p class="hint" id="${id}-hint">${e(text)}</p>`;
  const error = (id: string): string => `<p class="error" id="${id}-error" hidden></p>`;
  const describedBy = (id: string, ...more: string[]): string =>
    `aria-describedby="${[`${id}-hint`, `${id}-error`, ...more].join(' ')}"`;
  const text = (id: string, attributes: string): string =>
    `<input type="text" id="${id}" name="${id}" ${attributes} autocomplete="off" spellcheck="false" ${describedBy(id)}>`;

  const language = [
    '<div class="field">',
    `<label for="lang">${e(W.language.label)}</label>`,
    hint('lang', W.language.hint),
    `<select id="lang" name="lang" ${describedBy('lang')}>`,
    `<option value="" selected>${e(W.language.readers)}</option>`,
    ...input.languages.map((l) => `<option value="${l}" lang="${l}">${e(LANGUAGES[l].name)}</option>`),
    '</select>',
    error('lang'),
    '</div>',
  ];

  const radio = (value: string, label: string, about: string, checked: boolean, name = 'mode'): string =>
    [
      '<div class="choice">',
      `<input type="radio" id="${name}-${value}" name="${name}" value="${value}"${checked ? ' checked' : ''} aria-describedby="${name}-${value}-hint">`,
      `<label for="${name}-${value}">${e(label)}</label>`,
      `<p class="hint" id="${name}-${value}-hint">${e(about)}</p>`,
      '</div>',
    ].join('');
  const mode = [
    '<fieldset class="field" aria-describedby="mode-hint">',
    `<legend>${e(W.mode.legend)}</legend>`,
    hint('mode', W.mode.hint),
    radio('standard', W.mode.standard, W.mode.standardHint, true),
    radio('classroom', W.mode.classroom, W.mode.classroomHint, false),
    '</fieldset>',
  ];

  // A picker for the eye and a text field for any CSS colour, named together by the legend.
  const colour = (id: 'accent' | 'background', words: { legend: string; hint: string }): string[] => [
    '<fieldset class="field colour-field">',
    `<legend id="${id}-legend">${e(words.legend)}</legend>`,
    hint(id, words.hint),
    '<div class="colour-pair">',
    '<div class="colour-pick">',
    `<label id="${id}-picker-label" for="${id}-picker">${e(W.colourPick)}</label>`,
    `<input type="color" id="${id}-picker" value="${DEFAULT_COLOURS[id]}" aria-labelledby="${id}-legend ${id}-picker-label" aria-describedby="${id}-hint">`,
    '</div>',
    '<div class="colour-text">',
    `<label id="${id}-text-label" for="${id}">${e(W.colourText)}</label>`,
    `<input type="text" id="${id}" name="${id}" autocomplete="off" spellcheck="false" aria-labelledby="${id}-legend ${id}-text-label" ${describedBy(id, 'contrast-warning')}>`,
    '</div>',
    '</div>',
    error(id),
    '</fieldset>',
  ];

  const petition = [
    '<div class="field">',
    `<label for="petition">${e(W.petition.label)}</label>`,
    hint('petition', W.petition.hint),
    `<input type="url" id="petition" name="petition" inputmode="url" autocomplete="off" spellcheck="false" ${describedBy('petition')}>`,
    error('petition'),
    '</div>',
  ];

  const hashtags = [
    '<div class="field">',
    `<label for="hashtags">${e(W.hashtags.label)}</label>`,
    hint('hashtags', W.hashtags.hint(input.hashtags.map((t) => `#${t}`).join(' '))),
    text('hashtags', ''),
    error('hashtags'),
    '</div>',
  ];

  const chapter = [
    '<div class="field">',
    `<label for="chapter">${e(W.chapter.label)}</label>`,
    hint('chapter', W.chapter.hint),
    `<select id="chapter" name="chapter" ${describedBy('chapter')}>`,
    `<option value="" selected>${e(W.chapter.beginning)}</option>`,
    // Chapter 1 is the beginning: a start there is the same run.
    ...story.chapters
      .map((c, i) => ({ c, n: i + 1 }))
      .filter(({ n }) => n > 1)
      .map(({ c, n }) => `<option value="${String(n)}">${e(W.chapter.option(n, c.title))}</option>`),
    '</select>',
    error('chapter'),
    '</div>',
  ];

  const others = [
    '<fieldset class="field" aria-describedby="others-hint">',
    `<legend>${e(W.others.legend)}</legend>`,
    hint('others', W.others.hint),
    radio('on', W.others.on, W.others.onHint, true, 'others'),
    radio('off', W.others.off, W.others.offHint, false, 'others'),
    error('others'),
    '</fieldset>',
  ];

  const height = [
    '<div class="field">',
    `<label for="height">${e(W.height.label)}</label>`,
    hint('height', W.height.hint),
    text('height', `inputmode="numeric" value="${String(DEFAULT_HEIGHT)}" class="short"`),
    error('height'),
    '</div>',
  ];

  const configure = [
    '<section class="configure" aria-labelledby="configure-heading">',
    `<h2 id="configure-heading">${e(W.configure)}</h2>`,
    `<p class="section-lead">${e(W.configureLead)}</p>`,
    `<form id="embed-form" data-embed-configurator data-script-url="${e(scriptUrl)}" novalidate>`,
    ...language,
    ...mode,
    ...colour('accent', W.accent),
    ...colour('background', W.background),
    // Judges the two colours together; both colour fields name it as their description.
    '<p class="warning" id="contrast-warning" role="status"></p>',
    ...petition,
    ...hashtags,
    ...chapter,
    ...others,
    ...height,
    '</form>',
    '</section>',
  ];

  const snippet = [
    '<section class="snippet" aria-labelledby="snippet-heading">',
    `<h2 id="snippet-heading">${e(W.snippet)}</h2>`,
    `<p class="section-lead">${W.snippetLeadHtml}</p>`,
    `<pre class="code"><code id="snippet-code">${e(snippetHtml(defaults.attributes, scriptUrl))}</code></pre>`,
    '<div class="copy-row">',
    // Shown by the script, which alone can copy.
    `<button type="button" class="button" id="copy-snippet" hidden>${e(W.copy)}</button>`,
    '<p class="copy-status" id="copy-status" role="status"></p>',
    '</div>',
    '</section>',
  ];

  const previewPlaceholder = placeholderHtml([...defaults.attributes, ['data-height', String(DEFAULT_HEIGHT)]]).replace(
    '></div>',
    `><p class="preview-note">${e(W.previewWaiting)}</p></div>`,
  );
  const preview = [
    '<section class="preview-section" aria-labelledby="preview-heading">',
    `<h2 id="preview-heading">${e(W.preview)}</h2>`,
    `<p class="section-lead">${e(W.previewLead)}</p>`,
    `<div class="preview" id="preview">${previewPlaceholder}</div>`,
    // The log is the script's: without it there is nothing to log.
    '<div class="event-log-box" id="event-log-box" hidden>',
    `<h3 id="event-log-heading">${e(W.log)}</h3>`,
    '<div class="log-controls">',
    `<div class="check"><input type="checkbox" id="announce-events"><label for="announce-events">${e(W.announce)}</label></div>`,
    `<button type="button" class="button button-quiet" id="clear-log">${e(W.clearLog)}</button>`,
    '</div>',
    `<p class="hint" id="event-log-empty">${e(CONFIGURATOR_MESSAGES.noEvents)}</p>`,
    // Quiet unless asked: a run sends an event at every step.
    '<ol class="event-log" id="event-log" aria-labelledby="event-log-heading" aria-live="off" aria-relevant="additions" tabindex="0"></ol>',
    '</div>',
    '</section>',
  ];

  const examples = eventExamples(story);
  const eventRows = (Object.keys(W.eventDocs) as EmbedMessageType[]).map((type) => {
    const doc = W.eventDocs[type];
    const fields = Object.entries(doc.fields as Record<string, string>)
      .map(([name, about]) => `<li><code>${e(name)}</code>: ${about}</li>`)
      .join('');
    return [
      '<tr>',
      `<th scope="row"><code>${type}</code></th>`,
      `<td>${e(doc.when)}</td>`,
      `<td><ul class="fields">${fields}</ul></td>`,
      `<td><pre class="code"><code>${e(JSON.stringify(examples[type], null, 1).replace(/\n\s*/g, ' '))}</code></pre></td>`,
      '</tr>',
    ].join('');
  });
  const events = [
    '<section id="events" aria-labelledby="events-heading">',
    `<h2 id="events-heading">${e(W.events)}</h2>`,
    `<p>${W.eventsLeadHtml}</p>`,
    `<p>${e(W.eventsExample)}</p>`,
    `<pre class="code"><code>${e(LISTENER_EXAMPLE)}</code></pre>`,
    // Scrolls sideways on a phone rather than crushing the examples; focusable so a keyboard can.
    '<div class="table-scroll" role="region" aria-labelledby="events-caption" tabindex="0">',
    '<table class="events-table">',
    `<caption id="events-caption">${e(W.eventsTableCaption)}</caption>`,
    '<thead><tr>',
    ...Object.values(W.eventsHead).map((h) => `<th scope="col">${e(h)}</th>`),
    '</tr></thead>',
    `<tbody>${eventRows.join('')}</tbody>`,
    '</table>',
    '</div>',
    `<p class="hint">${W.eventsAlways}</p>`,
    '</section>',
  ];

  const sitePath = base.startsWith('/') ? (base.endsWith('/') ? base : `${base}/`) : '/';
  const ancestors = `frame-ancestors 'self' ${W.campaignSite}`;
  const netlify = [
    `${sitePath}*`,
    `  Content-Security-Policy: ${ancestors}`,
    `${sitePath}assets/*`,
    '  Access-Control-Allow-Origin: *',
  ].join('\n');
  const nginx = [
    `location ${sitePath} {`,
    `  add_header Content-Security-Policy "${ancestors}" always;`,
    '}',
    `location ${sitePath}assets/ {`,
    '  add_header Access-Control-Allow-Origin "*" always;',
    '}',
  ].join('\n');
  const headers = [
    '<section id="headers" aria-labelledby="headers-heading">',
    `<h2 id="headers-heading">${e(W.headers)}</h2>`,
    `<h3>${e(W.yourPage)}</h3>`,
    `<p>${W.yourPageHtml}</p>`,
    `<h3>${e(W.storyHost)}</h3>`,
    `<p>${e(W.storyHostLead)}</p>`,
    `<ul><li>${W.frameAncestorsHtml}</li><li>${W.noXFrameOptionsHtml}</li><li>${W.corsHtml}</li></ul>`,
    `<p>${e(W.netlify)}</p>`,
    `<pre class="code"><code>${e(netlify)}</code></pre>`,
    `<p>${e(W.nginx)}</p>`,
    `<pre class="code"><code>${e(nginx)}</code></pre>`,
    '</section>',
  ];

  const oembed = [
    '<section id="oembed" aria-labelledby="oembed-heading">',
    `<h2 id="oembed-heading">${e(W.oembed)}</h2>`,
    `<p>${W.oembedHtml(e(appUrl))}</p>`,
    '</section>',
  ];

  return staticDocument('en', head, [
    ...masthead,
    '<main class="embed-page">',
    `<h1>${e(title)}</h1>`,
    `<p class="lead">${W.leadHtml}</p>`,
    '<div class="workspace">',
    ...configure,
    '<div class="results">',
    ...snippet,
    ...preview,
    '</div>',
    '</div>',
    ...events,
    ...headers,
    ...oembed,
    '</main>',
  ]);
}
