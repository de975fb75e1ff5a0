import type { Database } from '../db/database';
import { queryOne } from '../db/sql';

export interface KeyExposure {
  /** The raw key was shown (`cli key`, the emergency path) after the last rotation: rotating is advised. */
  rotationAdvised: boolean;
  /** When the raw key was last shown, if ever (ISO 8601). */
  rawKeyShownAt: string | null;
  /** When the key was last rotated, if ever (ISO 8601). */
  rotatedAt: string | null;
}

/** Read from the audit log, which records both `vault.raw_key_revealed` and `vault.key_rotated`. */
export function keyExposure(db: Database): KeyExposure {
  const newest = (action: string) =>
    queryOne<{ seq: number; at: string }>(db, 'SELECT seq, at FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1', action) ?? null;
  const shown = newest('vault.raw_key_revealed');
  const rotated = newest('vault.key_rotated');
  return {
    rotationAdvised: shown !== null && (rotated === null || rotated.seq < shown.seq),
    rawKeyShownAt: shown?.at ?? null,
    rotatedAt: rotated?.at ?? null,
  };
}
