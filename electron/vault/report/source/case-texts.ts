/**
 * Every free text of the cases that `casesSubquery` selects, one row per text with its
 * case: summaries, notes and their earlier versions, party descriptions, consent scopes,
 * conversation notes, severity rationales, task titles and agreement texts. The one list
 * of what the guard's harvest reads; migration 8's triggers watch the same tables.
 */
export function caseTextsSql(casesSubquery: string): string {
  return `
  WITH chosen AS (${casesSubquery})
  SELECT id AS case_id, summary AS text FROM cases WHERE id IN chosen AND summary IS NOT NULL
  UNION ALL SELECT case_id, coalesce(title, '') || char(10) || body FROM notes WHERE case_id IN chosen
  UNION ALL SELECT n.case_id, coalesce(v.title, '') || char(10) || v.body FROM note_versions v JOIN notes n ON n.id = v.note_id
    WHERE n.case_id IN chosen
  UNION ALL SELECT case_id, description FROM parties WHERE case_id IN chosen AND description IS NOT NULL
  UNION ALL SELECT case_id, scope FROM consents WHERE case_id IN chosen AND scope IS NOT NULL
  UNION ALL SELECT case_id, note FROM conversations WHERE case_id IN chosen AND note IS NOT NULL
  UNION ALL SELECT case_id, rationale FROM severity_assessments WHERE case_id IN chosen AND rationale IS NOT NULL
  UNION ALL SELECT case_id, title FROM tasks WHERE case_id IN chosen
  UNION ALL SELECT case_id, concat_ws(char(10), wishes, disclosure, other_party_involvement, next_steps)
    FROM agreements WHERE case_id IN chosen`;
}

export const PERIOD_CASES = 'SELECT id FROM cases WHERE received_date BETWEEN @from AND @to';
