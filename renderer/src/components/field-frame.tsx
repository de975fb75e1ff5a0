import { useId, type ReactNode } from 'react';

/** What the control inside a `FieldFrame` needs to be labelled and announced. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldFrameProps {
  label: string;
  error?: string | undefined;
  description?: ReactNode;
  /**
   * Where the description stands: a hint to read before choosing or writing goes first;
   * feedback on what was typed (e.g. the passphrase strength meter) goes after the input.
   */
  descriptionPlacement: 'before' | 'after';
  children: (control: FieldControlProps) => ReactNode;
}

/** A field's label, description and error around its control, tied to it by ids. */
export function FieldFrame({ label, error, description, descriptionPlacement, children }: FieldFrameProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const control: FieldControlProps = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [descriptionId, errorId].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {description && descriptionPlacement === 'before' && (
        <div id={descriptionId} className="hint">
          {description}
        </div>
      )}
      {children(control)}
      {description && descriptionPlacement === 'after' && <div id={descriptionId}>{description}</div>}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
