import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

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
  return (
    <FieldFrame label={label} error={error} description={description} descriptionPlacement="before">
      {(control) => (
        <select {...control} {...select}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
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
