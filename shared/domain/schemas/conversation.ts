import { z } from 'zod';
import type { IsoDate } from '../iso-date';
import {
  CONVERSATION_STATUSES,
  type ConversationStatus,
} from '../vocabulary';
import { TEXT_LIMITS, hasChanges, idSchema, isoDateSchema, optionalText, withNullDefaults } from './common';

/**
 * One conversation in the offered series ("Tilbud om en samtalerække"). An offer or a
 * declined offer may have no date; a planned or held conversation has one.
 */
export function conversationNeedsDate(status: ConversationStatus): boolean {
  return status === 'planned' || status === 'held';
}

const conversationDetailFields = {
  date: isoDateSchema.nullable(),
  note: optionalText(TEXT_LIMITS.medium),
};

export const conversationCreateInputSchema = z
  .strictObject({
    caseId: idSchema,
    status: z.enum(CONVERSATION_STATUSES),
    ...withNullDefaults(conversationDetailFields),
  })
  .refine((input) => !conversationNeedsDate(input.status) || input.date !== null, {
    message: 'A planned or held conversation needs a date',
    path: ['date'],
  });
export type ConversationCreateInput = z.output<typeof conversationCreateInputSchema>;

/** The service checks `conversationNeedsDate` on the merged record. */
export const conversationUpdateInputSchema = z
  .strictObject({ id: idSchema, status: z.enum(CONVERSATION_STATUSES), ...conversationDetailFields })
  .partial()
  .required({ id: true })
  .refine(hasChanges, { message: 'Nothing to update' });
export type ConversationUpdateInput = z.output<typeof conversationUpdateInputSchema>;

export interface ConversationRecord {
  id: number;
  caseId: number;
  status: ConversationStatus;
  date: IsoDate | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}
