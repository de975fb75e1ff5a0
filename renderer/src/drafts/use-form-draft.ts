import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { FormDraftKey, FormDraftRecord, FormDraftValues } from '../../../shared/contract/drafts';
import { useStoredDraft } from '../api/use-drafts';
import { useDraftAutosave } from './use-draft-autosave';
import { usePlace } from './workspace-place';

export interface FormDraft {
  /** The draft the form was filled from when it opened, if any. */
  restored: FormDraftRecord | null;
  state: ReturnType<typeof useDraftAutosave>['state'];
  /** Before submitting: no draft is written while the record is being saved. */
  pause: () => Promise<void>;
  /** The save failed: keep the draft current again. */
  resume: () => void;
  /** Saved or cancelled: remove the draft. */
  clear: () => Promise<void>;
  /** Keep the draft as it is now, e.g. before closing the form on purpose. */
  flush: () => Promise<void>;
  /**
   * Saves the record with `work` (which may also reset the form): no draft is written
   * meanwhile, and the draft is removed once it succeeded; kept when it failed.
   */
  saveWith: <R>(work: () => Promise<R>) => Promise<R>;
}

const asJson = (values: unknown) => JSON.stringify(values);

/**
 * The one way a form with free text keeps its text: what is typed is saved, a moment
 * later, as an encrypted draft in the vault; when the form opens again (after a lock, a
 * wrong click, a crash) the draft is put back. By default a draft is worth keeping when
 * the values differ from the form's starting values. The form calls `clear` when it is
 * saved or cancelled, and `pause`/`resume` around the save.
 */
export function useFormDraft<T extends FieldValues>(
  // The output type does not matter here; forms with a transforming resolver pass theirs.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: UseFormReturn<T, any, any>,
  key: FormDraftKey,
  isWorthKeeping?: (values: T) => boolean,
): FormDraft {
  const { form: kind, caseId, target } = key;
  const stored = useStoredDraft(key);
  const autosave = useDraftAutosave(key);
  const { setOpenForm, reopened } = usePlace();
  const [restored, setRestored] = useState<FormDraftRecord | null>(null);
  const starting = useRef(asJson(form.formState.defaultValues));
  const worthKeeping = useRef(isWorthKeeping);
  useEffect(() => {
    worthKeeping.current = isWorthKeeping;
  });
  const loaded = stored.isSuccess;

  useEffect(() => {
    const here = { form: kind, caseId, target };
    setOpenForm(here);
    reopened(here);
    return () => setOpenForm(null, here);
  }, [kind, caseId, target, setOpenForm, reopened]);

  const { reset, subscribe, getValues } = form;
  const storedData = stored.data;
  const applied = useRef(false);
  useEffect(() => {
    // Once per opening: a later read of the same draft (a refetch) is not a restoration.
    if (storedData === undefined || applied.current) return;
    applied.current = true;
    if (storedData === null) return;
    // Text typed in the moment before the draft arrived wins over the older draft.
    if (asJson(getValues()) !== starting.current) return;
    reset(storedData.values as T, { keepDefaultValues: true });
    setRestored(storedData);
  }, [storedData, reset, getValues]);

  const { schedule } = autosave;
  useEffect(() => {
    // Nothing is written before the stored draft has been read, so it cannot be overwritten.
    if (!loaded) return;
    return subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const keep = worthKeeping.current ? worthKeeping.current(values as T) : asJson(values) !== starting.current;
        // As JSON, the vault's form: fields left undefined drop out, as they would on disk.
        schedule(keep ? (JSON.parse(asJson(values)) as FormDraftValues) : null);
      },
    });
  }, [loaded, subscribe, schedule]);

  const { pause, resume, discardNow, flush } = autosave;
  const clear = useCallback(async () => {
    await discardNow();
    // What is in the form now (saved, or emptied for the next record) is its new start.
    starting.current = asJson(getValues());
    setRestored(null);
  }, [discardNow, getValues]);
  const saveWith = useCallback(
    async <R>(work: () => Promise<R>): Promise<R> => {
      await pause();
      let result: R;
      try {
        result = await work();
      } catch (error) {
        resume();
        throw error;
      }
      await clear();
      return result;
    },
    [pause, resume, clear],
  );
  return { restored, state: autosave.state, pause, resume, clear, flush, saveWith };
}
