import type { Database } from '../../db/database';
import { queryAll } from '../../db/sql';
import type { ReportCaseFacts, ReportPeriod } from '../report-types';

interface FactsRow {
  category: string | null;
  context: ReportCaseFacts['context'];
  status: ReportCaseFacts['status'];
  outcome: ReportCaseFacts['outcome'];
  receivedDate: string;
  closedDate: string | null;
  affectedRole: ReportCaseFacts['affectedRole'];
  accusedRole: ReportCaseFacts['accusedRole'];
  minorInvolved: 0 | 1;
  handled: 0 | 1;
  referred: 0 | 1;
  policeReport: 0 | 1;
  hasWrittenAgreement: 0 | 1;
  offeredConversations: 0 | 1;
}

/** The first party of a role that has an organisational role recorded. */
const firstRole = (role: string) => `(SELECT organisational_role FROM parties p
  WHERE p.case_id = c.id AND p.role = '${role}'
  ORDER BY p.organisational_role IS NULL, p.id LIMIT 1)`;

/** Referred on for help: the external psychologist, Center for Voldtægtsofre or Dialogrådet. */
const REFERRAL_ACTIONS = "'external_psychologist', 'rape_victims_centre', 'dialogue_council_mediation'";

const FACTS_SQL = `
  SELECT c.category, c.context, c.status, c.outcome,
    c.received_date AS receivedDate, c.closed_date AS closedDate,
    ${firstRole('affected')} AS affectedRole,
    ${firstRole('accused')} AS accusedRole,
    EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id AND p.under18 = 1) AS minorInvolved,
    (EXISTS (SELECT 1 FROM conversations v WHERE v.case_id = c.id AND v.status = 'held')
      OR EXISTS (SELECT 1 FROM notes n WHERE n.case_id = c.id AND n.kind = 'conversation')) AS handled,
    EXISTS (SELECT 1 FROM actions_taken a WHERE a.case_id = c.id AND a.action IN (${REFERRAL_ACTIONS})) AS referred,
    EXISTS (SELECT 1 FROM actions_taken a WHERE a.case_id = c.id AND a.action = 'police_report') AS policeReport,
    EXISTS (SELECT 1 FROM agreements g WHERE g.case_id = c.id AND g.signed_on IS NOT NULL) AS hasWrittenAgreement,
    EXISTS (SELECT 1 FROM conversations v WHERE v.case_id = c.id) AS offeredConversations
  FROM cases c
  WHERE c.received_date BETWEEN @from AND @to
    -- A colleague's case shared for consultation is counted in the colleague's vault, not here.
    AND NOT EXISTS (SELECT 1 FROM shared_cases s WHERE s.case_id = c.id AND s.purpose = 'consultation')
  ORDER BY c.received_date, c.id`;

/**
 * What the learning document may count about each case received in the period: codes,
 * dates and yes/no facts, never a name or a word of free text. A case is handled once a
 * conversation was held (or written down as one), and offered conversations once any
 * conversation of the series was recorded, offered or declined alike.
 */
export function readReportCaseFacts(db: Database, period: ReportPeriod): ReportCaseFacts[] {
  return queryAll<FactsRow>(db, FACTS_SQL, period).map((row) => ({
    category: row.category,
    context: row.context,
    status: row.status,
    outcome: row.outcome,
    affectedRole: row.affectedRole,
    accusedRole: row.accusedRole,
    minorInvolved: row.minorInvolved === 1,
    stages: { handled: row.handled === 1, referred: row.referred === 1, policeReport: row.policeReport === 1 },
    hasWrittenAgreement: row.hasWrittenAgreement === 1,
    offeredConversations: row.offeredConversations === 1,
    receivedDate: row.receivedDate,
    closedDate: row.closedDate,
  }));
}
