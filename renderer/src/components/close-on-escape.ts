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

/**
 * Escape closes an inline form only while nothing has been typed in it: a key pressed by
 * habit must never throw words away (Cancel, with its own draft handling, does that).
 * A hook because react-hook-form tracks `isDirty` only for a form state read while rendering.
 */
export function useCloseUntouchedOnEscape(form: { formState: { isDirty: boolean } }, close: () => void) {
  const isDirty = form.formState.isDirty;
  return closeOnEscape(() => {
    if (!isDirty) close();
  });
}
