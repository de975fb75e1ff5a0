import { parseDate, type CalendarDate } from '@internationalized/date';
import { useLayoutEffect, useMemo, useRef, useState, type ChangeEvent, type FocusEvent, type ReactNode, type Ref } from 'react';
import { DateField as AriaDateField, DateInput, DateSegment, I18nProvider, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/*
 * Every date the person types, in one field: day, month and year in the Danish order
 * (or en-GB in English), never the computer's own locale as a native date input would.
 * It keeps the form's value an ISO date (YYYY-MM-DD, '' when empty) and plugs into
 * react-hook-form's register() like an input: the form writes the value through the
 * ref's `value` (defaults, reset) and reads it back on each change.
 */

function toCalendarDate(iso: string): CalendarDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  try {
    return parseDate(iso);
  } catch {
    return null;
  }
}

/** What register() sees as the field's element. */
interface DateFieldHandle {
  name: string;
  type: 'text';
  get value(): string;
  set value(next: string | null | undefined);
  focus(): void;
}

export interface DateFieldProps {
  label: string;
  name?: string | undefined;
  error?: string | undefined;
  description?: ReactNode;
  value?: unknown;
  defaultValue?: unknown;
  onChange?: ((event: ChangeEvent<HTMLInputElement>) => void) | undefined;
  onBlur?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined;
  ref?: Ref<HTMLInputElement> | undefined;
  disabled?: boolean | undefined;
  readOnly?: boolean | undefined;
  required?: boolean | undefined;
  autoFocus?: boolean | undefined;
  /** The latest date allowed, as an ISO date. */
  max?: unknown;
}

export function DateField({ label, name = '', error, description, value, defaultValue, onChange, onBlur, ref, disabled, readOnly, required, autoFocus, max }: DateFieldProps) {
  const { i18n } = useTranslation();
  const initial = typeof value === 'string' ? value : typeof defaultValue === 'string' ? defaultValue : '';
  const [iso, setIso] = useState(initial);
  const current = useRef(initial);
  const group = useRef<HTMLDivElement>(null);
  const controlled = typeof value === 'string';

  const handle = useMemo<DateFieldHandle>(
    () => ({
      name,
      type: 'text',
      get value(): string {
        return current.current;
      },
      set value(next: string | null | undefined) {
        const text = typeof next === 'string' ? next : '';
        current.current = text;
        setIso(text);
      },
      focus() {
        group.current?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
      },
    }),
    [name],
  );

  useLayoutEffect(() => {
    const element = handle as unknown as HTMLInputElement;
    if (typeof ref === 'function') {
      ref(element);
      return () => {
        ref(null);
      };
    }
    if (ref) ref.current = element;
    return () => {
      if (ref) ref.current = null;
    };
  }, [ref, handle]);

  const shown = controlled ? (value as string) : iso;
  const event = (type: 'change' | 'blur') => ({ type, target: handle, currentTarget: handle }) as unknown;

  return (
    <I18nProvider locale={i18n.language === 'en' ? 'en-GB' : 'da-DK'}>
      <AriaDateField
        className="field date-field"
        value={toCalendarDate(shown)}
        onChange={(date) => {
          const next = date ? date.toString() : '';
          current.current = next;
          setIso(next);
          onChange?.(event('change') as ChangeEvent<HTMLInputElement>);
        }}
        onBlur={() => onBlur?.(event('blur') as FocusEvent<HTMLInputElement>)}
        isInvalid={Boolean(error)}
        isDisabled={disabled ?? false}
        isReadOnly={readOnly ?? false}
        maxValue={typeof max === 'string' ? toCalendarDate(max) : null}
        isRequired={required ?? false}
        autoFocus={autoFocus ?? false}
        name={name || undefined}
        granularity="day"
        shouldForceLeadingZeros
      >
        <Label className="field-label">{label}</Label>
        {description && (
          <Text slot="description" className="hint">
            {description}
          </Text>
        )}
        <DateInput className="date-input" ref={group}>
          {(segment) => <DateSegment segment={segment} className="date-segment" />}
        </DateInput>
        {error && (
          <Text slot="errorMessage" className="field-error">
            {error}
          </Text>
        )}
      </AriaDateField>
    </I18nProvider>
  );
}
