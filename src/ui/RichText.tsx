/** Story text: paragraphs split on blank lines, glossary terms explained in place. */
import { Fragment, useId, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import type { GlossaryDef } from '../engine/story.ts';
import { useTranslation } from 'react-i18next';

const MARK = /\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g;

interface RichTextProps {
  text: string;
  glossary: Record<string, GlossaryDef>;
}

/** A paragraph's words and marked terms, in order; and the terms it explains, each once. */
interface ParsedParagraph {
  parts: Array<string | { at: number; entry: GlossaryDef; shown: string }>;
  terms: GlossaryDef[];
}

/** Splits and reads the marks once per text, not on every render of every paragraph. */
function parse(text: string, glossary: Record<string, GlossaryDef>): ParsedParagraph[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((paragraph) => {
      const parts: ParsedParagraph['parts'] = [];
      const terms: GlossaryDef[] = [];
      let last = 0;
      for (const match of paragraph.matchAll(MARK)) {
        const [whole, rawId = '', shown] = match;
        const entry = glossary[rawId.trim()];
        parts.push(paragraph.slice(last, match.index));
        if (entry) {
          parts.push({ at: match.index, entry, shown: shown ?? entry.term });
          if (!terms.includes(entry)) terms.push(entry);
        } else parts.push(shown ?? rawId);
        last = match.index + whole.length;
      }
      parts.push(paragraph.slice(last));
      return { parts, terms };
    });
}

export function RichText({ text, glossary }: RichTextProps) {
  // One subscription to the language for the whole text, not one per paragraph.
  const { t } = useTranslation();
  const paragraphs = useMemo(() => parse(text, glossary), [text, glossary]);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <Paragraph key={index} paragraph={paragraph} t={t} />
      ))}
    </>
  );
}

/**
 * A paragraph whose marked terms are buttons. An opened definition appears under the paragraph,
 * not inside it, so the sentence is never broken in two.
 */
function Paragraph({ paragraph, t }: { paragraph: ParsedParagraph; t: TFunction }) {
  const [open, setOpen] = useState<string[]>([]);
  const baseId = useId();
  const idFor = (term: string) => `${baseId}-${term}`;
  const toggle = (term: string) => {
    setOpen((current) => (current.includes(term) ? current.filter((t) => t !== term) : [...current, term]));
  };
  return (
    <>
      <p>
        {paragraph.parts.map((part, i) =>
          typeof part === 'string' ? (
            <Fragment key={i}>{part}</Fragment>
          ) : (
            <button
              key={i}
              type="button"
              className="term"
              aria-expanded={open.includes(part.entry.id)}
              aria-controls={idFor(part.entry.id)}
              title={t('showDefinition', { term: part.entry.term })}
              onClick={() => toggle(part.entry.id)}
            >
              {part.shown}
            </button>
          ),
        )}
      </p>
      {paragraph.terms.map((entry) => (
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
