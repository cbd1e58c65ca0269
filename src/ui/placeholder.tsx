/**
 * A translated sentence with an element in one of its placeholders: the sentence is translated
 * with a marker there, then split around it. For names that must not be translated (an
 * organisation, a network), marked `translate="no"` for browsers' translators and screen readers.
 */
import { Fragment, type ReactNode } from 'react';

/** A character no translation contains: where the element goes. */
export const SLOT = '\u2063';

export function fillSlot(sentence: string, node: ReactNode): ReactNode {
  const parts = sentence.split(SLOT);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && node}
      {part}
    </Fragment>
  ));
}

/** A proper name kept as it is in every language. */
export function Name({ children, lang }: { children: string; lang?: string }) {
  return (
    <span translate="no" {...(lang ? { lang } : {})}>
      {children}
    </span>
  );
}
