// Readiness notes per aspect (struktur, infrastruktur, suprastruktur), optionally for one dimension.
import { Button, Option, Subtitle2, Textarea } from '@fluentui/react-components';
import { Dropdown } from '../components/fluent-id';
import { useState } from 'react';
import { READINESS_ASPECTS, type Dimension, type ReadinessAspect, type ReadinessNote } from '../../../shared/domain/masterplan';
import { call } from '../api/bridge';
import { RemoveButton } from '../components/RemoveButton';

const LABEL: Record<ReadinessAspect, string> = {
  struktur: 'Struktur',
  infrastruktur: 'Infrastruktur',
  suprastruktur: 'Suprastruktur',
};

export function ReadinessList(props: {
  notes: ReadinessNote[];
  dimensions: Dimension[];
  run: (fn: () => Promise<unknown>, message?: string) => Promise<void>;
}) {
  const [aspect, setAspect] = useState<ReadinessAspect>('struktur');
  const [dimensionId, setDimensionId] = useState<number | null>(null);
  const [text, setText] = useState('');
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      {READINESS_ASPECTS.map((a) => (
        <section key={a} aria-label={`Kesiapan ${LABEL[a]}`}>
          <Subtitle2 as="h3">{LABEL[a]}</Subtitle2>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {props.notes
              .filter((n) => n.aspect === a)
              .map((n) => (
                <li key={n.id}>
                  {n.dimensionId ? `${props.dimensions.find((d) => d.id === n.dimensionId)?.name ?? ''}: ` : ''}
                  {n.text}{' '}
                  <RemoveButton
                    label={`Hapus catatan: ${n.text.slice(0, 60)}`}
                    question={{ title: 'Hapus catatan kesiapan?', message: n.text }}
                    onRemove={() => props.run(() => call('masterplan.readiness.remove', { id: n.id }), 'Catatan dihapus')}
                  />
                </li>
              ))}
          </ul>
        </section>
      ))}
      <div style={{ display: 'grid', gridTemplateColumns: '160px 220px 1fr auto', gap: 8, alignItems: 'start' }}>
        <Dropdown
          aria-label="Aspek kesiapan"
          value={LABEL[aspect]}
          selectedOptions={[aspect]}
          onOptionSelect={(_, d) => setAspect(d.optionValue as ReadinessAspect)}
        >
          {READINESS_ASPECTS.map((a) => (
            <Option key={a} value={a}>
              {LABEL[a]}
            </Option>
          ))}
        </Dropdown>
        <Dropdown
          aria-label="Dimensi catatan"
          value={props.dimensions.find((d) => d.id === dimensionId)?.name ?? 'Semua dimensi'}
          selectedOptions={[String(dimensionId ?? '')]}
          onOptionSelect={(_, d) => setDimensionId(d.optionValue ? Number(d.optionValue) : null)}
        >
          <Option value="">Semua dimensi</Option>
          {props.dimensions.map((d) => (
            <Option key={d.id} value={String(d.id)}>
              {d.name}
            </Option>
          ))}
        </Dropdown>
        <Textarea aria-label="Catatan kesiapan" value={text} onChange={(_, d) => setText(d.value)} />
        <Button
          appearance="primary"
          disabled={!text.trim()}
          onClick={() =>
            void props.run(async () => {
              await call('masterplan.readiness.save', { id: null, aspect, dimensionId, text, sortOrder: 0 });
              setText('');
            }, 'Catatan kesiapan tersimpan')
          }
        >
          Tambah
        </Button>
      </div>
    </div>
  );
}
