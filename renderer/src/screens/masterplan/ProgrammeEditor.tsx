// Edits one programme beside the list: identity (code, name, dimension, element, OPD, horizon and years, status,
// enabler, quick win), indicator and yearly targets, funding and yearly budgets, RPJMD/Renstra links, partners and
// risk. One form on the shared form model; its save bar stays in view while the form scrolls. What the checks say
// about its years against the plan period shows above the form as the user types.
import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { Controller } from 'react-hook-form';
import {
  HORIZON_LABELS,
  HORIZONS,
  PROGRAMME_STATUS_LABELS,
  PROGRAMME_STATUSES,
  READINESS_ASPECT_LABELS,
  READINESS_ASPECTS,
  type Dimension,
  type Element,
  type MasterplanPlan,
  type ProgrammeItem,
} from '../../../../shared/domain/masterplan';
import type { Unit } from '../../../../shared/domain/organisation';
import { horizonProblems } from '../../../../shared/masterplan/horizon-check';
import { call } from '../../api/bridge';
import { useNotify } from '../../app/toast';
import { FormErrorBar } from '../../forms/form-error-bar';
import { FormChoice, FormText } from '../../forms/fields';
import { useSchemaForm } from '../../forms/use-schema-form';
import { DimensionChoice, FormRecordChoice } from './pickers';
import { ProgrammeBudgets } from './ProgrammeBudgets';
import { type ProgrammeDraft, programmeDraftSchema } from './programme-draft';
import { ProgrammeTargets } from './ProgrammeTargets';

