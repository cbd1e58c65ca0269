/**
 * What a frame's sandbox allows, found out rather than guessed, so the player is never shown a
 * control that cannot work. Hosts differ: our own snippet allows scripts, storage, forms and
 * popups; WordPress allows scripts alone (an opaque origin: no storage, and requests to our own
 * server become cross-origin).
 */

/** True when the page is framed by another page. */
export function isFramed(win: Window = window): boolean {
  try {
    return win.self !== win.top;
  } catch {
    // Reading `top` across origins may throw in old browsers: that is a frame too.
    return true;
  }
}

/** True when the sandbox took the page's origin away (`allow-same-origin` missing). */
export function hasOpaqueOrigin(win: Window = window): boolean {
  return win.origin === 'null';
}

/**
 * True when a form may submit here. Without `allow-forms` a submission stops before its submit
 * event fires (HTML's form submission algorithm), so a submit that is never heard means no forms.
 * The probe's event is cancelled: nothing navigates.
 */
export function formsAllowed(doc: Document = document): boolean {
  const form = doc.createElement('form');
  form.hidden = true;
  let heard = false;
  form.addEventListener('submit', (event) => {
    heard = true;
    event.preventDefault();
  });
  doc.body.append(form);
  try {
    form.requestSubmit();
  } catch {
    heard = false;
  } finally {
    form.remove();
  }
  return heard;
}

/** False when a permissions policy (a frame without `allow="web-share"`) forbids the share sheet. */
export function webShareAllowed(doc: Document = document): boolean {
  const policy = (doc as Document & { featurePolicy?: { allowsFeature: (f: string) => boolean } }).featurePolicy;
  return policy ? policy.allowsFeature('web-share') : true;
}

/**
 * Opens `url` in a new window, the way a `target=_blank` link would, and reports whether it could.
 * Not `noopener` in the features: with it `window.open` always answers null, and the answer is
 * what tells a sandbox without `allow-popups`. The opener is cut right after instead.
 */
export function openWindow(url: string, win: Window = window): boolean {
  let opened: Window | null;
  try {
    opened = win.open(url, '_blank');
  } catch {
    opened = null;
  }
  if (!opened) return false;
  try {
    opened.opener = null;
  } catch {
    // A window in another origin: its opener could not be reached anyway.
  }
  return true;
}
