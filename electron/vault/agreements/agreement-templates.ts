import {
  agreementTemplatesSchema,
  type AgreementTemplateSettings,
  type AgreementTemplates,
  type AgreementTemplatesUpdate,
} from '../../../shared/contract/agreements';
import type { Language } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { AGREEMENT_TEMPLATES } from '../documents/agreement/templates';
import { inTransaction } from '../records/case-access';
import { nowInstant } from '../records/clock';
import { execute, queryOne } from '../db/sql';

/*
 * The organisation's own wording of the agreement's standard texts (rights,
 * confidentiality, what each kind of support means), one setting per language in the
 * `settings` table of migration 0001. A language without its own wording uses the app's
 * defaults, so a changed default reaches every vault that never customised it.
 */

const storageKey = (language: Language) => `agreements.templates.${language}`;

function storedTemplates(db: Database, language: Language): AgreementTemplates | null {
  const row = queryOne<{ value: string }>(db, 'SELECT value FROM settings WHERE key = ?', storageKey(language));
  if (row === undefined) return null;
  const parsed = agreementTemplatesSchema.safeParse(JSON.parse(row.value));
  if (!parsed.success) throw new AppError('VAULT_CORRUPT', 'A stored agreement template is not valid.', { language });
  return parsed.data;
}

function defaults(language: Language): AgreementTemplates {
  const { rights, confidentiality, supportOffers } = AGREEMENT_TEMPLATES[language];
  return { rights, confidentiality, supportOffers: { ...supportOffers } };
}

/** The wording a new agreement in `language` uses. */
export function agreementTemplatesFor(db: Database, language: Language): AgreementTemplates {
  return storedTemplates(db, language) ?? defaults(language);
}

/** One value per language; a new language fails the typecheck here until it is given one. */
function byLanguage<T>(make: (language: Language) => T): Record<Language, T> {
  return { da: make('da'), en: make('en') };
}

export function getAgreementTemplateSettings(db: Database): AgreementTemplateSettings {
  const stored = byLanguage((language) => storedTemplates(db, language));
  return {
    texts: byLanguage((language) => stored[language] ?? defaults(language)),
    customised: byLanguage((language) => stored[language] !== null),
  };
}

/** Stores the organisation's wording for one language, or (texts null) returns to the defaults. */
export function updateAgreementTemplates(db: Database, update: AgreementTemplatesUpdate): AgreementTemplateSettings {
  return inTransaction(db, () => {
    if (update.texts === null) {
      execute(db, 'DELETE FROM settings WHERE key = ?', storageKey(update.language));
    } else {
      execute(
        db,
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        storageKey(update.language),
        JSON.stringify(update.texts),
        nowInstant(),
      );
    }
    appendAudit(db, { action: 'agreement_templates.update', subject: update.language });
    return getAgreementTemplateSettings(db);
  });
}
