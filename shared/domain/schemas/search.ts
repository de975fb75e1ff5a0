import { z } from 'zod';
import type { CaseStatus } from '../vocabulary';
import { wellFormedString } from './common';

export const SEARCH_MAX_LIMIT = 200;

/** Words are matched as prefixes ("bøj" finds "bøjle"); all words must occur. */
export const searchInputSchema = z.strictObject({
  query: wellFormedString().trim().min(1).max(200),
  limit: z.number().int().min(1).max(SEARCH_MAX_LIMIT).default(50),
});
export type SearchInput = z.output<typeof searchInputSchema>;

export const SEARCH_SOURCES = ['case_summary', 'note', 'agreement', 'learning_point'] as const;
export type SearchSource = (typeof SEARCH_SOURCES)[number];

/**
 * A piece of a highlighted excerpt. The UI renders each as text and marks the matches
 * itself, so no markup from stored text can ever reach the page.
 */
export interface TextSegment {
  text: string;
  match: boolean;
}

export interface SearchHit {
  source: SearchSource;
  /** The id of the summary's case, the note, the agreement or the learning point. */
  sourceId: number;
  /** Null only for a learning point written for the year rather than for a case. */
  caseId: number | null;
  reference: string | null;
  caseStatus: CaseStatus | null;
  /** A note's title, when it has one. */
  title: string | null;
  segments: TextSegment[];
}

export interface SearchResult {
  /** Best match first. */
  hits: SearchHit[];
  /** More matches exist than were returned. */
  truncated: boolean;
}
