/** Story text: paragraphs split on blank lines, glossary terms explained in place. */
import { Fragment, useId, useState } from 'react';
import type { GlossaryDef } from '../engine/story.ts';
import { t } from '../i18n/strings.ts';

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
        <p key={index}>{withTerms(paragraph, glossary)}</p>
      ))}
    </>
  );
}

/** Plain text with `[[term]]` marks shown as the words (no definitions): titles, choices. */
export function plainText(text: string, glossary: Record<string, GlossaryDef>): string {
  return text.replace(MARK, (_, id: string, shown?: string) => shown ?? glossary[id.trim()]?.term ?? id);
}

function withTerms(paragraph: string, glossary: Record<string, GlossaryDef>) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of paragraph.matchAll(MARK)) {
    const [whole, rawId = '', shown] = match;
    const entry = glossary[rawId.trim()];
    parts.push(paragraph.slice(last, match.index));
    parts.push(entry ? <Term key={match.index} entry={entry} shown={shown ?? entry.term} /> : (shown ?? rawId));
    last = match.index + whole.length;
  }
  parts.push(paragraph.slice(last));
  return parts.map((part, i) => <Fragment key={i}>{part}</Fragment>);
}

/** A marked term: a native button that shows its definition right after it. */
function Term({ entry, shown }: { entry: GlossaryDef; shown: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="term"
        aria-expanded={open}
        aria-controls={id}
        title={t('showDefinition', { term: entry.term })}
        onClick={() => setOpen((o) => !o)}
      >
        {shown}
      </button>
      <span id={id} className="definition" role="note" hidden={!open}>
        <dfn>{entry.term}</dfn>: {entry.definition}
      </span>
    </>
  );
}
