import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldFrame } from './field-frame';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string | undefined;
  description?: ReactNode;
}

/** A labelled input whose error and description are announced with it. */
export function Field({ label, error, description, ...input }: FieldProps) {
  return (
    <FieldFrame label={label} error={error} description={description} descriptionPlacement="after">
      {(control) => <input {...control} {...input} />}
    </FieldFrame>
  );
}
