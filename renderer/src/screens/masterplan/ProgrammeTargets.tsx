// The programme's performance: its indicator, the baseline, and one target per year (the programme matrix's
// yearly columns). "Isi tahun program" adds a row for each year of the programme that has none yet.
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { FormText } from '../../forms/fields';
import { CellInput } from './cells';
import type { ProgrammeDraft } from './programme-draft';

export function ProgrammeTargets({ form }: { form: UseFormReturn<ProgrammeDraft> }) {
  const { control } = form;
  const targets = useFieldArray({ control, name: 'targets' });
  const fillYears = () => {
    const { startYear, endYear } = form.getValues();
    if (!Number.isInteger(startYear) || !Number.isInteger(endYear) || endYear < startYear || endYear - startYear > 19) return;
    const have = new Set(form.getValues('targets').map((t) => t.year));
    for (let y = startYear; y <= endYear; y++) if (!have.has(y)) targets.append({ year: y, value: '' });
  };
  return (
    <section aria-label="Indikator dan target" style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h3">Indikator dan target</Subtitle2>
      <FormText control={control} name="indicator" inputName="programme-indicator" label="Indikator kinerja" nullable />
      <FormText
        control={control}
        name="baseline"
        inputName="programme-baseline"
        label="Kondisi awal (baseline)"
        nullable
        placeholder="Misalnya 35% OPD (2021)"
      />
      <div role="group" aria-label="Target tahunan" style={{ display: 'grid', gap: 4 }}>
        <Text weight="semibold">Target tahunan</Text>
        {targets.fields.length === 0 && <Text size={200}>Belum ada target tahunan. Tambahkan target tiap tahun program.</Text>}
        {targets.fields.map((row, i) => (
          <div
            key={row.id}
            style={{ display: 'grid', gridTemplateColumns: '110px minmax(0, 1fr) auto', gap: 6, alignItems: 'end' }}
          >
            <CellInput
              control={control}
              name={`targets.${i}.year`}
              type="number"
              ariaLabel={`Tahun target ${i + 1}`}
              label={i === 0 ? 'Tahun' : undefined}
            />
            <CellInput
              control={control}
              name={`targets.${i}.value`}
              ariaLabel={`Target ${i + 1}`}
              label={i === 0 ? 'Target' : undefined}
              placeholder="Misalnya 60% OPD"
            />
            <Button
              appearance="subtle"
              icon={<Delete16Regular />}
              aria-label={`Hapus target ${i + 1}`}
              title="Hapus"
              onClick={() => targets.remove(i)}
            />
          </div>
        ))}
        <div style={{ display: 'flex', gap: 6 }}>
          <Button
            size="small"
            icon={<Add16Regular />}
            disabled={targets.fields.length >= 20}
            onClick={() => {
              const years = form.getValues('targets').map((t) => t.year);
              const next = years.length ? Math.max(...years.filter(Number.isInteger)) + 1 : form.getValues('startYear');
              targets.append({ year: Number.isInteger(next) ? next : new Date().getFullYear(), value: '' });
            }}
          >
            Tambah target tahunan
          </Button>
          <Button size="small" onClick={fillYears}>
            Isi tahun program
          </Button>
        </div>
      </div>
    </section>
  );
}
