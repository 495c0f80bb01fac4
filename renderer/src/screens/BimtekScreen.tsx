// Bimtek: the four stages with title, venue (name, address, city, luring/daring/hybrid with the meeting link),
// facilitators as people, agenda and expected outputs; their days; and the participants with attendance per day.
import { Option, Subtitle2, Tab, TabList } from '@fluentui/react-components';
import { Combobox } from '../components/fluent-id';
import { useState } from 'react';
import { type Participant, type Stage, type StageDay, type StageFacilitator } from '../../../shared/domain/bimtek';
import type { Regency } from '../../../shared/domain/regency';
import type { Person, Position } from '../../../shared/domain/organisation';
import { toRoman } from '../../../shared/format/roman';
import { call } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { AttendanceTable } from './AttendanceTable';
import { ErrorBar } from '../components/ErrorBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { useAction } from '../hooks/use-action';
import { useData } from '../hooks/use-data';
import { StageDays } from './StageDays';
import { StageFacilitators } from './StageFacilitators';
import { StageForm } from './StageForm';
import { StagePhotos } from './StagePhotos';
import { jabatanOf } from '../lib/jabatan';

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
  const { error, run: guard } = useAction(reload);
  const days = data.days.filter((d) => d.stageNumber === number);
  const participants = data.participants.filter((p) => p.stageNumber === number);
  const personName = (id: number) => data.people.find((p) => p.id === id)?.name ?? '?';

  return (
    <>
      <ErrorBar error={error} />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16, marginTop: 12 }}>
        <section aria-label="Data tahap" style={{ display: 'grid', gap: 8, alignContent: 'start' }}>
          <StageForm initial={initial} onSaved={reload} />
          <Subtitle2 as="h2">Narasumber dan fasilitator</Subtitle2>
          {saved ? (
            <StageFacilitators
              stageNumber={number}
              facilitators={data.facilitators.filter((f) => f.stageNumber === number)}
              people={data.people}
              positions={data.positions}
              region={data.regency}
              run={guard}
              onChanged={reload}
            />
          ) : (
            <em>Simpan tahap ini dulu, lalu tambahkan narasumbernya.</em>
          )}
          {saved && <StagePhotos key={number} stageNumber={number} />}
        </section>
        <section aria-label="Hari dan peserta" style={{ display: 'grid', gap: 8, alignContent: 'start' }}>
          <StageDays stageNumber={number} days={days} run={guard} onChanged={reload} />
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
