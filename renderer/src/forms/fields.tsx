// Form fields bound to a react-hook-form form: the label, the control and the message at the field, in one line at
// the place of use. Blank optional text is stored as null, as the schemas expect.
import { Field, Option } from '@fluentui/react-components';
import { Dropdown } from '../components/fluent-id';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { DateField } from '../components/DateField';
import { TextField, type TextFieldProps } from '../components/TextField';

type Bound<T extends FieldValues> = { control: Control<T>; name: Path<T> };

export function FormText<T extends FieldValues>(
  props: Bound<T> &
    Omit<TextFieldProps, 'value' | 'onChange' | 'error' | 'name' | 'inputRef' | 'onBlur'> & {
      /** Blank becomes null (optional fields); otherwise the text as typed. */
      nullable?: boolean;
      /** The input's name attribute, when it differs from the field's path. */
      inputName?: string;
      /** Called after the value changed (derived fields: gender from the NIP). */
      onValue?: (value: string | null) => void;
      /** The message when it is worded from errors below the field (an item of a one-per-line list). */
      errorText?: string | undefined;
    },
) {
  const { control, name, nullable, inputName, onValue, type, errorText, ...rest } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...rest}
          type={type}
          name={inputName ?? name}
          value={field.value as string | null}
          inputRef={field.ref}
          onBlur={field.onBlur}
          error={errorText ?? fieldState.error?.message}
          onChange={(v) => {
            const value = type === 'number' ? (v.trim() === '' ? null : Number(v)) : nullable && v.trim() === '' ? null : v;
            field.onChange(value);
            onValue?.(value as string | null);
          }}
        />
      )}
    />
  );
}

/** A dropdown over fixed choices; "" stands for none (null) when `none` names it. */
export function FormChoice<T extends FieldValues, V extends string>(
  props: Bound<T> & {
    label: string;
    ariaLabel?: string;
    choices: readonly V[];
    labelOf: (value: V) => string;
    none?: string;
  },
) {
  const { control, name, label, ariaLabel, choices, labelOf, none } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const value = field.value as V | null;
        return (
          <Field
            label={label}
            validationState={fieldState.error ? 'error' : 'none'}
            validationMessage={fieldState.error?.message}
          >
            <Dropdown
              ref={field.ref}
              aria-label={ariaLabel ?? label}
              value={value ? labelOf(value) : (none ?? '')}
              selectedOptions={[value ?? '']}
              onBlur={field.onBlur}
              onOptionSelect={(_, d) => field.onChange(d.optionValue ? (d.optionValue as V) : null)}
            >
              {none !== undefined && <Option value="">{none}</Option>}
              {choices.map((c) => (
                <Option key={c} value={c}>
                  {labelOf(c)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      }}
    />
  );
}

/** A date: shown "19 November 2021", typed 19/11/2021, stored yyyy-mm-dd (null when empty). */
export function FormDate<T extends FieldValues>(
  props: Bound<T> & { label: string; required?: boolean; hint?: string; inputName?: string },
) {
  const { control, name, inputName, ...rest } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          {...rest}
          name={inputName ?? name}
          value={field.value as string | null}
          inputRef={field.ref}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
          onChange={field.onChange}
        />
      )}
    />
  );
}
