// Monitoring and evaluation: indicators per the ministry's five evaluation dimensions (baseline, output, outcome,
// impact, quick win), each with its target, data source, frequency and the OPD responsible.
import { Controller } from 'react-hook-form';
import { draftOf } from '../../../../shared/domain/common';
import {
  ME_KIND_LABELS,
  ME_KINDS,
  monitoringIndicatorSchema,
  type Dimension,
  type MonitoringIndicator,
  type ProgrammeItem,
} from '../../../../shared/domain/masterplan';
import type { Unit } from '../../../../shared/domain/organisation';
import { call } from '../../api/bridge';
import { FormChoice, FormText } from '../../forms/fields';
import type { Draft } from '../../lib/draft';
import { FormRecordChoice, RecordChoice } from './pickers';
import { RecordTable } from './RecordTable';

const indicatorDraft = draftOf(monitoringIndicatorSchema);

export function Monitoring(props: {
  indicators: readonly MonitoringIndicator[];
  dimensions: readonly Dimension[];
  programmes: readonly ProgrammeItem[];
  units: readonly Unit[];
  onChanged: () => Promise<void> | void;
}) {
  const name = (list: readonly { id: number; name: string }[], id: number | null) => list.find((x) => x.id === id)?.name ?? '—';
  const programmes = props.programmes.map((p) => ({ id: p.id, name: p.code ? `${p.code} ${p.name}` : p.name }));
  const ordered = [...props.indicators].sort(
    (a, b) => ME_KINDS.indexOf(a.kind) - ME_KINDS.indexOf(b.kind) || a.sortOrder - b.sortOrder,
  );
  return (
    <RecordTable<MonitoringIndicator, Draft<MonitoringIndicator>>
      label="Indikator monitoring dan evaluasi"
      noun="indikator monev"
      schema={indicatorDraft}
      empty={{
        id: null,
        kind: 'output',
        dimensionId: null,
        programmeId: null,
        indicator: '',
        target: null,
        dataSource: null,
        frequency: null,
        unitId: null,
        sortOrder: props.indicators.length + 1,
      }}
      rows={ordered}
      rowName={(m) => m.indicator.slice(0, 60)}
      columns={[
        { header: 'Jenis', width: 90, cell: (m) => ME_KIND_LABELS[m.kind] },
        { header: 'Indikator', cell: (m) => m.indicator },
        {
          header: 'Dimensi / program',
          width: 200,
          cell: (m) => (m.programmeId ? name(programmes, m.programmeId) : name(props.dimensions, m.dimensionId)),
        },
        { header: 'Target', width: 110, cell: (m) => m.target ?? '—' },
        {
          header: 'Sumber data · frekuensi',
          width: 180,
          cell: (m) => [m.dataSource, m.frequency].filter(Boolean).join(' · ') || '—',
        },
        { header: 'Penanggung jawab', width: 160, cell: (m) => name(props.units, m.unitId) },
      ]}
      firstField="kind"
      gridTemplateColumns="repeat(4, minmax(0, 1fr)) auto"
      fields={(control) => (
        <>
          <FormChoice
            control={control}
            name="kind"
            label="Jenis"
            ariaLabel="Jenis indikator"
            choices={ME_KINDS}
            labelOf={(k) => ME_KIND_LABELS[k]}
          />
          <div style={{ gridColumn: '2 / 4' }}>
            <FormText control={control} name="indicator" inputName="me-indicator" label="Indikator" required />
          </div>
          <FormText control={control} name="target" inputName="me-target" label="Target" nullable />
          <div />
          <FormRecordChoice control={control} name="unitId" label="Penanggung jawab" items={props.units} none="—" />
          <FormRecordChoice
            control={control}
            name="dimensionId"
            label="Dimensi"
            ariaLabel="Dimensi indikator"
            items={props.dimensions}
            none="—"
          />
          <div style={{ gridColumn: '3 / 5' }}>
            <Controller
              control={control}
              name="programmeId"
              render={({ field, fieldState }) => (
                <RecordChoice
                  label="Program"
                  ariaLabel="Program indikator"
                  items={programmes}
                  value={field.value}
                  onChange={field.onChange}
                  none="—"
                  error={fieldState.error?.message}
                />
              )}
            />
          </div>
          <div />
          <div style={{ gridColumn: '1 / 3' }}>
            <FormText control={control} name="dataSource" inputName="me-source" label="Sumber data" nullable />
          </div>
          <FormText
            control={control}
            name="frequency"
            inputName="me-frequency"
            label="Frekuensi"
            nullable
            placeholder="Tahunan"
          />
          <div />
        </>
      )}
      save={(d) => call('masterplan.monitoring.save', d)}
      remove={(m) => call('masterplan.monitoring.remove', { id: m.id })}
      emptyText="Belum ada indikator monitoring dan evaluasi. Tambahkan indikator baseline, output, outcome, dampak dan quick win."
      onChanged={props.onChanged}
    />
  );
}
