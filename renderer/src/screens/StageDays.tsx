// The days of one Bimtek stage: the list with a delete per day, and a one-line form to add the next day (Enter
// adds it; the form empties and its date takes the focus for the day after).
import { Button, Subtitle2 } from '@fluentui/react-components';
import { stageDayFields, stageDayRules, type StageDay, type StageNumber } from '../../../shared/domain/bimtek';
import { draftOf } from '../../../shared/domain/common';
import { formatDayDate } from '../../../shared/format/dates';
import { call } from '../api/bridge';
import { useNotify } from '../app/toast';
import { RemoveButton } from '../components/RemoveButton';
import { FormErrorBar } from '../forms/form-error-bar';
import { cancelOnEscape } from '../forms/form-keys';
import { FormDate, FormText } from '../forms/fields';
import { useSchemaForm } from '../forms/use-schema-form';
import type { Draft } from '../lib/draft';

const dayDraftSchema = draftOf(stageDayFields, stageDayRules);
type DayDraft = Omit<Draft<StageDay>, 'date'> & { date: string | null };

export function StageDays(props: {
  stageNumber: StageNumber;
  days: StageDay[];
  run: (fn: () => Promise<unknown>, message?: string) => Promise<void>;
  onChanged: () => Promise<void>;
}) {
  const notify = useNotify();
  const empty: DayDraft = {
    id: null,
    stageNumber: props.stageNumber,
    date: null,
    startTime: '08.00',
    endTime: '16.00',
    venue: null,
  };
  const { form, submit, error, ref } = useSchemaForm<DayDraft>({
    schema: dayDraftSchema,
    defaultValues: empty,
    saveByDefault: false,
    onSave: async (day) => {
      // The schema refused an empty date before this point.
      await call('bimtek.days.save', { ...day, date: day.date ?? '' });
      await props.onChanged();
      // Said last: the form is empty (not unsaved) by the time the message shows.
      notify('Hari ditambahkan');
      // The next day is entered right away: the form empties and the date takes the focus.
      setTimeout(() => form.setFocus('date'));
      return empty;
    },
  });
  const { control } = form;
  return (
    <>
      <Subtitle2 as="h2">Hari</Subtitle2>
      {props.days.length === 0 ? (
        <p style={{ margin: 0 }}>Belum ada hari. Isi tanggal di bawah lalu tekan Tambah hari.</p>
      ) : (
        <ul aria-label={`Hari tahap ${props.stageNumber}`} style={{ margin: 0, paddingLeft: 18 }}>
          {props.days.map((d) => (
            <li key={d.id}>
              {formatDayDate(d.date)}, {d.startTime ?? '?'}–{d.endTime ?? '?'}{' '}
              <RemoveButton
                question={{
                  title: 'Hapus hari Bimtek?',
                  message: `${formatDayDate(d.date)} dihapus, beserta catatan kehadiran peserta pada hari itu.`,
                }}
                label={`Hapus hari ${formatDayDate(d.date)}`}
                onRemove={() => props.run(() => call('bimtek.days.remove', { id: d.id }))}
              />
            </li>
          ))}
        </ul>
      )}
      <form
        ref={(el) => {
          ref.current = el;
        }}
        aria-label="Hari baru"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (e.target === e.currentTarget) void submit();
        }}
        // Esc leaves the new day: the form empties.
        onKeyDown={cancelOnEscape(() => form.reset(empty))}
        style={{ display: 'grid', gap: 6 }}
      >
        <FormErrorBar error={error} errors={{}} />
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 90px 90px auto', gap: 6, alignItems: 'start' }}>
          {/* No hint line here: the row's fields stay level; the placeholder shows the form hh/bb/tttt. */}
          <FormDate control={control} name="date" inputName="day-date" label="Tanggal" hint="" />
          <FormText control={control} name="startTime" inputName="day-start" label="Mulai" nullable />
          <FormText control={control} name="endTime" inputName="day-end" label="Selesai" nullable />
          <Button type="submit" style={{ marginTop: 26 }}>
            Tambah hari
          </Button>
        </div>
      </form>
    </>
  );
}
