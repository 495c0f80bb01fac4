// Edits one person (name, gelar, ASN or not, NIP or NI PPPK, pangkat, eselon, jenis kelamin, instansi, phone) and the
// several positions they hold at once, each shown as printed (formatJabatan).
import { Button, Checkbox, Field, Radio, RadioGroup, Subtitle2, Text } from '@fluentui/react-components';
import { Delete16Regular, Edit16Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import { draftOf, id, opt } from '../../../shared/domain/common';
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
import { call } from '../api/bridge';
import { useConfirm } from '../app/confirm';
import { useNotify } from '../app/toast';
import { UnitDropdown } from '../components/UnitDropdown';
import { ErrorBar } from '../components/ErrorBar';
import { FormChoice, FormText } from '../forms/fields';
import { useSchemaForm } from '../forms/use-schema-form';
import { useAction } from '../hooks/use-action';
import type { Draft, Region } from '../lib/draft';
import { jabatanOf } from '../lib/jabatan';
import { ROLE_LABEL, STATUS_LABEL } from '../lib/labels';

export type PersonDraft = Draft<Person>;
/** A position as its form edits it: the holder is the person of the editor, filled in when it is saved. */
type PositionDraft = Omit<Draft<Position>, 'personId'>;
const personDraftSchema = draftOf(personFields, personRules);
const positionDraftSchema = positionFields
  .omit({ personId: true })
  .extend({ id: opt(id) })
  .superRefine((v, ctx) => positionRules(v, ctx));

const NEW_POSITION: PositionDraft = {
  id: null,
  title: '',
  withRegion: false,
  unitId: null,
  role: 'kepala_opd',
  status: 'definitif',
  startDate: null,
  endDate: null,
};

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

/** The form of one position: title, unit, role, status and whether the region is printed after it. */
function PositionForm(props: {
  initial: PositionDraft;
  units: Unit[];
  region: Region;
  onSave: (position: PositionDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const { form, submit, error, ref } = useSchemaForm<PositionDraft>({
    schema: positionDraftSchema,
    defaultValues: props.initial,
    onSave: props.onSave,
  });
  const { control } = form;
  const shown = form.watch();
  useEffect(() => {
    form.setFocus('title');
  }, [form]);
  return (
    <form
      ref={(el) => {
        ref.current = el;
      }}
      aria-label="Formulir jabatan"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          props.onCancel();
        }
      }}
      style={{ display: 'grid', gridTemplateColumns: '2fr 1fr 1fr 1fr', gap: 8, alignItems: 'end' }}
    >
      {error && !error.problems.length && (
        <div style={{ gridColumn: '1 / -1' }}>
          <ErrorBar error={error} />
        </div>
      )}
      <FormText control={control} name="title" inputName="position-title" label="Jabatan" required />
      <Controller
        control={control}
        name="unitId"
        render={({ field }) => (
          <Field label="Unit">
            <UnitDropdown label="Unit jabatan" units={props.units} value={field.value} onChange={field.onChange} />
          </Field>
        )}
      />
      <FormChoice control={control} name="role" label="Peran" choices={POSITION_ROLES} labelOf={(r) => ROLE_LABEL[r]} />
      <FormChoice
        control={control}
        name="status"
        label="Status"
        ariaLabel="Status jabatan"
        choices={POSITION_STATUSES}
        labelOf={(s) => STATUS_LABEL[s]}
      />
      <Controller
        control={control}
        name="withRegion"
        render={({ field }) => (
          <Checkbox label="Tambahkan nama daerah" checked={field.value} onChange={(_, d) => field.onChange(!!d.checked)} />
        )}
      />
      <div style={{ gridColumn: 'span 2', fontSize: 12 }} aria-label="Jabatan tercetak">
        Tercetak: <strong>{shown.title?.trim() ? jabatanOf(shown, props.region) : '—'}</strong>
      </div>
      <div style={{ display: 'flex', gap: 6 }}>
        <Button appearance="primary" type="submit">
          Simpan jabatan
        </Button>
        <Button onClick={props.onCancel} title="Batal (Esc)">
          Batal
        </Button>
      </div>
    </form>
  );
}

