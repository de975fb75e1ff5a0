import { addYears, compareIsoDates, type IsoDate } from '../../../shared/domain/iso-date';
import {
  CHANNELS,
  CONTEXTS,
  DEFAULT_CATEGORY_KEYS,
  OUTCOMES,
  REPORTER_KINDS,
  type CaseStatus,
  type OrganisationalRole,
  type PartyRole,
} from '../../../shared/domain/vocabulary';
import type { ExportedCase } from '../records/exchange/export-format';
import { dayAfter, instantOn } from './demo-dates';
import { demoJournal, type DemoPeople } from './demo-journal';
import { demoPools, fillTemplate } from './pools';
import type { Prng } from './prng';

/*
 * One synthetic case in the export shape, consistent with the shared rules: a status
 * reached along allowed transitions (with the history to show it), closing fields only on
 * closed cases, consents before the actions that need them.
 */

const MAIN_PATH: readonly CaseStatus[] = ['received', 'in_dialogue', 'agreement_made', 'follow_up', 'closed'];
const REOPEN_REASON = 'Den berørte henvendte sig igen efter en ny episode.';

type StatusHistory = ExportedCase['statusHistory'];

function chooseStatus(prng: Prng, receivedDate: IsoDate, today: IsoDate): CaseStatus {
  const old = compareIsoDates(receivedDate, addYears(today, -1)) < 0;
  if (old && prng.chance(0.9)) return 'closed';
  return prng.pick(['received', 'in_dialogue', 'in_dialogue', 'agreement_made', 'follow_up', 'follow_up', 'closed']);
}

/** The transitions from received to `target` along the main path, through one closing and reopening when `reopened`. */
function statusSteps(target: CaseStatus, reopened: boolean): [CaseStatus, CaseStatus][] {
  const along = (to: CaseStatus) => MAIN_PATH.slice(0, MAIN_PATH.indexOf(to) + 1);
  const path: CaseStatus[] = reopened ? [...along('closed'), ...along(target).slice(1)] : along(target);
  return path.slice(1).map((to, index) => [path[index] as CaseStatus, to]);
}

function statusHistory(prng: Prng, target: CaseStatus, receivedDate: IsoDate, today: IsoDate): { history: StatusHistory; lastDate: IsoDate } {
  const reopened = target !== 'received' && prng.chance(0.05);
  let date = receivedDate;
  const history: StatusHistory = statusSteps(target, reopened).map(([from, to]) => {
    date = dayAfter(prng, date, 30, today);
    const closing = to === 'closed';
    return {
      from,
      to,
      reason: from === 'closed' ? REOPEN_REASON : null,
      closedDate: closing ? date : null,
      outcome: closing ? prng.pick(OUTCOMES) : null,
      changedAt: instantOn(prng, date),
    };
  });
  return { history, lastDate: date };
}

function personName(prng: Prng): { first: string; full: string } {
  const first = prng.pick(demoPools.firstNames);
  return { first, full: `${first} ${prng.pick(demoPools.surnames)}` };
}

const AFFECTED_ROLES: readonly OrganisationalRole[] = ['member', 'volunteer', 'employee', 'member', 'volunteer'];
const ACCUSED_ROLES: readonly OrganisationalRole[] = ['leader', 'elected_politician', 'trust_elected', 'member', 'volunteer', 'employee'];

function demoParties(prng: Prng, createdAt: string): { parties: ExportedCase['parties']; people: DemoPeople } {
  const parties: ExportedCase['parties'] = [];
  const add = (role: PartyRole, fields: Partial<ExportedCase['parties'][number]>) => {
    const party = {
      id: parties.length + 1, role, under18: false, name: null, nickname: null, organisationalRole: null, unit: null,
      email: null, phone: null, contactPerson: null, description: null, createdAt, updatedAt: createdAt, ...fields,
    };
    parties.push(party);
    return party;
  };
  const affected = personName(prng);
  const under18 = prng.chance(0.08);
  add('affected', {
    name: affected.full,
    nickname: prng.chance(0.3) ? (demoPools.nicknamesByFirstName[affected.first] ?? null) : null,
    under18,
    organisationalRole: under18 ? 'youth_member' : prng.pick(AFFECTED_ROLES),
    unit: prng.chance(0.5) ? prng.pick(demoPools.organisationalUnits) : null,
    email: prng.chance(0.3) ? `${affected.full.replace(' ', '.').toLowerCase()}@eksempel.dk` : null,
    phone: prng.chance(0.3) ? `2${prng.int(1000000, 9999999)}` : null,
  });
  const accused = personName(prng);
  const accusedNamed = prng.chance(0.85);
  add('accused', {
    name: accusedNamed ? accused.full : null,
    nickname: prng.chance(0.2) ? prng.pick(demoPools.freeNicknames) : null,
    organisationalRole: prng.pick(ACCUSED_ROLES),
    under18: prng.chance(0.02),
    contactPerson: prng.chance(0.01) ? prng.pick(['secretariat_head', 'trusted_person'] as const) : null,
    description: accusedNamed ? null : `En person fra ${prng.pick(demoPools.organisationalUnits).toLowerCase()}.`,
  });
  const witness = personName(prng);
  if (prng.chance(0.3)) add('witness', { name: witness.full, organisationalRole: prng.pick(AFFECTED_ROLES) });
  if (prng.chance(0.2)) add('support_person', { name: personName(prng).full, organisationalRole: 'external' });
  return {
    parties,
    people: { affected: affected.first, accused: accusedNamed ? accused.first : 'den påklagede', witness: witness.first, under18 },
  };
}

export function demoCase(prng: Prng, reference: string, receivedDate: IsoDate, today: IsoDate): ExportedCase {
  const category = prng.pick(DEFAULT_CATEGORY_KEYS);
  const status = chooseStatus(prng, receivedDate, today);
  const { history, lastDate } = statusHistory(prng, status, receivedDate, today);
  const closing = history.findLast((change) => change.to === 'closed');
  const closed = status === 'closed';
  const createdAt = instantOn(prng, receivedDate);
  const { parties, people } = demoParties(prng, createdAt);
  const slots = {
    event: prng.pick(demoPools.events),
    place: prng.pick(demoPools.towns),
    unit: prng.pick(demoPools.organisationalUnits),
  };
  return {
    reference,
    receivedDate,
    channel: prng.pick(CHANNELS),
    reporterKind: prng.chance(0.8) ? 'affected' : prng.pick(REPORTER_KINDS),
    category,
    context: prng.pick(CONTEXTS),
    summary: prng.chance(0.9) ? fillTemplate(prng.pick(demoPools.caseSummaries[category]), slots) : null,
    status,
    closedDate: closed ? (closing?.closedDate ?? null) : null,
    outcome: closed ? (closing?.outcome ?? null) : null,
    createdAt,
    updatedAt: history.at(-1)?.changedAt ?? createdAt,
    statusHistory: history,
    parties,
    ...demoJournal(prng, { status, category, receivedDate, lastDate, today, people, slots, history }),
  };
}
