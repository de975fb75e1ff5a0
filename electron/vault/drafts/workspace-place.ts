import { workspacePlaceSchema, type WorkspacePlace } from '../../../shared/contract/drafts';
import type { Database } from '../db/database';
import { execute, queryOne } from '../db/sql';
import { nowInstant } from '../records/clock';

/*
 * Where the person was when the vault locked: the screen's address and the open form. The
 * renderer forgets everything on lock by design, and this must not sit unencrypted on
 * disk either, so it is a vault setting. It holds addresses and record numbers, never text;
 * the text is in the form's draft.
 */

const KEY = 'workspace:place';

export function rememberPlace(db: Database, place: WorkspacePlace): void {
  const now = nowInstant();
  execute(
    db,
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    KEY,
    JSON.stringify(place),
    now,
  );
}

/** The last place remembered; none when it was never set or was changed outside the app. */
export function lastPlace(db: Database): WorkspacePlace | null {
  const row = queryOne<{ value: string }>(db, 'SELECT value FROM settings WHERE key = ?', KEY);
  if (row === undefined) return null;
  // A place is only a convenience: a malformed one means starting from the case list.
  const parsed = workspacePlaceSchema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : null;
}
