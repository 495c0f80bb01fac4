// Edits one person (name, gelar, ASN or not, NIP or NI PPPK, pangkat, eselon, jenis kelamin, instansi, phone) and the
// several positions they hold at once, each shown as printed (formatJabatan).
import { Button, Checkbox, Dropdown, Field, Option, Radio, RadioGroup, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { draftOf } from '../../../shared/domain/common';
import {
  ESELONS,
  GENDER_LABELS,
  GENDERS,
  genderFromNip,
  personFields,
  personRules,
  POSITION_ROLES,
  POSITION_STATUSES,
  positionFields,
  positionRules,
  type Eselon,
  type Gender,
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
import type { Draft, Region } from '../lib/draft';
import { jabatanOf } from '../lib/jabatan';
import { ROLE_LABEL, STATUS_LABEL } from '../lib/labels';
import { blankToNull, messageFor, validate } from '../lib/validate';
import type { CallError } from '../api/bridge';

export type PersonDraft = Draft<Person>;
type PositionDraft = Draft<Position>;
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
  asn: true,
  institution: null,
  gender: null,
  eselon: null,
  isDemo: false,
};

export function PersonEditor(props: {
  person: PersonDraft;
  positions: Position[];
  units: Unit[];
  region: Region;
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
      <Field label="Kepegawaian">
        <RadioGroup
          layout="horizontal"
          aria-label="Kepegawaian"
          value={draft.asn ? 'asn' : 'non-asn'}
          onChange={(_, d) =>
            edit(
              d.value === 'asn'
                ? { asn: true }
                : // Someone outside the civil service has no NIP, NI PPPK, pangkat or eselon: cleared, not just hidden.
                  { asn: false, nip: null, niPppk: null, pangkat: null, eselon: null },
            )
          }
        >
          <Radio value="asn" label="ASN" />
          <Radio value="non-asn" label="Non-ASN" />
        </RadioGroup>
      </Field>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
        {draft.asn && (
          <>
            <TextField
              label="NIP"
              name="nip"
              value={draft.nip}
              onChange={(v) => {
                const nip = blankToNull(v);
                // Digit 15 of the NIP tells the jenis kelamin: filled in as the NIP is typed.
                edit({ nip, gender: genderFromNip(nip) ?? draft.gender });
              }}
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
            <Field
              label="Pangkat/golongan"
              validationState={err('pangkat') ? 'error' : 'none'}
              validationMessage={err('pangkat')}
            >
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
            <Field label="Eselon" validationState={err('eselon') ? 'error' : 'none'} validationMessage={err('eselon')}>
              <Dropdown
                aria-label="Eselon"
                value={draft.eselon ?? '—'}
                selectedOptions={[draft.eselon ?? '']}
                onOptionSelect={(_, d) => edit({ eselon: (d.optionValue || null) as Eselon | null })}
              >
                <Option value="">—</Option>
                {ESELONS.map((e) => (
                  <Option key={e} value={e}>
                    {e}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </>
        )}
        <TextField
          label="Instansi"
          name="institution"
          value={draft.institution}
          onChange={(v) => edit({ institution: blankToNull(v) })}
          error={err('institution')}
          hint={draft.asn ? 'Bila tidak tampak dari jabatannya' : 'Kementerian, perguruan tinggi, perusahaan, komunitas'}
        />
        <Field label="Jenis kelamin" validationState={err('gender') ? 'error' : 'none'} validationMessage={err('gender')}>
          <Dropdown
            aria-label="Jenis kelamin"
            value={draft.gender ? GENDER_LABELS[draft.gender] : '—'}
            selectedOptions={[draft.gender ?? '']}
            onOptionSelect={(_, d) => edit({ gender: (d.optionValue || null) as Gender | null })}
          >
            <Option value="">—</Option>
            {GENDERS.map((g) => (
              <Option key={g} value={g}>
                {GENDER_LABELS[g]}
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
                {jabatanOf(p, props.region)} <em>({ROLE_LABEL[p.role]})</em>{' '}
                <Button size="small" appearance="subtle" onClick={() => setPosition(p)}>
                  Ubah
                </Button>
                <RemoveButton
                  question={{
                    title: 'Hapus jabatan?',
                    message: `${draft.name} tidak lagi tercatat sebagai ${jabatanOf(p, props.region)}.`,
                  }}
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
              <Checkbox
                label="Tambahkan nama daerah"
                checked={position.withRegion}
                onChange={(_, d) => setPosition({ ...position, withRegion: !!d.checked })}
              />
              <div style={{ gridColumn: 'span 2', fontSize: 12 }} aria-label="Jabatan tercetak">
                Tercetak: <strong>{position.title.trim() ? jabatanOf(position, props.region) : '—'}</strong>
              </div>
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
                    withRegion: false,
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
