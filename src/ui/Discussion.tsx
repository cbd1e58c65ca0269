/** Discussion questions for a class: after a chapter, and at an ending. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function Discussion({ chapter, questions }: { chapter: string; questions: string[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="discussion" aria-labelledby={headingId} data-discussion="">
      <h2 id={headingId}>{t('discussHeading', { chapter })}</h2>
      <ol>
        {questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ol>
    </section>
  );
}
