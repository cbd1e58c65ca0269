/**
 * Pseudo-locales for tests: every letter swapped for an accented look-alike, vowels doubled (about a
 * third longer, as German or French often is), each string bracketed; the right-to-left one also
 * forces its text to run right to left. Any plain-ASCII word left on a pseudo-locale screen was
 * never translated. Placeholders (`{{name}}`), nesting (`$t(…)`) and glossary ids (`[[id|`) stay.
 */
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçđéƒĝĥíĵķĺɱñóþǫŕšŧúṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŦÛṼŴẊÝŽ';
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\)|\[\[[^\]|]*\|?|\]\]|\n+)/;
const RLO = '\u202e';
const PDF = '\u202c';

function accent(text: string): string {
  let out = '';
  for (const ch of text) {
    const i = PLAIN.indexOf(ch);
    out += i < 0 ? ch : ACCENTED[i]!;
    if ('aeiouAEIOU'.includes(ch)) out += ACCENTED[i]!;
  }
  return out;
}

/** The pseudo-locale form of one string. */
export function pseudoLocalise(text: string, rtl = false): string {
  const parts = text.split(KEEP).map((part, i) => (i % 2 === 1 ? part : accent(part)));
  const body = parts.join('');
  if (!rtl) return `[${body}]`;
  // Each paragraph forced right to left, so Latin letters read mirrored as Arabic or Hebrew would.
  return body
    .split(/(\n+)/)
    .map((chunk, i) => (i % 2 === 1 || chunk === '' ? chunk : `${RLO}[${chunk}]${PDF}`))
    .join('');
}
