// Choosing an OPD or kecamatan, or none ("—"): used wherever a record may belong to a unit.
import { Option } from '@fluentui/react-components';
import { Dropdown } from './fluent-id';
import type { Unit } from '../../../shared/domain/organisation';

export function UnitDropdown(props: {
  label: string;
  units: Unit[];
  value: number | null;
  onChange: (id: number | null) => void;
}) {
  return (
    <Dropdown
      aria-label={props.label}
      value={props.units.find((u) => u.id === props.value)?.name ?? '—'}
      selectedOptions={[String(props.value ?? '')]}
      onOptionSelect={(_, d) => props.onChange(d.optionValue ? Number(d.optionValue) : null)}
    >
      <Option value="">—</Option>
      {props.units.map((u) => (
        <Option key={u.id} value={String(u.id)}>
          {u.name}
        </Option>
      ))}
    </Dropdown>
  );
}
