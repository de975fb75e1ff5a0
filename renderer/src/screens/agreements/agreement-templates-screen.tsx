import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { agreementTemplatesSchema, type AgreementTemplateSettings } from '../../../../shared/contract/agreements';
import { TEXT_LIMITS } from '../../../../shared/domain/schemas/common';
import { LANGUAGES, SUPPORT_OFFERS, type Language } from '../../../../shared/domain/vocabulary';
import { useAgreementTemplates, useUpdateAgreementTemplates } from '../../api/use-agreements';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorMessage } from '../../components/error-message';
import { PageHeader } from '../../components/page-header';
import { TextAreaField } from '../../components/textarea-field';
import { useLabels } from '../../components/use-labels';
import { useFieldErrorText } from './agreement-content';
import './agreements.css';

type TemplatesInput = z.input<typeof agreementTemplatesSchema>;
type Templates = z.output<typeof agreementTemplatesSchema>;

function TemplatesForm({ language, settings }: { language: Language; settings: AgreementTemplateSettings }) {
  const { t } = useTranslation();
  const words = useLabels();
  const errorText = useFieldErrorText();
  const update = useUpdateAgreementTemplates();
  const [saved, setSaved] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const form = useForm<TemplatesInput, unknown, Templates>({
    resolver: zodResolver(agreementTemplatesSchema),
    defaultValues: settings.texts[language],
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (texts) => {
    setSaved(false);
    const result = await update.mutateAsync({ language, texts }).catch(() => null);
    if (result === null) return;
    form.reset(result.texts[language]);
    setSaved(true);
  });
  const reset = async () => {
    const result = await update.mutateAsync({ language, texts: null }).catch(() => null);
    if (result === null) return;
    form.reset(result.texts[language]);
    setConfirmReset(false);
  };

  return (
    <form noValidate onSubmit={submit} lang={language}>
      <p className="hint">{settings.customised[language] ? t('agreements.templates.customised') : t('agreements.templates.defaults')}</p>
      <TextAreaField
        label={t('agreements.templates.rights')}
        description={t('agreements.templates.paragraphHint')}
        rows={8}
        maxLength={TEXT_LIMITS.long}
        {...form.register('rights')}
        error={errorText(errors.rights)}
      />
      <TextAreaField
        label={t('agreements.templates.confidentiality')}
        description={t('agreements.templates.paragraphHint')}
        rows={8}
        maxLength={TEXT_LIMITS.long}
        {...form.register('confidentiality')}
        error={errorText(errors.confidentiality)}
      />
      <fieldset className="agreement-form">
        <legend>{t('agreements.templates.supportOffers')}</legend>
        {SUPPORT_OFFERS.map((offer) => (
          <TextAreaField
            key={offer}
            label={words.supportOffer[offer]}
            rows={2}
            maxLength={TEXT_LIMITS.medium}
            {...form.register(`supportOffers.${offer}`)}
            error={errorText(errors.supportOffers?.[offer])}
          />
        ))}
      </fieldset>
      {saved && !form.formState.isDirty && <p role="status">{t('agreements.templates.saved')}</p>}
      {!confirmReset && <ErrorMessage error={update.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {t('agreements.templates.save')}
        </button>
        {settings.customised[language] && (
          <button type="button" onClick={() => setConfirmReset(true)}>
            {t('agreements.templates.reset')}
          </button>
        )}
      </div>
      <ConfirmDialog
        isOpen={confirmReset}
        title={t('agreements.templates.resetTitle')}
        confirmLabel={t('agreements.templates.resetConfirm')}
        pending={update.isPending}
        error={update.error}
        onConfirm={() => void reset()}
        onCancel={() => setConfirmReset(false)}
      >
        <p>{t('agreements.templates.resetBody')}</p>
      </ConfirmDialog>
    </form>
  );
}

/** The organisation's own wording of the standard texts, per language (Danish is the default). */
export function AgreementTemplatesScreen() {
  const { t } = useTranslation();
  const templates = useAgreementTemplates();
  const [language, setLanguage] = useState<Language>('da');
  return (
    <section aria-labelledby="agreement-templates-title">
      <PageHeader
        id="agreement-templates-title"
        title={t('agreements.templates.title')}
        back={{ href: '/settings/organisation', label: t('nav.settings'), navLabel: t('agreements.screen.breadcrumb') }}
      />
      <p>{t('agreements.templates.intro')}</p>
      <ErrorMessage error={templates.error} />
      {templates.data && (
        <Tabs selectedKey={language} onSelectionChange={(key: Key) => setLanguage(key === 'en' ? 'en' : 'da')}>
          <TabList aria-label={t('agreements.templates.languages')} className="page-tabs">
            {LANGUAGES.map((code) => (
              <Tab key={code} id={code} className="page-tab">
                {t(`language.${code}`)}
              </Tab>
            ))}
          </TabList>
          {LANGUAGES.map((code) => (
            <TabPanel key={code} id={code}>
              <TemplatesForm language={code} settings={templates.data} />
            </TabPanel>
          ))}
        </Tabs>
      )}
    </section>
  );
}
