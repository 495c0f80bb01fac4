// Readiness notes per aspect (struktur, infrastruktur, suprastruktur), optionally for one dimension: the free text
// beside the scores. Added with the shared form model (message at the field, Ctrl+S saves).
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { Controller } from 'react-hook-form';
import { draftOf } from '../../../shared/domain/common';
import { READINESS_ASPECTS, readinessNoteSchema, type Dimension, type ReadinessNote } from '../../../shared/domain/masterplan';
import { call } from '../api/bridge';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { RemoveButton } from '../components/RemoveButton';
import { FormChoice, FormText } from '../forms/fields';
import { useSchemaForm } from '../forms/use-schema-form';
import type { Draft } from '../lib/draft';
import { ASPECT_LABEL } from './masterplan/labels';
import { DimensionChoice } from './masterplan/pickers';

const noteDraft = draftOf(readinessNoteSchema);
const EMPTY: Draft<ReadinessNote> = { id: null, aspect: 'struktur', dimensionId: null, text: '', sortOrder: 0 };

export function ReadinessList(props: {
  notes: ReadinessNote[];
  dimensions: Dimension[];
  run: (fn: () => Promise<unknown>, message?: string) => Promise<void>;
  onChanged: () => void;
}) {
  const notify = useNotify();
  const { form, submit, error, ref } = useSchemaForm<Draft<ReadinessNote>>({
    schema: noteDraft,
    defaultValues: EMPTY,
    onSave: async (draft) => {
      await call('masterplan.readiness.save', draft);
      notify('Catatan kesiapan tersimpan');
      props.onChanged();
      // The aspect and dimension stay for the next note of the same kind.
      return { ...EMPTY, aspect: draft.aspect, dimensionId: draft.dimensionId };
    },
  });
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      {READINESS_ASPECTS.map((a) => {
        const notes = props.notes.filter((n) => n.aspect === a);
        return (
          <section key={a} aria-label={`Kesiapan ${ASPECT_LABEL[a]}`}>
            <Subtitle2 as="h3">{ASPECT_LABEL[a]}</Subtitle2>
            {notes.length === 0 ? (
              <Text as="p" size={200}>
                Belum ada catatan {ASPECT_LABEL[a].toLowerCase()}. Tulis catatan di formulir di bawah.
              </Text>
            ) : (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {notes.map((n) => (
                  <li key={n.id}>
                    {n.dimensionId ? `${props.dimensions.find((d) => d.id === n.dimensionId)?.name ?? ''}: ` : ''}
                    {n.text}{' '}
                    <RemoveButton
                      compact
                      label={`Hapus catatan: ${n.text.slice(0, 60)}`}
                      question={{ title: 'Hapus catatan kesiapan?', message: n.text }}
                      onRemove={() => props.run(() => call('masterplan.readiness.remove', { id: n.id }), 'Catatan dihapus')}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <form
        ref={(el) => {
          ref.current = el;
        }}
        aria-label="Catatan kesiapan baru"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        style={{ display: 'grid', gridTemplateColumns: '160px 220px 1fr auto', gap: 8, alignItems: 'end' }}
      >
        {error && !error.problems.length && (
          <div style={{ gridColumn: '1 / -1' }}>
            <ErrorBar error={error} />
          </div>
        )}
        <FormChoice
          control={form.control}
          name="aspect"
          label="Aspek"
          ariaLabel="Aspek kesiapan"
          choices={READINESS_ASPECTS}
          labelOf={(a) => ASPECT_LABEL[a]}
        />
        <Controller
          control={form.control}
          name="dimensionId"
          render={({ field, fieldState }) => (
            <DimensionChoice
              label="Dimensi catatan"
              dimensions={props.dimensions}
              value={field.value}
              onChange={field.onChange}
              none="Semua dimensi"
              error={fieldState.error?.message}
            />
          )}
        />
        <FormText control={form.control} name="text" inputName="readiness-note" label="Catatan kesiapan" multiline />
        <Button appearance="primary" type="submit">
          Tambah catatan
        </Button>
      </form>
    </div>
  );
}
