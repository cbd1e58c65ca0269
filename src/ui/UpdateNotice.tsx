/** Says that a new version is ready (from the service worker), with the button that loads it. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Updates } from '../app/offline.ts';

export function UpdateNotice({ updates }: { updates: Updates | undefined }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  useEffect(() => updates?.subscribe(() => setReady(true)), [updates]);
  if (!ready) return null;
  return (
    <p className="notice update" role="status">
      {t('updateReady')}{' '}
      <button type="button" onClick={() => updates?.apply()}>
        {t('updateReload')}
      </button>
    </p>
  );
}
