// The masterplan as a document ("Rencana"): title, period, visi, misi, dasar hukum, the years each horizon covers,
// the Kata Pengantar's place and date and the list of lampiran. One form on the shared form model: messages at the
// field, Ctrl+S saves, leaving with unsaved edits asks first.
import { Button, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { Controller, type FieldError, type FieldErrors } from 'react-hook-form';
import { z } from 'zod';
import {
  HORIZON_LABELS,
  HORIZONS,
  masterplanPlanSchema,
  type Horizon,
  type MasterplanPlan,
} from '../../../shared/domain/masterplan';
import { call } from '../api/bridge';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { FormErrorBar } from '../forms/form-error-bar';
import { ListEditor } from '../components/ListEditor';
import { SaveBar } from '../components/SaveBar';
import { FormDate, FormText } from '../forms/fields';
import { useSchemaForm } from '../forms/use-schema-form';
import { useData } from '../hooks/use-data';

/** What the form holds for a horizon: both years as typed, so that half a span can show its message. */
type Span = { startYear: number | null; endYear: number | null };
type PlanDraft = Omit<MasterplanPlan, 'horizons'> & { horizons: Record<Horizon, Span> };

function toDraft(plan: MasterplanPlan): PlanDraft {
  const span = (h: Horizon): Span => plan.horizons[h] ?? { startYear: null, endYear: null };
  return { ...plan, horizons: { pendek: span('pendek'), menengah: span('menengah'), panjang: span('panjang') } };
}

/** A horizon with neither year is none (null); half a span is checked as typed. */
function toPayload(draft: PlanDraft): unknown {
  const span = (h: Horizon) => {
    const s = draft.horizons[h];
    return s.startYear === null && s.endYear === null ? null : s;
  };
  return { ...draft, horizons: { pendek: span('pendek'), menengah: span('menengah'), panjang: span('panjang') } };
}

// The service's schema, seen through the form's shape: an empty horizon becomes null before it is checked.
const planFormSchema = z.preprocess((v) => toPayload(v as PlanDraft), masterplanPlanSchema);

export function MasterplanPlanForm({ onSaved }: { onSaved?: () => void }) {
  const loaded = useData(() => call('masterplan.plan.get'));
  if (!loaded.data) return loaded.error ? <ErrorBar error={loaded.error} /> : <Spinner label="Memuat…" />;
  return <PlanForm initial={toDraft(loaded.data)} onSaved={onSaved} />;
}

const listError = (errors: FieldErrors<PlanDraft>, key: 'missions' | 'legalBases' | 'attachments') => (i: number) =>
  (errors[key] as unknown as (FieldError | undefined)[] | undefined)?.[i]?.message;

function PlanForm({ initial, onSaved }: { initial: PlanDraft; onSaved?: (() => void) | undefined }) {
  const notify = useNotify();
  const { form, submit, error, ref } = useSchemaForm<PlanDraft>({
    schema: planFormSchema,
    defaultValues: initial,
    onSave: async (draft) => {
      const saved = await call('masterplan.plan.save', toPayload(draft) as MasterplanPlan);
      notify('Rencana masterplan tersimpan');
      onSaved?.();
      return toDraft(saved);
    },
  });
  const { control } = form;
  const errors = form.formState.errors;
  const list = (key: 'missions' | 'legalBases' | 'attachments', label: string, max: number, multiline = false) => (
    <Controller
      control={control}
      name={key}
      render={({ field }) => (
        <ListEditor
          label={label}
          itemLabel={label}
          multiline={multiline}
          max={max}
          items={field.value}
          onChange={field.onChange}
          error={listError(errors, key)}
        />
      )}
    />
  );
  return (
    <form
      ref={(el) => {
        ref.current = el;
      }}
      aria-label="Rencana masterplan"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={{ display: 'grid', gap: 10, maxWidth: 980 }}
    >
      <FormErrorBar error={error} errors={form.formState.errors} />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 130px 130px', gap: 10, alignItems: 'start' }}>
        <FormText
          control={control}
          name="title"
          inputName="plan-title"
          label="Judul masterplan"
          nullable
          hint="Kosong: Masterplan Smart City dan nama daerah"
        />
        <FormText control={control} name="periodStart" inputName="period-start" label="Periode: tahun awal" type="number" />
        <FormText
          control={control}
          name="periodEnd"
          inputName="period-end"
          label="Periode: tahun akhir"
          type="number"
          hint="Kosong: tahun awal + 9"
        />
      </div>
      <FormText control={control} name="vision" inputName="vision" label="Visi" multiline nullable />
      {list('missions', 'Misi', 30, true)}
      {list('legalBases', 'Dasar hukum', 100)}
      <Subtitle2 as="h2">Tahun tiap jangka</Subtitle2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 10 }}>
        {HORIZONS.map((h) => (
          <div key={h} role="group" aria-label={HORIZON_LABELS[h]} style={{ display: 'grid', gap: 4 }}>
            <Text weight="semibold">{HORIZON_LABELS[h]}</Text>
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 6, alignItems: 'start' }}>
              <FormText control={control} name={`horizons.${h}.startYear`} label="Dari tahun" type="number" />
              <FormText control={control} name={`horizons.${h}.endYear`} label="Sampai tahun" type="number" />
            </div>
          </div>
        ))}
      </div>
      <Subtitle2 as="h2">Kata Pengantar</Subtitle2>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 220px', gap: 10, alignItems: 'start' }}>
        <FormText
          control={control}
          name="prefacePlace"
          inputName="preface-place"
          label="Tempat penandatanganan"
          nullable
          hint="Kosong: ibu kota daerah"
        />
        <FormDate control={control} name="prefaceDate" inputName="preface-date" label="Tanggal Kata Pengantar" />
      </div>
      {list('attachments', 'Lampiran', 50)}
      <SaveBar label="Simpan rencana">
        <Button appearance="primary" type="submit">
          Simpan rencana (Ctrl+S)
        </Button>
      </SaveBar>
    </form>
  );
}
