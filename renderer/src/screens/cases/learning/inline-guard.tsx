import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/bridge';
import { MarkedText } from '../../report/marked-text';
import '../checklist/case-page.css';

/** Long enough to wait for a pause in typing, short enough to feel like it follows along. */
export const GUARD_DEBOUNCE_MS = 600;

function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The re-identification guard on the learning point as it is written: after each pause
 * in typing the text is checked with the vault's identifiers, and the places that may
 * point to a person are shown marked, so the person rewrites them while the case is fresh
 * rather than at report time. The text is not stored by the check.
 */
export function InlineGuard({ text, reportYear }: { text: string; reportYear: number }) {
  const { t } = useTranslation();
  const settledText = useDebounced(text, GUARD_DEBOUNCE_MS);
  const year = Number.isInteger(reportYear) && reportYear >= 2000 && reportYear <= 9999 ? reportYear : new Date().getFullYear();
  const check = useQuery({
    queryKey: ['learningPoints', 'check', year, settledText],
    queryFn: () => call('learningPoints.check', { text: settledText, reportYear: year }),
    enabled: settledText.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 0,
  });
  if (text.trim() === '') return null;
  const typing = settledText !== text || check.isFetching;
  const findings = check.data ?? [];
  let message: string;
  if (check.isError) message = t('casePage.learning.checkFailed');
  else if (check.data === undefined) message = t('casePage.learning.checking');
  else if (findings.length === 0) message = typing ? t('casePage.learning.checking') : t('casePage.learning.clean');
  else message = t('casePage.learning.found', { count: findings.length });
  return (
    <div className="inline-guard">
      <p role="status" className={findings.length > 0 ? 'guard-status warning' : 'guard-status hint'}>
        {message}
      </p>
      {findings.length > 0 && check.data !== undefined && (
        <div aria-label={t('casePage.learning.markedTitle')} role="group" className="guard-marked">
          <MarkedText text={settledText} findings={findings} />
        </div>
      )}
    </div>
  );
}
