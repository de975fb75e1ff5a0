import type { FileChild } from 'docx';
import { labels } from '../../../../shared/domain/labels';
import type { Language } from '../../../../shared/domain/vocabulary';
import { heading, labelledBullet, paragraph, spacer, table, textParagraphs, title } from '../common/blocks';
import { formatDate } from '../common/format';
import { isBlank } from '../common/input-schema';
import type { AgreementDocumentConsent, AgreementDocumentInput } from './agreement-input';
import { AGREEMENT_TEXTS } from './agreement-texts';
import { AGREEMENT_TEMPLATES, type AgreementTemplates } from './templates';

function overview(input: AgreementDocumentInput): FileChild[] {
  const texts = AGREEMENT_TEXTS[input.language];
  const contactPersons = input.contactPersonNames.filter((name) => !isBlank(name));
  const rows: [string, string][] = [
    [texts.labels.organisation, input.organisationName],
    [texts.labels.caseReference, input.caseReference],
    [texts.labels.affectedPerson, input.affectedPersonName],
    [texts.labels.contactPersons(contactPersons.length), contactPersons.join('\n')],
    [texts.labels.version, String(input.version)],
    [texts.labels.versionDate, formatDate(input.versionDate, input.language)],
    [texts.labels.status, labels[input.language].agreementStatus[input.status]],
  ];
  return [
    title(texts.kindTitle),
    table({ columnFractions: [0.3, 0.7], rows, boldFirstColumn: true, keepTogether: true }),
    spacer(),
    paragraph(texts.intro(input.organisationName)),
  ];
}

function consentAction(consent: AgreementDocumentConsent, language: Language): string {
  const described = consent.otherAction?.trim() ?? '';
  return consent.action === 'other' && described !== '' ? described : labels[language].consentAction[consent.action];
}

function consentTable(input: AgreementDocumentInput): FileChild[] {
  const texts = AGREEMENT_TEXTS[input.language];
  const words = labels[input.language];
  if (input.consents.length === 0) return [paragraph(texts.noConsents)];
  return [
    table({
      columnFractions: [0.25, 0.12, 0.15, 0.21, 0.27],
      header: texts.consentColumns,
      rows: input.consents.map((consent) => [
        consentAction(consent, input.language),
        words.consentDecision[consent.decision],
        words.consentForm[consent.form],
        formatDate(consent.decidedOn, input.language),
        consent.scope ?? '',
      ]),
    }),
    spacer(),
  ];
}

function nextStepsTable(input: AgreementDocumentInput): FileChild[] {
  const texts = AGREEMENT_TEXTS[input.language];
  const steps = input.nextSteps.filter((step) => !isBlank(step.description));
  return [
    table({
      columnFractions: [0.3, 0.7],
      header: texts.nextStepColumns,
      rows: steps.map((step) => [
        step.dueDate === null ? texts.noDate : formatDate(step.dueDate, input.language),
        step.description.trim(),
      ]),
    }),
    spacer(),
  ];
}

/** Overview and the seven numbered sections the policy's "Rammen om en henvendelse" asks for. */
export function agreementBody(input: AgreementDocumentInput): FileChild[] {
  const texts = AGREEMENT_TEXTS[input.language];
  const standard: AgreementTemplates = input.standardTexts ?? AGREEMENT_TEMPLATES[input.language];
  const supportLabels = labels[input.language].supportOffer;
  return [
    ...overview(input),
    heading(texts.headings.wishes),
    ...textParagraphs(input.wishes ?? ''),
    heading(texts.headings.disclosure),
    ...textParagraphs(input.disclosure ?? ''),
    heading(texts.headings.consents, { level: 2 }),
    ...consentTable(input),
    heading(texts.headings.otherParty),
    ...textParagraphs(input.otherPartyInvolvement ?? ''),
    heading(texts.headings.support),
    ...input.supportOffered.map((offer) => labelledBullet(supportLabels[offer], standard.supportOffers[offer])),
    heading(texts.headings.nextSteps),
    ...nextStepsTable(input),
    heading(texts.headings.rights),
    ...textParagraphs(standard.rights),
    heading(texts.headings.confidentiality),
    ...textParagraphs(standard.confidentiality),
  ];
}
