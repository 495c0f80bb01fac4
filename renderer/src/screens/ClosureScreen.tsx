// Penutupan & Komitmen: date, venue, place and closing time of the closure, who presides, Pihak Pertama and Pihak
// Kedua of the berita acara with its title, pokok paragraphs and copies, the commitment title, text and points, and
// the signatories in signing order with each document's "Mengetahui" signers.
import { Button, Field, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { closureDraftSchema, closureFields, type Closure } from '../../../shared/domain/closure';
import type { Person, Position, Unit } from '../../../shared/domain/organisation';
import type { Regency } from '../../../shared/domain/regency';
import { call, CallError, type Problem } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { useNotify } from '../app/toast';
import { DateField } from '../components/DateField';
import { ErrorBar } from '../components/ErrorBar';
import { SaveBar } from '../components/SaveBar';
import { ListEditor } from '../components/ListEditor';
import { PositionPicker } from '../components/PositionPicker';
import { ScreenHeader } from '../components/ScreenHeader';
import { TextField } from '../components/TextField';
import { asCallError, useData } from '../hooks/use-data';
import { blankToNull, messageFor, validate } from '../lib/validate';
import { SignatoryList, type SignatoryDraft } from './SignatoryList';

type ClosureDraft = Omit<Closure, 'signatories' | 'uid' | 'createdAt' | 'updatedAt'> &
  Partial<Pick<Closure, 'uid' | 'createdAt' | 'updatedAt'>> & { signatories: SignatoryDraft[] };

/** A closure not yet entered: the schema's own defaults, so a new field needs no second list here. */
const EMPTY: ClosureDraft = { ...closureFields.parse({}), signatories: [] };

export function ClosureScreen() {
  const data = useData(async () => ({
    closure: await call('closure.get'),
    positions: await call('positions.list'),
    people: await call('people.list'),
    units: await call('units.list'),
    regency: await call('profile.getRegency'),
  }));
  if (!data.data) return data.error ? <ErrorBar error={data.error} /> : <Spinner label="Memuat…" />;
  const c = data.data.closure;
  return (
    <ClosureForm
      initial={c ? { ...c, signatories: c.signatories.map((s) => ({ ...s, key: `s${s.id}` })) } : EMPTY}
      positions={data.data.positions}
      people={data.data.people}
      units={data.data.units}
      regency={data.data.regency}
    />
  );
}

function ClosureForm({
  initial,
  positions,
  people,
  units,
  regency,
}: {
  initial: ClosureDraft;
  positions: Position[];
  people: Person[];
  units: Unit[];
  regency: Regency | null;
}) {
  const [draft, setDraft] = useState<ClosureDraft>(initial);
  const [stored, setProblems] = useState<Problem[]>([]);
  // After a refused save the form checks again as it is edited, so a corrected field loses its message at once.
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<CallError | null>(null);
  const { setDirty, setSaveAction } = useNavigation();
  const notify = useNotify();

  const edit = (patch: Partial<ClosureDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
  };

  const save = async () => {
    // Empty lines and paragraphs are dropped before checking, so that a message points at the item it names.
    const cleaned = {
      ...draft,
      points: draft.points.map((p) => p.trim()).filter(Boolean),
      beritaAcaraPoints: draft.beritaAcaraPoints.map((p) => p.trim()).filter(Boolean),
    };
    setDraft(cleaned);
    const payload = {
      ...cleaned,
      signatories: cleaned.signatories.map(({ key: _key, ...s }, i) => ({ ...s, sortOrder: i + 1 })),
    };
    const found = validate(closureDraftSchema, payload);
    setProblems(found);
    setChecked(found.length > 0);
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

  const problems = checked
    ? validate(closureDraftSchema, {
        ...draft,
        points: draft.points.map((p) => p.trim()).filter(Boolean),
        beritaAcaraPoints: draft.beritaAcaraPoints.map((p) => p.trim()).filter(Boolean),
        signatories: draft.signatories.map(({ key: _key, ...s }, i) => ({ ...s, sortOrder: i + 1 })),
      })
    : stored;
  const shownError = checked
    ? problems.length
      ? new CallError(`Periksa isian yang ditandai (${problems.length}).`, 'validation', problems)
      : null
    : error;
  const err = (path: string) => messageFor(problems, path);
  return (
    <>
      <ScreenHeader
        title="Penutupan & Komitmen"
        description="Data penutupan Bimtek tahap IV dan lembar komitmen bersama."
      />
      <ErrorBar error={shownError} />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 10 }}>
        <DateField
          label="Tanggal penutupan"
          name="closure-date"
          value={draft.date}
          onChange={(v) => edit({ date: v })}
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
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 10, marginTop: 10 }}>
        {(
          [
            ['presidingPositionId', 'Dipimpin oleh'],
            ['firstPartyPositionId', 'Pihak Pertama'],
            ['secondPartyPositionId', 'Pihak Kedua'],
          ] as const
        ).map(([field, label]) => (
          <Field key={field} label={label} validationState={err(field) ? 'error' : 'none'} validationMessage={err(field)}>
            <PositionPicker
              label={label}
              positions={positions}
              people={people}
              region={regency}
              value={draft[field]}
              onChange={(id) => edit({ [field]: id })}
            />
          </Field>
        ))}
      </div>
      <Subtitle2 as="h2" style={{ display: 'block', marginTop: 16 }}>
        Berita acara
      </Subtitle2>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) 120px 120px', gap: 10 }}>
        <TextField
          label="Judul berita acara"
          name="berita-acara-title"
          value={draft.beritaAcaraTitle}
          onChange={(v) => edit({ beritaAcaraTitle: blankToNull(v) })}
          error={err('beritaAcaraTitle')}
          hint="Kosong: judul baku"
        />
        <TextField
          label="Jam selesai"
          name="closing-time"
          value={draft.closingTime}
          onChange={(v) => edit({ closingTime: blankToNull(v) })}
          error={err('closingTime')}
          placeholder="16.00"
        />
        <TextField
          label="Rangkap"
          type="number"
          name="copies"
          value={draft.copies === null ? '' : String(draft.copies)}
          onChange={(v) => edit({ copies: v.trim() === '' ? null : Number(v) })}
          error={err('copies')}
        />
      </div>
      <div style={{ marginTop: 8 }}>
        <ListEditor
          label="Pokok berita acara"
          itemLabel="Paragraf pokok"
          addLabel="Tambah paragraf"
          multiline
          max={50}
          items={draft.beritaAcaraPoints}
          onChange={(beritaAcaraPoints) => edit({ beritaAcaraPoints })}
          error={(i) => err(`beritaAcaraPoints[${i}]`)}
        />
      </div>
      <Subtitle2 as="h2" style={{ display: 'block', marginTop: 16 }}>
        Lembar komitmen
      </Subtitle2>
      <div style={{ display: 'grid', gap: 10 }}>
        <TextField
          label="Judul komitmen (satu baris judul per baris)"
          name="commitment-title"
          multiline
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
        Penandatangan ({draft.signatories.filter((s) => s.kind === 'penandatangan').length}), Mengetahui (
        {draft.signatories.filter((s) => s.kind === 'mengetahui').length}) dan Mengetahui berita acara (
        {draft.signatories.filter((s) => s.kind === 'mengetahui_berita_acara').length})
      </Subtitle2>
      <SignatoryList
        signatories={draft.signatories}
        positions={positions}
        people={people}
        region={regency}
        units={units}
        onChange={(signatories) => edit({ signatories })}
        problem={(i) => problems.find((p) => p.path.startsWith(`signatories[${i}]`))?.message}
      />
      <SaveBar>
        <Button appearance="primary" onClick={() => void save()}>
          Simpan (Ctrl+S)
        </Button>
        <Text size={200}>{draft.signatories.length} penandatangan</Text>
      </SaveBar>
    </>
  );
}
