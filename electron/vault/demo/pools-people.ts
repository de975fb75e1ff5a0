/**
 * Common Danish first names and surnames for synthetic parties. Combined at random they
 * describe nobody in particular; no pool entry refers to a real person.
 */

export const FIRST_NAMES = [
  'Anne', 'Kirsten', 'Mette', 'Hanne', 'Anna', 'Helle', 'Susanne', 'Lene', 'Maria', 'Marianne',
  'Lone', 'Camilla', 'Pia', 'Louise', 'Charlotte', 'Tina', 'Gitte', 'Bente', 'Karen', 'Ida',
  'Emma', 'Sofie', 'Laura', 'Freja', 'Clara', 'Julie', 'Caroline', 'Mathilde', 'Cecilie', 'Signe',
  'Maja', 'Nanna', 'Sara', 'Katrine', 'Rikke', 'Birgitte', 'Josefine', 'Astrid', 'Alma', 'Agnes',
  'Peter', 'Jens', 'Michael', 'Lars', 'Henrik', 'Thomas', 'Søren', 'Niels', 'Christian', 'Martin',
  'Rasmus', 'Jesper', 'Morten', 'Anders', 'Mads', 'Mikkel', 'Frederik', 'Jonas', 'Kasper', 'Emil',
  'Lucas', 'Oliver', 'William', 'Magnus', 'Noah', 'Victor', 'Malthe', 'Oscar', 'Carl', 'Tobias',
  'Simon', 'Kim', 'Ole', 'Poul', 'Torben', 'Klaus', 'Steen', 'Bjarne', 'Asger', 'Aske',
] as const;

export const SURNAMES = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
  'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen',
  'Knudsen', 'Jakobsen', 'Mikkelsen', 'Olesen', 'Frederiksen', 'Laursen', 'Henriksen', 'Lund', 'Schmidt', 'Eriksen',
  'Holm', 'Kristiansen', 'Clausen', 'Simonsen', 'Svendsen', 'Andreasen', 'Iversen', 'Jeppesen', 'Mogensen', 'Jespersen',
  'Nissen', 'Lauridsen', 'Kjær', 'Jepsen', 'Frandsen', 'Østergaard', 'Søndergaard', 'Dahl', 'Vestergaard', 'Nørgaard',
  'Bertelsen', 'Kjeldsen', 'Bach', 'Winther', 'Friis', 'Berg', 'Skov', 'Bruun', 'Thygesen', 'Juhl',
] as const;

/**
 * Nicknames people actually go by, keyed by the first name they come from, so demo data
 * exercises the re-identification guard with a name and its everyday variant.
 */
export const NICKNAMES_BY_FIRST_NAME: Readonly<Partial<Record<(typeof FIRST_NAMES)[number], string>>> = {
  Rasmus: 'Rasse',
  Frederik: 'Frede',
  Tobias: 'Tobbe',
  Charlotte: 'Lotte',
  Katrine: 'Trine',
  Christian: 'Chris',
  Mikkel: 'Mikse',
  Birgitte: 'Gitte',
  Josefine: 'Fie',
  Cecilie: 'Cille',
  Caroline: 'Caro',
  Michael: 'Mike',
  Susanne: 'Sanne',
  Mathilde: 'Tilde',
  Jesper: 'Jeppe',
  Louise: 'Lulu',
};

/** Nicknames not derived from a name. */
export const FREE_NICKNAMES = ['Søs', 'Bamse', 'Lillebror', 'Putte', 'Basse', 'Mulle', 'Snuden', 'Kokken'] as const;
