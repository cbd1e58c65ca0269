/**
 * Inside a frame, links that open a new window (sources, share links, the petition, the
 * organisations) are opened by script, so that a sandbox without `allow-popups` is noticed: then
 * the host page is asked to open the link (the `link` message, which our loader answers) and the
 * address is offered to copy, so the click is never lost in silence.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openWindow } from './sandbox.ts';

export function useNewWindowLinks(enabled: boolean, askHost: ((url: string) => void) | undefined) {
  const [blocked, setBlocked] = useState<string>();
  useEffect(() => {
    if (!enabled) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      const link = event.target instanceof Element ? event.target.closest('a[target="_blank"]') : null;
      if (!(link instanceof HTMLAnchorElement) || !/^https?:/.test(link.href)) return;
      event.preventDefault();
      if (openWindow(link.href)) return;
      askHost?.(link.href);
      setBlocked(link.href);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [enabled, askHost]);
  const dismiss = useCallback(() => setBlocked(undefined), []);
  return { blocked, dismiss };
}

/** The address of a link that could not open, to copy; focus goes to it, and back on close. */
export function LinkFallback({ url, onClose }: { url: string; onClose: () => void }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no'>();
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    returnTo.current = document.activeElement;
    field.current?.focus();
    field.current?.select();
    return () => {
      if (returnTo.current instanceof HTMLElement) returnTo.current.focus();
    };
  }, [url]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      field.current?.focus();
      field.current?.select();
      setCopied('no');
    }
  };

  return (
    <div
      className="blocked-link"
      role="group"
      aria-labelledby={`${fieldId}-text`}
      data-blocked-link=""
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <p id={`${fieldId}-text`}>{t('linkBlocked')}</p>
      <label htmlFor={fieldId} className="visually-hidden">
        {t('linkBlockedLabel')}
      </label>
      <input id={fieldId} ref={field} readOnly value={url} onFocus={(e) => e.target.select()} />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('linkBlockedCopy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <p role="status">{copied === 'yes' ? t('shareCopied') : copied === 'no' ? t('shareCopyManual') : ''}</p>
    </div>
  );
}
