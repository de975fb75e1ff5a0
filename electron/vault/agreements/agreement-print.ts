import type { AgreementPrintBlock, AgreementPrintDocument } from '../../../shared/contract/agreements';
import { labels } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/domain/vocabulary';
import { AGREEMENT_TEXTS } from '../documents/agreement/agreement-texts';
import type { AgreementDocumentConsent, AgreementDocumentInput } from '../documents/agreement/agreement-input';
import { AGREEMENT_TEMPLATES } from '../documents/agreement/templates';
import { COMMON_TEXTS } from '../documents/common/common-texts';
import { formatDate } from '../documents/common/format';
import { isBlank } from '../documents/common/input-schema';

/*
 * The print view's content: the same parts, headings, fixed texts and order as the DOCX
 * (documents/agreement), as plain blocks the renderer lays out on A4. Built from the same
 * document input, so the printed and the exported agreement say the same.
 */

const heading = (text: string, level: 1 | 2 = 1): AgreementPrintBlock => ({ kind: 'heading', level, text });

/** A blank line starts a new paragraph, as in the DOCX. */
function paragraphs(text: string | null): AgreementPrintBlock[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => ({ kind: 'paragraph', text: part }));
}

function consentAction(consent: AgreementDocumentConsent, language: Language): string {
  const described = consent.otherAction?.trim() ?? '';
  return consent.action === 'other' && described !== '' ? described : labels[language].consentAction[consent.action];
}

function consentBlocks(input: AgreementDocumentInput): AgreementPrintBlock[] {
  const texts = AGREEMENT_TEXTS[input.language];
  const words = labels[input.language];
  if (input.consents.length === 0) return [{ kind: 'paragraph', text: texts.noConsents }];
  return [
    {
      kind: 'table',
      labelled: false,
      header: [...texts.consentColumns],
      rows: input.consents.map((consent) => [
        consentAction(consent, input.language),
        words.consentDecision[consent.decision],
        words.consentForm[consent.form],
        formatDate(consent.decidedOn, input.language),
        consent.scope ?? '',
      ]),
    },
  ];
}

function overview(input: AgreementDocumentInput): AgreementPrintBlock[] {
  const texts = AGREEMENT_TEXTS[input.language];
  const contactPersons = input.contactPersonNames.filter((name) => !isBlank(name));
  return [
    {
      kind: 'table',
      labelled: true,
      header: null,
      rows: [
        [texts.labels.organisation, input.organisationName],
        [texts.labels.caseReference, input.caseReference],
        [texts.labels.affectedPerson, input.affectedPersonName],
        [texts.labels.contactPersons(contactPersons.length), contactPersons.join('\n')],
        [texts.labels.version, String(input.version)],
        [texts.labels.versionDate, formatDate(input.versionDate, input.language)],
        [texts.labels.status, labels[input.language].agreementStatus[input.status]],
      ],
    },
    { kind: 'paragraph', text: texts.intro(input.organisationName) },
  ];
}

function signatureRecord(input: AgreementDocumentInput): AgreementPrintBlock[] {
  if (input.signed === undefined) return [];
  const texts = AGREEMENT_TEXTS[input.language];
  const words = labels[input.language];
  const { record, versionHistory } = input.signed;
  return [
    heading(texts.headings.signatureRecord),
    {
      kind: 'table',
      labelled: true,
      header: null,
      rows: [
        [texts.record.signedOn, formatDate(record.signedOn, input.language)],
        [texts.record.signedBy, record.signedBy.join('\n')],
        [texts.record.form, words.consentForm[record.form]],
        [texts.record.scannedCopy, record.scannedCopySha256 === null ? texts.record.no : texts.record.yes],
        ...(record.scannedCopySha256 === null ? [] : [[texts.record.sha256, record.scannedCopySha256.toLowerCase()]]),
      ],
    },
    heading(texts.headings.versionHistory),
    {
      kind: 'table',
      labelled: false,
      header: [...texts.historyColumns],
      rows: versionHistory.map((entry) => [
        String(entry.version),
        words.agreementStatus[entry.status],
        formatDate(entry.date, input.language),
      ]),
    },
  ];
}

export function agreementPrintDocument(input: AgreementDocumentInput): AgreementPrintDocument {
  const texts = AGREEMENT_TEXTS[input.language];
  const standard = input.standardTexts ?? AGREEMENT_TEMPLATES[input.language];
  const steps = input.nextSteps.filter((step) => !isBlank(step.description));
  return {
    language: input.language,
    header: COMMON_TEXTS[input.language].confidential,
    pageNumbering: {
      before: COMMON_TEXTS[input.language].pageBeforeNumber,
      between: COMMON_TEXTS[input.language].pageBetweenNumbers,
    },
    title: texts.kindTitle,
    blocks: [
      ...overview(input),
      heading(texts.headings.wishes),
      ...paragraphs(input.wishes),
      heading(texts.headings.disclosure),
      ...paragraphs(input.disclosure),
      heading(texts.headings.consents, 2),
      ...consentBlocks(input),
      heading(texts.headings.otherParty),
      ...paragraphs(input.otherPartyInvolvement),
      heading(texts.headings.support),
      ...input.supportOffered.map(
        (offer): AgreementPrintBlock => ({
          kind: 'labelled',
          label: labels[input.language].supportOffer[offer],
          text: standard.supportOffers[offer],
        }),
      ),
      heading(texts.headings.nextSteps),
      {
        kind: 'table',
        labelled: false,
        header: [...texts.nextStepColumns],
        rows: steps.map((step) => [
          step.dueDate === null ? texts.noDate : formatDate(step.dueDate, input.language),
          step.description.trim(),
        ]),
      },
      heading(texts.headings.rights),
      ...paragraphs(standard.rights),
      heading(texts.headings.confidentiality),
      ...paragraphs(standard.confidentiality),
      heading(texts.headings.signatures),
      {
        kind: 'signatures',
        dateLabel: texts.signature.date,
        signers: [
          { name: input.affectedPersonName, role: texts.signature.role.affected },
          ...input.contactPersonNames
            .filter((name) => !isBlank(name))
            .map((name) => ({ name, role: texts.signature.role.contactPerson })),
        ],
      },
      ...signatureRecord(input),
    ],
  };
}
