import type { drafts as da } from '../da/drafts';
import type { Shape } from '../shape';

export const drafts: Shape<typeof da> = {
  restored: 'Restored from draft (saved {{time}}).',
  saving: 'Saving the draft …',
  saved: 'The draft was saved encrypted at {{time}}.',
  failed: 'The draft could not be saved. Save the form before you leave it.',
};
