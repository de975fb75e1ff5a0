import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { validateAgreementForExport, type AgreementDocumentInput } from './agreement-input';
import { buildAgreementDocx } from './build-agreement-docx';
import { danishAgreement, signedAgreement } from './test-agreements';

async function buildError(input: AgreementDocumentInput): Promise<AppError> {
  const error: unknown = await buildAgreementDocx(input).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error('expected buildAgreementDocx to throw an AppError');
  return error;
}

describe('validateAgreementForExport', () => {
  it('finds nothing missing in a complete agreement, signed or not', () => {
    expect(validateAgreementForExport(danishAgreement())).toEqual([]);
    expect(validateAgreementForExport(signedAgreement())).toEqual([]);
  });

  it('names every empty required part, in document order; whitespace counts as empty', () => {
    const input: AgreementDocumentInput = {
      ...danishAgreement(),
      affectedPersonName: '  ',
      contactPersonNames: [' '],
      wishes: '\n\n',
      disclosure: null,
      supportOffered: [],
      nextSteps: [{ description: ' ', dueDate: '2026-12-01' }],
    };
    expect(validateAgreementForExport(input)).toEqual([
      'affectedPersonName',
      'contactPersonNames',
      'wishes',
      'disclosure',
      'supportOffered',
      'nextSteps',
    ]);
  });

  it('asks for the signature record of a signed agreement that has none', () => {
    expect(validateAgreementForExport({ ...danishAgreement(), status: 'signed' })).toEqual(['signatureRecord']);
  });

  it('does not require consents: the person may have consented to nothing yet', () => {
    expect(validateAgreementForExport({ ...danishAgreement(), consents: [] })).toEqual([]);
  });
});

describe('buildAgreementDocx refuses what it cannot print', () => {
  it('refuses an agreement with empty required parts and names them, but no content', async () => {
    const error = await buildError({ ...danishAgreement(), otherPartyInvolvement: null, nextSteps: [] });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toEqual({ missing: ['otherPartyInvolvement', 'nextSteps'] });
    expect(error.message).not.toMatch(/Søren|Æbelø|Alternativet/);
  });

  it('refuses an impossible date, naming the field but not its value', async () => {
    const error = await buildError({ ...danishAgreement(), versionDate: '2026-02-30' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toEqual({ issues: [{ path: 'versionDate', code: 'custom' }] });
    expect(JSON.stringify(error.toData())).not.toContain('2026-02-30');
  });

  it('refuses a malformed scanned-copy hash', async () => {
    const input = signedAgreement();
    if (input.signed === undefined) throw new Error('fixture must be signed');
    input.signed.record.scannedCopySha256 = 'not-a-hash';
    const error = await buildError(input);
    expect(error.details).toEqual({ issues: [{ path: 'signed.record.scannedCopySha256', code: 'invalid_format' }] });
  });

  it('refuses a signature record on an agreement that is not signed', async () => {
    const error = await buildError({ ...signedAgreement(), status: 'ready_to_sign' });
    expect(error.code).toBe('INVALID_INPUT');
  });
});
