import { agreements as daAgreements } from './da/agreements';
import { casePage as daCasePage } from './da/case-page';
import { cases as daCases } from './da/cases';
import { common as daCommon } from './da/common';
import { colleagues as daColleagues } from './da/colleagues';
import { consents as daConsents } from './da/consents';
import { drafts as daDrafts } from './da/drafts';
import { errors as daErrors } from './da/errors';
import { forms as daForms } from './da/forms';
import { journal as daJournal } from './da/journal';
import { keys as daKeys } from './da/keys';
import { organisation as daOrganisation } from './da/organisation';
import { report as daReport } from './da/report';
import { vault as daVault } from './da/vault';
import { agreements as enAgreements } from './en/agreements';
import { casePage as enCasePage } from './en/case-page';
import { cases as enCases } from './en/cases';
import { common as enCommon } from './en/common';
import { colleagues as enColleagues } from './en/colleagues';
import { consents as enConsents } from './en/consents';
import { drafts as enDrafts } from './en/drafts';
import { errors as enErrors } from './en/errors';
import { forms as enForms } from './en/forms';
import { journal as enJournal } from './en/journal';
import { keys as enKeys } from './en/keys';
import { organisation as enOrganisation } from './en/organisation';
import { report as enReport } from './en/report';
import { vault as enVault } from './en/vault';

/** Danish is the source of truth; each English area is typed against its Danish twin. */
export const da = {
  ...daCommon,
  vault: daVault,
  keys: daKeys,
  errors: daErrors,
  agreements: daAgreements,
  cases: daCases,
  casePage: daCasePage,
  journal: daJournal,
  consents: daConsents,
  colleagues: daColleagues,
  drafts: daDrafts,
  organisation: daOrganisation,
  forms: daForms,
  report: daReport,
};
export const en = {
  ...enCommon,
  vault: enVault,
  keys: enKeys,
  errors: enErrors,
  agreements: enAgreements,
  cases: enCases,
  casePage: enCasePage,
  journal: enJournal,
  consents: enConsents,
  colleagues: enColleagues,
  drafts: enDrafts,
  organisation: enOrganisation,
  forms: enForms,
  report: enReport,
};
export type Messages = typeof da;
