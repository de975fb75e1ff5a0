import type { KeyboardEvent } from 'react';

/**
 * Escape closes an inline form, as it closes a dialog. An open list or menu inside the
 * form (a select, a date picker) handles its own Escape first and stops it there.
 */
export function closeOnEscape(close: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };
}
