/**
 * Share links for the networks that take one: each builds its documented intent URL with every
 * part encoded. Only the ending's public page, its share text and hashtags go into them: never
 * anything about the player.
 */
export type Network = 'x' | 'facebook' | 'whatsapp' | 'telegram' | 'linkedin' | 'bluesky' | 'email';

export const NETWORKS: readonly Network[] = ['x', 'facebook', 'whatsapp', 'telegram', 'linkedin', 'bluesky', 'email'];

export interface ShareContent {
  /** The ending's own page (absolute). */
  url: string;
  /** The words to post. */
  text: string;
  /** Without `#`. */
  hashtags: string[];
  /** The subject line of an email. */
  title: string;
}

const q = encodeURIComponent;

/** The text with its hashtags appended, for networks that take no separate hashtag field. */
export function withHashtags(text: string, hashtags: string[]): string {
  return hashtags.length ? `${text} ${hashtags.map((h) => `#${h}`).join(' ')}` : text;
}

/** The intent URL that opens `network`'s share dialog with `content`. */
export function intentUrl(network: Network, { url, text, hashtags, title }: ShareContent): string {
  switch (network) {
    case 'x':
      return `https://x.com/intent/tweet?text=${q(text)}&url=${q(url)}${hashtags.length ? `&hashtags=${q(hashtags.join(','))}` : ''}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`;
    case 'whatsapp':
      return `https://wa.me/?text=${q(`${withHashtags(text, hashtags)} ${url}`)}`;
    case 'telegram':
      return `https://t.me/share/url?url=${q(url)}&text=${q(withHashtags(text, hashtags))}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?text=${q(`${withHashtags(text, hashtags)} ${url}`)}`;
    case 'email':
      // mailto: takes %20 for spaces (never +), and a blank line before the link.
      return `mailto:?subject=${q(title)}&body=${q(`${withHashtags(text, hashtags)}\n\n${url}`)}`;
  }
}
