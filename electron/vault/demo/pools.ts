import { AppError } from '../../../shared/errors';
import type { DefaultCategoryKey, NoteKind } from '../../../shared/domain/vocabulary';
import { CASE_SUMMARIES, CONSENT_SCOPES, LEARNING_POINTS, TASK_TITLES } from './pools-cases';
import { NOTE_TEMPLATES } from './pools-notes';
import { EVENTS, ORGANISATIONAL_UNITS, TOWNS } from './pools-organisation';
import { FIRST_NAMES, FREE_NICKNAMES, NICKNAMES_BY_FIRST_NAME, SURNAMES } from './pools-people';

/**
 * Danish synthetic text for the seeded demo generator: the one place it takes words
 * from. Everything is invented; templates contain `{slot}` placeholders.
 */

export const TEMPLATE_SLOTS = ['affected', 'accused', 'witness', 'date', 'event', 'place', 'unit'] as const;
export type TemplateSlot = (typeof TEMPLATE_SLOTS)[number];

const SLOT_PATTERN = /\{([^{}]*)\}/g;

function isTemplateSlot(name: string): name is TemplateSlot {
  return (TEMPLATE_SLOTS as readonly string[]).includes(name);
}

/** The distinct slots a template uses, in order of first use. */
export function templateSlots(template: string): TemplateSlot[] {
  const slots: TemplateSlot[] = [];
  for (const [, name = ''] of template.matchAll(SLOT_PATTERN)) {
    if (!isTemplateSlot(name)) throw new AppError('INVALID_INPUT', `Unknown template slot {${name}}`);
    if (!slots.includes(name)) slots.push(name);
  }
  return slots;
}

/** Fills every slot the template uses; a slot without a value is an error, not a gap. */
export function fillTemplate(template: string, values: Partial<Record<TemplateSlot, string>>): string {
  for (const slot of templateSlots(template)) {
    if (values[slot] === undefined) throw new AppError('INVALID_INPUT', `No value for template slot {${slot}}`);
  }
  return template.replace(SLOT_PATTERN, (_match, name: TemplateSlot) => values[name] ?? '');
}

export interface DemoPools {
  firstNames: readonly string[];
  surnames: readonly string[];
  nicknamesByFirstName: Readonly<Partial<Record<string, string>>>;
  freeNicknames: readonly string[];
  organisationalUnits: readonly string[];
  towns: readonly string[];
  /** Definite form: "landsmødet", "sommerlejren". */
  events: readonly string[];
  noteTemplates: Readonly<Record<NoteKind, readonly string[]>>;
  caseSummaries: Readonly<Record<DefaultCategoryKey, readonly string[]>>;
  consentScopes: readonly string[];
  learningPoints: readonly string[];
  taskTitles: readonly string[];
}

export const demoPools: DemoPools = {
  firstNames: FIRST_NAMES,
  surnames: SURNAMES,
  nicknamesByFirstName: NICKNAMES_BY_FIRST_NAME,
  freeNicknames: FREE_NICKNAMES,
  organisationalUnits: ORGANISATIONAL_UNITS,
  towns: TOWNS,
  events: EVENTS,
  noteTemplates: NOTE_TEMPLATES,
  caseSummaries: CASE_SUMMARIES,
  consentScopes: CONSENT_SCOPES,
  learningPoints: LEARNING_POINTS,
  taskTitles: TASK_TITLES,
};
