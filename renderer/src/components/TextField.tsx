// A labelled text input whose validation message comes from the shared schemas or the service's answer.
import { Field, Input, Textarea } from '@fluentui/react-components';
import type { Ref } from 'react';

export interface TextFieldProps {
  label: string;
  value: string | null | undefined;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
  multiline?: boolean;
  type?: 'text' | 'date' | 'email' | 'number';
  placeholder?: string;
  hint?: string;
  name?: string;
  /** The input element, for focusing the first field of a new form and the field of an error. */
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  onBlur?: () => void;
}

/** Room for what is written plus a line, between 3 and 12 lines; the user can still drag it taller. */
function rowsFor(value: string | null | undefined): number {
  const lines = (value ?? '').split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 90)), 0);
  return Math.min(12, Math.max(3, lines + 1));
}

export function TextField({
  label,
  value,
  onChange,
  error,
  required,
  multiline,
  type = 'text',
  placeholder,
  hint,
  name,
  inputRef,
  onBlur,
}: TextFieldProps) {
  return (
    <Field
      label={label}
      required={required ?? false}
      validationState={error ? 'error' : 'none'}
      validationMessage={error}
      hint={hint}
    >
      {multiline ? (
        <Textarea
          name={name}
          ref={inputRef}
          onBlur={onBlur}
          value={value ?? ''}
          placeholder={placeholder}
          resize="vertical"
          rows={rowsFor(value)}
          onChange={(_, d) => onChange(d.value)}
        />
      ) : (
        <Input
          name={name}
          ref={inputRef}
          onBlur={onBlur}
          type={type}
          value={value === null || value === undefined ? '' : String(value)}
          placeholder={placeholder}
          onChange={(_, d) => onChange(d.value)}
        />
      )}
    </Field>
  );
}
