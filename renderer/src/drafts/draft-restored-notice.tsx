import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormDraftRecord } from '../../../shared/contract/drafts';
import { formatDateTime } from '../components/formatting';

/**
 * "Gendannet fra kladde": said once, politely. The live region is on the page before its
 * text arrives, so screen readers announce the text instead of missing it.
 */
export function DraftRestoredNotice({ restored }: { restored: FormDraftRecord | null }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<FormDraftRecord | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setShown(restored), 50);
    return () => clearTimeout(timer);
  }, [restored]);
  return (
    <div role="status" className="draft-restored">
      {shown && <p className="notice">{t('drafts.restored', { time: formatDateTime(shown.savedAt) })}</p>}
    </div>
  );
}
