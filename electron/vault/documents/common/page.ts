/** A4 in twips (1/20 pt), the unit Word lays pages out in. */
export const A4_WIDTH_TWIPS = 11906;
export const A4_HEIGHT_TWIPS = 16838;

/** 2.5 cm: the margin Danish Word templates use. */
export const MARGIN_TWIPS = 1417;

export const CONTENT_WIDTH_TWIPS = A4_WIDTH_TWIPS - 2 * MARGIN_TWIPS;
