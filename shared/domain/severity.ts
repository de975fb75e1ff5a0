import type { Extent, SeverityFactor, SeverityLevel } from './vocabulary';

/**
 * A suggested severity ("Afdækning af alvorlighedsgraden") and the steps the policy
 * prescribes. The contact person chooses the level; the suggestion is shown beside it.
 *
 * How the suggestion is made:
 * 1. A floor from what happened and how often: sexual coercion or (non-physical) assault
 *    3, physical contact 2, otherwise 1; extent repeated 2, systematic 3; repetition
 *    after saying no 2; more than one affected person 2, five or more 3.
 * 2. Each aggravating factor raises the floor by one (capped at 4): abuse of a position
 *    of power, a minor involved, serious impact on the affected person.
 * 3. Always 4 for coercion with physical contact (rape and attempts), and for a minor
 *    subjected to physical contact, coercion or assault.
 */

export interface SeverityInput {
  extent: Extent;
  /** How many people were affected; at least 1. */
  affectedCount: number;
  factors: readonly SeverityFactor[];
}

export const SEVERITY_STEPS = [
  'map_incident',
  'oral_agreement',
  'written_agreement',
  'offer_conversation_series',
  'map_extent',
  'map_severity',
  'decide_involvement_of_accused',
  'offer_support_person',
  'offer_rape_victims_centre',
  'offer_police_report',
  'offer_external_psychologist',
  'assess_consequences',
] as const;
export type SeverityStep = (typeof SEVERITY_STEPS)[number];

export interface SeveritySuggestion {
  level: SeverityLevel;
  /** The policy's steps for this case, in the order they are usually taken. */
  steps: SeverityStep[];
}

const EXTENT_FLOOR: Readonly<Record<Extent, SeverityLevel>> = { single: 1, repeated: 2, systematic: 3 };

const AGGRAVATING_FACTORS: readonly SeverityFactor[] = ['abuse_of_power', 'minor_involved', 'impact'];

/** "Seksuel tvang og overgreb", including "Et ikke-fysisk seksuelt overgreb". */
function isCoercionOrAssault(factors: ReadonlySet<SeverityFactor>): boolean {
  return factors.has('coercion_or_threat') || factors.has('non_physical_assault');
}

function actFloor(factors: ReadonlySet<SeverityFactor>): SeverityLevel {
  if (isCoercionOrAssault(factors)) return 3;
  if (factors.has('physical_contact')) return 2;
  return 1;
}

function affectedCountFloor(affectedCount: number): SeverityLevel {
  if (affectedCount >= 5) return 3;
  if (affectedCount >= 2) return 2;
  return 1;
}

function toLevel(value: number): SeverityLevel {
  return Math.min(4, Math.max(1, value)) as SeverityLevel;
}

export function suggestSeverityLevel(input: SeverityInput): SeverityLevel {
  const factors = new Set(input.factors);
  const mustBeHighest =
    (factors.has('coercion_or_threat') && factors.has('physical_contact')) ||
    (factors.has('minor_involved') && (factors.has('physical_contact') || isCoercionOrAssault(factors)));
  if (mustBeHighest) return 4;

  const floor = Math.max(
    actFloor(factors),
    EXTENT_FLOOR[input.extent],
    factors.has('repetition') ? 2 : 1,
    affectedCountFloor(input.affectedCount),
  );
  const raises = AGGRAVATING_FACTORS.filter((factor) => factors.has(factor)).length;
  return toLevel(floor + raises);
}

/**
 * Step codes prescribed by the policy for these factors. The level is not used: the
 * policy ties its sharpened approach to the kind of act, not to a grade.
 */
export function prescribedSteps(factors: readonly SeverityFactor[]): SeverityStep[] {
  const present = new Set(factors);
  const steps: SeverityStep[] = [
    // "Samtale med kontaktpersoner og afdækning af hændelsen."
    'map_incident',
    // "Aftaler med den krænkede om, hvad der skal ske. Dette sker såvel mundtligt som skriftligt"
    'oral_agreement',
    'written_agreement',
    // "Tilbud om en samtalerække"
    'offer_conversation_series',
    // "Afdækning af omfanget af krænkelserne"
    'map_extent',
    // "Afdækning af alvorlighedsgraden"
    'map_severity',
    // "Afdækning af, hvorvidt den krænkende part skal inddrages og hvordan (Dialogrådet kan
    // evt. inddrages med mediation)"
    'decide_involvement_of_accused',
    // "Det sikres, at den krænkede part til enhver tid kan inddrage en person efter eget
    // ønske i processen."
    'offer_support_person',
  ];
  if (isCoercionOrAssault(present)) {
    // "Ved seksuelle overgreb og tvang skærpes tilgangen og med accept fra den krænkede
    // part inddrages center for voldtægtsofre og foretages politianmeldelse."
    steps.push('offer_rape_victims_centre', 'offer_police_report');
    // "Der tilbydes samtale med ekstern psykolog betalt af Alternativet."
    steps.push('offer_external_psychologist');
  }
  if (present.has('abuse_of_power') || present.has('minor_involved')) {
    // "Konsekvenserne for den krænkende person afhænger af alvorlighedsgraden og omfanget
    // af krænkelserne og kan føre til en påtale eller eksklusion fra partiet." Misuse of a
    // position ("Magtstrukturer") and minors ("et særligt ansvar, når man som voksen og
    // moden person omgås unge") make the consequence question one to take up explicitly.
    steps.push('assess_consequences');
  }
  return steps;
}

export function suggestSeverity(input: SeverityInput): SeveritySuggestion {
  return { level: suggestSeverityLevel(input), steps: prescribedSteps(input.factors) };
}
