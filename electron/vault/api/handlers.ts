import { agreementHandlers } from './agreement-handlers';
import { appHandlers } from './app-handlers';
import { attachmentHandlers } from './attachment-handlers';
import { auditHandlers } from './audit-handlers';
import { caseHandlers } from './case-handlers';
import { caseSectionHandlers } from './case-section-handlers';
import { colleagueHandlers } from './colleague-handlers';
import { consentHandlers } from './consent-handlers';
import { draftHandlers } from './draft-handlers';
import { combineHandlers } from './handler-registry';
import { jointReportHandlers } from './joint-report-handlers';
import { keyHandlers } from './key-handlers';
import { recordHandlers } from './record-handlers';
import { reportHandlers } from './report-handlers';
import { settingsHandlers } from './settings-handlers';
import { vaultHandlers } from './vault-handlers';

/** Every module's handlers, combined once. Add a module here when adding its contract. */
export const handlers = combineHandlers(
  appHandlers,
  settingsHandlers,
  vaultHandlers,
  keyHandlers,
  caseHandlers,
  caseSectionHandlers,
  consentHandlers,
  attachmentHandlers,
  recordHandlers,
  agreementHandlers,
  auditHandlers,
  draftHandlers,
  reportHandlers,
  colleagueHandlers,
  jointReportHandlers,
);
