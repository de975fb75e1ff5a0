import { z } from 'zod';
import type { IsoDate } from '../iso-date';
import { TEXT_LIMITS, hasChanges, idSchema, isoDateSchema, requiredText } from './common';

/** A task or follow-up date (opgave / opfølgning). */
export const taskCreateInputSchema = z.strictObject({
  caseId: idSchema,
  title: requiredText(TEXT_LIMITS.short),
  dueDate: isoDateSchema.nullable().default(null),
});
export type TaskCreateInput = z.output<typeof taskCreateInputSchema>;

/** Setting `doneOn` completes the task; setting it back to null reopens it. */
export const taskUpdateInputSchema = z
  .strictObject({
    id: idSchema,
    title: requiredText(TEXT_LIMITS.short),
    dueDate: isoDateSchema.nullable(),
    doneOn: isoDateSchema.nullable(),
  })
  .partial()
  .required({ id: true })
  .refine(hasChanges, { message: 'Nothing to update' });
export type TaskUpdateInput = z.output<typeof taskUpdateInputSchema>;

export interface TaskRecord {
  id: number;
  caseId: number;
  title: string;
  dueDate: IsoDate | null;
  doneOn: IsoDate | null;
  createdAt: string;
  updatedAt: string;
}

/** A task not done by its due date, with the case it belongs to. */
export interface OverdueTask extends TaskRecord {
  reference: string;
}
