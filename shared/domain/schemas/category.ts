import { z } from 'zod';
import type { CategoryDefinition } from '../vocabulary';
import { TEXT_LIMITS, requiredText } from './common';

/** Stable lower-case code, e.g. `harassment`; the labels can change, the key cannot. */
export const categoryKeySchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, {
  message: 'Expected a lower-case category key',
});

export const categoryDefinitionSchema = z.strictObject({
  key: categoryKeySchema,
  labelDa: requiredText(TEXT_LIMITS.short),
  labelEn: requiredText(TEXT_LIMITS.short),
  sensitive: z.boolean(),
}) satisfies z.ZodType<CategoryDefinition>;

export const MAX_CATEGORIES = 30;

/** The categories setting: at least one, keys unique. */
export const categoryListSchema = z
  .array(categoryDefinitionSchema)
  .min(1)
  .max(MAX_CATEGORIES)
  .refine((list) => new Set(list.map((category) => category.key)).size === list.length, {
    message: 'Category keys must be unique',
  });
