/**
 * The share card of one ending, 1200×630 (the size Open Graph and X's large card expect), as the
 * element tree `satori` lays out: the story's title, the ending's title large, its share text and
 * the campaign's hashtags, on the app's night palette with its amber accent. Its sibling, the title
 * card, is the story's own (the app page's and oEmbed's picture): the same layout with the story's
 * title large and a sentence about it. Pure: the build renders them (src/build/share-plugin.ts,
 * src/build/embed-page-plugin.ts), and tests can inspect them without fonts or a renderer.
 */
import { createElement, type CSSProperties, type ReactElement, type ReactNode } from 'react';
import { LANGUAGES, SCRIPTS, type Language } from '../i18n/languages.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The space kept clear around the card's content; the build checks nothing spills into it. */
export const CARD_PADDING = { block: 60, inline: 80 } as const;

/** The palette of src/ui/app.css. */
const COLOURS = {
  bg: '#11161c',
  glow: '#1d2836',
  text: '#e9e4da',
  muted: '#b7b0a4',
  accent: '#e0a84a',
  line: '#34404c',
} as const;

/** Plain words the card shows (glossary marks already resolved). */
export interface CardTexts {
  lang: Language;
  storyTitle: string;
  endingTitle: string;
  shareText: string;
  /** Without `#`. */
  hashtags: readonly string[];
}

/** Plain words of the story's title card, in one language. */
export interface TitleCardTexts {
  /** Tells a title card from an ending's (and keeps their cached pictures apart). */
  kind: 'title';
  lang: Language;
  /** The short line above the title (the interface's "Play the story"). */
  kicker: string;
  storyTitle: string;
  /** A sentence or two about the story. */
  about: string;
  /** Without `#`. */
  hashtags: readonly string[];
}

/** The words of either card. */
export type AnyCardTexts = CardTexts | TitleCardTexts;

/** The type sizes, in pixels, of the ending's title and of the share text. */
export interface CardScale {
  title: number;
  text: number;
}

/**
 * From the largest to the smallest: the build takes the first at which everything fits inside the
 * padding (a short title in English gets the largest; a long French sentence a smaller one).
 */
export const CARD_SCALES: readonly CardScale[] = [
  { title: 84, text: 34 },
  { title: 76, text: 32 },
  { title: 68, text: 31 },
  { title: 62, text: 30 },
  { title: 56, text: 28 },
  { title: 50, text: 26 },
  { title: 44, text: 24 },
];

/** The key of the element that closes the card: the build reads its laid-out box to see that all fits. */
export const CARD_FOOTER_KEY = 'footer';

type Child = ReactNode;

function box(style: CSSProperties, children: Child[] = [], key?: string): ReactElement {
  return createElement(
    'div',
    { style: { display: 'flex', flexShrink: 0, ...style }, ...(key ? { key } : {}) },
    ...children,
  );
}

/** The card's element tree at `scale`. */
export function shareCard(texts: CardTexts, scale: CardScale): ReactElement {
  return cardLayout(
    {
      lang: texts.lang,
      kicker: texts.storyTitle,
      title: texts.endingTitle,
      text: texts.shareText,
      hashtags: texts.hashtags,
    },
    scale,
  );
}

/** The story's title card at `scale`: the share card's layout with the story's title as its title. */
export function titleCard(texts: TitleCardTexts, scale: CardScale): ReactElement {
  return cardLayout(
    { lang: texts.lang, kicker: texts.kicker, title: texts.storyTitle, text: texts.about, hashtags: texts.hashtags },
    scale,
  );
}

/** Either card's element tree at `scale`. */
export function drawCard(texts: AnyCardTexts, scale: CardScale): ReactElement {
  return 'kind' in texts ? titleCard(texts, scale) : shareCard(texts, scale);
}

interface CardLayout {
  lang: Language;
  /** Small, in amber, above the title. */
  kicker: string;
  title: string;
  text: string;
  hashtags: readonly string[];
}

