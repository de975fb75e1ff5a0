import fs from 'node:fs';
import { z } from 'zod';
import { recipientSchema } from '../../../shared/contract/colleagues';
import { requiredText, TEXT_LIMITS } from '../../../shared/domain/schemas/common';
import { AppError } from '../../../shared/errors';
import { fingerprintOf, sameFingerprint } from './fingerprint';

/*
 * The identity card a contact person gives a colleague (USB stick, e-mail): a small JSON
 * file with a name, the vault's age recipient and its fingerprint. It holds no secret.
 * The fingerprint on it is only a convenience: the receiving app computes its own from
 * the recipient, and that is what the two people compare.
 */

export const IDENTITY_CARD_FORMAT = 'fortrolig-identity-card';
const CARD_MAX_BYTES = 64 * 1024;

const cardSchema = z.strictObject({
  format: z.literal(IDENTITY_CARD_FORMAT),
  version: z.literal(1),
  name: requiredText(TEXT_LIMITS.short),
  recipient: recipientSchema,
  fingerprint: z.string(),
});

export interface IdentityCard {
  name: string;
  recipient: string;
}

export function identityCardText(card: IdentityCard): string {
  return `${JSON.stringify({ format: IDENTITY_CARD_FORMAT, version: 1, name: card.name, recipient: card.recipient, fingerprint: fingerprintOf(card.recipient) }, null, 2)}\n`;
}

export function parseIdentityCard(text: string): IdentityCard {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('INVALID_INPUT', 'The identity card is not readable.', { issues: [{ path: '(file)', code: 'invalid_json' }] });
  }
  const parsed = cardSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', 'The file is not a Fortrolig identity card.', {
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(file)', code: issue.code })),
    });
  }
  if (!sameFingerprint(parsed.data.fingerprint, fingerprintOf(parsed.data.recipient))) {
    throw new AppError('INVALID_INPUT', 'The fingerprint on the card does not belong to its key.', { issues: [{ path: 'fingerprint', code: 'fingerprint_mismatch' }] });
  }
  return { name: parsed.data.name, recipient: parsed.data.recipient };
}

export function readIdentityCard(file: string): IdentityCard {
  let text: string;
  try {
    if (fs.statSync(file).size > CARD_MAX_BYTES) throw new AppError('FILE_TOO_LARGE', 'An identity card is a small file.');
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IO_ERROR', 'The chosen file could not be read.');
  }
  return parseIdentityCard(text);
}
