// Bimtek: the four stages with title, venue (name, address, city, luring/daring/hybrid with the meeting link),
// facilitators as people, agenda and expected outputs; their days; and the participants with attendance per day.
import { Button, Field, Option, Subtitle2, Tab, TabList } from '@fluentui/react-components';
import { Combobox, Dropdown } from '../components/fluent-id';
import { useEffect, useState } from 'react';
import {
  stageSchema,
  VENUE_MODE_LABELS,
  VENUE_MODES,
  type Participant,
  type Stage,
  type StageDay,
  type StageFacilitator,
  type VenueMode,
} from '../../../shared/domain/bimtek';
import type { Regency } from '../../../shared/domain/regency';
import type { Person, Position } from '../../../shared/domain/organisation';
import { toRoman } from '../../../shared/format/roman';
import { formatDayDate } from '../../../shared/format/dates';
import { call, CallError, type Problem } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { AttendanceTable } from './AttendanceTable';
import { DateField } from '../components/DateField';
import { ErrorBar } from '../components/ErrorBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { TextField } from '../components/TextField';
import { useAction } from '../hooks/use-action';
import { useData } from '../hooks/use-data';
import { blankToNull, messageFor, validate } from '../lib/validate';
import { StageFacilitators } from './StageFacilitators';
import { jabatanOf } from '../lib/jabatan';
import { RemoveButton } from '../components/RemoveButton';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function BimtekScreen() {
  const { confirmLeave, intent } = useNavigation();
  const [number, setNumber] = useState<1 | 2 | 3 | 4>(intent?.kind === 'stage' ? intent.stage : 1);
  const data = useData(async () => ({
    stages: await call('bimtek.stages.list'),
    days: await call('bimtek.days.list'),
    participants: await call('bimtek.participants.list'),
    people: await call('people.list'),
    positions: await call('positions.list'),
    facilitators: await call('bimtek.facilitators.list'),
    regency: await call('profile.getRegency'),
  }));
  return (
    <>
      <ScreenHeader
        title="Bimtek"
        description="Empat tahap bimbingan teknis penyusunan masterplan: hari, tempat, narasumber, agenda, hasil, peserta dan kehadiran."
      />
      <TabList
        selectedValue={String(number)}
        onTabSelect={(_, d) => void confirmLeave().then((leave) => leave && setNumber(Number(d.value) as 1 | 2 | 3 | 4))}
      >
        {[1, 2, 3, 4].map((n) => (
          <Tab key={n} value={String(n)}>{`Tahap ${toRoman(n)}`}</Tab>
        ))}
      </TabList>
      <ErrorBar error={data.error} />
      {data.data && <StageEditor key={number} number={number} data={data.data} reload={data.reload} />}
    </>
  );
}

type BimtekData = {
  stages: Stage[];
  days: StageDay[];
  participants: Participant[];
  people: Person[];
  positions: Position[];
  facilitators: StageFacilitator[];
  regency: Regency | null;
};

