/**
 * The closed word lists of a case. Codes are English and stable (they are stored in the
 * vault and cross the IPC bridge); the words users see live in `labels.ts`.
 */

export const CASE_STATUSES = ['received', 'in_dialogue', 'agreement_made', 'follow_up', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CHANNELS = ['in_person', 'phone', 'email', 'letter', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Who came forward: the policy lets both the affected person and a witness make an inquiry. */
export const REPORTER_KINDS = ['affected', 'witness', 'other'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

/**
 * The policy's categories. They are only the defaults: the categories a vault uses are a
 * setting (see `categories.ts`), so stored cases hold a category key, not this union.
 */
export const DEFAULT_CATEGORY_KEYS = ['sexism', 'harassment', 'assault', 'other'] as const;
export type DefaultCategoryKey = (typeof DEFAULT_CATEGORY_KEYS)[number];

export const CONTEXTS = ['event', 'meeting', 'online', 'workplace', 'campaign', 'other'] as const;
export type CaseContext = (typeof CONTEXTS)[number];

export const OUTCOMES = ['reprimand', 'exclusion', 'mediation', 'no_action_by_wish', 'referred', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const PARTY_ROLES = ['affected', 'accused', 'witness', 'support_person'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const ORGANISATIONAL_ROLES = [
  'leader',
  'employee',
  'elected_politician',
  'trust_elected',
  'member',
  'volunteer',
  'youth_member',
  'external',
] as const;
export type OrganisationalRole = (typeof ORGANISATIONAL_ROLES)[number];

/** The two people who make up the independent contact instance. */
export const CONTACT_PERSON_ROLES = ['secretariat_head', 'trusted_person'] as const;
export type ContactPersonRole = (typeof CONTACT_PERSON_ROLES)[number];

/** Who is brought in when a contact person is a party (conflict of interest). */
export const TAKEOVER_ROLES = ['board_chair', 'political_leader'] as const;
export type TakeoverRole = (typeof TAKEOVER_ROLES)[number];

export const NOTE_KINDS = ['conversation', 'phone', 'email', 'observation', 'decision'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const CONVERSATION_STATUSES = ['offered', 'planned', 'held', 'declined'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const CONSENT_ACTIONS = [
  'tell_other_contact_person',
  'involve_accused',
  'dialogue_council_mediation',
  'police_report',
  'rape_victims_centre',
  'external_psychologist',
  'inform_employer_side',
  /** Handing the case over to a successor or the other contact person (issue 11). */
  'hand_over_case',
  'other',
] as const;
export type ConsentAction = (typeof CONSENT_ACTIONS)[number];

/**
 * What the other contact person may see when consulted (`tell_other_contact_person`),
 * chosen by the person at consent time: the whole case, only the summary and the severity
 * assessment, or the whole case with every name and contact detail taken out.
 */
export const CONSULTATION_SCOPES = ['everything', 'summary_and_assessment', 'without_names'] as const;
export type ConsultationScope = (typeof CONSULTATION_SCOPES)[number];

export const CONSENT_DECISIONS = ['granted', 'declined', 'withdrawn'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];

export const CONSENT_FORMS = ['oral', 'written'] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];

export const EXTENTS = ['single', 'repeated', 'systematic'] as const;
export type Extent = (typeof EXTENTS)[number];

export const SEVERITY_FACTORS = [
  'physical_contact',
  'coercion_or_threat',
  'abuse_of_power',
  'minor_involved',
  'non_physical_assault',
  'repetition',
  'impact',
] as const;
export type SeverityFactor = (typeof SEVERITY_FACTORS)[number];

export const SEVERITY_LEVELS = [1, 2, 3, 4] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

export const AGREEMENT_STATUSES = ['draft', 'ready_to_sign', 'signed', 'superseded', 'withdrawn'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Support a written agreement can record as offered ("Rammen om en henvendelse"). */
export const SUPPORT_OFFERS = [
  'conversation_series',
  'external_psychologist',
  'rape_victims_centre',
  'police_report_guidance',
  'support_person',
] as const;
export type SupportOffer = (typeof SUPPORT_OFFERS)[number];

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A case category as configured in the vault's settings. `sensitive` marks categories
 * (by default sexual coercion and assault) that get the stricter disclosure threshold in
 * the learning document.
 */
export interface CategoryDefinition {
  key: string;
  labelDa: string;
  labelEn: string;
  sensitive: boolean;
}
