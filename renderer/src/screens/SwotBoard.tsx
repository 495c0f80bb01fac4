// SWOT and TOWS strategies, one dimension at a time: four columns (strengths, weaknesses, opportunities, threats) of
// short points, each added with Enter through the shared form model and removed after a confirmation; below them the
// dimension's strategies (S-O, W-O, S-T, W-T) tied to the points they answer and the programmes that carry them out.
import { Field, Input, Subtitle2, Tab, TabList, Text } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { Controller } from 'react-hook-form';
import { draftOf } from '../../../shared/domain/common';
import { type Dimension, SWOT_KINDS, SWOT_LABELS, swotItemSchema, type SwotItem } from '../../../shared/domain/masterplan';
import { call } from '../api/bridge';
import { ErrorBar } from '../components/ErrorBar';
import { RemoveButton } from '../components/RemoveButton';
import { useSchemaForm } from '../forms/use-schema-form';
import type { Draft } from '../lib/draft';

const itemDraft = draftOf(swotItemSchema);
type Kind = (typeof SWOT_KINDS)[number];

function SwotAdd(props: { dimension: Dimension; kind: Kind; count: number; onSaved: () => void }) {
  const empty: Draft<SwotItem> = {
    id: null,
    dimensionId: props.dimension.id,
    kind: props.kind,
    text: '',
    sortOrder: props.count + 1,
  };
  const { form, submit, error, ref } = useSchemaForm<Draft<SwotItem>>({
    schema: itemDraft,
    defaultValues: empty,
    onSave: async (draft) => {
      // Cleared only once saved, so that a refused point stays for the user to correct.
      await call('masterplan.swot.save', { ...draft, sortOrder: props.count + 1 });
      props.onSaved();
      return empty;
    },
  });
  const name = `Tambah ${SWOT_LABELS[props.kind]} ${props.dimension.name}`;
  return (
    <form
      ref={(el) => {
        ref.current = el;
      }}
      aria-label={`Butir ${SWOT_LABELS[props.kind].toLowerCase()} baru`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && form.formState.isDirty) {
          e.preventDefault();
          form.reset(empty);
        }
      }}
    >
      {error && !error.problems.length && <ErrorBar error={error} />}
      <Controller
        control={form.control}
        name="text"
        render={({ field, fieldState }) => (
          <Field validationState={fieldState.error ? 'error' : 'none'} validationMessage={fieldState.error?.message}>
            <Input
              ref={field.ref}
              aria-label={name}
              placeholder="Tambah butir, Enter"
              value={field.value}
              onBlur={field.onBlur}
              onChange={(_, d) => field.onChange(d.value)}
            />
          </Field>
        )}
      />
    </form>
  );
}

export function SwotBoard(props: {
  dimensions: Dimension[];
  items: SwotItem[];
  run: (fn: () => Promise<unknown>, message?: string) => Promise<void>;
  onChanged: () => void;
  /** The dimension's strategies, drawn under its SWOT. */
  strategies?: (dimension: Dimension) => ReactNode;
}) {
  const [chosen, setChosen] = useState<number | null>(null);
  const dim = props.dimensions.find((d) => d.id === chosen) ?? props.dimensions[0];
  if (!dim) return <Text>Belum ada dimensi. Terapkan kerangka masterplan dulu.</Text>;
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <TabList aria-label="Dimensi SWOT" size="small" selectedValue={dim.id} onTabSelect={(_, d) => setChosen(d.value as number)}>
        {props.dimensions.map((d) => (
          <Tab key={d.id} value={d.id}>
            {d.name}
          </Tab>
        ))}
      </TabList>
      <section aria-label={`SWOT ${dim.name}`}>
        <Subtitle2 as="h3">SWOT {dim.name}</Subtitle2>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 12, marginTop: 6 }}>
          {SWOT_KINDS.map((kind) => {
            const items = props.items.filter((x) => x.dimensionId === dim.id && x.kind === kind);
            return (
              <div key={kind} style={{ display: 'grid', gap: 4, alignContent: 'start' }}>
                <Text weight="semibold">{SWOT_LABELS[kind]}</Text>
                {items.length === 0 && <Text size={200}>Belum ada butir {SWOT_LABELS[kind].toLowerCase()}.</Text>}
                <ul aria-label={`${SWOT_LABELS[kind]} ${dim.name}`} style={{ margin: 0, paddingLeft: 16 }}>
                  {items.map((x) => (
                    <li key={x.id}>
                      {x.text}{' '}
                      <RemoveButton
                        compact
                        label={`Hapus butir: ${x.text}`}
                        question={{ title: `Hapus butir ${SWOT_LABELS[kind].toLowerCase()}?`, message: x.text }}
                        onRemove={() => props.run(() => call('masterplan.swot.remove', { id: x.id }), 'Butir SWOT dihapus')}
                      />
                    </li>
                  ))}
                </ul>
                <SwotAdd key={`${dim.id}-${kind}`} dimension={dim} kind={kind} count={items.length} onSaved={props.onChanged} />
              </div>
            );
          })}
        </div>
      </section>
      {props.strategies?.(dim)}
    </div>
  );
}
