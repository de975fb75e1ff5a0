import {
  assertSignedAgreement,
  attachSignedCopy,
  signAgreement,
} from '../agreements/agreement-signing';
import {
  auditAgreementPrint,
  buildAgreementFile,
  getAgreementPrintDocument,
  pdfFileName,
  writeAgreementExport,
} from '../agreements/agreement-files';
import { getAgreementTemplateSettings, updateAgreementTemplates } from '../agreements/agreement-templates';
import { getAgreementCaseContext, getAgreementDetail, listAgreementItems } from '../agreements/agreement-views';
import {
  createAgreement,
  reviseAgreement,
  transitionAgreement,
  updateAgreement,
} from '../agreements/agreement-versions';
import { readChosenFile } from '../records/attachments/attachments';
import type { HandlerModule } from './handler-types';

type AgreementMethod =
  | 'agreements.list'
  | 'agreements.get'
  | 'agreements.caseContext'
  | 'agreements.create'
  | 'agreements.update'
  | 'agreements.revise'
  | 'agreements.transition'
  | 'agreements.sign'
  | 'agreements.attachSignedCopy'
  | 'agreements.exportDocx'
  | 'agreements.printDocument'
  | 'agreements.print'
  | 'agreements.savePdf'
  | 'agreementTemplates.get'
  | 'agreementTemplates.update';

const SCAN_FILTERS = [{ name: 'PDF, JPEG, PNG', extensions: ['pdf', 'jpg', 'jpeg', 'png'] }];

// After every dialog the vault is asked for again: it may have locked itself while the
// dialog was open, and then nothing is written.
export const agreementHandlers: HandlerModule<AgreementMethod> = {
  'agreements.list': ({ caseId }, { vault }) => listAgreementItems(vault.require().db, caseId),
  'agreements.get': ({ id }, { vault }) => getAgreementDetail(vault.require().db, id),
  'agreements.caseContext': ({ caseId }, { vault }) => getAgreementCaseContext(vault.require().db, caseId),
  'agreements.create': (input, { vault }) => createAgreement(vault.require().db, input),
  'agreements.update': (input, { vault }) => updateAgreement(vault.require().db, input),
  'agreements.revise': ({ id }, { vault }) => reviseAgreement(vault.require().db, id),
  'agreements.transition': (input, { vault }) => transitionAgreement(vault.require().db, input),
  'agreements.sign': (input, { vault }) => signAgreement(vault.require().db, input),
  'agreements.attachSignedCopy': async ({ id, description }, { vault, dialogs }) => {
    assertSignedAgreement(vault.require().db, id);
    const file = await dialogs.chooseOpenFile({ filters: SCAN_FILTERS });
    if (file === null) return null;
    const { fileName, content } = readChosenFile(file);
    return attachSignedCopy(vault.require().db, { id, fileName, content, description });
  },
  'agreements.exportDocx': async ({ id, language }, { vault, dialogs }) => {
    const docx = await buildAgreementFile(vault.require().db, id, language);
    const file = await dialogs.chooseSaveFile({ defaultName: docx.defaultName, filters: [{ name: 'Word', extensions: ['docx'] }] });
    if (file === null) return null;
    writeAgreementExport(vault.require().db, id, file, docx.content, 'agreement.export');
    return { file };
  },
  'agreements.printDocument': ({ id, language }, { vault }) => getAgreementPrintDocument(vault.require().db, id, language),
  'agreements.print': async ({ id }, { vault, printing }) => {
    vault.require();
    const printed = await printing.print();
    if (printed) auditAgreementPrint(vault.require().db, id);
    return { printed };
  },
  'agreements.savePdf': async ({ id, language }, { vault, dialogs, printing }) => {
    const defaultName = pdfFileName(vault.require().db, id, language);
    const file = await dialogs.chooseSaveFile({ defaultName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (file === null) return null;
    const pdf = await printing.toPdf();
    writeAgreementExport(vault.require().db, id, file, pdf, 'agreement.export_pdf');
    return { file };
  },
  'agreementTemplates.get': (_input, { vault }) => getAgreementTemplateSettings(vault.require().db),
  'agreementTemplates.update': (input, { vault }) => updateAgreementTemplates(vault.require().db, input),
};
