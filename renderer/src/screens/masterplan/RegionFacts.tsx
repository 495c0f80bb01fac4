// Buku I's picture of the region: baseline statistics (population, PDRB, IPM, SPBE index, blank spots), the review
// of policies and regulations (what exists, what is needed) and the inventory of applications already running.
import { Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { draftOf } from '../../../../shared/domain/common';
import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  existingApplicationSchema,
  REGULATION_KINDS,
  REGULATION_STATUS_LABELS,
  REGULATION_STATUSES,
  regionStatisticSchema,
  regulationSchema,
  type Dimension,
  type ExistingApplication,
  type RegionStatistic,
  type Regulation,
} from '../../../../shared/domain/masterplan';
import type { Unit } from '../../../../shared/domain/organisation';
import { call } from '../../api/bridge';
import { FormChoice, FormText } from '../../forms/fields';
import type { Draft } from '../../lib/draft';
import { FormRecordChoice } from './pickers';
import { RecordTable } from './RecordTable';

const statDraft = draftOf(regionStatisticSchema);
const regulationDraft = draftOf(regulationSchema);
const applicationDraft = draftOf(existingApplicationSchema);

export function RegionFacts(props: {
  statistics: readonly RegionStatistic[];
  regulations: readonly Regulation[];
  applications: readonly ExistingApplication[];
  dimensions: readonly Dimension[];
  units: readonly Unit[];
  onChanged: () => Promise<void> | void;
}) {
  const [part, setPart] = useState<'statistik' | 'regulasi' | 'aplikasi'>('statistik');
  const unitName = (id: number | null) => props.units.find((u) => u.id === id)?.name ?? '—';
  const dimName = (id: number | null) => props.dimensions.find((d) => d.id === id)?.name ?? '—';
  return (
    <div style={{ display: 'grid', gap: 10 }}>
      <TabList
        size="small"
        aria-label="Bagian gambaran daerah"
        selectedValue={part}
        onTabSelect={(_, d) => setPart(d.value as typeof part)}
      >
        <Tab value="statistik">Statistik dasar ({props.statistics.length})</Tab>
        <Tab value="regulasi">Kebijakan dan regulasi ({props.regulations.length})</Tab>
        <Tab value="aplikasi">Aplikasi dan layanan ({props.applications.length})</Tab>
      </TabList>
      {part === 'statistik' && (
        <RecordTable<RegionStatistic, Draft<RegionStatistic>>
          label="Statistik dasar daerah"
          noun="statistik"
          schema={statDraft}
          empty={{ id: null, label: '', value: '', year: null, source: null, sortOrder: props.statistics.length + 1 }}
          rows={props.statistics}
          rowName={(s) => s.label}
          columns={[
            { header: 'Data', cell: (s) => s.label },
            { header: 'Nilai', width: 200, cell: (s) => s.value },
            { header: 'Tahun', width: 80, cell: (s) => s.year ?? '—' },
            { header: 'Sumber', width: 180, cell: (s) => s.source ?? '—' },
          ]}
          firstField="label"
          gridTemplateColumns="minmax(0, 1.4fr) minmax(0, 1fr) 100px minmax(0, 1fr) auto"
          fields={(control) => (
            <>
              <FormText
                control={control}
                name="label"
                inputName="stat-label"
                label="Data"
                required
                placeholder="Jumlah penduduk"
              />
              <FormText control={control} name="value" inputName="stat-value" label="Nilai" required placeholder="412.530 jiwa" />
              <FormText control={control} name="year" inputName="stat-year" label="Tahun" type="number" />
              <FormText control={control} name="source" inputName="stat-source" label="Sumber" nullable placeholder="BPS 2023" />
            </>
          )}
          save={(d) => call('masterplan.statistics.save', d)}
          remove={(s) => call('masterplan.statistics.remove', { id: s.id })}
          emptyText="Belum ada statistik dasar. Tambahkan jumlah penduduk, PDRB, IPM, indeks SPBE dan blank spot."
          onChanged={props.onChanged}
        />
      )}
      {part === 'regulasi' && (
        <RecordTable<Regulation, Draft<Regulation>>
          label="Kebijakan dan regulasi"
          noun="regulasi"
          schema={regulationDraft}
          empty={{
            id: null,
            kind: 'RPJMD',
            title: '',
            number: null,
            status: 'ada',
            note: null,
            sortOrder: props.regulations.length + 1,
          }}
          rows={props.regulations}
          rowName={(r) => r.title}
          columns={[
            { header: 'Jenis', width: 150, cell: (r) => r.kind },
            { header: 'Judul', cell: (r) => r.title },
            { header: 'Nomor', width: 160, cell: (r) => r.number ?? '—' },
            { header: 'Status', width: 120, cell: (r) => REGULATION_STATUS_LABELS[r.status] },
            { header: 'Catatan', cell: (r) => r.note ?? '—' },
          ]}
          firstField="kind"
          gridTemplateColumns="170px minmax(0, 2fr) minmax(0, 1fr) 150px auto"
          fields={(control) => (
            <>
              <FormChoice
                control={control}
                name="kind"
                label="Jenis"
                ariaLabel="Jenis regulasi"
                choices={REGULATION_KINDS}
                labelOf={(k) => k}
              />
              <FormText control={control} name="title" inputName="regulation-title" label="Judul" required />
              <FormText control={control} name="number" inputName="regulation-number" label="Nomor" nullable />
              <FormChoice
                control={control}
                name="status"
                label="Status"
                ariaLabel="Status regulasi"
                choices={REGULATION_STATUSES}
                labelOf={(s) => REGULATION_STATUS_LABELS[s]}
              />
              <div style={{ gridColumn: '1 / 5' }}>
                <FormText control={control} name="note" inputName="regulation-note" label="Catatan" nullable />
              </div>
            </>
          )}
          save={(d) => call('masterplan.regulations.save', d)}
          remove={(r) => call('masterplan.regulations.remove', { id: r.id })}
          emptyText="Belum ada kebijakan atau regulasi. Tambahkan RPJMD, Renstra OPD, RTRW dan aturan SPBE: yang ada dan yang perlu disusun."
          onChanged={props.onChanged}
        />
      )}
      {part === 'aplikasi' && (
        <RecordTable<ExistingApplication, Draft<ExistingApplication>>
          label="Aplikasi dan layanan yang ada"
          noun="aplikasi"
          schema={applicationDraft}
          empty={{
            id: null,
            name: '',
            unitId: null,
            dimensionId: null,
            description: null,
            status: 'berjalan',
            sortOrder: props.applications.length + 1,
          }}
          rows={props.applications}
          rowName={(a) => a.name}
          columns={[
            { header: 'Aplikasi', cell: (a) => a.name },
            { header: 'OPD pengelola', width: 220, cell: (a) => unitName(a.unitId) },
            { header: 'Dimensi', width: 160, cell: (a) => dimName(a.dimensionId) },
            { header: 'Status', width: 130, cell: (a) => APPLICATION_STATUS_LABELS[a.status] },
          ]}
          firstField="name"
          gridTemplateColumns="minmax(0, 1.3fr) minmax(0, 1.3fr) minmax(0, 1fr) 150px auto"
          fields={(control) => (
            <>
              <FormText control={control} name="name" inputName="application-name" label="Nama aplikasi" required />
              <FormRecordChoice control={control} name="unitId" label="OPD pengelola" items={props.units} none="—" />
              <FormRecordChoice
                control={control}
                name="dimensionId"
                label="Dimensi"
                ariaLabel="Dimensi aplikasi"
                items={props.dimensions}
                none="—"
              />
              <FormChoice
                control={control}
                name="status"
                label="Status"
                ariaLabel="Status aplikasi"
                choices={APPLICATION_STATUSES}
                labelOf={(s) => APPLICATION_STATUS_LABELS[s]}
              />
              <div style={{ gridColumn: '1 / 5' }}>
                <FormText control={control} name="description" inputName="application-description" label="Uraian" nullable />
              </div>
            </>
          )}
          save={(d) => call('masterplan.applications.save', d)}
          remove={(a) => call('masterplan.applications.remove', { id: a.id })}
          emptyText="Belum ada aplikasi. Tambahkan aplikasi dan layanan digital yang sudah dijalankan daerah."
          onChanged={props.onChanged}
        />
      )}
    </div>
  );
}
