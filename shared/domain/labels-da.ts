import type { Labels } from './labels';

/** Danish, the default language. Words from GLOSSARY.md. */
export const da: Labels = {
  caseStatus: {
    received: 'Modtaget',
    in_dialogue: 'I dialog',
    agreement_made: 'Aftale indgået',
    follow_up: 'Opfølgning',
    closed: 'Afsluttet',
  },
  reopened: 'Genåbnet',
  channel: {
    in_person: 'Personligt',
    phone: 'Telefon',
    email: 'E-mail',
    letter: 'Brev',
    other: 'Andet',
  },
  reporterKind: {
    affected: 'Den berørte selv',
    witness: 'Et vidne',
    other: 'En anden',
  },
  category: {
    sexism: 'Kønskrænkende adfærd (sexisme)',
    harassment: 'Uønsket seksuel opmærksomhed (sexchikane)',
    assault: 'Seksuel tvang og overgreb',
    other: 'Anden krænkende adfærd',
  },
  context: {
    event: 'Arrangement',
    meeting: 'Møde',
    online: 'Online',
    workplace: 'Arbejdsplads',
    campaign: 'Valgkamp',
    other: 'Andet',
  },
  outcome: {
    reprimand: 'Påtale',
    exclusion: 'Eksklusion',
    mediation: 'Mægling (Dialogrådet)',
    no_action_by_wish: 'Ingen videre handling efter den berørtes ønske',
    referred: 'Henvist videre',
    other: 'Andet',
  },
  partyRole: {
    affected: 'Den berørte',
    accused: 'Den påklagede',
    witness: 'Vidne',
    support_person: 'Bisidder',
  },
  organisationalRole: {
    leader: 'Leder',
    employee: 'Ansat',
    elected_politician: 'Politisk valgt',
    trust_elected: 'Tillidsvalgt',
    member: 'Medlem',
    volunteer: 'Frivillig',
    youth_member: 'Ungdomsmedlem',
    external: 'Ekstern',
  },
  contactPersonRole: {
    secretariat_head: 'Sekretariatschef',
    trusted_person: 'Tillidsperson (fra hovedbestyrelsen)',
  },
  takeoverRole: {
    board_chair: 'Hovedbestyrelsens forperson',
    political_leader: 'Politisk leder',
  },
  noteKind: {
    conversation: 'Samtale',
    phone: 'Telefonsamtale',
    email: 'E-mail',
    observation: 'Iagttagelse',
    decision: 'Beslutning',
  },
  conversationStatus: {
    offered: 'Tilbudt',
    planned: 'Planlagt',
    held: 'Afholdt',
    declined: 'Afslået',
  },
  consentAction: {
    tell_other_contact_person: 'Fortælle den anden kontaktperson om sagen',
    involve_accused: 'Inddrage den påklagede',
    dialogue_council_mediation: 'Mægling (Dialogrådet)',
    police_report: 'Politianmeldelse',
    rape_victims_centre: 'Center for Voldtægtsofre',
    external_psychologist: 'Ekstern psykolog',
    inform_employer_side: 'Orientere arbejdsgiversiden',
    other: 'Andet',
  },
  consentDecision: {
    granted: 'Givet',
    declined: 'Afslået',
    withdrawn: 'Trukket tilbage',
  },
  consentState: {
    granted: 'Givet',
    declined: 'Afslået',
    withdrawn: 'Trukket tilbage',
    never_asked: 'Ikke spurgt endnu',
  },
  consentForm: {
    oral: 'Mundtligt',
    written: 'Skriftligt',
  },
  extent: {
    single: 'Enkeltstående',
    repeated: 'Gentaget',
    systematic: 'Systematisk',
  },
  severityFactor: {
    physical_contact: 'Fysisk kontakt',
    coercion_or_threat: 'Tvang eller trusler',
    abuse_of_power: 'Misbrug af en magtposition',
    minor_involved: 'En person under 18 år er involveret',
    non_physical_assault: 'Ikke-fysisk seksuelt overgreb',
    repetition: 'Gentagelse, også efter at der er sagt fra',
    impact: 'Alvorlige følger for den berørte',
  },
  severityLevel: {
    1: 'Mindre alvorlig',
    2: 'Alvorlig',
    3: 'Meget alvorlig',
    4: 'Særdeles alvorlig',
  },
  severityStep: {
    map_incident: 'Samtale og afdækning af hændelsen',
    oral_agreement: 'Mundtlig aftale om, hvad der skal ske',
    written_agreement: 'Skriftlig aftale om, hvad der skal ske',
    offer_conversation_series: 'Tilbyd et samtaleforløb',
    map_extent: 'Afdæk omfanget',
    map_severity: 'Afdæk alvorlighedsgraden',
    decide_involvement_of_accused: 'Afklar, om og hvordan den påklagede skal inddrages (evt. mægling i Dialogrådet)',
    offer_support_person: 'Fortæl, at den berørte altid kan tage en bisidder med',
    offer_rape_victims_centre: 'Tilbyd kontakt til Center for Voldtægtsofre (kun med samtykke)',
    offer_police_report: 'Tilbyd vejledning om politianmeldelse (kun med samtykke)',
    offer_external_psychologist: 'Tilbyd samtale med en ekstern psykolog, betalt af organisationen',
    assess_consequences: 'Vurder konsekvenserne for den påklagede, fra påtale til eksklusion',
  },
  agreementStatus: {
    draft: 'Kladde',
    ready_to_sign: 'Klar til underskrift',
    signed: 'Underskrevet',
    superseded: 'Erstattet af en ny version',
    withdrawn: 'Trukket tilbage',
  },
  supportOffer: {
    conversation_series: 'Samtaleforløb',
    external_psychologist: 'Ekstern psykolog',
    rape_victims_centre: 'Center for Voldtægtsofre',
    police_report_guidance: 'Vejledning om politianmeldelse',
    support_person: 'Bisidder',
  },
  powerRelationWarning: {
    leader_over_employee: 'Den påklagede er leder, og den berørte er ansat. Vær opmærksom på magtforholdet.',
    elected_over_campaign_worker:
      'Den påklagede er politisk valgt, og den berørte kan arbejde for vedkommende i valgkamp eller politisk arbejde. Vær opmærksom på magtforholdet.',
    trust_elected_over_minor:
      'Den påklagede er tillidsvalgt, og den berørte er under 18 år. Tillidsvalgte må ikke indgå i seksuelle relationer med medlemmer under 18 år.',
    adult_over_minor: 'Den påklagede er voksen, og den berørte er under 18 år. Voksne har et særligt ansvar over for unge.',
  },
  conflictWarning: {
    vault_owner_is_party: 'Du er inhabil i denne sag. Den anden kontaktperson bør behandle den.',
    other_contact_person_is_party:
      'Den anden kontaktperson er part i sagen og må hverken se eller behandle den. Sparring om sagen skal ske uden vedkommende.',
    contact_person_is_party:
      'En kontaktperson er part i sagen og må hverken se eller behandle den. Angiv i indstillingerne, hvis boks dette er.',
    employer_role_taken_over:
      'Sekretariatschefen er part i sagen. Hovedbestyrelsens forperson og den politiske leder overtager som ansættelsesmyndighed.',
    no_independent_contact_person:
      'Begge kontaktpersoner er parter i sagen. Hovedbestyrelsens forperson og den politiske leder skal overtage sagen.',
  },
  transitionError: {
    same_status: 'Sagen har allerede denne status.',
    transition_not_allowed: 'Sagen kan ikke skifte direkte til denne status.',
    outcome_required: 'Vælg sagens udfald, før du afslutter den.',
    closed_date_required: 'Skriv den dato, sagen blev afsluttet.',
    closed_date_before_received: 'Afslutningsdatoen ligger før den dato, henvendelsen blev modtaget.',
    closing_fields_only_when_closing: 'Udfald og afslutningsdato kan kun angives, når sagen afsluttes.',
    reopen_reason_required: 'Skriv, hvorfor sagen genåbnes.',
  },
  agreementTransitionError: {
    same_status: 'Aftalen har allerede denne status.',
    transition_not_allowed: 'Aftalen kan ikke skifte direkte til denne status.',
    signed_date_required: 'Skriv den dato, aftalen blev underskrevet.',
  },
  consentEntryError: {
    withdraw_without_grant: 'Der er ikke givet samtykke til dette, så der er ikke noget at trække tilbage.',
    other_action_description_required: 'Beskriv, hvad samtykket gælder.',
  },
};
