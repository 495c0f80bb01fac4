// The six smart city dimensions: each with its description (as the masterplan prints it) and its elements, which
// can be added and removed. The dimensions themselves are fixed by the national programme. Both forms of a card use
// the shared form model (message at the field, Ctrl+S saves the form holding the focus).
import { Button, Card, Subtitle2 } from '@fluentui/react-components';
import { draftOf } from '../../../shared/domain/common';
import { dimensionSchema, elementSchema, type Dimension, type Element } from '../../../shared/domain/masterplan';
import { call } from '../api/bridge';
import { RemoveButton } from '../components/RemoveButton';
import { ErrorBar } from '../components/ErrorBar';
import { FormText } from '../forms/fields';
import { useSchemaForm } from '../forms/use-schema-form';
import { useNotify } from '../app/toast';
import type { Draft } from '../lib/draft';

type Run = (fn: () => Promise<unknown>, message?: string) => Promise<void>;
const dimensionDraft = draftOf(dimensionSchema);
const elementDraft = draftOf(elementSchema);

function DescriptionForm({ dimension, onSaved }: { dimension: Dimension; onSaved: () => void }) {
  const notify = useNotify();
  const { form, submit, error, ref } = useSchemaForm<Draft<Dimension>>({
    schema: dimensionDraft,
    defaultValues: dimension,
    onSave: async (draft) => {
      const saved = await call('masterplan.dimensions.save', draft);
      notify(`Uraian ${dimension.name} tersimpan`);
      onSaved();
      return saved;
    },
  });
  return (
    <form
      ref={(el) => {
        ref.current = el;
      }}
      aria-label={`Formulir uraian ${dimension.name}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={{ display: 'grid', gap: 6 }}
    >
      <ErrorBar error={error} />
      <FormText control={form.control} name="description" label={`Uraian ${dimension.name}`} multiline nullable />
      <div>
        <Button size="small" type="submit" disabled={!form.formState.isDirty}>
          Simpan uraian
        </Button>
      </div>
    </form>
  );
}

function ElementAddForm({ dimension, count, onSaved }: { dimension: Dimension; count: number; onSaved: () => void }) {
  const notify = useNotify();
  const empty: Draft<Element> = { id: null, dimensionId: dimension.id, name: '', description: null, sortOrder: count + 1 };
  const { form, submit, error, ref } = useSchemaForm<Draft<Element>>({
    schema: elementDraft,
    defaultValues: empty,
    onSave: async (draft) => {
      await call('masterplan.elements.save', { ...draft, sortOrder: count + 1 });
      notify('Elemen ditambahkan');
      onSaved();
      return empty;
    },
  });
  return (
    <form
      ref={(el) => {
        ref.current = el;
      }}
      aria-label={`Elemen baru ${dimension.name}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: 6, alignItems: 'end' }}
    >
      {error && !error.problems.length && (
        <div style={{ gridColumn: '1 / -1' }}>
          <ErrorBar error={error} />
        </div>
      )}
      <FormText control={form.control} name="name" inputName="element-name" label={`Elemen baru ${dimension.name}`} />
      <Button type="submit">Tambah</Button>
    </form>
  );
}

function DimensionCard({
  dimension,
  elements,
  run,
  onChanged,
}: {
  dimension: Dimension;
  elements: Element[];
  run: Run;
  onChanged: () => void;
}) {
  return (
    <Card aria-label={`Dimensi ${dimension.name}`} style={{ display: 'grid', gap: 8, alignContent: 'start' }}>
      <Subtitle2 as="h3">{dimension.name}</Subtitle2>
      <DescriptionForm dimension={dimension} onSaved={onChanged} />
      {elements.length === 0 ? (
        <p style={{ margin: 0 }}>Belum ada elemen. Tambahkan elemen dimensi ini di bawah.</p>
      ) : (
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
      )}
      <ElementAddForm dimension={dimension} count={elements.length} onSaved={onChanged} />
    </Card>
  );
}

export function DimensionsPanel({
  dimensions,
  elements,
  run,
  onChanged,
}: {
  dimensions: Dimension[];
  elements: Element[];
  run: Run;
  onChanged: () => void;
}) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 12 }}>
      {dimensions.map((d) => (
        <DimensionCard
          key={d.id}
          dimension={d}
          elements={elements.filter((e) => e.dimensionId === d.id)}
          run={run}
          onChanged={onChanged}
        />
      ))}
    </div>
  );
}
