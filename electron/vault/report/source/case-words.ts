import type { Database } from '../../db/database';
import { queryAll } from '../../db/sql';
import { foldWord } from '../guard/normalise';
import { commonWordTest } from '../guard/stop-words-da';
import type { ReportPeriod } from '../report-types';
import { caseTextsSql } from './case-texts';
import { capitalisedInsideSentences } from './proper-nouns';

/*
 * The harvest of case texts for the guard, kept in the vault (migration 8) so that a
 * report does not read ten years of notes: `report_case_words` holds each case's
 * candidate proper nouns, and triggers put a case in `report_words_dirty` whenever one of
 * its texts changes, in the same transaction. Before the words are used the dirty cases
 * are harvested again, so what is read is never older than the texts.
 */

const DIRTY_CASES = 'SELECT case_id FROM report_words_dirty';

/** Harvests the cases whose texts changed; returns how many. Cheap when nothing changed. */
export function refreshCaseWords(db: Database): number {
  if (db.prepare('SELECT 1 FROM report_words_dirty LIMIT 1').get() === undefined) return 0;
  return db
    .transaction(() => {
      const dirty = db.prepare(DIRTY_CASES).pluck().all() as number[];
      const words = new Map<number, Set<string>>(dirty.map((caseId) => [caseId, new Set<string>()]));
      for (const row of db.prepare(caseTextsSql(DIRTY_CASES)).iterate() as IterableIterator<{ case_id: number; text: string }>) {
        capitalisedInsideSentences([row.text], words.get(row.case_id));
      }
      const exists = db.prepare('SELECT 1 FROM cases WHERE id = ?').pluck();
      const upsert = db.prepare(
        'INSERT INTO report_case_words (case_id, words) VALUES (?, ?) ON CONFLICT (case_id) DO UPDATE SET words = excluded.words',
      );
      const forget = db.prepare('DELETE FROM report_case_words WHERE case_id = ?');
      for (const [caseId, found] of words) {
        if (exists.get(caseId) === undefined) forget.run(caseId);
        else upsert.run(caseId, JSON.stringify([...found].sort()));
      }
      // Inside one synchronous transaction nothing else can have marked a case meanwhile.
      db.prepare('DELETE FROM report_words_dirty').run();
      return dirty.length;
    })
    .immediate();
}

/** The proper nouns of the period's case texts, as `properNouns` would find them in the texts themselves. */
export function storedCaseWords(db: Database, period: ReportPeriod, commonWords: readonly string[]): string[] {
  refreshCaseWords(db);
  const isCommon = commonWordTest(commonWords);
  return queryAll<{ word: string }>(
    db,
    `SELECT DISTINCT j.value AS word FROM report_case_words w JOIN cases c ON c.id = w.case_id, json_each(w.words) j
     WHERE c.received_date BETWEEN @from AND @to`,
    period,
  )
    .map((row) => row.word)
    .filter((word) => !isCommon(foldWord(word)));
}
