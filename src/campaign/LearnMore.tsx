/** Organisations working on this, from the campaign's data, each named, described and linked. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Name } from '../ui/placeholder.tsx';
import { langOf, textIn, type Campaign } from './campaign.ts';

export function LearnMore({ campaign, lang, onLearn }: { campaign: Campaign; lang: string; onLearn?: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (campaign.learnMore.length === 0) return null;
  return (
    <section className="learn-more" aria-labelledby={headingId} data-learn-more="">
      <h2 id={headingId}>{t('learnHeading')}</h2>
      <ul>
        {campaign.learnMore.map((organisation) => (
          <li key={organisation.url}>
            <a href={organisation.url} target="_blank" rel="noopener" onClick={onLearn}>
              <Name>{organisation.name}</Name>
              <span className="visually-hidden"> {t('opensInNewTab')}</span>
            </a>
            {t('termSeparator')}
            <span lang={langOf(organisation.about, lang)}>{textIn(organisation.about, lang)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
