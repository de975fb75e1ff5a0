import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AgreementCaseContext } from '../../../../shared/contract/agreements';
import { agreementDraftInputSchema, type AgreementRecord } from '../../../../shared/domain/schemas/agreement';

/** The editable content of a version; the engine checks it again with the full create and update schemas. */
export const agreementContentSchema = agreementDraftInputSchema.omit({ caseId: true });
export type AgreementContentInput = z.input<typeof agreementContentSchema>;
export type AgreementContent = z.output<typeof agreementContentSchema>;

export function contentFormValues(source: AgreementRecord | AgreementCaseContext): AgreementContentInput {
  if ('suggested' in source) {
    return {
      ...source.suggested,
      wishes: '',
      disclosure: '',
      otherPartyInvolvement: '',
      nextSteps: [],
    };
  }
  return {
    affectedPartyId: source.affectedPartyId,
    contactPersons: source.contactPersons,
    wishes: source.wishes ?? '',
    disclosure: source.disclosure ?? '',
    otherPartyInvolvement: source.otherPartyInvolvement ?? '',
    supportOffered: source.supportOffered,
    nextSteps: source.nextSteps.map((step) => ({ description: step.description, dueDate: step.dueDate })),
  };
}

/** The schema's messages are for developers; the person reads what to do. */
export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) => {
    if (error === undefined) return undefined;
    if (error.type === 'too_big') return t('agreements.editor.fieldErrors.tooLong');
    if (error.type === 'too_small') return t('agreements.editor.fieldErrors.required');
    return t('agreements.editor.fieldErrors.invalid');
  };
}
