// The masterplan as a document ("Rencana"): title, period, visi, misi, dasar hukum, the years each horizon covers
// and the list of lampiran. Saved with its button or Ctrl+S; leaving with unsaved edits asks first.
import { Button, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  HORIZON_LABELS,
  HORIZONS,
  masterplanPlanSchema,
  type Horizon,
  type MasterplanPlan,
} from '../../../shared/domain/masterplan';
import { call, CallError, type Problem } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { ListEditor } from '../components/ListEditor';
import { TextField } from '../components/TextField';
import { asCallError, useData } from '../hooks/use-data';
import { blankToNull, messageFor, validate } from '../lib/validate';

/** A year as typed: empty is null, anything else a number for the schema to judge. */
const yearOf = (v: string): number | null => (v.trim() === '' ? null : Number(v));

/** What the form holds for a horizon: both years as typed, so that half a span can show its message. */
type Span = { startYear: number | null; endYear: number | null };
type PlanDraft = Omit<MasterplanPlan, 'horizons'> & { horizons: Record<Horizon, Span> };

function toDraft(plan: MasterplanPlan): PlanDraft {
  const span = (h: Horizon): Span => plan.horizons[h] ?? { startYear: null, endYear: null };
  return { ...plan, horizons: { pendek: span('pendek'), menengah: span('menengah'), panjang: span('panjang') } };
}

function toPayload(draft: PlanDraft) {
  const span = (h: Horizon) => {
    const s = draft.horizons[h];
    return s.startYear === null && s.endYear === null ? null : s;
  };
  return {
    ...draft,
    missions: draft.missions.map((m) => m.trim()).filter(Boolean),
    legalBases: draft.legalBases.map((m) => m.trim()).filter(Boolean),
    attachments: draft.attachments.map((m) => m.trim()).filter(Boolean),
    horizons: { pendek: span('pendek'), menengah: span('menengah'), panjang: span('panjang') },
  };
}

export function MasterplanPlanForm() {
  const loaded = useData(() => call('masterplan.plan.get'));
  if (!loaded.data) return loaded.error ? <ErrorBar error={loaded.error} /> : <Spinner label="Memuat…" />;
  return <PlanForm initial={toDraft(loaded.data)} />;
}

function PlanForm({ initial }: { initial: PlanDraft }) {
  const [draft, setDraft] = useState<PlanDraft>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const { setDirty, setSaveAction } = useNavigation();
  const notify = useNotify();
  const edit = (patch: Partial<PlanDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
  };
  const setSpan = (h: Horizon, patch: Partial<Span>) =>
    edit({ horizons: { ...draft.horizons, [h]: { ...draft.horizons[h], ...patch } } });

  const save = async () => {
    const payload = toPayload(draft);
    // Empty list items are dropped before checking, so that a message points at the item it names.
    setDraft((d) => ({ ...d, missions: payload.missions, legalBases: payload.legalBases, attachments: payload.attachments }));
    const parsed = masterplanPlanSchema.safeParse(payload);
    const found = parsed.success ? [] : validate(masterplanPlanSchema, payload);
    setProblems(found);
    if (!parsed.success) {
      setError(new CallError(`Periksa isian yang ditandai (${found.length}).`, 'validation', found));
      return;
    }
    try {
      const saved = await call('masterplan.plan.save', parsed.data);
      setDraft(toDraft(saved));
      setDirty(false);
      setError(null);
      notify('Rencana masterplan tersimpan');
    } catch (e) {
      const err = asCallError(e);
      setError(err);
      setProblems(err.problems);
    }
  };
  useEffect(() => {
    setSaveAction(() => void save());
    return () => setSaveAction(null);
  });
  // The form goes away with its edits (the user agreed to that first): nothing is left unsaved.
  useEffect(() => () => setDirty(false), [setDirty]);

  const err = (path: string) => messageFor(problems, path);
  return (
    <section aria-label="Rencana masterplan" style={{ display: 'grid', gap: 10, maxWidth: 980 }}>
      <ErrorBar error={error} />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 130px 130px', gap: 10 }}>
        <TextField
          label="Judul masterplan"
          name="plan-title"
          value={draft.title}
          onChange={(v) => edit({ title: blankToNull(v) })}
          error={err('title')}
          hint="Kosong: Masterplan Smart City dan nama daerah"
        />
        <TextField
          label="Periode: tahun awal"
          type="number"
          name="period-start"
          value={draft.periodStart === null ? '' : String(draft.periodStart)}
          onChange={(v) => edit({ periodStart: yearOf(v) })}
          error={err('periodStart')}
        />
        <TextField
          label="Periode: tahun akhir"
          type="number"
          name="period-end"
          value={draft.periodEnd === null ? '' : String(draft.periodEnd)}
          onChange={(v) => edit({ periodEnd: yearOf(v) })}
          error={err('periodEnd')}
        />
      </div>
      <TextField
        label="Visi"
        name="vision"
        multiline
        value={draft.vision}
        onChange={(v) => edit({ vision: blankToNull(v) })}
        error={err('vision')}
      />
      <ListEditor
        label="Misi"
        itemLabel="Misi"
        multiline
        max={30}
        items={draft.missions}
        onChange={(missions) => edit({ missions })}
        error={(i) => err(`missions[${i}]`)}
      />
      <ListEditor
        label="Dasar hukum"
        itemLabel="Dasar hukum"
        max={100}
        items={draft.legalBases}
        onChange={(legalBases) => edit({ legalBases })}
        error={(i) => err(`legalBases[${i}]`)}
      />
      <Subtitle2 as="h2">Tahun tiap jangka</Subtitle2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 10 }}>
        {HORIZONS.map((h) => (
          <div key={h} role="group" aria-label={HORIZON_LABELS[h]} style={{ display: 'grid', gap: 4 }}>
            <Text weight="semibold">{HORIZON_LABELS[h]}</Text>
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 6 }}>
              <TextField
                label="Dari tahun"
                type="number"
                value={draft.horizons[h].startYear === null ? '' : String(draft.horizons[h].startYear)}
                onChange={(v) => setSpan(h, { startYear: yearOf(v) })}
                error={err(`horizons.${h}.startYear`) ?? err(`horizons.${h}`)}
              />
              <TextField
                label="Sampai tahun"
                type="number"
                value={draft.horizons[h].endYear === null ? '' : String(draft.horizons[h].endYear)}
                onChange={(v) => setSpan(h, { endYear: yearOf(v) })}
                error={err(`horizons.${h}.endYear`)}
              />
            </div>
          </div>
        ))}
      </div>
      <ListEditor
        label="Lampiran"
        itemLabel="Lampiran"
        max={50}
        items={draft.attachments}
        onChange={(attachments) => edit({ attachments })}
        error={(i) => err(`attachments[${i}]`)}
      />
      <div>
        <Button appearance="primary" onClick={() => void save()}>
          Simpan rencana (Ctrl+S)
        </Button>
      </div>
    </section>
  );
}
