import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { workspacePlaceSchema, type FormDraftKey, type FormDraftKind } from '../../../shared/contract/drafts';
import { call } from '../api/bridge';

/*
 * "Where was I": the screen and the open form are remembered in the vault as the person
 * moves (the renderer forgets everything on lock by design, and nothing of it may sit
 * unencrypted on disk). After unlocking, the app goes back to that screen and the section
 * there opens that form again, which then restores its draft.
 */

interface PlaceContextValue {
  /** The form being filled in on this screen, if any. */
  setOpenForm: (key: FormDraftKey | null, previous?: FormDraftKey) => void;
  /** The form to open again after unlocking, until it has opened. */
  reopen: FormDraftKey | null;
  reopened: (key: FormDraftKey) => void;
}

const PlaceContext = createContext<PlaceContextValue>({ setOpenForm: () => undefined, reopen: null, reopened: () => undefined });

export const sameForm = (a: FormDraftKey | null | undefined, b: FormDraftKey | null | undefined): boolean =>
  !!a && !!b && a.form === b.form && a.caseId === b.caseId && a.target === b.target;

type Phase = 'waiting' | 'restoring' | 'tracking';

/** Remembers the place while the vault is open, and returns to it when it is unlocked. */
export function WorkspacePlace({ unlocked, children }: { unlocked: boolean; children: ReactNode }) {
  const [location, navigate] = useLocation();
  const [openForm, setOpenFormState] = useState<FormDraftKey | null>(null);
  const [reopen, setReopen] = useState<FormDraftKey | null>(null);
  const [phase, setPhase] = useState<Phase>('waiting');
  const [wasUnlocked, setWasUnlocked] = useState(false);
  const here = useRef(location);
  useEffect(() => {
    here.current = location;
  }, [location]);
  // Each unlocking starts one return; a lock forgets the form still to be opened.
  if (unlocked !== wasUnlocked) {
    setWasUnlocked(unlocked);
    setPhase(unlocked ? 'restoring' : 'waiting');
    if (!unlocked) setReopen(null);
  }

  useEffect(() => {
    if (phase !== 'restoring') return;
    let cancelled = false;
    call('drafts.lastPlace')
      .then((place) => {
        // From the start page (where a lock leaves the person) back to the place; a reload
        // of another screen stays where it is.
        if (cancelled || place === null || (here.current !== '/' && here.current !== place.path)) return;
        setReopen(place.form);
        navigate(place.path);
      })
      // Only a convenience: without it the person starts from the case list.
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) setPhase('tracking');
      });
    return () => {
      cancelled = true;
    };
  }, [phase, navigate]);

  useEffect(() => {
    if (phase !== 'tracking' || !unlocked) return;
    const place = workspacePlaceSchema.safeParse({ path: location, form: openForm });
    // After a lock the vault refuses; the place it had stays the one to return to.
    if (place.success) call('drafts.rememberPlace', place.data).catch(() => undefined);
  }, [phase, unlocked, location, openForm]);

  const setOpenForm = useCallback((key: FormDraftKey | null, previous?: FormDraftKey) => {
    setOpenFormState((current) => (key === null && previous && !sameForm(current, previous) ? current : key));
  }, []);
  const reopened = useCallback((key: FormDraftKey) => setReopen((current) => (sameForm(current, key) ? null : current)), []);
  const value = useMemo(() => ({ setOpenForm, reopen, reopened }), [setOpenForm, reopen, reopened]);
  return <PlaceContext.Provider value={value}>{children}</PlaceContext.Provider>;
}

export function usePlace(): PlaceContextValue {
  return useContext(PlaceContext);
}

/**
 * For a section whose form opens on a click: the record whose form was open when the vault
 * locked (`'new'` for a new one), so the section opens it again; null otherwise.
 */
export function useReopenTarget(form: FormDraftKind, caseId: number | null): number | 'new' | null {
  const { reopen } = usePlace();
  if (reopen === null || reopen.form !== form || reopen.caseId !== caseId) return null;
  return reopen.target ?? 'new';
}

/**
 * Opens a section's form again after unlocking, when that form was the one open: `open`
 * is called once with the record (or `'new'`), while rendering, as React advises for
 * state that follows a change rather than an effect.
 */
export function useReopen(form: FormDraftKind, caseId: number | null, open: (target: number | 'new') => void): void {
  const target = useReopenTarget(form, caseId);
  const [handled, setHandled] = useState<number | 'new' | null>(null);
  if (target !== handled) {
    setHandled(target);
    if (target !== null) open(target);
  }
}
