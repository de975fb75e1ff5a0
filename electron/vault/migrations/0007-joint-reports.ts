import type { Migration } from './migration';

/*
 * One learning document from both contact persons' vaults (electron/vault/colleagues/joint-report):
 *
 * - `report_exports.scope`: whether a published report counted this vault's cases alone
 *   ('single') or both vaults' ('joint'). Both are kept for differencing; a joint report
 *   is checked against each vault's single report of the same period as a sum, against
 *   everything else pairwise.
 * - `joint_contributions`: a colleague's contribution as loaded: their unsuppressed
 *   figures and chosen learning points (JSON, no case text), for the joint report of its
 *   period. The package id is the key, so the same file is never loaded twice.
 * - `joint_approvals`: a colleague's approval of a joint draft, bound to the SHA-256 of
 *   its exact text and figures.
 */
const HASH = (column: string) => `length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*'`;
const ISO_DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;

export const jointReports: Migration = {
  version: 7,
  name: 'joint-reports',
  sql: `
  ALTER TABLE report_exports ADD COLUMN scope TEXT NOT NULL DEFAULT 'single' CHECK (scope IN ('single', 'joint'));

  CREATE TABLE joint_contributions (
    package_id   TEXT PRIMARY KEY,
    contact_id   INTEGER REFERENCES colleague_contacts (id) ON DELETE SET NULL,
    contact_name TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    period_from  TEXT NOT NULL CHECK (${ISO_DATE('period_from')}),
    period_to    TEXT NOT NULL CHECK (${ISO_DATE('period_to')}),
    body         TEXT NOT NULL CHECK (json_valid(body)),
    created_at   TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    CHECK (period_from <= period_to)
  ) STRICT;
  CREATE INDEX joint_contributions_by_period ON joint_contributions (period_from, period_to, contact_id);

  CREATE TABLE joint_approvals (
    package_id   TEXT PRIMARY KEY,
    contact_id   INTEGER REFERENCES colleague_contacts (id) ON DELETE SET NULL,
    contact_name TEXT NOT NULL,
    draft_hash   TEXT NOT NULL CHECK (${HASH('draft_hash')}),
    created_at   TEXT NOT NULL,
    received_at  TEXT NOT NULL
  ) STRICT;
  CREATE INDEX joint_approvals_by_hash ON joint_approvals (draft_hash, contact_id);
`,
};
