/** Realistic Danish searches a contact person might type, prefixes included. */
export const SEARCH_QUERIES = [
  'landsmøde',
  'sommerlejr',
  'bisidder',
  'samtale',
  'krænk',
  'besked',
  'alkohol',
  'Dialogrådet',
  'psykolog',
  'ungdom',
  'kampagne',
  'opfølgning',
  'grænse',
  'påtale',
  'møde',
  'hjem',
] as const;
