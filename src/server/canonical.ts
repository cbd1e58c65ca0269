/**
 * Who a signature belongs to, as far as counting goes: the same person typing their address
 * another way must not count twice (after alphagov/e-petitions' canonical_email).
 */

/** Providers that deliver `j.o.h.n@` to `john@`: dots in their local parts are ignored. */
const DOTLESS = new Set(['gmail.com', 'googlemail.com']);

/**
 * Lower case, trimmed, `+tag` removed, dots removed where the provider ignores them, and
 * googlemail.com as gmail.com.
 */
export function canonicalEmail(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (DOTLESS.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}
