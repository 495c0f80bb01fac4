// Sasaran of Buku II, each with a measurable indicator: unit, baseline and target, each with its year.
import { draftOf } from '../../../../shared/domain/common';
import { goalSchema, type Dimension, type Goal } from '../../../../shared/domain/masterplan';
import { call } from '../../api/bridge';
import { FormText } from '../../forms/fields';
import type { Draft } from '../../lib/draft';
import { FormRecordChoice } from './pickers';
import { RecordTable } from './RecordTable';

const goalDraft = draftOf(goalSchema);
const withYear = (value: string | null, year: number | null) => (value ? (year ? `${value} (${year})` : value) : '—');

export function Goals(props: {
  goals: readonly Goal[];
  dimensions: readonly Dimension[];
  onChanged: () => Promise<void> | void;
}) {
  const dimName = (id: number | null) => props.dimensions.find((d) => d.id === id)?.name ?? 'Semua dimensi';
  return (
    <RecordTable<Goal, Draft<Goal>>
      label="Sasaran"
      noun="sasaran"
      schema={goalDraft}
      empty={{
        id: null,
        dimensionId: null,
        text: '',
        indicator: '',
        unit: null,
        baseline: null,
        baselineYear: null,
        target: '',
        targetYear: null,
        sortOrder: props.goals.length + 1,
      }}
      rows={props.goals}
      rowName={(g) => g.text.slice(0, 60)}
      columns={[
        { header: 'Sasaran', cell: (g) => g.text },
        { header: 'Dimensi', width: 150, cell: (g) => dimName(g.dimensionId) },
        { header: 'Indikator', cell: (g) => `${g.indicator}${g.unit ? ` (${g.unit})` : ''}` },
        { header: 'Baseline', width: 120, cell: (g) => withYear(g.baseline, g.baselineYear) },
        { header: 'Target', width: 120, cell: (g) => withYear(g.target, g.targetYear) },
      ]}
      firstField="text"
      gridTemplateColumns="minmax(0, 1.4fr) minmax(0, 1fr) 110px minmax(0, 1fr) 110px auto"
      fields={(control) => (
        <>
          <div style={{ gridColumn: '1 / 4' }}>
            <FormText control={control} name="text" inputName="goal-text" label="Sasaran" required />
          </div>
          <div style={{ gridColumn: '4 / 6' }}>
            <FormRecordChoice
              control={control}
              name="dimensionId"
              label="Dimensi"
              ariaLabel="Dimensi sasaran"
              items={props.dimensions}
              none="Semua dimensi"
            />
          </div>
          <div />
          <div style={{ gridColumn: '1 / 3' }}>
            <FormText control={control} name="indicator" inputName="goal-indicator" label="Indikator" required />
          </div>
          <FormText control={control} name="unit" inputName="goal-unit" label="Satuan" nullable placeholder="%" />
          <div style={{ gridColumn: '4 / 6', display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 100px', gap: 8 }}>
            <FormText control={control} name="baseline" inputName="goal-baseline" label="Baseline" nullable />
            <FormText control={control} name="baselineYear" inputName="goal-baseline-year" label="Tahun baseline" type="number" />
          </div>
          <div />
          <div style={{ gridColumn: '1 / 3', display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 100px', gap: 8 }}>
            <FormText control={control} name="target" inputName="goal-target" label="Target" required />
            <FormText control={control} name="targetYear" inputName="goal-target-year" label="Tahun target" type="number" />
          </div>
        </>
      )}
      save={(d) => call('masterplan.goals.save', d)}
      remove={(g) => call('masterplan.goals.remove', { id: g.id })}
      emptyText="Belum ada sasaran. Tambahkan sasaran dengan indikator, baseline dan target yang terukur."
      onChanged={props.onChanged}
    />
  );
}
