import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormDraftKey, FormDraftValues } from '../../../shared/contract/drafts';
import { useDraftCalls } from '../api/use-drafts';

/** Long enough not to write on every key press, short enough that a lock loses almost nothing. */
const DRAFT_SAVE_DELAY_MS = 700;

export type AutosaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; savedAt: string } | { status: 'failed' };

/**
 * Keeps what is being typed as an encrypted draft in the vault: saved a moment after
 * typing stops, and at once when the form goes away (another tab, another screen).
 * Saves and discards run one after another, so a late save can never bring back a draft
 * that was just discarded. `null` means "nothing worth keeping": the draft is discarded.
 */
export function useDraftAutosave(key: FormDraftKey) {
  const { save, discard } = useDraftCalls();
  const [state, setState] = useState<AutosaveState>({ status: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ values: FormDraftValues | null } | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  /** Set while the form itself is being saved: a draft written now would outlive the record. */
  const paused = useRef(false);
  const { form, caseId, target } = key;

  const enqueue = useCallback((work: () => Promise<void>) => {
    queue.current = queue.current.then(work).catch(() => setState({ status: 'failed' }));
    return queue.current;
  }, []);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next === null || paused.current) return queue.current;
    const draftKey = { form, caseId, target };
    return enqueue(async () => {
      if (next.values === null) {
        await discard(draftKey);
        setState({ status: 'idle' });
        return;
      }
      setState({ status: 'saving' });
      const { savedAt } = await save(draftKey, next.values);
      setState({ status: 'saved', savedAt });
    });
  }, [form, caseId, target, discard, enqueue, save]);

  const schedule = useCallback(
    (values: FormDraftValues | null) => {
      if (paused.current) return;
      pending.current = { values };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DRAFT_SAVE_DELAY_MS);
    },
    [flush],
  );

  /** Before saving the form: drops any save not yet sent, waits for one under way, and pauses. */
  const pause = useCallback(async () => {
    paused.current = true;
    clearTimeout(timer.current);
    pending.current = null;
    await queue.current;
  }, []);

  /** The form could not be saved: keep the draft current again. */
  const resume = useCallback(() => {
    paused.current = false;
  }, []);

  /** Saved or cancelled: the draft has done its work. Typing again later starts a new one. */
  const discardNow = useCallback(async () => {
    await pause();
    await enqueue(() => discard({ form, caseId, target }));
    setState({ status: 'idle' });
    paused.current = false;
  }, [form, caseId, target, discard, enqueue, pause]);

  useEffect(() => () => void flush(), [flush]);

  return { state, schedule, flush, pause, resume, discardNow };
}
