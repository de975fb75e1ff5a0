import { useTranslation } from 'react-i18next';
import type { ConsultationScope } from '../../../../shared/domain/vocabulary';
import { useLabels } from '../../components/use-labels';

/** What the other contact person may see, beside a consent to consult them; nothing when no scope was chosen. */
export function ConsultationScopeLine({ scope }: { scope: ConsultationScope | null }) {
  const { t } = useTranslation();
  const words = useLabels();
  if (scope === null) return null;
  return (
    <p className="consultation-scope">
      <strong>{t('colleagues.consentScope.line')}</strong> {words.consultationScope[scope]}
    </p>
  );
}