function StageEditor({ number, data, reload }: { number: 1 | 2 | 3 | 4; data: BimtekData; reload: () => Promise<void> }) {
  const saved = data.stages.find((s) => s.number === number);
  const initial: Stage = saved ?? {
    number,
    title: `Bimbingan Teknis Tahap ${toRoman(number)}`,
    venueName: null,
    venueAddress: null,
    venueCity: null,
    mode: 'luring',
    meetingLink: null,
    agenda: [],
    outputs: [],
    uid: null,
    createdAt: null,
    updatedAt: null,
  };
  const { setDirty, setSaveAction } = useNavigation();
  // Every edit of the stage's own fields marks the form unsaved, so that leaving it asks first.
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setDirty(true);
    };
  const [stage, setStageRaw] = useState<Stage>(initial);
  const [outputs, setOutputsRaw] = useState(initial.outputs.join('\n'));
  const [agenda, setAgendaRaw] = useState(initial.agenda.map((a) => (a.time ? `${a.time} | ${a.text}` : a.text)).join('\n'));
  const [setStage, setOutputs, setAgenda] = [edited(setStageRaw), edited(setOutputsRaw), edited(setAgendaRaw)];
  const [problems, setProblems] = useState<Problem[]>([]);
  const [newDay, setNewDay] = useState({ date: '', startTime: '08.00', endTime: '16.00' });
  const { error, setError, run: guard } = useAction(reload);
  const err = (path: string) => messageFor(problems, path) ?? error?.fieldMessage(path);
  const days = data.days.filter((d) => d.stageNumber === number);
  const participants = data.participants.filter((p) => p.stageNumber === number);
  const personName = (id: number) => data.people.find((p) => p.id === id)?.name ?? '?';
  const saveStage = () => {
    const payload = {
      ...stage,
      // A luring stage keeps no meeting link.
      meetingLink: stage.mode === 'luring' ? null : stage.meetingLink,
      outputs: lines(outputs),
      agenda: lines(agenda).map((l) => {
        const [time, ...text] = l.split('|');
        return text.length ? { time: time!.trim() || null, text: text.join('|').trim() } : { time: null, text: l };
      }),
    };
    const found = validate(stageSchema, payload);
    setProblems(found);
    if (found.length) {
      setError(new CallError(`Periksa isian yang ditandai (${found.length}).`, 'validation', found));
      return Promise.resolve();
    }
    return guard(() => call('bimtek.stages.save', payload).then(() => setDirty(false)), `Tahap ${toRoman(number)} tersimpan`);
  };
  useEffect(() => {
    setSaveAction(() => void saveStage());
    return () => setSaveAction(null);
  });
  // The form goes away with its edits (the user agreed to that first): nothing is left unsaved.
  useEffect(() => () => setDirty(false), [setDirty]);

  return (
    <>
      <ErrorBar error={error} />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16, marginTop: 12 }}>
        <section aria-label="Data tahap" style={{ display: 'grid', gap: 8, alignContent: 'start' }}>
          <TextField
            label="Judul"
            name="stage-title"
            value={stage.title}
            onChange={(v) => setStage({ ...stage, title: v })}
            error={err('title')}
          />
          <TextField
            label="Nama tempat"
            name="venue-name"
            value={stage.venueName}
            onChange={(v) => setStage({ ...stage, venueName: blankToNull(v) })}
            error={err('venueName')}
            placeholder="Balei Harungguan Djabanten Damanik"
          />
          <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 8 }}>
            <TextField
              label="Alamat tempat"
              name="venue-address"
              value={stage.venueAddress}
              onChange={(v) => setStage({ ...stage, venueAddress: blankToNull(v) })}
              error={err('venueAddress')}
            />
            <TextField
              label="Kota"
              name="venue-city"
              value={stage.venueCity}
              onChange={(v) => setStage({ ...stage, venueCity: blankToNull(v) })}
              error={err('venueCity')}
            />
          </div>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', gap: 8 }}>
            <Field label="Bentuk kegiatan">
              <Dropdown
                aria-label="Bentuk kegiatan"
                value={VENUE_MODE_LABELS[stage.mode]}
                selectedOptions={[stage.mode]}
                onOptionSelect={(_, d) => setStage({ ...stage, mode: d.optionValue as VenueMode })}
              >
                {VENUE_MODES.map((m) => (
                  <Option key={m} value={m}>
                    {VENUE_MODE_LABELS[m]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {stage.mode !== 'luring' && (
              <TextField
                label="Tautan rapat"
                name="meeting-link"
                value={stage.meetingLink}
                onChange={(v) => setStage({ ...stage, meetingLink: blankToNull(v) })}
                error={err('meetingLink')}
                placeholder="https://zoom.us/j/…"
              />
            )}
          </div>
          <TextField label="Agenda (satu per baris: jam | kegiatan)" multiline value={agenda} onChange={setAgenda} />
          <TextField label="Hasil yang diharapkan (satu per baris)" multiline value={outputs} onChange={setOutputs} />
          <div>
            <Button appearance="primary" onClick={() => void saveStage()}>
              Simpan tahap
            </Button>
          </div>
          <Subtitle2 as="h2">Narasumber dan fasilitator</Subtitle2>
          {saved ? (
            <StageFacilitators
              stageNumber={number}
              facilitators={data.facilitators.filter((f) => f.stageNumber === number)}
              people={data.people}
              positions={data.positions}
              region={data.regency}
              run={guard}
            />
          ) : (
            <em>Simpan tahap ini dulu, lalu tambahkan narasumbernya.</em>
          )}
        </section>
        <section aria-label="Hari dan peserta" style={{ display: 'grid', gap: 8, alignContent: 'start' }}>
          <Subtitle2 as="h2">Hari</Subtitle2>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {days.map((d) => (
              <li key={d.id}>
                {formatDayDate(d.date)}, {d.startTime ?? '?'}–{d.endTime ?? '?'}{' '}
                <RemoveButton
                  question={{
                    title: 'Hapus hari Bimtek?',
                    message: `${formatDayDate(d.date)} dihapus, beserta catatan kehadiran peserta pada hari itu.`,
                  }}
                  label={`Hapus hari ${formatDayDate(d.date)}`}
                  onRemove={() => guard(() => call('bimtek.days.remove', { id: d.id }))}
                />
              </li>
            ))}
          </ul>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 90px 90px auto', gap: 6, alignItems: 'end' }}>
            <DateField
              label="Tanggal"
              // No hint line here: the row's fields stay level; the placeholder shows the form hh/bb/tttt.
              hint=""
              value={newDay.date}
              onChange={(v) => setNewDay({ ...newDay, date: v ?? '' })}
              error={error?.fieldMessage('date')}
            />
            <TextField
              label="Mulai"
              value={newDay.startTime}
              onChange={(v) => setNewDay({ ...newDay, startTime: v })}
              error={error?.fieldMessage('startTime')}
            />
            <TextField
              label="Selesai"
              value={newDay.endTime}
              onChange={(v) => setNewDay({ ...newDay, endTime: v })}
              error={error?.fieldMessage('endTime')}
            />
            <Button
              onClick={() =>
                void guard(
                  () =>
                    call('bimtek.days.save', {
                      id: null,
                      stageNumber: number,
                      date: newDay.date,
                      startTime: blankToNull(newDay.startTime),
                      endTime: blankToNull(newDay.endTime),
                      venue: null,
                    }),
                  'Hari ditambahkan',
                )
              }
            >
              Tambah hari
            </Button>
          </div>
          <Subtitle2 as="h2">Peserta ({participants.length})</Subtitle2>
          <Combobox
            aria-label="Tambah peserta"
            placeholder="Tambah peserta: ketik nama"
            onOptionSelect={(_, d) => {
              const personId = Number(d.optionValue);
              const positionId = data.positions.find((p) => p.personId === personId)?.id ?? null;
              void guard(
                () =>
                  call('bimtek.participants.save', {
                    id: null,
                    stageNumber: number,
                    personId,
                    positionId,
                    institution: null,
                    attendedDayIds: days.map((x) => x.id),
                    sortOrder: participants.length + 1,
                  }),
                'Peserta ditambahkan',
              );
            }}
          >
            {data.people
              .filter((p) => !participants.some((x) => x.personId === p.id))
              .slice(0, 100)
              .map((p) => (
                <Option key={p.id} value={String(p.id)}>
                  {p.name}
                </Option>
              ))}
          </Combobox>
          <AttendanceTable
            days={days}
            participants={participants}
            personName={personName}
            describe={(p) => {
              const position = data.positions.find((x) => x.id === p.positionId);
              return position
                ? jabatanOf(position, data.regency)
                : (p.institution ?? data.people.find((x) => x.id === p.personId)?.institution ?? null);
            }}
            run={guard}
          />
        </section>
      </div>
    </>
  );
}
