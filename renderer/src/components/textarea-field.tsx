import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  error?: string | undefined;
  description?: ReactNode;
}

/** A labelled multi-line text, announced with its description and error like `Field`. */
export function TextAreaField({ label, error, description, rows = 4, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} error={error} description={description} descriptionPlacement="before">
      {(control) => <textarea {...control} rows={rows} {...textarea} />}
    </FieldFrame>
  );
}
