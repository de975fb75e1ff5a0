import type { AgreementRecord } from '../schemas/agreement';
import type { CaseDetail } from '../schemas/case-view';
import type { ConsentEntryRecord } from '../schemas/consent';
import type { ConversationRecord } from '../schemas/conversation';
import type { NoteRecord } from '../schemas/note';
import type { PartyRecord } from '../schemas/party';
import type { SeverityAssessmentRecord } from '../schemas/severity-assessment';
import type { TaskRecord } from '../schemas/task';

/*
 * Plain records for the pure case-page rules, shaped exactly as the vault returns them.
 * The rules read nothing but these values, so building them by hand tests the rule and
 * nothing else; the engine's own tests cover how the vault fills them.
 */

const AT = '2026-03-01T10:00:00.000Z';

export function caseDetail(fields: Partial<CaseDetail> = {}, record: Partial<CaseDetail['case']> = {}): CaseDetail {
  return {
    case: {
      id: 1,
      reference: '2026-001',
      receivedDate: '2026-03-01',
      channel: 'in_person',
      reporterKind: 'affected',
      category: 'harassment',
      context: 'event',
      summary: null,
      status: 'received',
      closedDate: null,
      outcome: null,
      createdAt: AT,
      updatedAt: AT,
      ...record,
    },
    reopened: false,
    statusHistory: [],
    allowedTransitions: [],
    parties: [],
    powerRelationWarnings: [],
    conflictOfInterest: { conflicted: [], handlers: ['secretariat_head', 'trusted_person'], takenOverBy: [], warnings: [] },
    notes: [],
    conversations: [],
    consents: [],
    currentConsents: [],
    actionsTaken: [],
    severityAssessments: [],
    agreements: [],
    tasks: [],
    attachments: [],
    learningPoints: [],
    retention: null,
    ...fields,
  };
}

export function party(fields: Partial<PartyRecord> & Pick<PartyRecord, 'id' | 'role'>): PartyRecord {
  return {
    caseId: 1,
    under18: false,
    name: null,
    nickname: null,
    organisationalRole: null,
    unit: null,
    email: null,
    phone: null,
    contactPerson: null,
    description: null,
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  };
}

export function task(fields: Partial<TaskRecord> & Pick<TaskRecord, 'id' | 'title'>): TaskRecord {
  return { caseId: 1, dueDate: null, doneOn: null, createdAt: AT, updatedAt: AT, ...fields };
}

export function conversation(fields: Partial<ConversationRecord> & Pick<ConversationRecord, 'id' | 'status'>): ConversationRecord {
  return { caseId: 1, date: null, note: null, createdAt: AT, updatedAt: AT, ...fields };
}

export function note(fields: Partial<NoteRecord> & Pick<NoteRecord, 'id' | 'kind'>): NoteRecord {
  return { caseId: 1, noteDate: '2026-03-02', title: null, body: 'Tekst', version: 1, editReason: null, createdAt: AT, updatedAt: AT, ...fields };
}

export function agreement(fields: Partial<AgreementRecord> & Pick<AgreementRecord, 'id' | 'status'>): AgreementRecord {
  return {
    caseId: 1,
    version: 1,
    affectedPartyId: null,
    contactPersons: ['secretariat_head'],
    wishes: null,
    disclosure: null,
    otherPartyInvolvement: null,
    supportOffered: [],
    nextSteps: [],
    signedOn: null,
    signedCopyAttachmentId: null,
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  };
}

export function consent(fields: Partial<ConsentEntryRecord> & Pick<ConsentEntryRecord, 'id' | 'action' | 'decision'>): ConsentEntryRecord {
  return { caseId: 1, otherAction: null, form: 'oral', decidedOn: '2026-03-03', scope: null, consultationScope: null, recordedAt: AT, ...fields };
}

export function assessment(
  fields: Partial<SeverityAssessmentRecord> & Pick<SeverityAssessmentRecord, 'id'>,
): SeverityAssessmentRecord {
  return {
    caseId: 1,
    assessedOn: '2026-03-04',
    extent: 'single',
    affectedCount: 1,
    factors: [],
    suggestedLevel: 1,
    chosenLevel: 1,
    steps: [],
    rationale: null,
    createdAt: AT,
    ...fields,
  };
}
