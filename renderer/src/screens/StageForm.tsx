// The form of one Bimtek stage: title, venue, luring/daring/hybrid with the meeting link, agenda and expected
// outputs (one per line), on the shared form model; its save bar stays in view while the form is on screen.
import { Button } from '@fluentui/react-components';
import { z } from 'zod';
import { stageSchema, VENUE_MODE_LABELS, VENUE_MODES, type Stage } from '../../../shared/domain/bimtek';
import { toRoman } from '../../../shared/format/roman';
import { call } from '../api/bridge';
import { useNotify } from '../app/toast';
import { SaveBar } from '../components/SaveBar';
import { FormErrorBar, problemsOf } from '../forms/form-error-bar';
import { submitOnEnter } from '../forms/form-keys';
import { FormChoice, FormText } from '../forms/fields';
import { useSchemaForm } from '../forms/use-schema-form';

/** The stage as the form edits it: agenda ("08.00 | Pembukaan") and outputs as text, one item per line. */
export type StageValues = Omit<Stage, 'agenda' | 'outputs'> & { agenda: string; outputs: string };

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function toStage(values: StageValues): Stage {
  return {
    ...values,
    // A luring stage keeps no meeting link.
    meetingLink: values.mode === 'luring' ? null : values.meetingLink,
    outputs: lines(values.outputs),
    agenda: lines(values.agenda).map((l) => {
      const [time, ...text] = l.split('|');
      return text.length ? { time: time!.trim() || null, text: text.join('|').trim() } : { time: null, text: l };
    }),
  };
}

export function toValues(stage: Stage): StageValues {
  return {
    ...stage,
    agenda: stage.agenda.map((a) => (a.time ? `${a.time} | ${a.text}` : a.text)).join('\n'),
    outputs: stage.outputs.join('\n'),
  };
}

/** The stage's own schema over the form's text: a message about an agenda item lands at the agenda's field. */
const stageFormSchema = z.preprocess((v) => toStage(v as StageValues), stageSchema);

/** "Baris 3: terlalu panjang" for an item of a one-per-line list. */
function lineMessage(errors: unknown): string | undefined {
  const first = problemsOf(errors)[0];
  if (!first) return undefined;
  const line = /^\[(\d+)\]/.exec(first.path);
  return line ? `baris ${Number(line[1]) + 1}: ${first.message}` : first.message;
}

export function StageForm({ initial, onSaved }: { initial: Stage; onSaved: () => Promise<void> }) {
  const notify = useNotify();
  const { form, submit, error, ref } = useSchemaForm<StageValues>({
    schema: stageFormSchema,
    defaultValues: toValues(initial),
    // The service names an agenda or output item by its place; the form shows it at the list's field.
    mapPath: (path) => path.replace(/^(agenda|outputs)\[.*$/, '$1'),
    onSave: async (values) => {
      const saved = await call('bimtek.stages.save', toStage(values));
      await onSaved();
      notify(`Tahap ${toRoman(initial.number)} tersimpan`);
      return toValues(saved);
    },
  });
  const { control } = form;
  const errors = form.formState.errors;
  const mode = form.watch('mode');
  return (
    <form
      ref={(el) => {
        ref.current = el;
      }}
      aria-label={`Data tahap ${toRoman(initial.number)}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (e.target === e.currentTarget) void submit();
      }}
      onKeyDown={submitOnEnter(submit)}
      style={{ display: 'grid', gap: 8, alignContent: 'start' }}
    >
      <FormErrorBar error={error} errors={errors} />
      <FormText control={control} name="title" inputName="stage-title" label="Judul" />
      <FormText
        control={control}
        name="venueName"
        inputName="venue-name"
        label="Nama tempat"
        nullable
        placeholder="Balei Harungguan Djabanten Damanik"
      />
      <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 8 }}>
        <FormText control={control} name="venueAddress" inputName="venue-address" label="Alamat tempat" nullable />
        <FormText control={control} name="venueCity" inputName="venue-city" label="Kota" nullable />
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', gap: 8 }}>
        <FormChoice
          control={control}
          name="mode"
          label="Bentuk kegiatan"
          choices={VENUE_MODES}
          labelOf={(m) => VENUE_MODE_LABELS[m]}
        />
        {mode !== 'luring' && (
          <FormText
            control={control}
            name="meetingLink"
            inputName="meeting-link"
            label="Tautan rapat"
            nullable
            placeholder="https://zoom.us/j/…"
          />
        )}
      </div>
      <FormText
        control={control}
        name="agenda"
        inputName="stage-agenda"
        label="Agenda (satu per baris: jam | kegiatan)"
        multiline
        errorText={lineMessage(errors.agenda)}
      />
      <FormText
        control={control}
        name="outputs"
        inputName="stage-outputs"
        label="Hasil yang diharapkan (satu per baris)"
        multiline
        errorText={lineMessage(errors.outputs)}
      />
      <SaveBar inline label={`Simpan tahap ${toRoman(initial.number)}`}>
        <Button appearance="primary" type="submit">
          Simpan tahap
        </Button>
      </SaveBar>
    </form>
  );
}