export function ProgrammeEditor(props: {
  programme: ProgrammeDraft;
  dimensions: readonly Dimension[];
  elements: readonly Element[];
  units: readonly Unit[];
  plan: MasterplanPlan | null;
  /** The strategies' texts that name this programme; none is a finding of the readiness view. */
  strategyTexts: readonly string[];
  onSaved: (programme: ProgrammeItem) => void;
  onCancel: () => void;
}) {
  const notify = useNotify();
  const isNew = props.programme.id === null;
  const { form, submit, error, ref } = useSchemaForm<ProgrammeDraft>({
    schema: programmeDraftSchema,
    defaultValues: props.programme,
    onSave: async (draft) => {
      const saved = await call('masterplan.programmes.save', draft);
      notify(`Program ${saved.code ?? saved.name} tersimpan`);
      props.onSaved(saved);
      return saved;
    },
  });
  const { control } = form;
  useEffect(() => {
    // A new form starts at its first field.
    if (isNew) form.setFocus('code');
  }, [form, isNew]);
  const shown = form.watch();
  const dimensionId = shown.dimensionId;
  const years = Number.isInteger(shown.startYear) && Number.isInteger(shown.endYear);
  const warnings =
    props.plan && years && shown.name
      ? horizonProblems(
          {
            code: shown.code ?? null,
            name: shown.name,
            horizon: shown.horizon,
            startYear: shown.startYear,
            endYear: shown.endYear,
          },
          props.plan,
        )
      : [];
  if (!isNew && props.strategyTexts.length === 0) {
    warnings.push('Program ini belum dijalankan oleh strategi mana pun; hubungkan di tab SWOT dan strategi.');
  }

  return (
    <form
      ref={(el) => {
        ref.current = el;
      }}
      aria-label="Formulir program"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={{ display: 'grid', gap: 12 }}
    >
      <Subtitle2 as="h2">{isNew ? 'Program baru' : `Ubah program ${props.programme.code ?? props.programme.name}`}</Subtitle2>
      <FormErrorBar error={error} errors={form.formState.errors} />
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Perlu diperiksa</MessageBarTitle>
            <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <section aria-label="Identitas program" style={{ display: 'grid', gap: 8 }}>
        <div style={{ display: 'grid', gridTemplateColumns: '120px minmax(0, 1fr)', gap: 8, alignItems: 'start' }}>
          <FormText control={control} name="code" inputName="programme-code" label="Kode program" nullable placeholder="GOV-01" />
          <FormText control={control} name="name" inputName="programme-name" label="Nama program" required />
        </div>
        <FormText control={control} name="description" inputName="programme-description" label="Uraian" multiline nullable />
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 8, alignItems: 'start' }}>
          <Controller
            control={control}
            name="dimensionId"
            render={({ field, fieldState }) => (
              <DimensionChoice
                label="Dimensi"
                dimensions={props.dimensions}
                value={field.value}
                onChange={(v) => {
                  field.onChange(v);
                  // An element belongs to one dimension: another dimension clears it.
                  form.setValue('elementId', null, { shouldDirty: true });
                }}
                error={fieldState.error?.message}
              />
            )}
          />
          <FormRecordChoice
            control={control}
            name="elementId"
            label="Elemen"
            items={props.elements.filter((e) => e.dimensionId === dimensionId)}
            none="—"
          />
          <FormRecordChoice control={control} name="unitId" label="OPD penanggung jawab" items={props.units} none="—" />
          <FormChoice
            control={control}
            name="status"
            label="Status"
            ariaLabel="Status program"
            choices={PROGRAMME_STATUSES}
            labelOf={(s) => PROGRAMME_STATUS_LABELS[s]}
          />
        </div>
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'minmax(0, 1.3fr) 110px 110px minmax(0, 1.2fr)',
            gap: 8,
            alignItems: 'start',
          }}
        >
          <FormChoice control={control} name="horizon" label="Jangka" choices={HORIZONS} labelOf={(h) => HORIZON_LABELS[h]} />
          <FormText control={control} name="startYear" label="Tahun mulai" type="number" />
          <FormText control={control} name="endYear" label="Tahun selesai" type="number" />
          <FormChoice
            control={control}
            name="enabler"
            label="Enabler"
            ariaLabel="Enabler (kelas kesiapan)"
            choices={READINESS_ASPECTS}
            labelOf={(a) => READINESS_ASPECT_LABELS[a]}
            none="—"
          />
        </div>
        <Controller
          control={control}
          name="isQuickWin"
          render={({ field }) => (
            <Checkbox
              label="Quick win (profilnya diisi di bawah setelah program disimpan)"
              checked={field.value}
              onChange={(_, d) => field.onChange(!!d.checked)}
            />
          )}
        />
      </section>
      <ProgrammeTargets form={form} />
      <ProgrammeBudgets form={form} />
      <section aria-label="Keterkaitan dan risiko" style={{ display: 'grid', gap: 8 }}>
        <Subtitle2 as="h3">Keterkaitan dan risiko</Subtitle2>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 8, alignItems: 'start' }}>
          <FormText control={control} name="rpjmdRef" inputName="programme-rpjmd" label="Rujukan RPJMD" nullable />
          <FormText control={control} name="renstraRef" inputName="programme-renstra" label="Rujukan Renstra OPD" nullable />
        </div>
        <FormText control={control} name="partners" inputName="programme-partners" label="Mitra" nullable />
        <FormText control={control} name="risk" inputName="programme-risk" label="Risiko dan mitigasi" multiline nullable />
        {props.strategyTexts.length > 0 && (
          <div style={{ fontSize: 12 }}>Dijalankan untuk strategi: {props.strategyTexts.join('; ')}</div>
        )}
      </section>
      <div
        role="group"
        aria-label="Simpan program"
        style={{
          position: 'sticky',
          bottom: -20,
          zIndex: 2,
          display: 'flex',
          gap: 8,
          padding: '10px 0',
          background: tokens.colorNeutralBackground1,
          borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
        }}
      >
        <Button appearance="primary" type="submit">
          Simpan program
        </Button>
        <Button
          onClick={() => {
            form.reset(props.programme);
            props.onCancel();
          }}
        >
          Batal
        </Button>
      </div>
    </form>
  );
}
