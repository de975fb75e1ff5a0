import { addDays, formatIsoDate, type IsoDate } from '../../../shared/domain/iso-date';
import type { VaultSettings } from '../../../shared/domain/schemas/vault-settings';
import { DEFAULT_VAULT_SETTINGS } from '../../../shared/domain/schemas/vault-settings';
import { AppError } from '../../../shared/errors';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { SCRYPT_FLOOR } from '../keys/scrypt';
import { inTransaction } from '../records/case-access';
import { todayIsoDate } from '../records/clock';
import { insertLearningPoint, writeCase } from '../records/exchange/case-writer';
import { writeVaultSettings } from '../records/vault-settings';
import { createVault } from '../vault';
import { instantOn, yearOf } from './demo-dates';
import { writeDemoSignatures } from './demo-agreements';
import { demoCase } from './demo-case';
import { demoPassphrase } from './demo-passphrase';
import { demoPools } from './pools';
import { createPrng } from './prng';

/*
 * The seeded demo generator: realistic, entirely invented Danish cases for trying the
 * app, for screenshots and for measuring it. The same seed, count and "today" always
 * give the same records. Everything is written in one transaction through the same case
 * writer the import uses, so 10,000 cases take seconds, not minutes.
 */

export const DEMO_MAX_CASES = 100_000;
/** Cases are spread over this many years, the current one included. */
const DEMO_YEARS = 5;

export interface DemoOptions {
  cases: number;
  seed: number;
  /** The day the demo is made as of; defaults to today. */
  today?: IsoDate;
}

export interface DemoSummary {
  cases: number;
  notes: number;
  seed: number;
}

const DEMO_CONTACT_PERSONS = { secretariat_head: 'Birgitte Lund (demo)', trusted_person: 'Jonas Winther (demo)' };

const DEMO_SETTINGS: Partial<VaultSettings> = {
  organisationName: 'Demoforeningen',
  contactPersons: DEMO_CONTACT_PERSONS,
  vaultOwner: 'secretariat_head',
  categories: DEFAULT_VAULT_SETTINGS.categories,
  retentionYears: DEFAULT_VAULT_SETTINGS.retentionYears,
};

/** Received dates in order, spread evenly over the demo years up to today. */
function receivedDates(count: number, today: IsoDate, prng: ReturnType<typeof createPrng>): IsoDate[] {
  const first = formatIsoDate({ year: yearOf(today) - DEMO_YEARS + 1, month: 1, day: 1 });
  const span = Math.round((Date.parse(today) - Date.parse(first)) / 86_400_000);
  return Array.from({ length: count }, () => addDays(first, prng.int(0, span))).sort();
}

/** Writes `cases` demo cases, their journals and a few learning points per year into an open vault. */
export function generateDemoRecords(db: Database, options: DemoOptions): DemoSummary {
  if (!Number.isInteger(options.cases) || options.cases < 1 || options.cases > DEMO_MAX_CASES) {
    throw new AppError('INVALID_INPUT', `A demo has between 1 and ${DEMO_MAX_CASES} cases`);
  }
  const today = options.today ?? todayIsoDate();
  const prng = createPrng(options.seed);
  const sequences = new Map<number, number>();
  let notes = 0;
  db.pragma('cache_size = -262144');
  inTransaction(db, () => {
    writeVaultSettings(db, DEMO_SETTINGS);
    for (const receivedDate of receivedDates(options.cases, today, prng)) {
      const year = yearOf(receivedDate);
      const sequence = (sequences.get(year) ?? 0) + 1;
      sequences.set(year, sequence);
      const record = demoCase(prng, `${year}-${String(sequence).padStart(3, '0')}`, receivedDate, today);
      notes += record.notes.length;
      writeDemoSignatures(db, writeCase(db, record, { audit: false }), record, DEMO_CONTACT_PERSONS.secretariat_head);
    }
    for (const year of sequences.keys()) {
      for (const text of prng.sample(demoPools.learningPoints, 2)) {
        const at = instantOn(prng, `${year}-12-01`);
        insertLearningPoint(db, null, { reportYear: year, text, createdAt: at, updatedAt: at });
      }
    }
    appendAudit(db, { action: 'demo.generate', subject: `cases=${options.cases}` });
  });
  return { cases: options.cases, notes, seed: options.seed };
}

/**
 * A new demo vault in `dir` with a fresh passphrase, returned once for the person to use.
 * Its passphrase slot uses the engine's scrypt floor (the `kdf` option every caller may
 * use, never below the floor) so making a demo is quick; the data is synthetic, and a
 * passphrase change in the app re-derives at the calibrated cost.
 */
export async function createDemoVault(
  input: { dir: string } & DemoOptions,
): Promise<{ dir: string; passphrase: string; recoveryKey: string; summary: DemoSummary }> {
  const passphrase = demoPassphrase();
  const { vault, recoveryKey } = await createVault({ dir: input.dir, passphrase, kdf: SCRYPT_FLOOR });
  try {
    const summary = generateDemoRecords(vault.db, input);
    return { dir: vault.dir, passphrase, recoveryKey, summary };
  } finally {
    vault.close();
  }
}
