import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_NEXT_STEPS } from '../../../../shared/domain/schemas/agreement';
import { TEXT_LIMITS } from '../../../../shared/domain/schemas/common';
import { Field } from '../../components/field';
import { emptyAsNull } from '../../components/select-field';
import { useFieldErrorText, type AgreementContent, type AgreementContentInput } from './agreement-content';

/** Section 5: the agreed next steps, each with a date when one was agreed. */
export function NextStepsFields({ form }: { form: UseFormReturn<AgreementContentInput, unknown, AgreementContent> }) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const steps = useFieldArray({ control: form.control, name: 'nextSteps' });
  const errors = form.formState.errors.nextSteps;
  return (
    <fieldset>
      <legend>{t('agreements.editor.nextSteps')}</legend>
      {steps.fields.map((step, index) => {
        const number = index + 1;
        return (
          <div key={step.id} className="next-step">
            <Field
              label={t('agreements.editor.stepDescription', { number })}
              maxLength={TEXT_LIMITS.medium}
              {...form.register(`nextSteps.${index}.description`)}
              error={errorText(errors?.[index]?.description)}
            />
            <Field
              label={t('agreements.editor.stepDate', { number })}
              type="date"
              {...form.register(`nextSteps.${index}.dueDate`, emptyAsNull)}
              error={errors?.[index]?.dueDate ? t('agreements.editor.fieldErrors.date') : undefined}
            />
            <button type="button" onClick={() => steps.remove(index)}>
              {t('agreements.editor.removeStep', { number })}
            </button>
          </div>
        );
      })}
      {steps.fields.length < MAX_NEXT_STEPS && (
        <button type="button" onClick={() => steps.append({ description: '', dueDate: null })}>
          {t('agreements.editor.addStep')}
        </button>
      )}
    </fieldset>
  );
}
