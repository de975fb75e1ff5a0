import type { Localised } from '../common/document-language';

/**
 * The agreement's fixed headings and labels. Words for domain codes (status, consent
 * decisions, support offers) come from the shared labels, so the document says what the
 * app says.
 */
export interface AgreementTexts {
  kindTitle: string;
  intro: (organisationName: string) => string;
  labels: {
    organisation: string;
    caseReference: string;
    affectedPerson: string;
    contactPersons: (count: number) => string;
    version: string;
    versionDate: string;
    status: string;
  };
  headings: {
    wishes: string;
    disclosure: string;
    consents: string;
    otherParty: string;
    support: string;
    nextSteps: string;
    rights: string;
    confidentiality: string;
    signatures: string;
    signatureRecord: string;
    versionHistory: string;
  };
  noConsents: string;
  consentColumns: readonly [action: string, decision: string, form: string, date: string, scope: string];
  nextStepColumns: readonly [date: string, step: string];
  noDate: string;
  signature: { role: { affected: string; contactPerson: string }; date: string };
  record: {
    signedOn: string;
    signedBy: string;
    form: string;
    scannedCopy: string;
    sha256: string;
    yes: string;
    no: string;
  };
  historyColumns: readonly [version: string, status: string, date: string];
}

export const AGREEMENT_TEXTS: Localised<AgreementTexts> = {
  da: {
    kindTitle: 'Skriftlig aftale',
    intro: (organisationName) =>
      `Denne aftale er indgået mellem dig og den uafhængige kontaktinstans i ${organisationName}. Den beskriver, hvad du ønsker, og hvad vi har aftalt. Det er dig, der bestemmer, og aftalen kan ændres, når du ønsker det.`,
    labels: {
      organisation: 'Organisation',
      caseReference: 'Sagsnummer',
      affectedPerson: 'Den berørte',
      contactPersons: (count) => (count === 1 ? 'Kontaktperson' : 'Kontaktpersoner'),
      version: 'Version',
      versionDate: 'Dato',
      status: 'Status',
    },
    headings: {
      wishes: '1. Hvad du ønsker, der skal ske',
      disclosure: '2. Hvem må vide hvad',
      consents: 'Registrerede samtykker',
      otherParty: '3. Inddragelse af den påklagede',
      support: '4. Støtte, du tilbydes',
      nextSteps: '5. Næste skridt',
      rights: '6. Din ret til at trække samtykke tilbage og til en bisidder',
      confidentiality: '7. Fortrolighed',
      signatures: 'Underskrifter',
      signatureRecord: 'Oplysninger om underskrift',
      versionHistory: 'Versionshistorik',
    },
    noConsents: 'Der er ikke registreret nogen samtykker.',
    consentColumns: ['Samtykke til', 'Svar', 'Form', 'Dato', 'Omfang'],
    nextStepColumns: ['Dato', 'Næste skridt'],
    noDate: 'Ingen dato',
    signature: { role: { affected: 'Den berørte', contactPerson: 'Kontaktperson' }, date: 'Dato' },
    record: {
      signedOn: 'Underskrevet den',
      signedBy: 'Underskrevet af',
      form: 'Form',
      scannedCopy: 'Scannet kopi vedlagt',
      sha256: 'SHA-256 af scannet kopi',
      yes: 'Ja',
      no: 'Nej',
    },
    historyColumns: ['Version', 'Status', 'Dato'],
  },
  en: {
    kindTitle: 'Written agreement',
    intro: (organisationName) =>
      `This agreement is made between you and the independent contact body of ${organisationName}. It describes what you want and what we have agreed. You decide, and the agreement can be changed whenever you wish.`,
    labels: {
      organisation: 'Organisation',
      caseReference: 'Case reference',
      affectedPerson: 'Affected person',
      contactPersons: (count) => (count === 1 ? 'Contact person' : 'Contact persons'),
      version: 'Version',
      versionDate: 'Date',
      status: 'Status',
    },
    headings: {
      wishes: '1. What you want to happen',
      disclosure: '2. Who may know what',
      consents: 'Recorded consents',
      otherParty: '3. Involving the other party',
      support: '4. Support offered to you',
      nextSteps: '5. Next steps',
      rights: '6. Your right to withdraw consent and to bring a support person',
      confidentiality: '7. Confidentiality',
      signatures: 'Signatures',
      signatureRecord: 'Signature record',
      versionHistory: 'Version history',
    },
    noConsents: 'No consents have been recorded.',
    consentColumns: ['Consent to', 'Answer', 'Form', 'Date', 'Scope'],
    nextStepColumns: ['Date', 'Next step'],
    noDate: 'No date',
    signature: { role: { affected: 'Affected person', contactPerson: 'Contact person' }, date: 'Date' },
    record: {
      signedOn: 'Signed on',
      signedBy: 'Signed by',
      form: 'Form',
      scannedCopy: 'Scanned copy attached',
      sha256: 'SHA-256 of scanned copy',
      yes: 'Yes',
      no: 'No',
    },
    historyColumns: ['Version', 'Status', 'Date'],
  },
};