export function PersonEditor(props: {
  person: PersonDraft;
  positions: Position[];
  units: Unit[];
  region: Region;
  onSaved: (person: Person) => void;
  /** Said when the person is not in the list as filtered now, so that the editor is not mistaken for a list row. */
  hiddenByFilter?: boolean;
}) {
  const notify = useNotify();
  const confirm = useConfirm();
  const isNew = props.person.id === null;
  // Positions entered before the new person is saved; saved right after the person, in this order.
  const [pending, setPending] = useState<PositionDraft[]>([]);
  const [editing, setEditing] = useState<{ draft: PositionDraft; index?: number } | null>(null);
  const positionsAction = useAction();
  const saved = useRef<Person | null>(null);
  const { form, submit, error, ref } = useSchemaForm<PersonDraft>({
    schema: personDraftSchema,
    defaultValues: props.person,
    onSave: async (draft) => {
      const person = await call('people.save', draft);
      saved.current = person;
      for (const position of pending) await call('positions.save', { ...position, personId: person.id });
      notify(`${person.name} tersimpan`);
      setPending([]);
      props.onSaved(person);
      return person;
    },
  });
  const { control } = form;
  const asn = form.watch('asn');
  const name = form.watch('name');
  useEffect(() => {
    // A new form starts at its first field.
    if (isNew) form.setFocus('name');
  }, [form, isNew]);

  const savePosition = async (position: PositionDraft) => {
    if (isNew) {
      // Kept with the new person until it is saved.
      setPending((list) =>
        editing?.index !== undefined ? list.map((p, i) => (i === editing.index ? position : p)) : [...list, position],
      );
      setEditing(null);
      return;
    }
    await call('positions.save', { ...position, personId: props.person.id! });
    setEditing(null);
    notify('Jabatan tersimpan');
    props.onSaved((saved.current ?? props.person) as Person);
  };

  const removePosition = (p: Position) =>
    void confirm({
      title: 'Hapus jabatan?',
      message: `${name} tidak lagi tercatat sebagai ${jabatanOf(p, props.region)}.`,
    }).then((yes) => {
      if (!yes) return;
      void positionsAction.run(async () => {
        await call('positions.remove', { id: p.id });
        props.onSaved((saved.current ?? props.person) as Person);
      }, 'Jabatan dihapus');
    });

  const held: { key: string; label: string; role: string; edit: () => void; remove: () => void }[] = isNew
    ? pending.map((p, index) => ({
        key: `baru-${index}`,
        label: jabatanOf(p, props.region),
        role: ROLE_LABEL[p.role],
        edit: () => setEditing({ draft: p, index }),
        remove: () => setPending((list) => list.filter((_, i) => i !== index)),
      }))
    : props.positions.map((p) => ({
        key: String(p.id),
        label: jabatanOf(p, props.region),
        role: ROLE_LABEL[p.role],
        edit: () => setEditing({ draft: p }),
        remove: () => removePosition(p),
      }));

  return (
    <section aria-label="Data pejabat" style={{ display: 'grid', gap: 10 }}>
      {props.hiddenByFilter && (
        <Text role="status" italic>
          Pejabat ini tidak tampak di daftar karena pencarian atau saringan; jabatannya tetap tercatat.
        </Text>
      )}
      <ErrorBar error={error ?? positionsAction.error} />
      <form
        ref={(el) => {
          ref.current = el;
        }}
        aria-label={isNew ? 'Pejabat baru' : `Ubah ${props.person.name}`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        style={{ display: 'grid', gap: 10 }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: '110px 1fr 140px', gap: 8 }}>
          <FormText control={control} name="frontTitle" label="Gelar depan" nullable />
          <FormText control={control} name="name" inputName="person-name" label="Nama" required />
          <FormText control={control} name="backTitle" label="Gelar belakang" nullable />
        </div>
        <Controller
          control={control}
          name="asn"
          render={({ field }) => (
            <Field label="Kepegawaian">
              <RadioGroup
                layout="horizontal"
                aria-label="Kepegawaian"
                value={field.value ? 'asn' : 'non-asn'}
                onChange={(_, d) => {
                  field.onChange(d.value === 'asn');
                  if (d.value !== 'asn') {
                    // Someone outside the civil service has no NIP, NI PPPK, pangkat or eselon: cleared, not just hidden.
                    for (const key of ['nip', 'niPppk', 'pangkat', 'eselon'] as const) {
                      form.setValue(key, null, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
                    }
                  }
                }}
              >
                <Radio value="asn" label="ASN" />
                <Radio value="non-asn" label="Non-ASN" />
              </RadioGroup>
            </Field>
          )}
        />
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
          {asn && (
            <>
              <FormText
                control={control}
                name="nip"
                label="NIP"
                nullable
                placeholder="19700101 199503 1 001"
                // Digit 15 of the NIP tells the jenis kelamin: filled in as the NIP is typed.
                onValue={(nip) => {
                  const gender = genderFromNip(nip);
                  if (gender) form.setValue('gender', gender, { shouldDirty: true });
                }}
              />
              <FormText control={control} name="niPppk" label="NI PPPK" nullable />
              <FormChoice
                control={control}
                name="pangkat"
                label="Pangkat/golongan"
                ariaLabel="Pangkat"
                choices={PANGKAT_CODES}
                labelOf={(c: PangkatCode) => formatPangkat(c)}
                none="—"
              />
              <FormChoice
                control={control}
                name="eselon"
                label="Eselon"
                choices={ESELONS}
                labelOf={(e: Eselon) => e}
                none="—"
              />
            </>
          )}
          <FormText
            control={control}
            name="institution"
            label="Instansi"
            nullable
            hint={asn ? 'Bila tidak tampak dari jabatannya' : 'Kementerian, perguruan tinggi, perusahaan, komunitas'}
          />
          <FormChoice
            control={control}
            name="gender"
            label="Jenis kelamin"
            choices={GENDERS}
            labelOf={(g: Gender) => GENDER_LABELS[g]}
            none="—"
          />
          <FormText control={control} name="phone" label="Telepon" nullable />
        </div>
        <div>
          <Button appearance="primary" type="submit">
            Simpan pejabat
          </Button>
        </div>
      </form>
      <Subtitle2 as="h3">Jabatan</Subtitle2>
      {isNew && (
        <Text size={200}>Jabatan yang ditambahkan di sini disimpan bersama pejabat baru ini saat Simpan pejabat.</Text>
      )}
      {held.length > 0 ? (
        <ul aria-label="Jabatan yang dipegang" style={{ paddingLeft: 18, margin: 0 }}>
          {held.map((p) => (
            <li key={p.key}>
              {p.label} <em>({p.role})</em>{' '}
              <Button
                size="small"
                appearance="subtle"
                icon={<Edit16Regular />}
                aria-label={`Ubah jabatan ${p.label}`}
                title="Ubah"
                onClick={p.edit}
              />
              <Button
                size="small"
                appearance="subtle"
                icon={<Delete16Regular />}
                aria-label={`Hapus jabatan ${p.label}`}
                title="Hapus"
                onClick={p.remove}
              />
            </li>
          ))}
        </ul>
      ) : (
        <Text>Belum ada jabatan. Tambahkan jabatan yang dipegang orang ini.</Text>
      )}
      {editing ? (
        <PositionForm
          key={editing.draft.id ?? `baru-${editing.index ?? pending.length}`}
          initial={editing.draft}
          units={props.units}
          region={props.region}
          onSave={savePosition}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div>
          <Button onClick={() => setEditing({ draft: { ...NEW_POSITION } })}>Tambah jabatan</Button>
        </div>
      )}
    </section>
  );
}
