// Choosing one position (a person acting in an office), or none: typed to search by name or jabatan, each shown
// as "Nama — jabatan as printed" so that a Plt. or Plh. is visible where it is picked.
import { Option } from '@fluentui/react-components';
import { Combobox } from './fluent-id';
import { useState } from 'react';
import type { Person, Position } from '../../../shared/domain/organisation';
import type { Region } from '../lib/draft';
import { holderAndJabatan } from '../lib/jabatan';

export function PositionPicker(props: {
  label: string;
  positions: Position[];
  people: Person[];
  region: Region;
  value: number | null;
  onChange: (id: number | null) => void;
}) {
  const chosen = props.positions.find((p) => p.id === props.value);
  const chosenText = chosen ? holderAndJabatan(chosen, props.people, props.region) : '';
  // While the user types, the box shows what they type; otherwise the chosen position.
  const [typed, setTyped] = useState<string | null>(null);
  const query = (typed ?? '').trim().toLowerCase();
  const options = props.positions
    .map((p) => ({ id: p.id, text: holderAndJabatan(p, props.people, props.region) }))
    .filter((o) => typed === null || o.text.toLowerCase().includes(query))
    .slice(0, 60);
  return (
    <Combobox
      aria-label={props.label}
      placeholder="Ketik nama atau jabatan"
      value={typed ?? chosenText}
      selectedOptions={props.value === null ? [] : [String(props.value)]}
      onChange={(e) => setTyped(e.target.value)}
      onOpenChange={(_, d) => !d.open && setTyped(null)}
      onOptionSelect={(_, d) => {
        setTyped(null);
        props.onChange(d.optionValue ? Number(d.optionValue) : null);
      }}
      clearable
    >
      {options.map((o) => (
        <Option key={o.id} value={String(o.id)} text={o.text}>
          {o.text}
        </Option>
      ))}
    </Combobox>
  );
}
