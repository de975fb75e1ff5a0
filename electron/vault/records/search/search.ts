import type { SearchHit, SearchInput, SearchResult, SearchSource } from '../../../../shared/domain/schemas/search';
import type { CaseStatus } from '../../../../shared/domain/vocabulary';
import type { Database } from '../../db/database';
import { queryAll } from '../../db/sql';
import { toPrefixQuery } from './fts-query';
import { MATCH_END, MATCH_START, toSegments } from './snippet-segments';

/*
 * Searches the four indexes of migration 0002 (case summaries, current note texts,
 * agreements, learning points), each ranked by bm25, and merges them by score. Scores of
 * different indexes are not strictly comparable, but all are bm25 over the same kind of
 * text, which ranks well enough to put the best matches of each kind near the top.
 */

const SNIPPET_TOKENS = 16;

function sourceSql(index: string, join: string, columns: string): string {
  return `
    SELECT ${index}.rowid AS sourceId, ${index}.rank AS score,
           snippet(${index}, -1, @start, @end, '…', ${SNIPPET_TOKENS}) AS snippet, ${columns}
    FROM ${index} ${join}
    WHERE ${index} MATCH @query
    ORDER BY ${index}.rank
    LIMIT @limit`;
}

const SOURCE_QUERIES: Readonly<Record<SearchSource, string>> = {
  case_summary: sourceSql(
    'cases_fts',
    'JOIN cases c ON c.id = cases_fts.rowid',
    'c.id AS caseId, c.reference, c.status AS caseStatus, NULL AS title',
  ),
  note: sourceSql(
    'notes_fts',
    'JOIN notes n ON n.id = notes_fts.rowid JOIN cases c ON c.id = n.case_id',
    'c.id AS caseId, c.reference, c.status AS caseStatus, n.title AS title',
  ),
  agreement: sourceSql(
    'agreements_fts',
    'JOIN agreements a ON a.id = agreements_fts.rowid JOIN cases c ON c.id = a.case_id',
    'c.id AS caseId, c.reference, c.status AS caseStatus, NULL AS title',
  ),
  learning_point: sourceSql(
    'learning_points_fts',
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
  for (const [source, sql] of Object.entries(SOURCE_QUERIES) as [SearchSource, string][]) {
    for (const row of queryAll<HitRow>(db, sql, params)) {
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
  return { hits: scored.slice(0, input.limit).map((entry) => entry.hit), truncated: scored.length > input.limit };
}
