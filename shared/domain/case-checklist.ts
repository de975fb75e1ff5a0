import type { IsoDate } from './iso-date';
import { labels } from './labels';
import type { CaseDetail } from './schemas/case-view';
import type { TaskRecord } from './schemas/task';
import { prescribedSteps, type SeverityStep } from './severity';
import { suggestSeverityFactors } from './severity-suggestions';
import type { ConsentAction, Outcome, SupportOffer } from './vocabulary';

/**
 * "Rammen om en henvendelse" as a living checklist: each of the policy's steps for the
 * case, done when a record shows it was taken, with that record as evidence and the case
 * section it lives in. A step is never asked for again when the case already shows it.
 */

/** The case screen's sections an evidence record can be found in. */
export type EvidenceSection = 'overview' | 'journal' | 'conversations' | 'consents' | 'agreements' | 'severity' | 'tasks';

export type StepEvidence =
  | { kind: 'conversation_held'; conversationId: number; date: IsoDate | null }
  | { kind: 'conversation_offered'; conversationId: number; date: IsoDate | null }
  | { kind: 'conversation_note'; noteId: number; date: IsoDate }
  | { kind: 'decision_note'; noteId: number; date: IsoDate }
  | { kind: 'agreement_signed'; agreementId: number; version: number; date: IsoDate | null }
  | { kind: 'agreement_drafted'; agreementId: number; version: number }
  | { kind: 'assessment_saved'; assessmentId: number; date: IsoDate }
  | { kind: 'consent_recorded'; action: ConsentAction; date: IsoDate }
  | { kind: 'support_offered'; agreementId: number; version: number; offer: SupportOffer }
  | { kind: 'party_support_person'; partyId: number }
  | { kind: 'case_closed'; date: IsoDate | null; outcome: Outcome }
  | { kind: 'task_done'; taskId: number; date: IsoDate };

export const EVIDENCE_SECTION: Readonly<Record<StepEvidence['kind'], EvidenceSection>> = {
  conversation_held: 'conversations',
  conversation_offered: 'conversations',
  conversation_note: 'journal',
  decision_note: 'journal',
  agreement_signed: 'agreements',
  agreement_drafted: 'agreements',
  assessment_saved: 'severity',
  consent_recorded: 'consents',
  support_offered: 'agreements',
  party_support_person: 'overview',
  case_closed: 'overview',
  task_done: 'tasks',
};

export interface ChecklistItem {
  step: SeverityStep;
  /** done: a record shows it; planned: an open task for it has a due date; open: nothing yet. */
  state: 'done' | 'planned' | 'open';
  /** The record that shows the step was taken; null unless done. */
  evidence: StepEvidence | null;
  /** The open task planned for the step, if any. */
  plannedTask: TaskRecord | null;
  /** Where the step is taken (or its evidence kept). */
  section: EvidenceSection;
}

/** Where each step is taken when it is still open. */
const STEP_SECTION: Readonly<Record<SeverityStep, EvidenceSection>> = {
  map_incident: 'conversations',
  oral_agreement: 'journal',
  written_agreement: 'agreements',
  offer_conversation_series: 'conversations',
  map_extent: 'severity',
  map_severity: 'severity',
  decide_involvement_of_accused: 'consents',
  offer_support_person: 'agreements',
  offer_rape_victims_centre: 'consents',
  offer_police_report: 'consents',
  offer_external_psychologist: 'consents',
  assess_consequences: 'overview',
};

/** The earlier step checklist records a step as a task carrying the step's words, in either language. */
export function isStepTask(task: Pick<TaskRecord, 'title'>, step: SeverityStep): boolean {
  return task.title === labels.da.severityStep[step] || task.title === labels.en.severityStep[step];
}

type Finder = (detail: CaseDetail) => StepEvidence | null;

function firstOf(...finders: Finder[]): Finder {
  return (detail) => {
    for (const find of finders) {
      const found = find(detail);
      if (found !== null) return found;
    }
    return null;
  };
}

const heldConversation: Finder = ({ conversations }) => {
  const held = conversations.find((conversation) => conversation.status === 'held');
  return held ? { kind: 'conversation_held', conversationId: held.id, date: held.date } : null;
};

const conversationNote: Finder = ({ notes }) => {
  const note = notes.find((entry) => entry.kind === 'conversation');
  return note ? { kind: 'conversation_note', noteId: note.id, date: note.noteDate } : null;
};

const decisionNote: Finder = ({ notes }) => {
  const note = notes.find((entry) => entry.kind === 'decision');
  return note ? { kind: 'decision_note', noteId: note.id, date: note.noteDate } : null;
};

