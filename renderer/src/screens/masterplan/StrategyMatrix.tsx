// The TOWS strategies of one dimension as a 2×2 matrix (S-O, W-O, S-T, W-T), each strategy tied to the SWOT points it
// answers and the programmes that carry it out, with a form beneath to add or change one (shared form model: the
// message at the field, Ctrl+S saves, Esc leaves a change).
import { Button, Checkbox, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { Delete16Regular, Edit16Regular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import { Controller } from 'react-hook-form';
import { draftOf } from '../../../../shared/domain/common';
import {
  strategyFields,
  strategyRules,
  SWOT_KINDS,
  SWOT_LABELS,
  TOWS_KINDS,
  TOWS_LABELS,
  towsSwotKinds,
  type Dimension,
  type ProgrammeItem,
  type Strategy,
  type SwotItem,
  type TowsKind,
} from '../../../../shared/domain/masterplan';
import { call } from '../../api/bridge';
import { useConfirm } from '../../app/confirm';
import { useNavigation } from '../../app/navigation';
import { useNotify } from '../../app/toast';
import { ErrorBar } from '../../components/ErrorBar';
import { FormErrorBar } from '../../forms/form-error-bar';
import { FormChoice, FormText } from '../../forms/fields';
import { useSchemaForm } from '../../forms/use-schema-form';
import { useAction } from '../../hooks/use-action';
import type { Draft } from '../../lib/draft';
import { TOWS_HINT } from './labels';
import { ProgrammePicker } from './ProgrammePicker';

type StrategyDraft = Draft<Strategy>;
const strategyDraftSchema = draftOf(strategyFields, strategyRules);
const label = (p: { code: string | null; name: string }) => (p.code ? `${p.code} ${p.name}` : p.name);

export function StrategyMatrix(props: {
  dimension: Dimension;
  swot: readonly SwotItem[];
  strategies: readonly Strategy[];
  programmes: readonly ProgrammeItem[];
  onChanged: () => void;
}) {
  const notify = useNotify();
  const confirm = useConfirm();
  const { confirmLeave } = useNavigation();
  const removal = useAction(async () => props.onChanged());
  const mine = props.strategies.filter((s) => s.dimensionId === props.dimension.id);
  const empty: StrategyDraft = {
    id: null,
    dimensionId: props.dimension.id,
    kind: 'SO',
    text: '',
    swotIds: [],
    programmeIds: [],
    sortOrder: mine.length + 1,
  };
  const { form, submit, error, ref } = useSchemaForm<StrategyDraft>({
    schema: strategyDraftSchema,
    defaultValues: empty,
    onSave: async (draft) => {
      await call('masterplan.strategies.save', draft);
      notify(draft.id === null ? 'Strategi ditambahkan' : 'Strategi diperbarui');
      props.onChanged();
      setTimeout(() => form.setFocus('text'));
      return { ...empty, kind: draft.kind, sortOrder: mine.length + 2 };
    },
  });
  const editingId = form.watch('id');
  const kind = form.watch('kind');
  const allowed = new Set<string>(towsSwotKinds(kind));
  const points = props.swot.filter((x) => x.dimensionId === props.dimension.id);
  // Another kind answers other SWOT points: those it cannot answer are let go (S-O answers only S and O).
  useEffect(() => {
    const kinds = new Set<string>(towsSwotKinds(kind));
    const ids = form.getValues('swotIds');
    const kept = ids.filter((id) => kinds.has(props.swot.find((x) => x.id === id)?.kind ?? ''));
    if (kept.length !== ids.length) form.setValue('swotIds', kept, { shouldDirty: true });
  }, [kind, form, props.swot]);
  const swotText = new Map(points.map((x) => [x.id, `${x.kind}: ${x.text}`]));
  const programmeName = new Map(props.programmes.map((p) => [p.id, label(p)]));
  const cancel = () => form.reset(empty);
  const edit = (s: Strategy) =>
    void confirmLeave().then((leave) => {
      if (!leave) return;
      form.reset(s);
      setTimeout(() => form.setFocus('text'));
    });
  const remove = (s: Strategy) =>
    void confirm({ title: 'Hapus strategi?', message: s.text }).then((yes) => {
      if (!yes) return;
      void removal.run(async () => {
        await call('masterplan.strategies.remove', { id: s.id });
        if (form.getValues('id') === s.id) form.reset(empty);
      }, 'Strategi dihapus');
    });

  return (
    <section aria-label={`Strategi ${props.dimension.name}`} style={{ display: 'grid', gap: 10 }}>
      <Subtitle2 as="h3">Strategi (matriks TOWS) {props.dimension.name}</Subtitle2>
      <ErrorBar error={removal.error} />
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 10 }}>
        {TOWS_KINDS.map((k) => {
          const list = mine.filter((s) => s.kind === k);
          return (
            <div
              key={k}
              role="group"
              aria-label={`Strategi ${TOWS_LABELS[k]}`}
              style={{ border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: 4, padding: 8 }}
            >
              <Text weight="semibold" block>
                {TOWS_LABELS[k]} · {TOWS_HINT[k]}
              </Text>
              {list.length === 0 ? (
                <Text as="p" size={200} style={{ margin: '4px 0 0' }}>
                  Belum ada strategi {TOWS_LABELS[k]}.
                </Text>
              ) : (
                <ol style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                  {list.map((s) => (
                    <li key={s.id} aria-current={editingId === s.id || undefined}>
                      {s.text}
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<Edit16Regular />}
                        aria-label={`Ubah strategi ${s.text.slice(0, 60)}`}
                        title="Ubah"
                        onClick={() => edit(s)}
                      />
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<Delete16Regular />}
                        aria-label={`Hapus strategi ${s.text.slice(0, 60)}`}
                        title="Hapus"
                        onClick={() => remove(s)}
                      />
                      <div style={{ fontSize: 12, color: tokens.colorNeutralForeground2 }}>
                        Menjawab: {s.swotIds.map((x) => swotText.get(x) ?? '?').join('; ') || '—'}
                        <br />
                        Program: {s.programmeIds.map((x) => programmeName.get(x) ?? '?').join('; ') || 'belum ada'}
                      </div>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          );
        })}
      </div>
      <form
        ref={(el) => {
          ref.current = el;
        }}
        aria-label={editingId === null ? 'Formulir strategi baru' : 'Formulir ubah strategi'}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && editingId !== null && !e.defaultPrevented) {
            e.preventDefault();
            cancel();
          }
        }}
        style={{ display: 'grid', gap: 8 }}
      >
        <FormErrorBar error={error} errors={form.formState.errors} />
        <div style={{ display: 'grid', gridTemplateColumns: '150px minmax(0, 1fr)', gap: 8, alignItems: 'start' }}>
          <FormChoice
            control={form.control}
            name="kind"
            label="Jenis strategi"
            choices={TOWS_KINDS}
            labelOf={(k: TowsKind) => TOWS_LABELS[k]}
          />
          <FormText control={form.control} name="text" inputName="strategy-text" label="Strategi" multiline required />
        </div>
        <Controller
          control={form.control}
          name="swotIds"
          render={({ field, fieldState }) => {
            const choices = points
              .filter((x) => allowed.has(x.kind))
              .sort((a, b) => SWOT_KINDS.indexOf(a.kind) - SWOT_KINDS.indexOf(b.kind));
            const kinds = [...allowed].map((k) => SWOT_LABELS[k as keyof typeof SWOT_LABELS]).join(' dan ');
            const message = fieldState.error?.message ?? fieldState.error?.root?.message;
            // Not inside a Fluent Field: a Field gives its one id to every checkbox in it, so a label would tick another.
            return (
              <div role="group" aria-label="Butir SWOT yang dijawab" style={{ display: 'grid' }}>
                <Text weight="semibold">Butir SWOT yang dijawab ({kinds})</Text>
                {choices.length === 0 && <Text size={200}>Belum ada butir SWOT jenis ini; tambahkan di atas.</Text>}
                {choices.map((x) => (
                  <Checkbox
                    key={x.id}
                    label={`${SWOT_LABELS[x.kind]}: ${x.text}`}
                    checked={field.value.includes(x.id)}
                    onChange={(_, d) =>
                      field.onChange(d.checked ? [...field.value, x.id] : field.value.filter((v: number) => v !== x.id))
                    }
                  />
                ))}
                {message && (
                  <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
                    {message}
                  </Text>
                )}
              </div>
            );
          }}
        />
        <Controller
          control={form.control}
          name="programmeIds"
          render={({ field, fieldState }) => (
            <ProgrammePicker
              label="Program yang menjalankan strategi ini"
              programmes={props.programmes}
              preferDimensionId={props.dimension.id}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <div style={{ display: 'flex', gap: 6 }}>
          <Button appearance="primary" type="submit">
            {editingId === null ? 'Tambah strategi' : 'Simpan strategi'}
          </Button>
          {editingId !== null && (
            <Button onClick={cancel} title="Batal (Esc)">
              Batal
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
