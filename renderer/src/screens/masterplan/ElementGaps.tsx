// The gap table of Buku I: for each element, its current condition, the expected one and the gap between them (one
// row per element). Elements still without a row are named under the table, so the clerk sees what is left.
import { Text } from '@fluentui/react-components';
import { Controller } from 'react-hook-form';
import { draftOf } from '../../../../shared/domain/common';
import { elementGapSchema, type Dimension, type Element, type ElementGap } from '../../../../shared/domain/masterplan';
import { call } from '../../api/bridge';
import { FormText } from '../../forms/fields';
import type { Draft } from '../../lib/draft';
import { RecordChoice } from './pickers';
import { RecordTable } from './RecordTable';

type GapDraft = Draft<ElementGap>;
const gapDraftSchema = draftOf(elementGapSchema);

export function ElementGaps(props: {
  dimensions: readonly Dimension[];
  elements: readonly Element[];
  gaps: readonly ElementGap[];
  onChanged: () => Promise<void> | void;
}) {
  const dimensionOf = (e: Element | undefined) => props.dimensions.find((d) => d.id === e?.dimensionId)?.name ?? '';
  const element = (id: number) => props.elements.find((e) => e.id === id);
  // "Smart Governance · Layanan Publik", in the dimensions' order.
  const choices = [...props.elements]
    .sort(
      (a, b) =>
        props.dimensions.findIndex((d) => d.id === a.dimensionId) - props.dimensions.findIndex((d) => d.id === b.dimensionId) ||
        a.sortOrder - b.sortOrder,
    )
    .map((e) => ({ id: e.id, name: `${dimensionOf(e)} · ${e.name}` }));
  const done = new Set(props.gaps.map((g) => g.elementId));
  const missing = choices.filter((c) => !done.has(c.id));
  const empty: GapDraft = {
    id: null,
    elementId: missing[0]?.id ?? (null as unknown as number),
    current: '',
    target: '',
    gap: null,
  };
  const rows = [...props.gaps].sort(
    (a, b) => choices.findIndex((c) => c.id === a.elementId) - choices.findIndex((c) => c.id === b.elementId),
  );
  return (
    <RecordTable<ElementGap, GapDraft>
      key={missing[0]?.id ?? 0}
      label="Analisis kesenjangan"
      noun="kesenjangan elemen"
      schema={gapDraftSchema}
      empty={empty}
      rows={rows}
      rowName={(g) => element(g.elementId)?.name ?? String(g.elementId)}
      columns={[
        { header: 'Elemen', width: 200, cell: (g) => choices.find((c) => c.id === g.elementId)?.name ?? '?' },
        { header: 'Kondisi saat ini', cell: (g) => g.current },
        { header: 'Kondisi yang diharapkan', cell: (g) => g.target },
        { header: 'Kesenjangan', cell: (g) => g.gap ?? '—' },
      ]}
      firstField="elementId"
      gridTemplateColumns="minmax(0, 1fr) minmax(0, 1fr) auto"
      fields={(control) => (
        <>
          <div style={{ gridColumn: '1 / 3' }}>
            <Controller
              control={control}
              name="elementId"
              render={({ field, fieldState }) => (
                <RecordChoice
                  label="Elemen"
                  ariaLabel="Elemen kesenjangan"
                  items={choices}
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldState.error?.message}
                  required
                />
              )}
            />
          </div>
          <div />
          <FormText control={control} name="current" inputName="gap-current" label="Kondisi saat ini" multiline required />
          <FormText control={control} name="target" inputName="gap-target" label="Kondisi yang diharapkan" multiline required />
          <div />
          <div style={{ gridColumn: '1 / 3' }}>
            <FormText control={control} name="gap" inputName="gap-gap" label="Kesenjangan" nullable />
          </div>
        </>
      )}
      save={(draft) => call('masterplan.elementGaps.save', draft)}
      remove={(g) => call('masterplan.elementGaps.remove', { id: g.id })}
      emptyText="Belum ada analisis kesenjangan. Pilih elemen, lalu tulis kondisi saat ini dan yang diharapkan."
      onChanged={props.onChanged}
      footer={
        missing.length > 0 && (
          <Text size={200}>
            {missing.length} elemen belum punya analisis kesenjangan: {missing.map((m) => m.name).join('; ')}.
          </Text>
        )
      }
    />
  );
}
