import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/** Radio buttons or checkboxes under one legend; arrow keys move between radios natively. */
export function ChoiceGroup({
  legend,
  error,
  description,
  children,
}: {
  legend: string;
  error?: string | undefined;
  description?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className="choice-group"
      aria-describedby={[description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {description && (
        <div id={`${id}-description`} className="hint">
          {description}
        </div>
      )}
      <div className="choices">{children}</div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface ChoiceProps extends InputHTMLAttributes<HTMLInputElement> {
  label: ReactNode;
  type: 'radio' | 'checkbox';
}

export function Choice({ label, ...input }: ChoiceProps) {
  return (
    <label className="choice">
      <input {...input} />
      <span>{label}</span>
    </label>
  );
}
