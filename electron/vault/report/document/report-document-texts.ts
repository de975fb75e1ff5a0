import type { Localised } from '../../documents/common/document-language';
import type { DistributionTableKey, IndicatorTableKey, MethodRule, SuppressionReason } from '../disclosure/aggregate-types';
import type { CoarseRole } from '../disclosure/coarse-roles';
import type { Thresholds } from '../disclosure/thresholds';

/*
 * The words the learning document puts around its figures. They are checked by the same
 * guard as the contact persons' texts, so they avoid what it flags on sight: no ages
 * ("under 18 år"), months or dates; "mindreårige" says the same.
 */

export interface ReportDocumentTexts {
  /** Used when the vault's settings name no organisation: a wrong name must never be guessed. */
  organisationFallback: string;
  totalTitle: string;
  totalRow: string;
  tableTitles: Record<DistributionTableKey | IndicatorTableKey, string>;
  notRecorded: string;
  notConcluded: string;
  coarseRoles: Record<CoarseRole, string>;
  indicators: Record<string, string>;
  marker: (reason: SuppressionReason, threshold: number) => string;
  rules: Record<MethodRule, (thresholds: Thresholds) => string>;
}

export const REPORT_DOCUMENT_TEXTS: Localised<ReportDocumentTexts> = {
  da: {
    organisationFallback: 'Organisationen',
    totalTitle: 'Henvendelser i perioden',
    totalRow: 'Sager modtaget i perioden',
    tableTitles: {
      category: 'Fordelt på kategori',
      context: 'Fordelt på sammenhæng',
      outcome: 'Fordelt på udfald',
      affected_role: 'Den berørtes rolle i organisationen',
      accused_role: 'Den påklagedes rolle i organisationen',
      handling: 'Håndtering',
      support: 'Støtte og aftaler',
      minors: 'Mindreårige',
    },
    notRecorded: 'Ikke registreret',
    notConcluded: 'Ikke afsluttet endnu',
    coarseRoles: {
      employee: 'Ansat',
      elected: 'Valgt',
      volunteer: 'Frivillig',
      member: 'Medlem',
      external: 'Uden for organisationen',
    },
    indicators: {
      handled: 'Sager med mindst én samtale',
      referred: 'Henvist til ekstern psykolog, Center for Voldtægtsofre eller Dialogrådet',
      police_report: 'Politianmeldt',
      written_agreement: 'Skriftlig aftale underskrevet',
      offered_conversations: 'Samtaleforløb tilbudt',
      minor_involved: 'Sager, hvor en mindreårig var part',
    },
    marker: (reason, threshold) => {
      switch (reason) {
        case 'below-threshold':
          return `færre end ${threshold}`;
        case 'complement-below-threshold':
          return `alle på nær færre end ${threshold}`;
        case 'complementary':
          return 'skjult';
        case 'withheld':
          return 'udeladt';
      }
    },
    rules: {
      total_only_below_minimum_cases: ({ minCases }) =>
        `Er der færre end ${minCases} sager i perioden, vises kun et afrundet antal og ingen tabeller.`,
      one_way_tables_only: () => 'Hver tabel viser én oplysning ad gangen. To oplysninger krydses aldrig.',
      coarse_roles: () => 'Roller er samlet i få grupper: ansat, valgt, frivillig, medlem og uden for organisationen.',
      minimum_cell: ({ cell }) => `Tal under ${cell} vises ikke.`,
      sensitive_minimum_cell: ({ sensitiveCell }) =>
        `Tal under ${sensitiveCell} vises ikke, hvor tvang og overgreb, politianmeldelser eller mindreårige indgår.`,
      secondary_suppression: () =>
        'Nogle større tal er også skjult, så et skjult tal ikke kan regnes ud fra de andre eller fra totalen.',
      dominant_row_withholds_table: () =>
        'En tabel udelades, hvis alle sager har samme svar, eller hvis dens tal ikke kan vises uden at pege på enkelte sager.',
      duration_minimum_cases: ({ minDurationCases }) =>
        `Sagsbehandlingstider beregnes kun ud fra mindst ${minDurationCases} afsluttede sager.`,
      previous_report_differencing: () =>
        'Tallene er holdt op mod sidste læringsdokument, så forskellen mellem de to ikke afslører enkelte sager.',
    },
  },
  en: {
    organisationFallback: 'The organisation',
    totalTitle: 'Inquiries in the period',
    totalRow: 'Cases received in the period',
    tableTitles: {
      category: 'By category',
      context: 'By setting',
      outcome: 'By outcome',
      affected_role: "The affected person's role in the organisation",
      accused_role: "The accused person's role in the organisation",
      handling: 'Handling',
      support: 'Support and agreements',
      minors: 'Minors',
    },
    notRecorded: 'Not recorded',
    notConcluded: 'Not concluded yet',
    coarseRoles: {
      employee: 'Employee',
      elected: 'Elected',
      volunteer: 'Volunteer',
      member: 'Member',
      external: 'Outside the organisation',
    },
    indicators: {
      handled: 'Cases with at least one conversation',
      referred: 'Referred to an external psychologist, Center for Voldtægtsofre or Dialogrådet',
      police_report: 'Reported to the police',
      written_agreement: 'Written agreement signed',
      offered_conversations: 'Series of conversations offered',
      minor_involved: 'Cases where a minor was a party',
    },
    marker: (reason, threshold) => {
      switch (reason) {
        case 'below-threshold':
          return `fewer than ${threshold}`;
        case 'complement-below-threshold':
          return `all but fewer than ${threshold}`;
        case 'complementary':
          return 'hidden';
        case 'withheld':
          return 'left out';
      }
    },
    rules: {
      total_only_below_minimum_cases: ({ minCases }) =>
        `With fewer than ${minCases} cases in the period, only a rounded number is shown and no tables.`,
      one_way_tables_only: () => 'Each table shows one thing at a time. Two things are never crossed.',
      coarse_roles: () => 'Roles are grouped into a few: employee, elected, volunteer, member and outside the organisation.',
      minimum_cell: ({ cell }) => `Counts below ${cell} are not shown.`,
      sensitive_minimum_cell: ({ sensitiveCell }) =>
        `Counts below ${sensitiveCell} are not shown where coercion and assault, police reports or minors are involved.`,
      secondary_suppression: () =>
        'Some larger counts are hidden too, so that a hidden count cannot be worked out from the others or from the total.',
      dominant_row_withholds_table: () =>
        'A table is left out when every case has the same answer, or when its figures cannot be shown without pointing to single cases.',
      duration_minimum_cases: ({ minDurationCases }) =>
        `Handling times are computed only from at least ${minDurationCases} closed cases.`,
      previous_report_differencing: () =>
        'The figures are checked against the last learning document, so the difference between the two reveals no single case.',
    },
  },
};
