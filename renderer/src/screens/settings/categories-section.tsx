import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { categoryListSchema, MAX_CATEGORIES } from '../../../../shared/domain/schemas/category';
import { TEXT_LIMITS } from '../../../../shared/domain/schemas/common';
import type { VaultSettings } from '../../../../shared/domain/schemas/vault-settings';
import { useUpdateVaultSettings, useVaultSettings } from '../../api/use-vault-settings';
import { Choice } from '../../components/choice-group';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { useErrorText } from '../../components/use-error-text';
import { newCategoryKey } from './category-key';

const categoriesFormSchema = z.strictObject({ categories: categoryListSchema });

/**
 * The categories cases are filed under; the policy's four are the default. A new category
 * gets its key from its Danish name; a removed one stays on the cases that use it.
 */
export function CategoriesSection() {
  const { t } = useTranslation();
  const settings = useVaultSettings();
  return (
    <section aria-labelledby="categories-title" className="card">
      <h2 id="categories-title">{t('organisation.categories.title')}</h2>
      <p className="hint">{t('organisation.categories.intro')}</p>
      <ErrorMessage error={settings.error} />
      {settings.data && <CategoriesForm settings={settings.data} />}
    </section>
  );
}

function CategoriesForm({ settings }: { settings: VaultSettings }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const update = useUpdateVaultSettings();
  const form = useForm({ resolver: zodResolver(categoriesFormSchema), defaultValues: { categories: settings.categories } });
  const categories = useFieldArray({ control: form.control, name: 'categories' });
  const errors = form.formState.errors.categories;
  const submit = form.handleSubmit(async ({ categories: list }) => {
    const saved = await update.mutateAsync({ categories: list });
    form.reset({ categories: saved.categories });
  });
  const addCategory = () => {
    const taken = [...settings.categories, ...form.getValues('categories')].map((category) => category.key);
    categories.append({ key: newCategoryKey(t('organisation.categories.newName'), taken), labelDa: '', labelEn: '', sensitive: false });
  };
  return (
    <form noValidate onSubmit={submit}>
      <ol className="plain-list">
        {categories.fields.map((field, index) => (
          <li key={field.id} className="category-row">
            <fieldset>
              <legend>{t('organisation.categories.number', { number: index + 1 })}</legend>
              <div className="field-row">
                <Field
                  label={t('organisation.categories.labelDa')}
                  maxLength={TEXT_LIMITS.short}
                  {...form.register(`categories.${index}.labelDa`, {
                    onChange: (event: { target: { value: string } }) => {
                      // A category not yet saved takes its key from its Danish name.
                      if (settings.categories.some((saved) => saved.key === field.key)) return;
                      const taken = form.getValues('categories').filter((_, other) => other !== index).map((category) => category.key);
                      form.setValue(`categories.${index}.key`, newCategoryKey(event.target.value, [...taken, ...settings.categories.map((c) => c.key)]));
                    },
                  })}
                  error={errorText(errors?.[index]?.labelDa)}
                />
                <Field
                  label={t('organisation.categories.labelEn')}
                  maxLength={TEXT_LIMITS.short}
                  {...form.register(`categories.${index}.labelEn`)}
                  error={errorText(errors?.[index]?.labelEn)}
                />
              </div>
              <Choice type="checkbox" label={t('organisation.categories.sensitive')} {...form.register(`categories.${index}.sensitive`)} />
              <button type="button" onClick={() => categories.remove(index)} disabled={categories.fields.length <= 1}>
                {t('organisation.categories.remove')}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <p className="hint">{t('organisation.categories.removeHint')}</p>
      <ErrorMessage error={update.error} />
      {update.isSuccess && !form.formState.isDirty && <p role="status">{t('actions.saved')}</p>}
      <div className="actions">
        <button type="button" onClick={addCategory} disabled={categories.fields.length >= MAX_CATEGORIES}>
          {t('organisation.categories.add')}
        </button>
        <button type="submit" className="primary" disabled={update.isPending}>
          {t('organisation.categories.save')}
        </button>
      </div>
    </form>
  );
}
