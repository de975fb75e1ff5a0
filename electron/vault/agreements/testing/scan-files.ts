import { minimalPdf } from '../minimal-pdf';

// Small but real files of the kinds a scanned signed agreement arrives as.

export function tinyPdf(): Buffer {
  return minimalPdf(['Skriftlig aftale', 'Underskrevet']);
}

/** A 1×1 white PNG. */
export function tinyPng(): Buffer {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC',
    'base64',
  );
}
