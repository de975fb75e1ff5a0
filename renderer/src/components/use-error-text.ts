import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** What kind of value a field holds, to say in plain words what is wrong with it. */
export type FieldKind = 'text' | 'date' | 'choice' | 'number' | 'email' | 'phone';

/**
 * The schemas' messages are for developers; a person sees a sentence chosen by what went
 * wrong and what kind of field it is.
 */
export function useErrorText(): (error: FieldError | undefined, kind?: FieldKind) => string | undefined {
  const { t } = useTranslation();
  return (error, kind = 'text') => {
    if (!error) return undefined;
    if (error.type === 'too_big') return t('forms.tooLong');
    if (kind === 'text' && error.type === 'too_small') return t('forms.required');
    return t(`forms.invalid.${kind}`);
  };
}
