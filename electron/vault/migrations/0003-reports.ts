import type { Migration } from './migration';

/*
 * The learning document. Two kinds of data with opposite rules:
 *
 * - The draft the contact persons edit: period, language, which learning points go in
 *   and the recommendations for revising the policy. Free text, like the rest of the vault.
 * - The figures of every exported report, kept so next year's report can be checked
 *   against them (differencing). Numbers and codes only: CHECKs refuse anything that
 *   could hold a word of free text, and the rows can be neither changed nor deleted.
 */

const CODE = (column: string) => `${column} GLOB '[a-z]*' AND ${column} NOT GLOB '*[^a-z0-9_.]*'`;
const ISO_DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;

export const reports: Migration = {
  version: 3,
  name: 'reports',
  sql: `
  -- One draft per vault; null period means the default period.
  CREATE TABLE report_draft (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    period_from TEXT CHECK (period_from IS NULL OR (${ISO_DATE('period_from')})),
    period_to   TEXT CHECK (period_to IS NULL OR (${ISO_DATE('period_to')})),
    language    TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK ((period_from IS NULL) = (period_to IS NULL) AND (period_from IS NULL OR period_from <= period_to))
  ) STRICT;

  -- The learning points chosen for the report; a point deleted (or its case) leaves the report too.
  CREATE TABLE report_draft_learning_points (
    learning_point_id INTEGER PRIMARY KEY REFERENCES learning_points (id) ON DELETE CASCADE
  ) STRICT;

  CREATE TABLE report_recommendations (
    id         INTEGER PRIMARY KEY,
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE report_exports (
    id          INTEGER PRIMARY KEY,
    period_from TEXT NOT NULL CHECK (${ISO_DATE('period_from')}),
    period_to   TEXT NOT NULL CHECK (${ISO_DATE('period_to')}),
    total_min   INTEGER NOT NULL,
    total_max   INTEGER NOT NULL,
    exported_at TEXT NOT NULL CHECK (exported_at NOT GLOB '*[^0-9TZ:.-]*'),
    CHECK (period_from <= period_to AND 0 <= total_min AND total_min <= total_max)
  ) STRICT;
  CREATE INDEX report_exports_by_period ON report_exports (period_to, period_from);

  -- A figure of an exported report as its readers know it (a range; exact when min = max).
  -- A withheld table is one row with no cell and no range.
  CREATE TABLE report_export_figures (
    export_id INTEGER NOT NULL REFERENCES report_exports (id),
    partition TEXT NOT NULL CHECK (${CODE('partition')}),
    cell      TEXT CHECK (cell IS NULL OR (${CODE('cell')})),
    min       INTEGER,
    max       INTEGER,
    CHECK ((cell IS NULL) = (min IS NULL) AND (min IS NULL) = (max IS NULL)),
    CHECK (min IS NULL OR (0 <= min AND min <= max))
  ) STRICT;
  CREATE UNIQUE INDEX report_export_figures_by_export ON report_export_figures (export_id, partition, ifnull(cell, ''));

  CREATE TRIGGER report_exports_no_update BEFORE UPDATE ON report_exports
  BEGIN
    SELECT RAISE(ABORT, 'report_exports is append-only');
  END;
  CREATE TRIGGER report_exports_no_delete BEFORE DELETE ON report_exports
  BEGIN
    SELECT RAISE(ABORT, 'report_exports is append-only');
  END;
  CREATE TRIGGER report_export_figures_no_update BEFORE UPDATE ON report_export_figures
  BEGIN
    SELECT RAISE(ABORT, 'report_export_figures is append-only');
  END;
  CREATE TRIGGER report_export_figures_no_delete BEFORE DELETE ON report_export_figures
  BEGIN
    SELECT RAISE(ABORT, 'report_export_figures is append-only');
  END;
`,
};
