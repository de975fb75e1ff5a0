import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { DateField } from './date-field';
import { FieldFrame } from './field-frame';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string | undefined;
  description?: ReactNode;
  ref?: Ref<HTMLInputElement> | undefined;
}

/**
 * A labelled input whose error and description are announced with it. A date is the one
 * date field (day, month, year in the Danish order), never the browser's own.
 */
export function Field({ label, error, description, ref, ...input }: FieldProps) {
  if (input.type === 'date') {
    return (
      <DateField
        label={label}
        error={error}
        description={description}
        name={input.name}
        value={input.value}
        defaultValue={input.defaultValue}
        onChange={input.onChange}
        onBlur={input.onBlur}
        ref={ref}
        disabled={input.disabled}
        readOnly={input.readOnly}
        max={input.max}
        required={input.required}
        autoFocus={input.autoFocus}
      />
    );
  }
  return (
    <FieldFrame label={label} error={error} description={description} descriptionPlacement="after">
      {(control) => <input {...control} {...input} ref={ref} />}
    </FieldFrame>
  );
}
