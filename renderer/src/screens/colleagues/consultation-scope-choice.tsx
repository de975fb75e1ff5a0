import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONSULTATION_SCOPES } from '../../../../shared/domain/vocabulary';
import { Choice, ChoiceGroup } from '../../components/choice-group';
import { useLabels } from '../../components/use-labels';

/**
 * What the other contact person may see, chosen by the affected person with their consent
 * to consult: without a choice here nothing can be shared.
 */
export function ConsultationScopeChoice({ field, error }: { field: UseFormRegisterReturn; error?: string | undefined }) {
  const { t } = useTranslation();
  const words = useLabels();
  return (
    <ChoiceGroup legend={t('colleagues.consentScope.legend')} description={t('colleagues.consentScope.hint')} error={error}>
      {CONSULTATION_SCOPES.map((value) => (
        <Choice key={value} type="radio" value={value} label={words.consultationScope[value]} {...field} />
      ))}
    </ChoiceGroup>
  );
}