function cardLayout(texts: CardLayout, scale: CardScale): ReactElement {
  const { script } = LANGUAGES[texts.lang];
  const latin = script === 'latin';
  // Korean breaks between words, as the app sets it; Chinese and Japanese break between characters.
  const wordBreak = script === 'hangul' ? 'keep-all' : 'normal';
  const text: CSSProperties = { fontFamily: SCRIPTS[script].cardFont.family, wordBreak, overflowWrap: 'break-word' };

  const header = box({ alignItems: 'center', gap: 24 }, [
    box({ width: 56, height: 4, backgroundColor: COLOURS.accent }),
    box(
      {
        ...text,
        fontSize: 28,
        fontWeight: 700,
        color: COLOURS.accent,
        ...(latin ? { textTransform: 'uppercase', letterSpacing: '0.14em' } : { letterSpacing: '0.08em' }),
      },
      [texts.kicker],
    ),
  ]);

  // Chinese and Japanese titles break only between phrases (satori would break inside a word):
  // each phrase is a box of its own, and a phrase too long for a line still wraps inside.
  const byPhrase = script === 'japanese' || script === 'han-simplified';
  const title = box(
    {
      ...text,
      fontSize: scale.title,
      fontWeight: 700,
      lineHeight: latin ? 1.1 : 1.25,
      letterSpacing: latin ? '-0.01em' : 0,
      textWrap: 'balance',
      color: COLOURS.text,
      marginTop: 32,
      ...(byPhrase ? { flexWrap: 'wrap' } : {}),
    },
    byPhrase ? phrases(texts.title, texts.lang).map((p) => box({ flexShrink: 1 }, [p])) : [texts.title],
  );

  const share = box(
    {
      ...text,
      fontSize: scale.text,
      fontWeight: 400,
      lineHeight: latin ? 1.4 : 1.6,
      color: COLOURS.muted,
      marginTop: 28,
    },
    [texts.text],
  );

  const footer = box(
    {
      ...text,
      width: '100%',
      marginTop: 28,
      paddingTop: 20,
      borderTop: `2px solid ${COLOURS.line}`,
      fontSize: 28,
      fontWeight: 700,
      color: COLOURS.accent,
      flexWrap: 'wrap',
      columnGap: 28,
    },
    texts.hashtags.map((tag) => box({}, [`#${tag}`])),
    CARD_FOOTER_KEY,
  );

  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      flexDirection: 'column',
      padding: `${CARD_PADDING.block}px ${CARD_PADDING.inline}px`,
      backgroundColor: COLOURS.bg,
      backgroundImage: `radial-gradient(ellipse 120% 90% at 50% -25%, ${COLOURS.glow} 0%, ${COLOURS.bg} 70%)`,
    },
    // The titles and text sit in the middle of the space between the header and the footer.
    [header, box({ flexGrow: 1, flexShrink: 1 }), title, share, box({ flexGrow: 1, flexShrink: 1 }), footer],
  );
}

const HIRAGANA = /^[\p{Script=Hiragana}ー]+$/u;
const KANJI = /^\p{Script=Han}+$/u;
const KATAKANA = /^[\p{Script=Katakana}ー]+$/u;
const OPENING = /^[「『（(“‘《〈【〔［]+$/u;

/**
 * `text` cut into the phrases a Chinese or Japanese line may break between, from the words
 * `Intl.Segmenter` finds: punctuation stays with the word before it, an opening bracket with the
 * word after it; in Japanese, particles and endings (hiragana) stay with the word they follow, and
 * runs of kanji or katakana stay together (kanji after katakana too: メコン川); in Chinese, a word
 * of one character stays with the next. A line then never starts inside 越えて or 首尔.
 */
export function phrases(text: string, lang: string): string[] {
  const out: string[] = [];
  let previous = '';
  let glueNext = false;
  for (const { segment, isWordLike } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    const attach =
      out.length > 0 &&
      (glueNext ||
        (!isWordLike && !OPENING.test(segment)) ||
        (lang === 'ja' &&
          (HIRAGANA.test(segment) ||
            (KANJI.test(segment) && (KANJI.test(previous) || KATAKANA.test(previous))) ||
            (KATAKANA.test(segment) && KATAKANA.test(previous)))));
    out.push(attach ? `${out.pop() ?? ''}${segment}` : segment);
    glueNext = OPENING.test(segment) || (lang !== 'ja' && isWordLike === true && segment.length === 1);
    previous = segment;
  }
  return out;
}
