import type { ReportFinding } from '../../../shared/contract/reports';
import type { IsoDate } from '../../../shared/domain/iso-date';
import type { Database } from '../db/database';
import { queryOne } from '../db/sql';
import { getVaultSettings } from '../records/vault-settings';
import { draftPeriod } from './draft/report-draft';
import { createGuard, type Guard } from './guard/guard-texts';
import type { ReportPeriod } from './report-types';
import { commonWordsFor, readVaultIdentifiers } from './source/read-identifiers';

/** The id the findings of a text being written carry; it has no learning point yet. */
export const LEARNING_POINT_CHECK_TEXT_ID = 'learning-point:editing';

/**
 * The period whose identifiers a learning point must avoid: the report it is being
 * written for (the draft's period) and the whole year it is filed under, whichever
 * reaches further, so a point is checked against every case it could end up beside.
 */
function periodFor(db: Database, reportYear: number, today: IsoDate): ReportPeriod {
  const draft = draftPeriod(db, today).period;
  const yearFrom = `${reportYear}-01-01`;
  const yearTo = `${reportYear}-12-31`;
  return { from: draft.from < yearFrom ? draft.from : yearFrom, to: draft.to > yearTo ? draft.to : yearTo };
}

/*
 * The editor checks again a moment after every pause in typing, and building the guard's
 * dictionary reads the period's case texts. Typing changes nothing in the vault, so the
 * guard is kept while the newest audit seq (every change appends a row), the period and
 * the settings it reads stay the same — the report preview keeps its guard the same way.
 */
const kept = new WeakMap<Database, { key: string; guard: Guard }>();

function guardFor(db: Database, period: ReportPeriod): Guard {
  const settings = getVaultSettings(db);
  const newestAudit = queryOne<{ seq: number }>(db, 'SELECT max(seq) AS seq FROM audit_log')?.seq ?? 0;
  const key = JSON.stringify([newestAudit, period, settings.organisationName, settings.contactPersons]);
  const current = kept.get(db);
  if (current?.key === key) return current.guard;
  // The kept harvest, as the preview uses: the export still reads every text afresh.
  const guard = createGuard(readVaultIdentifiers(db, period, settings, { caseWords: 'stored' }), { commonWords: commonWordsFor(settings) });
  kept.set(db, { key, guard });
  return guard;
}

/**
 * The re-identification guard (DESIGN.md §6, rule 6) on one learning point as it is
 * being written, with the same dictionary and rules as the export, so the person can
 * rewrite while the case is fresh rather than at report time. Nothing is stored or
 * audited: the text is the person's unsaved words.
 */
export function checkLearningPointText(db: Database, text: string, reportYear: number, today: IsoDate): ReportFinding[] {
  if (text.trim() === '') return [];
  const guard = guardFor(db, periodFor(db, reportYear, today));
  return guard.texts([{ id: LEARNING_POINT_CHECK_TEXT_ID, label: 'learning point', text }]).map((finding) => ({
    textId: finding.textId,
    start: finding.start,
    end: finding.end,
    kind: finding.kind,
    text: text.slice(finding.start, finding.end),
  }));
}
