// The facilitators and speakers of one Bimtek stage, as people: someone already recorded, or a new person outside
// the civil service (nama, instansi) entered here; each with a role ("Narasumber", "Moderator") and in order.
import { Button, Field, Option, Radio, RadioGroup } from '@fluentui/react-components';
import { Combobox } from '../components/fluent-id';
import { ArrowDown16Regular, ArrowUp16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { stageFacilitatorSchema, type StageFacilitator, type StageNumber } from '../../../shared/domain/bimtek';
import { draftOf } from '../../../shared/domain/common';
import { personFields, personRules, type Person, type Position } from '../../../shared/domain/organisation';
import { call, type Problem } from '../api/bridge';
import { RemoveButton } from '../components/RemoveButton';
import { TextField } from '../components/TextField';
import type { Region } from '../lib/draft';
import { fullName, jabatanOf } from '../lib/jabatan';
import { blankToNull, messageFor, validate } from '../lib/validate';
import { NEW_PERSON } from './PersonEditor';

const facilitatorDraftSchema = draftOf(stageFacilitatorSchema);
const personDraftSchema = draftOf(personFields, personRules);

/** What the list says of a person's instansi: recorded, or read from their first position. */
function instansiOf(person: Person | undefined, positions: readonly Position[], region: Region): string | null {
  if (!person) return null;
  if (person.institution) return person.institution;
  const position = positions.find((p) => p.personId === person.id);
  return position ? jabatanOf(position, region) : null;
}

export function StageFacilitators(props: {
  stageNumber: StageNumber;
  facilitators: StageFacilitator[];
  people: Person[];
  positions: Position[];
  region: Region;
  run: (fn: () => Promise<unknown>, message?: string) => Promise<void>;
}) {
  const [source, setSource] = useState<'ada' | 'baru'>('ada');
  const [personId, setPersonId] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [newPerson, setNewPerson] = useState({ name: '', institution: '' });
  const [role, setRole] = useState('Narasumber');
  const [problems, setProblems] = useState<Problem[]>([]);
  const list = [...props.facilitators].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const taken = new Set(list.map((f) => f.personId));
  const candidates = props.people
    .filter((p) => !taken.has(p.id) && fullName(p).toLowerCase().includes(query.trim().toLowerCase()))
    .slice(0, 50);

  const add = () => {
    const nextOrder = list.length === 0 ? 1 : Math.max(...list.map((f) => f.sortOrder)) + 1;
    const facilitator = (id: number) => ({
      id: null,
      stageNumber: props.stageNumber,
      personId: id,
      role: blankToNull(role),
      sortOrder: nextOrder,
    });
    const found: Problem[] = [];
    let person = null;
    if (source === 'baru') {
      person = { ...NEW_PERSON, name: newPerson.name, institution: blankToNull(newPerson.institution), asn: false };
      found.push(...validate(personDraftSchema, person).map((p) => ({ ...p, path: `person.${p.path}` })));
      if (!person.institution) found.push({ path: 'person.institution', message: 'tuliskan instansinya' });
    } else if (personId === null) {
      found.push({ path: 'personId', message: 'pilih orangnya, atau isi orang baru' });
    }
    found.push(...validate(facilitatorDraftSchema, facilitator(personId ?? 1)).filter((p) => p.path !== 'personId'));
    setProblems(found);
    if (found.length) return;
    void props.run(async () => {
      const id = person ? (await call('people.save', person)).id : personId!;
      await call('bimtek.facilitators.save', facilitator(id));
      setPersonId(null);
      setQuery('');
      setNewPerson({ name: '', institution: '' });
    }, 'Narasumber ditambahkan');
  };

  const move = (from: number, to: number) => {
    if (to < 0 || to >= list.length) return;
    const next = [...list];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    void props.run(async () => {
      for (const [i, f] of next.entries()) {
        if (f.sortOrder !== i + 1) await call('bimtek.facilitators.save', { ...f, sortOrder: i + 1 });
      }
    });
  };

  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <ol aria-label="Daftar narasumber" style={{ margin: 0, paddingLeft: 22 }}>
        {list.map((f, index) => {
          const person = props.people.find((p) => p.id === f.personId);
          const instansi = instansiOf(person, props.positions, props.region);
          return (
            <li key={f.id}>
              <strong>{fullName(person)}</strong>
              {instansi ? `, ${instansi}` : ''}
              {f.role ? ` — ${f.role}` : ''}
              {person && !person.asn ? ' (non-ASN)' : ''}{' '}
              <Button
                size="small"
                appearance="transparent"
                icon={<ArrowUp16Regular />}
                aria-label={`Naikkan narasumber ${index + 1}`}
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
              />
              <Button
                size="small"
                appearance="transparent"
                icon={<ArrowDown16Regular />}
                aria-label={`Turunkan narasumber ${index + 1}`}
                disabled={index === list.length - 1}
                onClick={() => move(index, index + 1)}
              />
              <RemoveButton
                label={`Hapus narasumber ${person?.name ?? ''}`}
                question={{
                  title: 'Hapus narasumber?',
                  message: `${person?.name ?? 'Orang ini'} tidak lagi tercatat sebagai narasumber tahap ini (datanya sebagai orang tetap ada).`,
                }}
                onRemove={() => props.run(() => call('bimtek.facilitators.remove', { id: f.id }))}
              />
            </li>
          );
        })}
      </ol>
      <div role="group" aria-label="Narasumber baru" style={{ display: 'grid', gap: 6 }}>
        <RadioGroup
          layout="horizontal"
          aria-label="Sumber narasumber"
          value={source}
          onChange={(_, d) => {
            setSource(d.value as 'ada' | 'baru');
            setProblems([]);
          }}
        >
          <Radio value="ada" label="Orang yang sudah tercatat" />
          <Radio value="baru" label="Orang baru (non-ASN)" />
        </RadioGroup>
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) 160px', gap: 6, alignItems: 'start' }}>
          {source === 'ada' ? (
            <Field
              label="Orang"
              style={{ gridColumn: 'span 2' }}
              validationState={messageFor(problems, 'personId') ? 'error' : 'none'}
              validationMessage={messageFor(problems, 'personId')}
            >
              <Combobox
                aria-label="Pilih narasumber"
                placeholder="Ketik nama"
                value={query}
                onChange={(e) => {
                  setQuery(e.target.value);
                  setPersonId(null);
                }}
                onOptionSelect={(_, d) => {
                  setPersonId(d.optionValue ? Number(d.optionValue) : null);
                  setQuery(d.optionText ?? '');
                }}
              >
                {candidates.map((p) => (
                  <Option key={p.id} value={String(p.id)} text={fullName(p)}>
                    {fullName(p)}
                    {instansiOf(p, props.positions, props.region) ? ` — ${instansiOf(p, props.positions, props.region)}` : ''}
                  </Option>
                ))}
              </Combobox>
            </Field>
          ) : (
            <>
              <TextField
                label="Nama narasumber"
                name="facilitator-name"
                value={newPerson.name}
                onChange={(v) => setNewPerson({ ...newPerson, name: v })}
                error={messageFor(problems, 'person.name')}
              />
              <TextField
                label="Instansi narasumber"
                name="facilitator-institution"
                value={newPerson.institution}
                onChange={(v) => setNewPerson({ ...newPerson, institution: v })}
                error={messageFor(problems, 'person.institution')}
                placeholder="Kementerian Komunikasi dan Informatika"
              />
            </>
          )}
          <TextField label="Peran" name="facilitator-role" value={role} onChange={setRole} error={messageFor(problems, 'role')} />
        </div>
        <div>
          <Button onClick={add}>Tambah narasumber</Button>
        </div>
      </div>
    </div>
  );
}
