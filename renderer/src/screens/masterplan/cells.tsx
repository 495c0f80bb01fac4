// Inputs of a repeated row inside a form (a yearly target, a budget line): named for the screen reader by row
// ("Tahun target 2"), labelled visibly only in the first row, with the message of the field under it.
import { Field, Input, Option } from '@fluentui/react-components';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { Dropdown } from '../../components/fluent-id';

type Bound<T extends FieldValues> = { control: Control<T>; name: Path<T> };

export function CellInput<T extends FieldValues>(
  props: Bound<T> & {
    /** The input's accessible name, unique in the form. */
    ariaLabel: string;
    /** The visible label (the first row's column heading). */
    label?: string | undefined;
    type?: 'text' | 'number';
    placeholder?: string;
  },
) {
  const { control, name, ariaLabel, label, type = 'text', placeholder } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field label={label} validationState={fieldState.error ? 'error' : 'none'} validationMessage={fieldState.error?.message}>
          <Input
            ref={field.ref}
            aria-label={ariaLabel}
            type={type}
            placeholder={placeholder}
            value={field.value === null || field.value === undefined ? '' : String(field.value)}
            onBlur={field.onBlur}
            onChange={(_, d) => field.onChange(type === 'number' ? (d.value.trim() === '' ? null : Number(d.value)) : d.value)}
          />
        </Field>
      )}
    />
  );
}

export function CellChoice<T extends FieldValues, V extends string>(
  props: Bound<T> & {
    ariaLabel: string;
    label?: string | undefined;
    choices: readonly V[];
    labelOf?: (value: V) => string;
  },
) {
  const { control, name, ariaLabel, label, choices, labelOf = (v: V) => v } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field label={label} validationState={fieldState.error ? 'error' : 'none'} validationMessage={fieldState.error?.message}>
          <Dropdown
            ref={field.ref}
            aria-label={ariaLabel}
            value={field.value ? labelOf(field.value as V) : ''}
            selectedOptions={[String(field.value ?? '')]}
            onBlur={field.onBlur}
            onOptionSelect={(_, d) => field.onChange(d.optionValue as V)}
            style={{ minWidth: 0 }}
          >
            {choices.map((c) => (
              <Option key={c} value={c}>
                {labelOf(c)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
    />
  );
}
