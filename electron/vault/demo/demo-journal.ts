import { addDays, compareIsoDates, type IsoDate } from '../../../shared/domain/iso-date';
import { labels } from '../../../shared/domain/labels';
import { suggestSeverity } from '../../../shared/domain/severity';
import {
  CONSENT_ACTIONS,
  CONSENT_FORMS,
  CONVERSATION_STATUSES,
  EXTENTS,
  NOTE_KINDS,
  type CaseStatus,
  type DefaultCategoryKey,
  type SeverityFactor,
  type SeverityLevel,
} from '../../../shared/domain/vocabulary';
import type { ExportedCase } from '../records/exchange/export-format';
import { danishDate, dayAfter, instantOn, yearOf } from './demo-dates';
import { demoAgreements } from './demo-agreements';
import { demoPools, fillTemplate } from './pools';
import type { Prng } from './prng';

/** First names used in the texts of one case; the accused may be unnamed. */
export interface DemoPeople {
  affected: string;
  accused: string;
  witness: string;
  under18: boolean;
}

interface JournalContext {
  status: CaseStatus;
  category: DefaultCategoryKey;
  receivedDate: IsoDate;
  /** The day of the last status change. */
  lastDate: IsoDate;
  today: IsoDate;
  people: DemoPeople;
  slots: { event: string; place: string; unit: string };
  history: ExportedCase['statusHistory'];
}

type Journal = Pick<
  ExportedCase,
  'notes' | 'conversations' | 'consents' | 'actionsTaken' | 'severityAssessments' | 'tasks' | 'attachments' | 'agreements' | 'learningPoints'
>;

const EDIT_REASONS = ['Rettet efter samtale med den berørte.', 'Tilføjet detaljer fra samtalen.', 'Stavefejl rettet.'];
const OVERRIDE_REASON = 'Underretningspligt: den berørte er under 18 år, og der er risiko for gentagelse.';

function fill(prng: Prng, template: string, context: JournalContext, date: IsoDate): string {
  const { people, slots } = context;
  return fillTemplate(template, {
    affected: people.affected,
    accused: people.accused,
    witness: people.witness,
    date: danishDate(addDays(date, prng.int(3, 21))),
    ...slots,
  });
}

const NOTE_TEMPLATES = NOTE_KINDS.flatMap((kind) => demoPools.noteTemplates[kind].map((template) => ({ kind, template })));

/** A shorter first draft of a note: its first sentences, `dropped` fewer than the final text. */
function draftOf(body: string, dropped: number): string {
  const sentences = body.split(/(?<=\.)\s+/);
  return sentences.slice(0, Math.max(1, sentences.length - dropped)).join(' ');
}

/**
 * Dated notes. About one in seven was edited once or twice, each edit adding to a shorter
 * draft, and the earlier texts are kept. Templates are drawn without repeats within a
 * case, so no journal reads the same entry twice.
 */
function demoNotes(prng: Prng, context: JournalContext): ExportedCase['notes'] {
  const count = prng.int(3, 17);
  const dates = Array.from({ length: count }, () => dayAfter(prng, context.receivedDate, 120, context.today)).sort();
  const drawn = prng.sample(NOTE_TEMPLATES, count);
  return dates.map((noteDate, index) => {
    const { kind, template } = drawn[index] as (typeof NOTE_TEMPLATES)[number];
    const title = prng.chance(0.4) ? `${labels.da.noteKind[kind]} ${danishDate(noteDate)}` : null;
    const body = fill(prng, template, context, noteDate);
    const createdAt = instantOn(prng, noteDate);
    const editCount = prng.chance(0.15) ? prng.int(1, 2) : 0;
    const earlierVersions = Array.from({ length: editCount }, (_, position) => ({
      version: position + 1,
      kind,
      noteDate,
      title,
      body: draftOf(body, editCount - position),
      editReason: position === 0 ? null : prng.pick(EDIT_REASONS),
      writtenAt: position === 0 ? createdAt : `${noteDate}T18:0${position}:00.000Z`,
    }));
    return {
      kind,
      noteDate,
      title,
      body,
      version: editCount + 1,
      editReason: editCount > 0 ? prng.pick(EDIT_REASONS) : null,
      createdAt,
      updatedAt: editCount > 0 ? `${noteDate}T19:00:00.000Z` : createdAt,
      earlierVersions,
    };
  });
}

function demoConversations(prng: Prng, context: JournalContext): ExportedCase['conversations'] {
  if (context.status === 'received') return [];
  return Array.from({ length: prng.int(0, 4) }, () => {
    const status = prng.pick(CONVERSATION_STATUSES);
    const date = status === 'offered' && prng.chance(0.5) ? null : dayAfter(prng, context.receivedDate, 90, context.today);
    const at = instantOn(prng, date ?? context.receivedDate);
    return { status, date, note: null, createdAt: at, updatedAt: at };
  });
}

