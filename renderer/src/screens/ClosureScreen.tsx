// Penutupan & Komitmen: date, venue and place of the closure, who presides, the commitment text and points, and
// the signatories in signing order with the "Mengetahui" signers.
import { Button, Dropdown, Field, Option, Spinner, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { closureDraftSchema, type Closure } from '../../../shared/domain/closure';
import type { Person, Position } from '../../../shared/domain/organisation';
import { call, CallError, type Problem } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { TextField } from '../components/TextField';
import { asCallError, useData } from '../hooks/use-data';
import { blankToNull, messageFor, validate } from '../lib/validate';
import { SignatoryList, type SignatoryDraft } from './SignatoryList';

type ClosureDraft = Omit<Closure, 'signatories'> & { signatories: SignatoryDraft[] };

const EMPTY: ClosureDraft = {
  date: null,
  venue: null,
  place: null,
  presidingPositionId: null,
  commitmentTitle: 'Komitmen Bersama',
  preamble: null,
  points: [],
  closingText: null,
  signatories: [],
};

export function ClosureScreen() {
  const data = useData(async () => ({
    closure: await call('closure.get'),
    positions: await call('positions.list'),
    people: await call('people.list'),
  }));
  if (!data.data) return data.error ? <ErrorBar error={data.error} /> : <Spinner label="Memuat…" />;
  const c = data.data.closure;
  return (
    <ClosureForm
      initial={c ? { ...c, signatories: c.signatories.map((s) => ({ ...s, key: `s${s.id}` })) } : EMPTY}
      positions={data.data.positions}
      people={data.data.people}
    />
  );
}

function ClosureForm({ initial, positions, people }: { initial: ClosureDraft; positions: Position[]; people: Person[] }) {
  const [draft, setDraft] = useState<ClosureDraft>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const { setDirty, setSaveAction } = useNavigation();
  const notify = useNotify();

  const edit = (patch: Partial<ClosureDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
  };

  const save = async () => {
    const payload = {
      ...draft,
      points: draft.points.map((p) => p.trim()).filter(Boolean),
      signatories: draft.signatories.map(({ key: _key, ...s }, i) => ({ ...s, sortOrder: i + 1 })),
    };
    const found = validate(closureDraftSchema, payload);
    setProblems(found);
    if (found.length) {
      setError(new CallError(`Periksa isian yang ditandai (${found.length}).`, 'validation', found));
      return;
    }
    try {
      const saved = await call('closure.save', payload);
      setDraft({ ...saved, signatories: saved.signatories.map((s) => ({ ...s, key: `s${s.id}` })) });
      setDirty(false);
      setError(null);
      notify('Penutupan dan penandatangan tersimpan');
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

  const err = (path: string) => messageFor(problems, path);
  const presiding = positions.find((p) => p.id === draft.presidingPositionId);
  return (
    <>
      <ScreenHeader
        title="Penutupan & Komitmen"
        description="Data penutupan Bimtek tahap IV dan lembar komitmen bersama."
        actions={
          <Button appearance="primary" onClick={() => void save()}>
            Simpan (Ctrl+S)
          </Button>
        }
      />
      <ErrorBar error={error} />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 10 }}>
        <TextField
          label="Tanggal penutupan"
          type="date"
          name="closure-date"
          value={draft.date}
          onChange={(v) => edit({ date: blankToNull(v) })}
          error={err('date')}
        />
        <TextField
          label="Tempat acara"
          name="closure-venue"
          value={draft.venue}
          onChange={(v) => edit({ venue: blankToNull(v) })}
          error={err('venue')}
        />
        <TextField
          label="Tempat penandatanganan"
          name="closure-place"
          value={draft.place}
          onChange={(v) => edit({ place: blankToNull(v) })}
          error={err('place')}
          hint="Kosong: ibu kota daerah"
        />
      </div>
      <Field label="Dipimpin oleh" style={{ marginTop: 10 }}>
        <Dropdown
          aria-label="Dipimpin oleh"
          value={presiding ? `${people.find((p) => p.id === presiding.personId)?.name ?? ''} — ${presiding.title}` : '—'}
          selectedOptions={[String(draft.presidingPositionId ?? '')]}
          onOptionSelect={(_, d) => edit({ presidingPositionId: d.optionValue ? Number(d.optionValue) : null })}
        >
          <Option value="">—</Option>
          {positions.map((p) => (
            <Option key={p.id} value={String(p.id)} text={`${people.find((x) => x.id === p.personId)?.name ?? ''} — ${p.title}`}>
              {`${people.find((x) => x.id === p.personId)?.name ?? ''} — ${p.title}`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div style={{ display: 'grid', gap: 10, marginTop: 10 }}>
        <TextField
          label="Judul komitmen"
          value={draft.commitmentTitle}
          onChange={(v) => edit({ commitmentTitle: v })}
          error={err('commitmentTitle')}
        />
        <TextField
          label="Pembukaan"
          multiline
          value={draft.preamble}
          onChange={(v) => edit({ preamble: blankToNull(v) })}
          error={err('preamble')}
        />
        <TextField
          label="Butir komitmen (satu butir per baris)"
          multiline
          name="closure-points"
          value={draft.points.join('\n')}
          onChange={(v) => edit({ points: v.split('\n') })}
          error={problems.find((p) => p.path.startsWith('points'))?.message}
        />
      </div>
      <Subtitle2 as="h2" style={{ display: 'block', marginTop: 16 }}>
        Penandatangan ({draft.signatories.filter((s) => s.kind === 'penandatangan').length}) dan Mengetahui (
        {draft.signatories.filter((s) => s.kind === 'mengetahui').length})
      </Subtitle2>
      <SignatoryList
        signatories={draft.signatories}
        positions={positions}
        people={people}
        onChange={(signatories) => edit({ signatories })}
      />
    </>
  );
}
