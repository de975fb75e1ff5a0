import { todayIsoDate } from '../records/clock';
import { requireConfirmedContact } from '../colleagues/contacts';
import {
  loadApproval,
  loadContribution,
  prepareJointExport,
  previewJoint,
  prepareApprovalAnswer,
  prepareApprovalRequest,
  writeContribution,
} from '../colleagues/joint-report/joint-report-service';
import { PACKAGE_FILTERS, readPackageFile, writePackageFile } from '../colleagues/package-files';
import { draftPeriod } from '../report/draft/report-draft';
import type { HandlerModule } from './handler-types';

type JointReportMethod =
  | 'jointReport.contribution.write'
  | 'jointReport.contribution.load'
  | 'jointReport.preview'
  | 'jointReport.approvalRequest.write'
  | 'jointReport.approval.answer'
  | 'jointReport.approval.load'
  | 'jointReport.export';

const DOCX_FILTERS = [{ name: 'Word (DOCX)', extensions: ['docx'] }];

/*
 * The joint report works on the report draft's period, like the single-vault report.
 * Every refusal that can be known before a dialog is raised before it, so nobody is asked
 * where to save something that will not be written. Packages are sealed only after the
 * person chose where, so a cancelled dialog leaves no "sent" record behind.
 */
export const jointReportHandlers: HandlerModule<JointReportMethod> = {
  'jointReport.contribution.write': async (input, { vault, dialogs }) => {
    requireConfirmedContact(vault.require().db, input.contactId);
    const file = await dialogs.chooseSaveFile({
      defaultName: `fortrolig-bidrag-${input.period.from}-${input.period.to}.age`,
      filters: PACKAGE_FILTERS,
    });
    if (file === null) return null;
    const sealed = await writeContribution(vault.require().db, input);
    writePackageFile(file, sealed.bytes);
    return { file, packageId: sealed.packageId };
  },
  'jointReport.contribution.load': async (_input, { vault, dialogs }) => {
    vault.require();
    const file = await dialogs.chooseOpenFile({ filters: PACKAGE_FILTERS });
    if (file === null) return null;
    const { db } = vault.require();
    return loadContribution(db, readPackageFile(file), draftPeriod(db, todayIsoDate()).period);
  },
  'jointReport.preview': (_input, { vault }) => {
    const { db } = vault.require();
    return previewJoint(db, draftPeriod(db, todayIsoDate()).period);
  },
  'jointReport.approvalRequest.write': async ({ contactId }, { vault, dialogs }) => {
    const { db } = vault.require();
    const period = draftPeriod(db, todayIsoDate()).period;
    const request = prepareApprovalRequest(db, period, contactId);
    const file = await dialogs.chooseSaveFile({
      defaultName: `fortrolig-faelles-udkast-${period.from}-${period.to}.age`,
      filters: PACKAGE_FILTERS,
    });
    if (file === null) return null;
    const sealed = await request.seal(vault.require().db);
    writePackageFile(file, sealed.bytes);
    return { file, draftHash: sealed.draftHash };
  },
  'jointReport.approval.answer': async (_input, { vault, dialogs }) => {
    vault.require();
    const requestFile = await dialogs.chooseOpenFile({ filters: PACKAGE_FILTERS });
    if (requestFile === null) return null;
    const answer = await prepareApprovalAnswer(vault.require().db, readPackageFile(requestFile));
    if (answer.outcome === 'findings') return answer;
    const file = await dialogs.chooseSaveFile({ defaultName: 'fortrolig-godkendelse.age', filters: PACKAGE_FILTERS });
    if (file === null) return null;
    const sealed = await answer.seal(vault.require().db);
    writePackageFile(file, sealed.bytes);
    return { outcome: 'approved', file, draftHash: answer.draftHash };
  },
  'jointReport.approval.load': async (_input, { vault, dialogs }) => {
    vault.require();
    const file = await dialogs.chooseOpenFile({ filters: PACKAGE_FILTERS });
    if (file === null) return null;
    const { db } = vault.require();
    return loadApproval(db, readPackageFile(file), draftPeriod(db, todayIsoDate()).period);
  },
  'jointReport.export': async (_input, { vault, dialogs }) => {
    const { db } = vault.require();
    const report = prepareJointExport(db, draftPeriod(db, todayIsoDate()).period);
    const file = await dialogs.chooseSaveFile({
      defaultName: `faelles-laeringsdokument-${report.period.from}-${report.period.to}.docx`,
      filters: DOCX_FILTERS,
    });
    if (file === null) return null;
    // Asked again after the dialog: the vault may have locked itself while it was open.
    await report.write(vault.require().db, file);
    return { file };
  },
};
