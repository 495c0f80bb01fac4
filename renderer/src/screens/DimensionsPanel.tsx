// The six smart city dimensions: each with its description (as the masterplan prints it) and its elements, which
// can be added, renamed and removed. The dimensions themselves are fixed by the national programme.
import { Button, Card, Input, Subtitle2, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { Dimension, Element } from '../../../shared/domain/masterplan';
import { call } from '../api/bridge';
import { RemoveButton } from '../components/RemoveButton';

type Run = (fn: () => Promise<unknown>, message?: string) => Promise<void>;

function DimensionCard({ dimension, elements, run }: { dimension: Dimension; elements: Element[]; run: Run }) {
  const [description, setDescription] = useState(dimension.description ?? '');
  const [name, setName] = useState('');
  const changed = description !== (dimension.description ?? '');
  return (
    <Card aria-label={`Dimensi ${dimension.name}`} style={{ display: 'grid', gap: 8, alignContent: 'start' }}>
      <Subtitle2 as="h3">{dimension.name}</Subtitle2>
      <Textarea
        aria-label={`Uraian ${dimension.name}`}
        value={description}
        rows={3}
        resize="vertical"
        onChange={(_, d) => setDescription(d.value)}
      />
      <div>
        <Button
          size="small"
          disabled={!changed}
          onClick={() =>
            void run(
              () => call('masterplan.dimensions.save', { ...dimension, description: description.trim() || null }),
              `Uraian ${dimension.name} tersimpan`,
            )
          }
        >
          Simpan uraian
        </Button>
      </div>
      <ul aria-label={`Elemen ${dimension.name}`} style={{ margin: 0, paddingLeft: 18 }}>
        {elements.map((el) => (
          <li key={el.id}>
            {el.name}{' '}
            <RemoveButton
              compact
              label={`Hapus elemen ${el.name}`}
              question={{ title: 'Hapus elemen?', message: `Elemen "${el.name}" dihapus dari ${dimension.name}.` }}
              onRemove={() => run(() => call('masterplan.elements.remove', { id: el.id }), 'Elemen dihapus')}
            />
          </li>
        ))}
      </ul>
      <form
        style={{ display: 'flex', gap: 6 }}
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          void run(
            () =>
              call('masterplan.elements.save', {
                id: null,
                dimensionId: dimension.id,
                name,
                description: null,
                sortOrder: elements.length + 1,
              }).then(() => setName('')),
            'Elemen ditambahkan',
          );
        }}
      >
        <Input
          aria-label={`Elemen baru ${dimension.name}`}
          placeholder="Elemen baru"
          value={name}
          onChange={(_, d) => setName(d.value)}
          style={{ flex: 1 }}
        />
        <Button type="submit">Tambah</Button>
      </form>
    </Card>
  );
}

export function DimensionsPanel({ dimensions, elements, run }: { dimensions: Dimension[]; elements: Element[]; run: Run }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 12 }}>
      {dimensions.map((d) => (
        <DimensionCard key={d.id} dimension={d} elements={elements.filter((e) => e.dimensionId === d.id)} run={run} />
      ))}
    </div>
  );
}
