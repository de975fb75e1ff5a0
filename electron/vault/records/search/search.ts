import type { SearchHit, SearchInput, SearchResult, SearchSource } from '../../../../shared/domain/schemas/search';
import type { CaseStatus } from '../../../../shared/domain/vocabulary';
import type { Database } from '../../db/database';
import { queryAll, queryOne } from '../../db/sql';
import { toPrefixQuery } from './fts-query';
import { MATCH_END, MATCH_START, toSegments } from './snippet-segments';

/*
 * Searches the four indexes of migration 0002 (case summaries, current note texts,
 * agreements, learning points), each ranked by bm25, and merges them by score. Scores of
 * different indexes are not strictly comparable, but all are bm25 over the same kind of
 * text, which ranks well enough to put the best matches of each kind near the top.
 *
 * Ranking is what costs: a common word ("samtale") matches tens of thousands of notes in a
 * vault of ten years. So each index ranks only its newest CANDIDATES matches (found by a
 * cheap rowid scan, newest first); a search that hits more says so (`truncated`), and the
 * person narrows it. bm25() is called explicitly: ordering by FTS5's `rank` column made it
 * score every match before the rowid bound applied (55 ms against 9 ms at 39,000 matches
 * and 2,000 candidates; 500 candidates brought the slowest bench query from 34 to 16 ms).
 */

const SNIPPET_TOKENS = 16;
const CANDIDATES = 500;

function sourceSql(index: string, join: string, columns: string): string {
  return `
    SELECT ${index}.rowid AS sourceId, bm25(${index}) AS score,
           snippet(${index}, -1, @start, @end, '…', ${SNIPPET_TOKENS}) AS snippet, ${columns}
    FROM ${index} ${join}
    WHERE ${index} MATCH @query AND ${index}.rowid >= @oldest
    ORDER BY score
    LIMIT @limit`;
}

/** The rowid of the CANDIDATES-th newest match, or 0 when there are fewer. */
function oldestCandidateSql(index: string): string {
  return `SELECT rowid FROM ${index} WHERE ${index} MATCH @query ORDER BY rowid DESC LIMIT 1 OFFSET ${CANDIDATES - 1}`;
}

const INDEXES: Readonly<Record<SearchSource, string>> = {
  case_summary: 'cases_fts',
  note: 'notes_fts',
  agreement: 'agreements_fts',
  learning_point: 'learning_points_fts',
};

const SOURCE_QUERIES: Readonly<Record<SearchSource, string>> = {
  case_summary: sourceSql(
    INDEXES.case_summary,
    'JOIN cases c ON c.id = cases_fts.rowid',
    'c.id AS caseId, c.reference, c.status AS caseStatus, NULL AS title',
  ),
  note: sourceSql(
    INDEXES.note,
    'JOIN notes n ON n.id = notes_fts.rowid JOIN cases c ON c.id = n.case_id',
    'c.id AS caseId, c.reference, c.status AS caseStatus, n.title AS title',
  ),
  agreement: sourceSql(
    INDEXES.agreement,
    'JOIN agreements a ON a.id = agreements_fts.rowid JOIN cases c ON c.id = a.case_id',
    'c.id AS caseId, c.reference, c.status AS caseStatus, NULL AS title',
  ),
  learning_point: sourceSql(
    INDEXES.learning_point,
    'JOIN learning_points l ON l.id = learning_points_fts.rowid LEFT JOIN cases c ON c.id = l.case_id',
    'c.id AS caseId, c.reference, c.status AS caseStatus, NULL AS title',
  ),
};

interface HitRow {
  sourceId: number;
  score: number;
  snippet: string;
  caseId: number | null;
  reference: string | null;
  caseStatus: CaseStatus | null;
  title: string | null;
}

export function searchRecords(db: Database, input: SearchInput): SearchResult {
  const query = toPrefixQuery(input.query);
  if (query === null) return { hits: [], truncated: false };
  // One more than asked for per source tells whether anything was left out.
  const params = { query, start: MATCH_START, end: MATCH_END, limit: input.limit + 1 };
  const scored: { score: number; hit: SearchHit }[] = [];
  let capped = false;
  for (const [source, sql] of Object.entries(SOURCE_QUERIES) as [SearchSource, string][]) {
    const oldest = queryOne<{ rowid: number }>(db, oldestCandidateSql(INDEXES[source]), { query })?.rowid ?? 0;
    capped ||= oldest > 0;
    for (const row of queryAll<HitRow>(db, sql, { ...params, oldest })) {
      scored.push({
        score: row.score,
        hit: {
          source,
          sourceId: row.sourceId,
          caseId: row.caseId,
          reference: row.reference,
          caseStatus: row.caseStatus,
          title: row.title,
          segments: toSegments(row.snippet),
        },
      });
    }
  }
  scored.sort((a, b) => a.score - b.score);
  return { hits: scored.slice(0, input.limit).map((entry) => entry.hit), truncated: capped || scored.length > input.limit };
}