/** The newest signed agreement, current or superseded: once signed, the step was taken. */
const signedAgreement: Finder = ({ agreements }) => {
  const signed = [...agreements].reverse().find((agreement) => agreement.signedOn !== null);
  return signed ? { kind: 'agreement_signed', agreementId: signed.id, version: signed.version, date: signed.signedOn } : null;
};

/** A written agreement starts from what was agreed orally; its first version shows the oral agreement was made. */
const anyAgreement: Finder = ({ agreements }) => {
  const first = agreements[0];
  return first ? { kind: 'agreement_drafted', agreementId: first.id, version: first.version } : null;
};

const anyConversation: Finder = ({ conversations }) => {
  const first = conversations[0];
  if (!first) return null;
  return first.status === 'held'
    ? { kind: 'conversation_held', conversationId: first.id, date: first.date }
    : { kind: 'conversation_offered', conversationId: first.id, date: first.date };
};

const latestAssessment: Finder = ({ severityAssessments }) => {
  const latest = severityAssessments.at(-1);
  return latest ? { kind: 'assessment_saved', assessmentId: latest.id, date: latest.assessedOn } : null;
};

/** Any recorded decision, granted or declined: the step is to ask, and the answer is theirs. */
function consentFor(...actions: ConsentAction[]): Finder {
  return ({ consents }) => {
    const entry = consents.find((consent) => actions.includes(consent.action));
    return entry ? { kind: 'consent_recorded', action: entry.action, date: entry.decidedOn } : null;
  };
}

function supportOffered(offer: SupportOffer): Finder {
  return ({ agreements }) => {
    const agreement = [...agreements].reverse().find((candidate) => candidate.supportOffered.includes(offer));
    return agreement ? { kind: 'support_offered', agreementId: agreement.id, version: agreement.version, offer } : null;
  };
}

const supportPersonParty: Finder = ({ parties }) => {
  const party = parties.find((candidate) => candidate.role === 'support_person');
  return party ? { kind: 'party_support_person', partyId: party.id } : null;
};

/** Closing with a reprimand or an exclusion is the consequence decided. */
const consequenceOutcome: Finder = ({ case: record }) =>
  record.status === 'closed' && (record.outcome === 'reprimand' || record.outcome === 'exclusion')
    ? { kind: 'case_closed', date: record.closedDate, outcome: record.outcome }
    : null;

const EVIDENCE_OF: Readonly<Record<SeverityStep, Finder>> = {
  map_incident: firstOf(heldConversation, conversationNote),
  oral_agreement: firstOf(decisionNote, anyAgreement),
  written_agreement: signedAgreement,
  offer_conversation_series: firstOf(anyConversation, supportOffered('conversation_series')),
  map_extent: latestAssessment,
  map_severity: latestAssessment,
  decide_involvement_of_accused: consentFor('involve_accused', 'dialogue_council_mediation'),
  offer_support_person: firstOf(supportOffered('support_person'), supportPersonParty),
  offer_rape_victims_centre: firstOf(consentFor('rape_victims_centre'), supportOffered('rape_victims_centre')),
  offer_police_report: firstOf(consentFor('police_report'), supportOffered('police_report_guidance')),
  offer_external_psychologist: firstOf(consentFor('external_psychologist'), supportOffered('external_psychologist')),
  assess_consequences: consequenceOutcome,
};

/**
 * The steps for this case: those of the latest assessment, or before any assessment the
 * steps the structured facts already call for (a minor involved, a power relation).
 */
export function checklistSteps(detail: CaseDetail): SeverityStep[] {
  const latest = detail.severityAssessments.at(-1);
  const factors = latest ? latest.factors : suggestSeverityFactors(detail).map(({ factor }) => factor);
  return prescribedSteps(factors);
}

export function caseChecklist(detail: CaseDetail): ChecklistItem[] {
  return checklistSteps(detail).map((step): ChecklistItem => {
    const stepTasks = detail.tasks.filter((task) => isStepTask(task, step));
    const doneTask = stepTasks.find((task) => task.doneOn !== null);
    const recorded = EVIDENCE_OF[step](detail);
    const evidence: StepEvidence | null =
      recorded ?? (doneTask?.doneOn ? { kind: 'task_done', taskId: doneTask.id, date: doneTask.doneOn } : null);
    if (evidence !== null) {
      return { step, state: 'done', evidence, plannedTask: null, section: EVIDENCE_SECTION[evidence.kind] };
    }
    const plannedTask = stepTasks.find((task) => task.doneOn === null) ?? null;
    return {
      step,
      state: plannedTask?.dueDate ? 'planned' : 'open',
      evidence: null,
      plannedTask,
      section: STEP_SECTION[step],
    };
  });
}
