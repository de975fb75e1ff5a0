import type { Labels } from './labels';

/** English, offered as the second language. */
export const en: Labels = {
  caseStatus: {
    received: 'Received',
    in_dialogue: 'In dialogue',
    agreement_made: 'Agreement made',
    follow_up: 'Follow-up',
    closed: 'Closed',
  },
  reopened: 'Reopened',
  channel: {
    in_person: 'In person',
    phone: 'Phone',
    email: 'E-mail',
    letter: 'Letter',
    other: 'Other',
  },
  reporterKind: {
    affected: 'The affected person',
    witness: 'A witness',
    other: 'Someone else',
  },
  category: {
    sexism: 'Gender-offensive behaviour (sexism)',
    harassment: 'Unwanted sexual attention (sexual harassment)',
    assault: 'Sexual coercion and assault',
    other: 'Other offensive behaviour',
  },
  context: {
    event: 'Event',
    meeting: 'Meeting',
    online: 'Online',
    workplace: 'Workplace',
    campaign: 'Election campaign',
    other: 'Other',
  },
  outcome: {
    reprimand: 'Reprimand',
    exclusion: 'Exclusion',
    mediation: 'Mediation (dialogue council)',
    no_action_by_wish: 'No further action, as the affected person wished',
    referred: 'Referred elsewhere',
    other: 'Other',
  },
  partyRole: {
    affected: 'Affected person',
    accused: 'Accused',
    witness: 'Witness',
    support_person: 'Support person',
  },
  organisationalRole: {
    leader: 'Leader',
    employee: 'Employee',
    elected_politician: 'Elected politician',
    trust_elected: 'Trust-elected',
    member: 'Member',
    volunteer: 'Volunteer',
    youth_member: 'Youth member',
    external: 'External',
  },
  contactPersonRole: {
    secretariat_head: 'Secretariat head',
    trusted_person: 'Trusted person (from the main board)',
  },
  takeoverRole: {
    board_chair: 'Chair of the main board',
    political_leader: 'Political leader',
  },
  noteKind: {
    conversation: 'Conversation',
    phone: 'Phone call',
    email: 'E-mail',
    observation: 'Observation',
    decision: 'Decision',
  },
  conversationStatus: {
    offered: 'Offered',
    planned: 'Planned',
    held: 'Held',
    declined: 'Declined',
  },
  consentAction: {
    tell_other_contact_person: 'Tell the other contact person about the case',
    involve_accused: 'Involve the accused',
    dialogue_council_mediation: 'Mediation (dialogue council)',
    police_report: 'Police report',
    rape_victims_centre: "Rape victims' centre",
    external_psychologist: 'External psychologist',
    inform_employer_side: 'Inform the employer side',
    other: 'Other',
  },
  consentDecision: {
    granted: 'Granted',
    declined: 'Declined',
    withdrawn: 'Withdrawn',
  },
  consentState: {
    granted: 'Granted',
    declined: 'Declined',
    withdrawn: 'Withdrawn',
    never_asked: 'Not asked yet',
  },
  consentForm: {
    oral: 'Oral',
    written: 'Written',
  },
  extent: {
    single: 'Single',
    repeated: 'Repeated',
    systematic: 'Systematic',
  },
  severityFactor: {
    physical_contact: 'Physical contact',
    coercion_or_threat: 'Coercion or threats',
    abuse_of_power: 'Abuse of a position of power',
    minor_involved: 'A person under 18 is involved',
    non_physical_assault: 'Non-physical sexual assault',
    repetition: 'Repetition, also after being told no',
    impact: 'Serious impact on the affected person',
  },
  severityLevel: {
    1: 'Less serious',
    2: 'Serious',
    3: 'Very serious',
    4: 'Extremely serious',
  },
  severityStep: {
    map_incident: 'Conversation and mapping of the incident',
    oral_agreement: 'Oral agreement on what happens next',
    written_agreement: 'Written agreement on what happens next',
    offer_conversation_series: 'Offer a series of conversations',
    map_extent: 'Map the extent',
    map_severity: 'Map the severity',
    decide_involvement_of_accused: 'Decide whether and how to involve the accused (possibly mediation by the dialogue council)',
    offer_support_person: 'Tell the affected person they can always bring a support person',
    offer_rape_victims_centre: "Offer contact with the rape victims' centre (only with consent)",
    offer_police_report: 'Offer guidance on a police report (only with consent)',
    offer_external_psychologist: 'Offer a conversation with an external psychologist, paid by the organisation',
    assess_consequences: 'Assess the consequences for the accused, from reprimand to exclusion',
  },
  agreementStatus: {
    draft: 'Draft',
    ready_to_sign: 'Ready to sign',
    signed: 'Signed',
    superseded: 'Superseded by a new version',
    withdrawn: 'Withdrawn',
  },
  supportOffer: {
    conversation_series: 'Series of conversations',
    external_psychologist: 'External psychologist',
    rape_victims_centre: "Rape victims' centre",
    police_report_guidance: 'Guidance on a police report',
    support_person: 'Support person',
  },
  powerRelationWarning: {
    leader_over_employee: 'The accused is a leader and the affected person an employee. Mind the power relation.',
    elected_over_campaign_worker:
      'The accused is an elected politician and the affected person may work for them in a campaign or political work. Mind the power relation.',
    trust_elected_over_minor:
      'The accused is trust-elected and the affected person is under 18. Trust-elected members must not enter sexual relations with members under 18.',
    adult_over_minor: 'The accused is an adult and the affected person is under 18. Adults have a special responsibility towards young people.',
  },
  conflictWarning: {
    vault_owner_is_party: 'You have a conflict of interest in this case. The other contact person should handle it.',
    other_contact_person_is_party:
      'The other contact person is a party to the case and must neither see nor handle it. Do not consult them about it.',
    contact_person_is_party:
      'A contact person is a party to the case and must neither see nor handle it. Set in the settings whose vault this is.',
    employer_role_taken_over:
      'The secretariat head is a party to the case. The chair of the main board and the political leader take over as employer.',
    no_independent_contact_person:
      'Both contact persons are parties to the case. The chair of the main board and the political leader must take over.',
  },
  transitionError: {
    same_status: 'The case already has this status.',
    transition_not_allowed: 'The case cannot move directly to this status.',
    outcome_required: 'Choose the outcome before you close the case.',
    closed_date_required: 'Enter the date the case was closed.',
    closed_date_before_received: 'The closing date is before the date the inquiry was received.',
    closing_fields_only_when_closing: 'Outcome and closing date can only be given when the case is closed.',
    reopen_reason_required: 'Write why the case is reopened.',
  },
  agreementTransitionError: {
    same_status: 'The agreement already has this status.',
    transition_not_allowed: 'The agreement cannot move directly to this status.',
    signed_date_required: 'Enter the date the agreement was signed.',
  },
  consentEntryError: {
    withdraw_without_grant: 'No consent has been given for this, so there is nothing to withdraw.',
    other_action_description_required: 'Describe what the consent covers.',
  },
};
