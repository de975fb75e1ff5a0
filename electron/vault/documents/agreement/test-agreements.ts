import type { AgreementDocumentInput } from './agreement-input';

// Realistic agreements for the tests: Danish names and text with æ, ø and å throughout.
// Each call returns a fresh object, so a test may change its copy freely.

export const SCANNED_COPY_SHA256 = 'a3f1c9e07b5d2e4f6a8b0c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f';

export function danishAgreement(): AgreementDocumentInput {
  return {
    language: 'da',
    organisationName: 'Alternativet',
    caseReference: '2026-007',
    affectedPersonName: 'Søren Æbelø',
    contactPersonNames: ['Åse Jørgensen', 'Birthe Møller-Østergård'],
    version: 2,
    status: 'ready_to_sign',
    versionDate: '2026-11-21',
    wishes: [
      'Jeg ønsker, at kommentarerne om min krop stopper.',
      'Jeg vil gerne have, at han får at vide, at det ikke er i orden, men jeg vil ikke have, at det kommer ud i lokalforeningen.',
    ].join('\n\n'),
    disclosure: 'Kun kontaktpersonerne må kende mit navn. Dialogrådet må få at vide, hvad der skete, men ikke hvem jeg er.',
    consents: [
      {
        action: 'tell_other_contact_person',
        decision: 'granted',
        form: 'oral',
        decidedOn: '2026-11-14',
        scope: null,
      },
      {
        action: 'involve_accused',
        decision: 'granted',
        form: 'written',
        decidedOn: '2026-11-21',
        scope: 'Kun om kommentarerne, ikke om mit navn',
      },
      { action: 'police_report', decision: 'declined', form: 'oral', decidedOn: '2026-11-21', scope: null },
      {
        action: 'other',
        otherAction: 'Fortælle min lokalformand, at jeg holder pause',
        decision: 'withdrawn',
        form: 'oral',
        decidedOn: '2026-11-20',
        scope: null,
      },
    ],
    otherPartyInvolvement: 'Den påklagede inddrages gennem én samtale med Åse. Dialogrådet kan tilbyde mægling senere.',
    supportOffered: ['conversation_series', 'external_psychologist', 'rape_victims_centre'],
    nextSteps: [
      { description: 'Samtale med den påklagede', dueDate: '2026-12-01' },
      { description: 'Opfølgende samtale med Søren', dueDate: '2026-12-15' },
      { description: 'Søren giver besked, hvis noget ændrer sig', dueDate: null },
    ],
  };
}

export function signedAgreement(): AgreementDocumentInput {
  return {
    ...danishAgreement(),
    status: 'signed',
    signed: {
      record: {
        signedOn: '2026-11-24',
        signedBy: ['Søren Æbelø', 'Åse Jørgensen'],
        form: 'written',
        scannedCopySha256: SCANNED_COPY_SHA256,
      },
      versionHistory: [
        { version: 1, status: 'superseded', date: '2026-11-14' },
        { version: 2, status: 'signed', date: '2026-11-24' },
      ],
    },
  };
}
