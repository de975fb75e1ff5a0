import {
  actionTakenInputSchema,
  consentEntryInputSchema,
  type ActionTakenResult,
  type ConsentEntryRecord,
} from '../domain/schemas/consent';
import {
  severityAssessmentInputSchema,
  type SeverityAssessmentRecord,
} from '../domain/schemas/severity-assessment';
import { method } from './define';

/** What the affected person allows, what was done, and how serious it is. */
export const consentMethods = {
  /** Appends to the consent ledger; entries are never edited. */
  'consents.record': method(consentEntryInputSchema).returns<ConsentEntryRecord>(),
  /** CONSENT_REQUIRED unless the person's consent stands or a real override reason is given. */
  'consents.recordAction': method(actionTakenInputSchema).returns<ActionTakenResult>(),
  /** Stored with the suggested level and the policy's steps for the factors. */
  'severity.assess': method(severityAssessmentInputSchema).returns<SeverityAssessmentRecord>(),
};
