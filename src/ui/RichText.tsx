/** Story text: paragraphs split on blank lines, glossary terms explained in place. */
import { Fragment, useId, useState } from 'react';
import type { GlossaryDef } from '../engine/story.ts';
import { useTranslation } from 'react-i18next';

const MARK = /\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g;

interface RichTextProps {
  text: string;
  glossary: Record<string, GlossaryDef>;
}

export function RichText({ text, glossary }: RichTextProps) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <Paragraph key={index} text={paragraph} glossary={glossary} />
      ))}
    </>
  );
}

/**
 * A paragraph whose marked terms are buttons. An opened definition appears under the paragraph,
 * not inside it, so the sentence is never broken in two.
 */
function Paragraph({ text, glossary }: RichTextProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string[]>([]);
  const baseId = useId();
  const idFor = (term: string) => `${baseId}-${term}`;
  const toggle = (term: string) => {
    setOpen((current) => (current.includes(term) ? current.filter((t) => t !== term) : [...current, term]));
  };
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    const [whole, rawId = '', shown] = match;
    const entry = glossary[rawId.trim()];
    parts.push(text.slice(last, match.index));
    parts.push(
      entry ? (
        <button
          key={match.index}
          type="button"
          className="term"
          aria-expanded={open.includes(entry.id)}
          aria-controls={idFor(entry.id)}
          title={t('showDefinition', { term: entry.term })}
          onClick={() => toggle(entry.id)}
        >
          {shown ?? entry.term}
        </button>
      ) : (
        (shown ?? rawId)
      ),
    );
    last = match.index + whole.length;
  }
  parts.push(text.slice(last));
  const terms = [...new Set([...text.matchAll(MARK)].map((m) => (m[1] ?? '').trim()))].flatMap((id) =>
    glossary[id] ? [glossary[id]] : [],
  );
  return (
    <>
      <p>
        {parts.map((part, i) => (
          <Fragment key={i}>{part}</Fragment>
        ))}
      </p>
      {terms.map((entry) => (
        <p key={entry.id} id={idFor(entry.id)} className="definition" role="note" hidden={!open.includes(entry.id)}>
          <dfn>{entry.term}</dfn>
          {t('termSeparator')}
          {entry.definition}
        </p>
      ))}
    </>
  );
}

/** Plain text with `[[term]]` marks shown as the words (no definitions): titles, choices. */
export function plainText(text: string, glossary: Record<string, GlossaryDef>): string {
  return text.replace(MARK, (_, id: string, shown?: string) => shown ?? glossary[id.trim()]?.term ?? id);
}
