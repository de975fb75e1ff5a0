import { AppError } from '../../../../shared/errors';
import { packDocument } from '../common/document-shell';
import { parseDocumentInput } from '../common/input-schema';
import { agreementBody } from './agreement-body';
import {
  agreementDocumentInputSchema,
  validateAgreementForExport,
  type AgreementDocumentInput,
} from './agreement-input';
import { signatureLines, signatureRecord } from './agreement-signatures';
import { AGREEMENT_TEXTS } from './agreement-texts';

/**
 * The written agreement with the affected person as a DOCX. Refuses an agreement with
 * empty required parts (details.missing names them) so an incomplete agreement is never
 * printed for signature; callers ask validateAgreementForExport first to tell the user.
 */
export async function buildAgreementDocx(input: AgreementDocumentInput): Promise<Buffer> {
  const agreement = parseDocumentInput(agreementDocumentInputSchema, input, 'Agreement document');
  const missing = validateAgreementForExport(agreement);
  if (missing.length > 0) {
    throw new AppError('INVALID_INPUT', 'Agreement has empty required parts', { missing });
  }
  if (agreement.signed !== undefined && (agreement.status === 'draft' || agreement.status === 'ready_to_sign')) {
    throw new AppError('INVALID_INPUT', 'Agreement has a signature record but is not signed');
  }
  return packDocument({
    language: agreement.language,
    kindTitle: AGREEMENT_TEXTS[agreement.language].kindTitle,
    children: [...agreementBody(agreement), ...signatureLines(agreement), ...signatureRecord(agreement)],
  });
}
