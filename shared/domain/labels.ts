import type { AgreementTransitionErrorCode } from './agreement-status';
import type { TransitionErrorCode } from './case-status';
import type { ConflictWarning } from './conflict-of-interest';
import type { ConsentEntryErrorCode, ConsentState } from './consents';
import { da } from './labels-da';
import { en } from './labels-en';
import type { PowerRelationWarningCode } from './power-relations';
import type { SeverityStep } from './severity';
import type {
  AgreementStatus,
  CaseContext,
  CaseStatus,
  Channel,
  ConsentAction,
  ConsentDecision,
  ConsentForm,
  ConsultationScope,
  ContactPersonRole,
  ConversationStatus,
  DefaultCategoryKey,
  Extent,
  Language,
  NoteKind,
  OrganisationalRole,
  Outcome,
  PartyRole,
  ReporterKind,
  SeverityFactor,
  SeverityLevel,
  SupportOffer,
  TakeoverRole,
} from './vocabulary';

/**
 * The words for every domain code, per language. Each group is a Record over its code
 * union, so a code without a label (or a label without a code) fails the typecheck.
 * Danish follows GLOSSARY.md; the policy's own words appear only where it is quoted.
 * Categories here are the defaults' labels; a vault's configured categories carry their own.
 */
export interface Labels {
  caseStatus: Record<CaseStatus, string>;
  /** Shown in a case's history when a closed case is opened again. */
  reopened: string;
  channel: Record<Channel, string>;
  reporterKind: Record<ReporterKind, string>;
  category: Record<DefaultCategoryKey, string>;
  context: Record<CaseContext, string>;
  outcome: Record<Outcome, string>;
  partyRole: Record<PartyRole, string>;
  organisationalRole: Record<OrganisationalRole, string>;
  contactPersonRole: Record<ContactPersonRole, string>;
  takeoverRole: Record<TakeoverRole, string>;
  noteKind: Record<NoteKind, string>;
  conversationStatus: Record<ConversationStatus, string>;
  consentAction: Record<ConsentAction, string>;
  consentDecision: Record<ConsentDecision, string>;
  consentState: Record<ConsentState, string>;
  consentForm: Record<ConsentForm, string>;
  consultationScope: Record<ConsultationScope, string>;
  extent: Record<Extent, string>;
  severityFactor: Record<SeverityFactor, string>;
  severityLevel: Record<SeverityLevel, string>;
  severityStep: Record<SeverityStep, string>;
  agreementStatus: Record<AgreementStatus, string>;
  supportOffer: Record<SupportOffer, string>;
  powerRelationWarning: Record<PowerRelationWarningCode, string>;
  conflictWarning: Record<ConflictWarning['code'], string>;
  transitionError: Record<TransitionErrorCode, string>;
  agreementTransitionError: Record<AgreementTransitionErrorCode, string>;
  consentEntryError: Record<ConsentEntryErrorCode, string>;
}

export const labels: Readonly<Record<Language, Labels>> = { da, en };