/** A ledger in order: each action granted or declined, some grants later withdrawn; actions only on a standing grant. */
function demoConsents(prng: Prng, context: JournalContext): Pick<ExportedCase, 'consents' | 'actionsTaken'> {
  const consents: ExportedCase['consents'] = [];
  const actionsTaken: ExportedCase['actionsTaken'] = [];
  let date = context.receivedDate;
  // Handing over is not part of a demo case's life; leaving it out keeps the seeded sequences as they were.
  for (const action of prng.sample(CONSENT_ACTIONS.filter((code) => code !== 'other' && code !== 'hand_over_case'), prng.int(0, 3))) {
    date = dayAfter(prng, date, 14, context.today);
    const granted = prng.chance(0.65);
    const scope = granted ? fillTemplate(prng.pick(demoPools.consentScopes), { accused: context.people.accused }) : null;
    const entry = { action, otherAction: null, form: prng.pick(CONSENT_FORMS), decidedOn: date, scope };
    const consultationScope = granted && action === 'tell_other_contact_person' ? 'summary_and_assessment' : null;
    consents.push({ ...entry, consultationScope, decision: granted ? 'granted' : 'declined', recordedAt: instantOn(prng, date) });
    if (granted && prng.chance(0.2)) {
      date = dayAfter(prng, date, 30, context.today);
      consents.push({ ...entry, scope: null, consultationScope: null, decision: 'withdrawn', recordedAt: instantOn(prng, date) });
    } else if (granted && prng.chance(0.6)) {
      const takenOn = dayAfter(prng, date, 10, context.today);
      actionsTaken.push({ action, otherAction: null, takenOn, overrideReason: null, recordedAt: instantOn(prng, takenOn) });
    }
  }
  if (context.people.under18 && prng.chance(0.3)) {
    const takenOn = dayAfter(prng, context.receivedDate, 7, context.today);
    actionsTaken.push({ action: 'police_report', otherAction: null, takenOn, overrideReason: OVERRIDE_REASON, recordedAt: instantOn(prng, takenOn) });
  }
  return { consents, actionsTaken };
}

function demoFactors(prng: Prng, context: JournalContext): SeverityFactor[] {
  const factors = new Set<SeverityFactor>(prng.sample(['physical_contact', 'abuse_of_power', 'repetition', 'impact'] as const, prng.int(0, 2)));
  if (context.category === 'assault') factors.add(prng.pick(['coercion_or_threat', 'non_physical_assault'] as const));
  if (context.people.under18) factors.add('minor_involved');
  return [...factors];
}

function demoAssessments(prng: Prng, context: JournalContext): ExportedCase['severityAssessments'] {
  if (context.status === 'received' || !prng.chance(0.7)) return [];
  return Array.from({ length: prng.int(1, 2) }, () => {
    const assessedOn = dayAfter(prng, context.receivedDate, 60, context.today);
    const input = { extent: prng.pick(EXTENTS), affectedCount: prng.chance(0.8) ? 1 : prng.int(2, 6), factors: demoFactors(prng, context) };
    const suggestion = suggestSeverity(input);
    const chosenLevel = (prng.chance(0.8) ? suggestion.level : Math.max(1, suggestion.level - 1)) as SeverityLevel;
    return {
      assessedOn,
      ...input,
      suggestedLevel: suggestion.level,
      chosenLevel,
      steps: suggestion.steps,
      rationale: chosenLevel === suggestion.level ? null : 'Vurderet lavere efter samtale med den berørte.',
      createdAt: instantOn(prng, assessedOn),
    };
  });
}

/** Open cases have tasks around today, so some are overdue; a closed case's tasks are done. */
function demoTasks(prng: Prng, context: JournalContext): ExportedCase['tasks'] {
  const open = context.status !== 'closed';
  return Array.from({ length: open ? prng.int(1, 3) : prng.int(0, 2) }, () => {
    const created = dayAfter(prng, context.receivedDate, 30, context.today);
    const dueDate = open ? addDays(context.today, prng.int(-30, 60)) : dayAfter(prng, created, 30, context.lastDate);
    const done = !open || prng.chance(0.3);
    const doneOn = done ? (compareIsoDates(dueDate, context.today) > 0 ? context.today : dueDate) : null;
    const at = instantOn(prng, created);
    return { title: prng.pick(demoPools.taskTitles), dueDate, doneOn, createdAt: at, updatedAt: at };
  });
}

function demoLearningPoints(prng: Prng, context: JournalContext): ExportedCase['learningPoints'] {
  if (context.status !== 'closed' || !prng.chance(0.1)) return [];
  const at = instantOn(prng, context.lastDate);
  return [{ reportYear: yearOf(context.lastDate), text: prng.pick(demoPools.learningPoints), createdAt: at, updatedAt: at }];
}

export function demoJournal(prng: Prng, context: JournalContext): Journal {
  return {
    notes: demoNotes(prng, context),
    conversations: demoConversations(prng, context),
    ...demoConsents(prng, context),
    severityAssessments: demoAssessments(prng, context),
    tasks: demoTasks(prng, context),
    ...demoAgreements(prng, context),
    learningPoints: demoLearningPoints(prng, context),
  };
}
