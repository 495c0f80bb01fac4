// Choosing several programmes by typing part of their code or name: the chosen ones show as a list with a labelled
// remove button each. The dimension's own programmes come first.
import { Button, Field, Option } from '@fluentui/react-components';
import { Dismiss12Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ProgrammeItem } from '../../../../shared/domain/masterplan';
import { Combobox } from '../../components/fluent-id';

const label = (p: { code: string | null; name: string }) => (p.code ? `${p.code} ${p.name}` : p.name);

export function ProgrammePicker(props: {
  label: string;
  programmes: readonly ProgrammeItem[];
  preferDimensionId?: number;
  value: number[];
  onChange: (ids: number[]) => void;
  error?: string | undefined;
}) {
  const [query, setQuery] = useState('');
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const ordered = [...props.programmes].sort(
    (a, b) => Number(b.dimensionId === props.preferDimensionId) - Number(a.dimensionId === props.preferDimensionId),
  );
  const shown = ordered.filter((p) => words.every((w) => label(p).toLowerCase().includes(w))).slice(0, 60);
  const chosen = props.value.map((id) => props.programmes.find((p) => p.id === id)).filter((p) => p !== undefined);
  return (
    <Field label={props.label} validationState={props.error ? 'error' : 'none'} validationMessage={props.error}>
      <Combobox
        aria-label={props.label}
        multiselect
        freeform
        placeholder="Ketik kode atau nama program"
        value={query}
        selectedOptions={props.value.map(String)}
        onChange={(e) => setQuery(e.target.value)}
        onOptionSelect={(_, d) => {
          props.onChange(d.selectedOptions.map(Number).filter((n) => Number.isInteger(n) && n > 0));
          setQuery('');
        }}
      >
        {shown.length === 0 && (
          <Option value="" disabled>
            Tidak ada program yang cocok
          </Option>
        )}
        {shown.map((p) => (
          <Option key={p.id} value={String(p.id)}>
            {label(p)}
          </Option>
        ))}
      </Combobox>
      {chosen.length > 0 && (
        <ul aria-label="Program terpilih" style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {chosen.map((p) => (
            <li key={p.id}>
              {label(p)}{' '}
              <Button
                size="small"
                appearance="transparent"
                icon={<Dismiss12Regular />}
                aria-label={`Lepaskan program ${label(p)}`}
                title="Lepaskan"
                onClick={() => props.onChange(props.value.filter((id) => id !== p.id))}
              />
            </li>
          ))}
        </ul>
      )}
    </Field>
  );
}
