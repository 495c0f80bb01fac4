// The programme's money: every funding source with its estimate (the total per source), and the budget per year
// per source (the budget table's lines). When there are yearly lines, they are the programme's budget.
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { BUDGET_SOURCES, programmeBudget } from '../../../../shared/domain/masterplan';
import { formatRupiah } from '../../../../shared/format/rupiah';
import { CellChoice, CellInput } from './cells';
import type { ProgrammeDraft } from './programme-draft';

export function ProgrammeBudgets({ form }: { form: UseFormReturn<ProgrammeDraft> }) {
  const { control } = form;
  const fundings = useFieldArray({ control, name: 'fundings' });
  const budgets = useFieldArray({ control, name: 'budgets' });
  const shown = form.watch();
  const total = programmeBudget({
    fundings: (shown.fundings ?? []).map((f) => ({ amount: typeof f.amount === 'number' ? f.amount : null })),
    budgets: (shown.budgets ?? []).map((b) => ({ amount: typeof b.amount === 'number' ? b.amount : 0 })),
  });
  return (
    <section aria-label="Anggaran" style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h3">Anggaran</Subtitle2>
      <div role="group" aria-label="Sumber dana" style={{ display: 'grid', gap: 4 }}>
        {fundings.fields.length === 0 && <Text size={200}>Belum ada sumber dana.</Text>}
        {fundings.fields.map((row, i) => (
          <div
            key={row.id}
            style={{ display: 'grid', gridTemplateColumns: '160px minmax(0, 1fr) auto', gap: 6, alignItems: 'end' }}
          >
            <CellChoice
              control={control}
              name={`fundings.${i}.source`}
              ariaLabel={`Sumber dana ${i + 1}`}
              label={i === 0 ? 'Sumber dana' : undefined}
              choices={BUDGET_SOURCES}
            />
            <CellInput
              control={control}
              name={`fundings.${i}.amount`}
              type="number"
              ariaLabel={`Anggaran sumber dana ${i + 1}`}
              label={i === 0 ? 'Perkiraan anggaran (Rp)' : undefined}
            />
            <Button
              appearance="subtle"
              icon={<Delete16Regular />}
              aria-label={`Hapus sumber dana ${i + 1}`}
              title="Hapus"
              onClick={() => fundings.remove(i)}
            />
          </div>
        ))}
        <div>
          <Button
            size="small"
            icon={<Add16Regular />}
            disabled={fundings.fields.length >= 10}
            onClick={() => {
              const used = form.getValues('fundings').map((f) => f.source);
              fundings.append({ source: BUDGET_SOURCES.find((b) => !used.includes(b)) ?? 'Lainnya', amount: null });
            }}
          >
            Tambah sumber dana
          </Button>
        </div>
      </div>
      <div role="group" aria-label="Anggaran per tahun" style={{ display: 'grid', gap: 4 }}>
        <Text weight="semibold">Anggaran per tahun dan sumber</Text>
        {budgets.fields.length === 0 && (
          <Text size={200}>Belum ada anggaran per tahun. Tambahkan baris untuk tiap tahun dan sumber dana.</Text>
        )}
        {budgets.fields.map((row, i) => (
          <div
            key={row.id}
            style={{ display: 'grid', gridTemplateColumns: '96px 150px minmax(0, 1fr) auto', gap: 6, alignItems: 'end' }}
          >
            <CellInput
              control={control}
              name={`budgets.${i}.year`}
              type="number"
              ariaLabel={`Tahun anggaran ${i + 1}`}
              label={i === 0 ? 'Tahun' : undefined}
            />
            <CellChoice
              control={control}
              name={`budgets.${i}.source`}
              ariaLabel={`Sumber anggaran tahunan ${i + 1}`}
              label={i === 0 ? 'Sumber' : undefined}
              choices={BUDGET_SOURCES}
            />
            <CellInput
              control={control}
              name={`budgets.${i}.amount`}
              type="number"
              ariaLabel={`Jumlah anggaran tahunan ${i + 1}`}
              label={i === 0 ? 'Jumlah (Rp)' : undefined}
            />
            <Button
              appearance="subtle"
              icon={<Delete16Regular />}
              aria-label={`Hapus anggaran tahunan ${i + 1}`}
              title="Hapus"
              onClick={() => budgets.remove(i)}
            />
          </div>
        ))}
        <div>
          <Button
            size="small"
            icon={<Add16Regular />}
            disabled={budgets.fields.length >= 200}
            onClick={() => {
              const lines = form.getValues('budgets');
              const last = lines.at(-1);
              // The next line continues the last one: the following year, same source.
              const year = last && Number.isInteger(last.year) ? last.year + 1 : form.getValues('startYear');
              const source = last?.source ?? form.getValues('fundings')[0]?.source ?? 'APBD';
              budgets.append({
                year: Number.isInteger(year) ? year : new Date().getFullYear(),
                source,
                amount: null as unknown as number,
              });
            }}
          >
            Tambah anggaran tahunan
          </Button>
        </div>
      </div>
      <Text>
        Jumlah anggaran program: <strong>{total === null ? '—' : formatRupiah(total)}</strong>
        {(shown.budgets ?? []).length > 0 ? ' (dari anggaran per tahun)' : ''}
      </Text>
    </section>
  );
}
