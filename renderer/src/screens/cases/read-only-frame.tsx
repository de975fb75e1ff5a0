import type { ReactNode } from 'react';

/**
 * Greys out every control of a section the engine would refuse to change anyway (a
 * consultation copy, a case waiting for its handover receipt). A disabled fieldset is the
 * platform's own way to do that: nothing inside can be pressed or typed in, links still work.
 */
export function ReadOnlyFrame({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  if (!readOnly) return <>{children}</>;
  return (
    <fieldset disabled className="read-only-frame">
      {children}
    </fieldset>
  );
}
