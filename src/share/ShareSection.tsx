/**
 * Sharing an ending: the device's own share sheet where there is one (with the ending's card image
 * when files can be shared), else a link per network; and the link itself to copy. Only the
 * ending's public page and words are shared, never anything about the player.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { webShareAllowed } from '../embed/sandbox.ts';
import { fillSlot, Name, SLOT } from '../ui/placeholder.tsx';
import { intentUrl, NETWORKS, withHashtags, type Network, type ShareContent } from './intents.ts';

const NETWORK_NAMES: Record<Exclude<Network, 'email'>, string> = {
  x: 'X',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
};

interface ShareSectionProps {
  content: ShareContent;
  /** The ending's card image (1200×630 PNG), for the share sheet. */
  imageUrl: string;
  onShare?: (network: Network | 'native' | 'copy') => void;
}

export function ShareSection({ content, imageUrl, onShare }: ShareSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const linkId = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>();
  // Not where a frame's permissions policy forbids the share sheet: the button would do nothing.
  const canShare =
    typeof navigator !== 'undefined' && typeof navigator.share === 'function' && webShareAllowed(document);

  const shareNative = async () => {
    onShare?.('native');
    const data: ShareData = {
      title: content.title,
      text: withHashtags(content.text, content.hashtags),
      url: content.url,
    };
    try {
      const file = await cardFile(imageUrl);
      if (file && navigator.canShare({ files: [file] })) {
        await navigator.share({ ...data, files: [file] });
        return;
      }
    } catch (error) {
      // The player closed the sheet: nothing more to do. Anything else: share without the image.
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
    try {
      await navigator.share(data);
    } catch {
      // Closed or refused: the links below remain.
    }
  };

  const copy = async () => {
    onShare?.('copy');
    try {
      await navigator.clipboard.writeText(content.url);
      setCopied('yes');
    } catch {
      // No clipboard (an embed's sandbox, an old browser): select the link for the player to copy.
      const field = document.getElementById(linkId);
      if (field instanceof HTMLInputElement) {
        field.focus();
        field.select();
      }
      setCopied('no');
    }
  };

  return (
    <section className="share" aria-labelledby={headingId} data-share="">
      <h2 id={headingId}>{t('shareHeading')}</h2>
      {canShare && (
        <p>
          <button type="button" className="primary" onClick={() => void shareNative()}>
            {t('shareNative')}
          </button>
        </p>
      )}
      <ul className="share-links">
        {NETWORKS.map((network) => (
          <li key={network}>
            <a
              href={intentUrl(network, content)}
              {...(network === 'email' ? {} : { target: '_blank' })}
              rel="noopener noreferrer"
              data-network={network}
              onClick={() => onShare?.(network)}
            >
              {/* One element: as separate flex items, "Share on " would lose its space before the name. */}
              <span>
                {network === 'email'
                  ? t('shareEmail')
                  : fillSlot(t('shareOn', { network: SLOT }), <Name>{NETWORK_NAMES[network]}</Name>)}
              </span>
              {network !== 'email' && <span className="visually-hidden"> {t('opensInNewTab')}</span>}
            </a>
          </li>
        ))}
      </ul>
      <div className="share-copy">
        <label htmlFor={linkId}>{t('shareLinkLabel')}</label>
        <input id={linkId} readOnly value={content.url} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={() => void copy()}>
          {t('shareCopy')}
        </button>
        <p role="status" className="share-copied">
          {copied === 'yes' ? t('shareCopied') : copied === 'no' ? t('shareCopyManual') : ''}
        </p>
      </div>
    </section>
  );
}

/** The card image as a file for the share sheet, or undefined when it cannot be fetched. */
async function cardFile(url: string): Promise<File | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    const blob = await response.blob();
    return new File([blob], url.split('/').slice(-2).join('-'), { type: 'image/png' });
  } catch {
    return undefined;
  }
}
