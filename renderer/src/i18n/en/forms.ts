import type { forms as da } from '../da/forms';
import type { Shape } from '../shape';

export const forms: Shape<typeof da> = {
  required: 'Please write something here.',
  tooLong: 'The text is too long.',
  invalid: {
    text: 'Please check the text.',
    date: 'Please enter a valid date.',
    choice: 'Please choose one of the options.',
    number: 'Please enter a valid number.',
    email: 'That does not look like an e-mail address.',
    phone: 'That does not look like a phone number.',
  },
};
