import { recordAction, recordConsent } from '../records/consents';
import { assessSeverity } from '../records/severity-assessments';
import type { HandlerModule } from './handler-types';

export const consentHandlers: HandlerModule<'consents.record' | 'consents.recordAction' | 'severity.assess'> = {
  'consents.record': (input, { vault }) => recordConsent(vault.require().db, input),
  'consents.recordAction': (input, { vault }) => recordAction(vault.require().db, input),
  'severity.assess': (input, { vault }) => assessSeverity(vault.require().db, input),
};
