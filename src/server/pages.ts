/**
 * The pages behind the links mailed to a signer. A GET shows one button; only its POST acts.
 * Static HTML in the signer's language, no script, everything they or the campaign wrote escaped.
 */
import { textIn, type Campaign } from '../campaign/campaign.ts';
import { SIGNATURES_PATH } from '../sign/api.ts';
import { escapeHtml, staticDocument } from '../static-pages/common.ts';
import { SERVICE_WORDS, serviceLanguage } from './words.ts';

export type TokenAction = 'confirm' | 'reject';
export type TokenPageState = 'ask' | 'done' | 'unknown';

/** The CSP of these pages: nothing runs, forms post only here. */
export const TOKEN_PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export function tokenPage(
  action: TokenAction,
  state: TokenPageState,
  { token, lang, campaign }: { token: string; lang: string | undefined; campaign: Campaign },
): string {
  const language = serviceLanguage(lang);
  const w = SERVICE_WORDS[language];
  const e = escapeHtml;
  const title = textIn(campaign.petition.title, language);
  const [heading, text] =
    state === 'unknown'
      ? [w.unknownHeading, w.unknownText]
      : action === 'confirm'
        ? state === 'ask'
          ? [w.confirmHeading, w.confirmText(title)]
          : [w.confirmedHeading, w.confirmedText(title)]
        : state === 'ask'
          ? [w.rejectHeading, w.rejectText(title)]
          : [w.rejectedHeading, w.rejectedText];
  const form =
    state === 'ask'
      ? [
          `<form method="post" action="${SIGNATURES_PATH}/${action}">`,
          `<input type="hidden" name="token" value="${e(token)}">`,
          `<button type="submit">${e(action === 'confirm' ? w.confirmButton : w.rejectButton)}</button>`,
          '</form>',
        ]
      : [];
  return staticDocument(
    language,
    [
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${e(TOKEN_PAGE_CSP)}">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<meta name="referrer" content="no-referrer">',
      '<meta name="robots" content="noindex">',
      `<title>${e(heading)}</title>`,
    ],
    [
      '<main>',
      `<h1>${e(heading)}</h1>`,
      `<p>${e(text)}</p>`,
      ...form,
      `<p><a href="/">${e(w.backToStory)}</a></p>`,
      '</main>',
    ],
  );
}
