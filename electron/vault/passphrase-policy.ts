import { AppError } from '../../shared/errors';

/**
 * The engine's own check, so a weak passphrase is refused whatever the UI did: on create,
 * change and reset. It calls the same shared assessment as the UI's strength meter, with
 * the same inputs, so the two never disagree. The score travels in the details; the
 * passphrase never does. The dictionaries load on first use (~0.2 s), so unlocking and
 * the CLI's other commands do not pay for them.
 */
export async function assertStrongPassphrase(passphrase: string): Promise<void> {
  const { assessPassphrase } = await import('../../shared/passphrase-strength');
  const assessment = assessPassphrase(passphrase);
  if (!assessment.acceptable) {
    throw new AppError('WEAK_PASSPHRASE', 'The passphrase is too easy to guess.', { score: assessment.score });
  }
}
