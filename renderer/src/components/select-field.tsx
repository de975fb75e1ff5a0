import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: readonly SelectOption[];
  /** Offered first with the value '' (e.g. "Ved ikke endnu"), for a choice that may stay open. */
  emptyLabel?: string;
  error?: string | undefined;
  description?: ReactNode;
}

export function SelectField({ label, options, emptyLabel, error, description, ...select }: SelectFieldProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {description && (
        <div id={descriptionId} className="hint">
          {description}
        </div>
      )}
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}
        {...select}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Options from a code list and its labels, in the list's order. */
export function optionsOf<K extends string | number>(codes: readonly K[], words: Readonly<Record<K, string>>): SelectOption[] {
  return codes.map((code) => ({ value: String(code), label: words[code] }));
}

/**
 * Register options for a field whose empty value means "not known" or "none": a select left
 * on its empty choice (or a date left blank) is stored as null, the contract's one way of
 * saying so.
 */
export const emptyAsNull = { setValueAs: (value: string | null) => (value === '' ? null : value) };
