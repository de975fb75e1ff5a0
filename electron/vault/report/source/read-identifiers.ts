import { labels } from '../../../../shared/domain/labels';
import type { VaultSettings } from '../../../../shared/domain/schemas/vault-settings';
import type { Database } from '../../db/database';
import { queryAll } from '../../db/sql';
import type { IdentifierKind, VaultIdentifier } from '../guard/guard-types';
import { foldWord } from '../guard/normalise';
import { commonWordTest } from '../guard/stop-words-da';
import type { ReportPeriod } from '../report-types';
import { caseTextsSql, PERIOD_CASES } from './case-texts';
import { storedCaseWords } from './case-words';
import { isInitials, properNouns } from './proper-nouns';

/** A word harvested from case texts: initials the contact person wrote, or a proper noun (a place, event or person). */
function harvestedIdentifier(value: string): VaultIdentifier {
  return { kind: isInitials(value) ? 'initials' : 'place', value };
}

/**
 * Roles only one person (or a handful) holds, in any organisation the app serves: saying
 * "sekretariatschefen" names a person as surely as a name does. The contact persons'
 * roles and those who take over in a conflict of interest come from the labels.
 */
const UNIQUE_ROLES = [
  'sekretariatschef',
  'tillidsperson',
  'forperson',
  'formand',
  'næstformand',
  'næstforperson',
  'landsformand',
  'kasserer',
  'partisekretær',
  'politisk leder',
  'politisk ordfører',
  'spidskandidat',
  'direktør',
  'secretariat head',
  'head of the secretariat',
  'trusted person',
  'chairperson',
  'vice chair',
  'treasurer',
  'political leader',
  'party leader',
  'party secretary',
];

function roleLabels(): string[] {
  return [labels.da, labels.en].flatMap((words) => [
    ...Object.values(words.contactPersonRole),
    ...Object.values(words.takeoverRole),
  ]).map((label) => label.replace(/\s*\(.*\)$/u, ''));
}

/**
 * Names that identify no one however often a learning point uses them: the policy's own
 * bodies and common messaging services. They count as ordinary words, so neither the
 * proper-noun harvest nor a unit name makes them a finding.
 */
const WORDS_THAT_NAME_NO_ONE = [
  'Dialogrådet',
  'Voldtægtsofre',
  'Hovedbestyrelsen',
  'Landsmødet',
  'Folketinget',
  'Facebook',
  'Messenger',
  'Instagram',
  'Snapchat',
  'TikTok',
  'Signal',
  'Teams',
  'Zoom',
];

/** The words the guard treats as common: the organisation's name and the words above. */
export function commonWordsFor(settings: Pick<VaultSettings, 'organisationName'>): string[] {
  return [...(settings.organisationName === null ? [] : [settings.organisationName]), ...WORDS_THAT_NAME_NO_ONE];
}

const PARTY_COLUMNS: ReadonlyArray<readonly [column: string, kind: IdentifierKind]> = [
  ['name', 'name'],
  ['nickname', 'nickname'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['unit', 'unit'],
];

/** Every party of every case, whatever its year: a name from an old case identifies as well as a new one. */
function partyIdentifiers(db: Database): VaultIdentifier[] {
  return PARTY_COLUMNS.flatMap(([column, kind]) =>
    queryAll<{ value: string }>(db, `SELECT DISTINCT ${column} AS value FROM parties WHERE ${column} IS NOT NULL`).map(
      ({ value }) => ({ kind, value }),
    ),
  );
}

/** Places, events and people the period's case texts name without a field of their own. */
function caseTextIdentifiers(db: Database, period: ReportPeriod, commonWords: readonly string[]): VaultIdentifier[] {
  const texts = queryAll<{ text: string }>(db, caseTextsSql(PERIOD_CASES), period).map((row) => row.text);
  return [...properNouns(texts, commonWordTest(commonWords))].map(harvestedIdentifier);
}

function receivedDates(db: Database, period: ReportPeriod): VaultIdentifier[] {
  return queryAll<{ value: string }>(
    db,
    'SELECT DISTINCT received_date AS value FROM cases WHERE received_date BETWEEN @from AND @to',
    period,
  ).map(({ value }) => ({ kind: 'date', value }));
}

function contactPersons(settings: Pick<VaultSettings, 'contactPersons'>): VaultIdentifier[] {
  return Object.values(settings.contactPersons)
    .filter((name): name is string => name !== null)
    .map((value) => ({ kind: 'name', value }));
}

export interface ReadIdentifiersOptions {
  /**
   * Where the proper nouns of the case texts come from: `fresh` reads every text of the
   * period now (the export: nothing kept decides what it may contain); `stored` uses the
   * per-case harvest kept in the vault, after harvesting the cases changed since
   * (case-words.ts; the preview, a fraction of the time at thousands of cases).
   */
  caseWords?: 'fresh' | 'stored';
}

/**
 * The re-identification guard's dictionary (DESIGN.md §6, rule 6): every party's name,
 * nickname, e-mail, phone and unit, the contact persons' names, the organisation's
 * unique roles, the period's received dates and the proper nouns of its case texts.
 * Initials and e-mail local parts are derived by the guard. Each value appears once.
 */
export function readVaultIdentifiers(
  db: Database,
  period: ReportPeriod,
  settings: Pick<VaultSettings, 'organisationName' | 'contactPersons'>,
  options: ReadIdentifiersOptions = {},
): VaultIdentifier[] {
  const commonWords = commonWordsFor(settings);
  const caseWords =
    options.caseWords === 'stored'
      ? storedCaseWords(db, period, commonWords).map(harvestedIdentifier)
      : caseTextIdentifiers(db, period, commonWords);
  const all: VaultIdentifier[] = [
    ...partyIdentifiers(db),
    ...contactPersons(settings),
    ...[...UNIQUE_ROLES, ...roleLabels()].map((value): VaultIdentifier => ({ kind: 'role', value })),
    ...receivedDates(db, period),
    ...caseWords,
  ];
  const namesNoOne = new Set(commonWordsFor(settings).map(foldWord));
  const seen = new Set<string>();
  return all.filter((identifier) => {
    // A unit called "Hovedbestyrelsen" or after the organisation itself says no more than its name does.
    if (identifier.kind === 'unit' && namesNoOne.has(foldWord(identifier.value.trim()))) return false;
    const key = `${identifier.kind}\u0000${identifier.value.trim().toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
