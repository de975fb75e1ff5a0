import { addDays, compareIsoDates, parseIsoDate, type IsoDate } from '../../../shared/domain/iso-date';
import { AppError } from '../../../shared/errors';
import type { Prng } from './prng';

const MONTHS_DA = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

function parts(date: IsoDate) {
  const parsed = parseIsoDate(date);
  if (parsed === null) throw new AppError('INTERNAL', 'A demo date is malformed');
  return parsed;
}

/** A day from `from` up to `days` days later, but never after `latest`. */
export function dayAfter(prng: Prng, from: IsoDate, days: number, latest: IsoDate): IsoDate {
  const candidate = addDays(from, prng.int(0, days));
  return compareIsoDates(candidate, latest) > 0 ? latest : candidate;
}

/** An instant during office hours on `date`, as the vault writes its timestamps. */
export function instantOn(prng: Prng, date: IsoDate): string {
  const hour = String(prng.int(8, 17)).padStart(2, '0');
  const minute = String(prng.int(0, 59)).padStart(2, '0');
  return `${date}T${hour}:${minute}:00.000Z`;
}

/** "14. marts", as dates are written in Danish running text. */
export function danishDate(date: IsoDate): string {
  const { month, day } = parts(date);
  return `${day}. ${MONTHS_DA[month - 1]}`;
}

export function yearOf(date: IsoDate): number {
  return parts(date).year;
}
