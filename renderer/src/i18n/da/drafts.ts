/** Encrypted drafts of forms and the return to where the person was after a lock. */
export const drafts = {
  restored: 'Gendannet fra kladde (gemt {{time}}).',
  saving: 'Gemmer kladden …',
  saved: 'Kladden er gemt krypteret kl. {{time}}.',
  failed: 'Kladden kunne ikke gemmes. Gem formularen, før du går fra den.',
};
