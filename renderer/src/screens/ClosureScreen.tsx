// Penutupan & Komitmen: date, venue, place and closing time of the closure, who presides, Pihak Pertama and Pihak
// Kedua of the berita acara with its title, pokok paragraphs and copies, the commitment title, text and points, and
// the signatories in signing order with each document's "Mengetahui" signers.
import { Button, Field, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { Controller } from 'react-hook-form';
import { closureDraftSchema, closureFields, type Closure } from '../../../shared/domain/closure';
import type { Person, Position, Unit } from '../../../shared/domain/organisation';
import type { Regency } from '../../../shared/domain/regency';
import { call } from '../api/bridge';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { SaveBar } from '../components/SaveBar';
import { ListEditor } from '../components/ListEditor';
import { PositionPicker } from '../components/PositionPicker';
import { ScreenHeader } from '../components/ScreenHeader';
import { TextField } from '../components/TextField';
import { firstMessage, FormErrorBar } from '../forms/form-error-bar';
import { submitOnEnter } from '../forms/form-keys';
import { FormDate, FormText } from '../forms/fields';
import { useSchemaForm } from '../forms/use-schema-form';
import { useData } from '../hooks/use-data';
import { SignatoryList, type SignatoryDraft } from './SignatoryList';

type ClosureDraft = Omit<Closure, 'signatories' | 'uid' | 'createdAt' | 'updatedAt'> &
  Partial<Pick<Closure, 'uid' | 'createdAt' | 'updatedAt'>> & { signatories: SignatoryDraft[] };

/** A stored closure as the form edits it: each signatory keyed for the list's drag and drop. */
const withKeys = (c: Closure): ClosureDraft => ({ ...c, signatories: c.signatories.map((s) => ({ ...s, key: `s${s.id}` })) });

/** Blank lines and paragraphs are dropped before checking, so that a message points at the item it names. */
const filled = (items: string[]) => items.map((p) => p.trim()).filter(Boolean);

/** A closure not yet entered: the schema's own defaults, so a new field needs no second list here. */
const EMPTY: ClosureDraft = { ...closureFields.parse({}), signatories: [] };

export function ClosureScreen() {
  const data = useData(async () => ({
    closure: await call('closure.get'),
    positions: await call('positions.list'),
    people: await call('people.list'),
    units: await call('units.list'),
    regency: await call('profile.getRegency'),
  }));
  if (!data.data) return data.error ? <ErrorBar error={data.error} /> : <Spinner label="Memuat…" />;
  const c = data.data.closure;
  return (
    <ClosureForm
      initial={c ? withKeys(c) : EMPTY}
      positions={data.data.positions}
      people={data.data.people}
      units={data.data.units}
      regency={data.data.regency}
    />
  );
}

function ClosureForm({
  initial,
  positions,
  people,
  units,
  regency,
}: {
  initial: ClosureDraft;
  positions: Position[];
  people: Person[];
  units: Unit[];
  regency: Regency | null;
}) {
  const notify = useNotify();
  const { form, submit, error, ref } = useSchemaForm<ClosureDraft>({
    schema: closureDraftSchema,
    defaultValues: initial,
    tidy: (values) => {
      const points = filled(values.points);
      const beritaAcaraPoints = filled(values.beritaAcaraPoints);
      const changed = (a: string[], b: string[]) => a.length !== b.length || a.some((x, i) => x !== b[i]);
      return {
        ...(changed(points, values.points) ? { points } : {}),
        ...(changed(beritaAcaraPoints, values.beritaAcaraPoints) ? { beritaAcaraPoints } : {}),
      };
    },
    onSave: async (values) => {
      const saved = await call('closure.save', {
        ...values,
        signatories: values.signatories.map(({ key: _key, ...s }, i) => ({ ...s, sortOrder: i + 1 })),
      });
      notify('Penutupan dan penandatangan tersimpan');
      return withKeys(saved);
    },
  });
  const { control } = form;
  const errors = form.formState.errors;
  const signatories = form.watch('signatories');
  const count = (kind: SignatoryDraft['kind']) => signatories.filter((s) => s.kind === kind).length;
  return (
    <form
      ref={(el) => {
        ref.current = el;
      }}
      aria-label="Penutupan dan komitmen"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (e.target === e.currentTarget) void submit();
      }}
      onKeyDown={submitOnEnter(submit)}
    >
      <ScreenHeader title="Penutupan & Komitmen" description="Data penutupan Bimtek tahap IV dan lembar komitmen bersama." />
      <FormErrorBar error={error} errors={errors} />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 10, alignItems: 'start' }}>
        <FormDate control={control} name="date" inputName="closure-date" label="Tanggal penutupan" />
        <FormText control={control} name="venue" inputName="closure-venue" label="Tempat acara" nullable />
        <FormText
          control={control}
          name="place"
          inputName="closure-place"
          label="Tempat penandatanganan"
          nullable
          hint="Kosong: ibu kota daerah"
        />
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 10, marginTop: 10 }}>
        {(
          [
            ['presidingPositionId', 'Dipimpin oleh'],
            ['firstPartyPositionId', 'Pihak Pertama'],
            ['secondPartyPositionId', 'Pihak Kedua'],
          ] as const
        ).map(([name, label]) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field, fieldState }) => (
              <Field
                label={label}
                validationState={fieldState.error ? 'error' : 'none'}
                validationMessage={fieldState.error?.message}
              >
                <PositionPicker
                  label={label}
                  positions={positions}
                  people={people}
                  region={regency}
                  value={field.value}
                  onChange={field.onChange}
                />
              </Field>
            )}
          />
        ))}
      </div>
      <Subtitle2 as="h2" style={{ display: 'block', marginTop: 16 }}>
        Berita acara
      </Subtitle2>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) 120px 120px', gap: 10, alignItems: 'start' }}>
        <FormText
          control={control}
          name="beritaAcaraTitle"
          inputName="berita-acara-title"
          label="Judul berita acara"
          nullable
          hint="Kosong: judul baku"
        />
        <FormText
          control={control}
          name="closingTime"
          inputName="closing-time"
          label="Jam selesai"
          nullable
          placeholder="16.00"
        />
        <FormText control={control} name="copies" inputName="copies" label="Rangkap" type="number" />
      </div>
      <div style={{ marginTop: 8 }}>
        <Controller
          control={control}
          name="beritaAcaraPoints"
          render={({ field }) => (
            <ListEditor
              label="Pokok berita acara"
              itemLabel="Paragraf pokok"
              addLabel="Tambah paragraf"
              multiline
              max={50}
              items={field.value}
              onChange={field.onChange}
              error={(i) => firstMessage(errors.beritaAcaraPoints?.[i])}
            />
          )}
        />
      </div>
      <Subtitle2 as="h2" style={{ display: 'block', marginTop: 16 }}>
        Lembar komitmen
      </Subtitle2>
      <div style={{ display: 'grid', gap: 10 }}>
        <FormText
          control={control}
          name="commitmentTitle"
          inputName="commitment-title"
          label="Judul komitmen (satu baris judul per baris)"
          multiline
        />
        <FormText control={control} name="preamble" label="Pembukaan" multiline nullable />
        <Controller
          control={control}
          name="points"
          render={({ field }) => (
            <TextField
              label="Butir komitmen (satu butir per baris)"
              multiline
              name="closure-points"
              inputRef={field.ref}
              value={field.value.join('\n')}
              onBlur={field.onBlur}
              onChange={(v) => field.onChange(v.split('\n'))}
              error={firstMessage(errors.points)}
            />
          )}
        />
      </div>
      <Subtitle2 as="h2" style={{ display: 'block', marginTop: 16 }}>
        Penandatangan ({count('penandatangan')}), Mengetahui ({count('mengetahui')}) dan Mengetahui berita acara (
        {count('mengetahui_berita_acara')})
      </Subtitle2>
      <Controller
        control={control}
        name="signatories"
        render={({ field }) => (
          <SignatoryList
            signatories={field.value}
            positions={positions}
            people={people}
            region={regency}
            units={units}
            onChange={field.onChange}
            problem={(i) => firstMessage(errors.signatories?.[i])}
          />
        )}
      />
      <SaveBar>
        <Button appearance="primary" type="submit">
          Simpan (Ctrl+S)
        </Button>
        <Text size={200}>{signatories.length} penandatangan</Text>
      </SaveBar>
    </form>
  );
}
