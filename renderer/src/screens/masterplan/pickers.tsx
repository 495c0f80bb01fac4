// Choosing a dimension, an element or an OPD inside a masterplan form: a labelled dropdown whose message shows at
// the field. The value is the record's id, or null for "none" when the field is optional.
import { Field, Option } from '@fluentui/react-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { Dimension, Element } from '../../../../shared/domain/masterplan';
import type { Unit } from '../../../../shared/domain/organisation';
import { Dropdown } from '../../components/fluent-id';

interface Choice {
  id: number;
  name: string;
}

export function RecordChoice(props: {
  label: string;
  /** The dropdown's own name when it differs from the visible label. */
  ariaLabel?: string;
  items: readonly Choice[];
  value: number | null;
  onChange: (id: number | null) => void;
  /** The "none" entry's text; without it a record must be chosen. */
  none?: string;
  error?: string | undefined;
  required?: boolean;
}) {
  const chosen = props.items.find((x) => x.id === props.value);
  return (
    <Field
      label={props.label}
      required={props.required ?? false}
      validationState={props.error ? 'error' : 'none'}
      validationMessage={props.error}
    >
      <Dropdown
        aria-label={props.ariaLabel ?? props.label}
        value={chosen?.name ?? props.none ?? ''}
        selectedOptions={[String(props.value ?? '')]}
        onOptionSelect={(_, d) => props.onChange(d.optionValue ? Number(d.optionValue) : null)}
      >
        {props.none !== undefined && <Option value="">{props.none}</Option>}
        {props.items.map((x) => (
          <Option key={x.id} value={String(x.id)}>
            {x.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

export function DimensionChoice(props: Omit<Parameters<typeof RecordChoice>[0], 'items'> & { dimensions: readonly Dimension[] }) {
  const { dimensions, ...rest } = props;
  return <RecordChoice {...rest} items={dimensions} />;
}

export function ElementChoice(props: Omit<Parameters<typeof RecordChoice>[0], 'items'> & { elements: readonly Element[] }) {
  const { elements, ...rest } = props;
  return <RecordChoice {...rest} items={elements} />;
}

export function UnitChoice(props: Omit<Parameters<typeof RecordChoice>[0], 'items'> & { units: readonly Unit[] }) {
  const { units, ...rest } = props;
  return <RecordChoice {...rest} items={units} />;
}

/** A RecordChoice bound to a form field: its value, its change and its message come from react-hook-form. */
export function FormRecordChoice<T extends FieldValues>(
  props: { control: Control<T>; name: Path<T> } & Omit<Parameters<typeof RecordChoice>[0], 'value' | 'onChange' | 'error'>,
) {
  const { control, name, ...choice } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <RecordChoice
          {...choice}
          value={field.value as number | null}
          onChange={field.onChange}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
