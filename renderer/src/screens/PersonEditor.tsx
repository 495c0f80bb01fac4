// Edits one person (name, gelar, NIP or NI PPPK, pangkat, phone) and the several positions they hold at once.
import { Button, Dropdown, Field, Option, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { draftOf } from '../../../shared/domain/common';
import {
  personFields,
  personRules,
  POSITION_ROLES,
  POSITION_STATUSES,
  positionFields,
  positionRules,
  type Person,
  type Position,
  type Unit,
} from '../../../shared/domain/organisation';
import { formatPangkat, PANGKAT_CODES, type PangkatCode } from '../../../shared/format/pangkat';
import { call, type Problem } from '../api/bridge';
import { useNotify } from '../app/toast';
import { RemoveButton } from '../components/RemoveButton';
import { UnitDropdown } from '../components/UnitDropdown';
import { ErrorBar } from '../components/ErrorBar';
import { TextField } from '../components/TextField';
import { asCallError } from '../hooks/use-data';
import { ROLE_LABEL, STATUS_LABEL } from '../lib/labels';
import { blankToNull, messageFor, validate } from '../lib/validate';
import type { CallError } from '../api/bridge';

type PersonDraft = Omit<Person, 'id'> & { id: number | null };
type PositionDraft = Omit<Position, 'id'> & { id: number | null };
const personDraftSchema = draftOf(personFields, personRules);
const positionDraftSchema = draftOf(positionFields, positionRules);

export const NEW_PERSON: PersonDraft = {
  id: null,
  name: '',
  frontTitle: null,
  backTitle: null,
  nip: null,
  niPppk: null,
  pangkat: null,
  phone: null,
  isDemo: false,
};

export function PersonEditor(props: {
  person: PersonDraft;
  positions: Position[];
  units: Unit[];
  onSaved: (person: Person) => void;
  onDirty: (dirty: boolean) => void;
}) {
  const [draft, setDraft] = useState<PersonDraft>(props.person);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const [position, setPosition] = useState<PositionDraft | null>(null);
  const [positionProblems, setPositionProblems] = useState<Problem[]>([]);
  const notify = useNotify();
  const { onDirty } = props;
  // The editor goes away with its edits (the user agreed to that first): nothing is left unsaved.
  useEffect(() => () => onDirty(false), [onDirty]);
  const edit = (patch: Partial<PersonDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    props.onDirty(true);
  };

  const save = async () => {
    const found = validate(personDraftSchema, draft);
    setProblems(found);
    if (found.length) return;
    try {
      const saved = await call('people.save', draft);
      setDraft(saved);
      setError(null);
      props.onDirty(false);
      notify(`${saved.name} tersimpan`);
      props.onSaved(saved);
    } catch (e) {
      const err = asCallError(e);
      setError(err);
      setProblems(err.problems);
    }
  };

  const savePosition = async () => {
    if (!position || draft.id === null) return;
    const candidate = { ...position, personId: draft.id };
    const found = validate(positionDraftSchema, candidate);
    setPositionProblems(found);
    if (found.length) return;
    try {
      await call('positions.save', candidate);
      setPosition(null);
      notify('Jabatan tersimpan');
      props.onSaved(draft as Person);
    } catch (e) {
      const err = asCallError(e);
      setError(err);
      setPositionProblems(err.problems);
    }
  };

  const removePosition = async (p: Position) => {
    try {
      await call('positions.remove', { id: p.id });
      notify('Jabatan dihapus');
      props.onSaved(draft as Person);
    } catch (e) {
      setError(asCallError(e));
    }
  };

  const err = (path: string) => messageFor(problems, path);
  return (
    <section aria-label="Data pejabat" style={{ display: 'grid', gap: 10 }}>
      <ErrorBar error={error} />
      <div style={{ display: 'grid', gridTemplateColumns: '110px 1fr 140px', gap: 8 }}>
        <TextField
          label="Gelar depan"
          name="frontTitle"
          value={draft.frontTitle}
          onChange={(v) => edit({ frontTitle: blankToNull(v) })}
          error={err('frontTitle')}
        />
        <TextField
          label="Nama"
          name="person-name"
          required
          value={draft.name}
          onChange={(v) => edit({ name: v })}
          error={err('name')}
        />
        <TextField
          label="Gelar belakang"
          name="backTitle"
          value={draft.backTitle}
          onChange={(v) => edit({ backTitle: blankToNull(v) })}
          error={err('backTitle')}
        />
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
        <TextField
          label="NIP"
          name="nip"
          value={draft.nip}
          onChange={(v) => edit({ nip: blankToNull(v) })}
          error={err('nip')}
          placeholder="19700101 199503 1 001"
        />
        <TextField
          label="NI PPPK"
          name="niPppk"
          value={draft.niPppk}
          onChange={(v) => edit({ niPppk: blankToNull(v) })}
          error={err('niPppk')}
        />
        <Field label="Pangkat/golongan" validationState={err('pangkat') ? 'error' : 'none'} validationMessage={err('pangkat')}>
          <Dropdown
            aria-label="Pangkat"
            value={draft.pangkat ? formatPangkat(draft.pangkat) : '—'}
            selectedOptions={[draft.pangkat ?? '']}
            onOptionSelect={(_, d) => edit({ pangkat: (d.optionValue || null) as PangkatCode | null })}
          >
            <Option value="">—</Option>
            {PANGKAT_CODES.map((code) => (
              <Option key={code} value={code}>
                {formatPangkat(code)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <TextField
          label="Telepon"
          name="phone"
          value={draft.phone}
          onChange={(v) => edit({ phone: blankToNull(v) })}
          error={err('phone')}
        />
      </div>
      <div>
        <Button appearance="primary" onClick={() => void save()}>
          Simpan pejabat
        </Button>
      </div>
      {draft.id !== null && (
        <>
          <Subtitle2 as="h3">Jabatan</Subtitle2>
          <ul aria-label="Jabatan yang dipegang" style={{ paddingLeft: 18, margin: 0 }}>
            {props.positions.map((p) => (
              <li key={p.id}>
                {STATUS_LABEL[p.status] !== 'Definitif' ? `${STATUS_LABEL[p.status]} ` : ''}
                {p.title} <em>({ROLE_LABEL[p.role]})</em>{' '}
                <Button size="small" appearance="subtle" onClick={() => setPosition(p)}>
                  Ubah
                </Button>
                <RemoveButton
                  question={{ title: 'Hapus jabatan?', message: `${draft.name} tidak lagi tercatat sebagai ${p.title}.` }}
                  onRemove={() => removePosition(p)}
                />
              </li>
            ))}
          </ul>
          {position ? (
            <div
              aria-label="Formulir jabatan"
              style={{ display: 'grid', gridTemplateColumns: '2fr 1fr 1fr 1fr', gap: 8, alignItems: 'end' }}
            >
              <TextField
                label="Jabatan"
                name="position-title"
                required
                value={position.title}
                onChange={(v) => setPosition({ ...position, title: v })}
                error={messageFor(positionProblems, 'title')}
              />
              <Field label="Unit">
                <UnitDropdown
                  label="Unit jabatan"
                  units={props.units}
                  value={position.unitId}
                  onChange={(unitId) => setPosition({ ...position, unitId })}
                />
              </Field>
              <Field label="Peran">
                <Dropdown
                  aria-label="Peran"
                  value={ROLE_LABEL[position.role]}
                  selectedOptions={[position.role]}
                  onOptionSelect={(_, d) => setPosition({ ...position, role: d.optionValue as Position['role'] })}
                >
                  {POSITION_ROLES.map((r) => (
                    <Option key={r} value={r}>
                      {ROLE_LABEL[r]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Field label="Status">
                <Dropdown
                  aria-label="Status jabatan"
                  value={STATUS_LABEL[position.status]}
                  selectedOptions={[position.status]}
                  onOptionSelect={(_, d) => setPosition({ ...position, status: d.optionValue as Position['status'] })}
                >
                  {POSITION_STATUSES.map((s) => (
                    <Option key={s} value={s}>
                      {STATUS_LABEL[s]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <div style={{ display: 'flex', gap: 6 }}>
                <Button appearance="primary" onClick={() => void savePosition()}>
                  Simpan jabatan
                </Button>
                <Button onClick={() => setPosition(null)}>Batal</Button>
              </div>
            </div>
          ) : (
            <div>
              <Button
                onClick={() =>
                  setPosition({
                    id: null,
                    personId: draft.id!,
                    title: '',
                    unitId: null,
                    role: 'kepala_opd',
                    status: 'definitif',
                    startDate: null,
                    endDate: null,
                  })
                }
              >
                Tambah jabatan
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
