import { initial } from './0001-initial';
import { records } from './0002-records';
import { reports } from './0003-reports';
import { agreementRecords } from './0004-agreements';
import { formDrafts } from './0005-form-drafts';
import { colleagues } from './0006-colleagues';
import { jointReports } from './0007-joint-reports';
import { reportWords } from './0008-report-words';
import type { Migration } from './migration';

/** Every schema version in order. Append new migrations at the end; never reorder. */
export const MIGRATIONS: readonly Migration[] = [initial, records, reports, agreementRecords, formDrafts, colleagues, jointReports, reportWords];
