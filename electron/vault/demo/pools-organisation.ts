/** Where things happen in a Danish association: units, towns and recurring events. */

export const ORGANISATIONAL_UNITS = [
  'Sekretariatet',
  'Hovedbestyrelsen',
  'Ungdomsorganisationen',
  'Lokalforeningen i Aarhus Midt',
  'Lokalforeningen i Odense Øst',
  'Lokalforeningen på Vesterbro',
  'Storkreds Fyn',
  'Storkreds Nordjylland',
  'Storkreds Sjælland',
  'Byrådsgruppen i Aalborg',
  'Regionsrådsgruppen',
  'Kampagneteamet',
  'Kommunikationsteamet',
  'Frivilligkoordineringen',
  'Det politiske udvalg for klima',
  'Det politiske udvalg for social- og sundhed',
  'Landsmødeudvalget',
  'Redaktionen af medlemsbladet',
] as const;

export const TOWNS = [
  'Aarhus', 'Odense', 'Aalborg', 'Esbjerg', 'Randers', 'Kolding', 'Horsens', 'Vejle', 'Roskilde', 'Herning',
  'Silkeborg', 'Næstved', 'Fredericia', 'Viborg', 'Køge', 'Holstebro', 'Slagelse', 'Hillerød', 'Svendborg', 'Sønderborg',
  'Hjørring', 'Holbæk', 'Frederikshavn', 'Nyborg', 'Ringsted', 'Skive', 'Haderslev', 'Thisted', 'Ribe', 'Helsingør',
  'København', 'Frederiksberg',
] as const;

/**
 * Events in definite form, so they read naturally after "under" or "efter" in
 * templates ("under landsmødet", "efter sommerlejren").
 */
export const EVENTS = [
  'landsmødet',
  'sommerlejren',
  'valgkampen',
  'julefrokosten',
  'medlemsmødet',
  'generalforsamlingen',
  'strategiseminaret',
  'kampagneweekenden',
  'debataftenen',
  'ungdomstræffet',
  'uddannelsesweekenden',
  'sommerfesten',
  'valgfesten',
  'bestyrelsesseminaret',
  'frivilligaftenen',
  'dør-til-dør-kampagnen',
  'kursusdagen om samværspolitikken',
  'standen på torvet',
] as const;
