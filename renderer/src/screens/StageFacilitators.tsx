// The facilitators and speakers of one Bimtek stage, as people: someone already recorded, or a new person outside
// the civil service (nama, instansi) entered here; each with a role ("Narasumber", "Moderator") and in order.
import { Button, Field, Option, Radio, RadioGroup } from '@fluentui/react-components';
import { Combobox } from '../components/fluent-id';
import { ArrowDown16Regular, ArrowUp16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { stageFacilitatorSchema, type StageFacilitator, type StageNumber } from '../../../shared/domain/bimtek';
import { draftOf } from '../../../shared/domain/common';
import { personFields, personRules, type Person, type Position } from '../../../shared/domain/organisation';
import { call } from '../api/bridge';
import { useNotify } from '../app/toast';
import { RemoveButton } from '../components/RemoveButton';
import { FormErrorBar } from '../forms/form-error-bar';
import { cancelOnEscape } from '../forms/form-keys';
import { FormText } from '../forms/fields';
import { useSchemaForm } from '../forms/use-schema-form';
import type { Region } from '../lib/draft';
import { fullName, jabatanOf } from '../lib/jabatan';
import { blankToNull } from '../lib/validate';
import { NEW_PERSON } from './PersonEditor';

const personDraftSchema = draftOf(personFields, personRules);

interface FacilitatorValues {
  source: 'ada' | 'baru';
  personId: number | null;
  name: string;
  institution: string;
  role: string | null;
}

/** A person outside the civil service, entered here, as the people service stores them. */
const newPersonOf = (v: FacilitatorValues) => ({
  ...NEW_PERSON,
  name: v.name,
  institution: blankToNull(v.institution),
  asn: false,
});

/** Someone recorded is picked, or a new person is named with an instansi; the role as the facilitator schema has it. */
const facilitatorFormSchema = z
  .object({
    source: z.enum(['ada', 'baru']),
    personId: z.number().nullable(),
    name: z.string(),
    institution: z.string(),
    role: stageFacilitatorSchema.shape.role,
  })
  .superRefine((v, ctx) => {
    if (v.source === 'ada') {
      if (v.personId === null)
        ctx.addIssue({ code: 'custom', path: ['personId'], message: 'pilih orangnya, atau isi orang baru' });
      return;
    }
    const person = personDraftSchema.safeParse(newPersonOf(v));
    for (const issue of person.success ? [] : person.error.issues) {
      const field = issue.path[0] === 'institution' ? 'institution' : 'name';
      ctx.addIssue({ code: 'custom', path: [field], message: issue.message });
    }
    if (!v.institution.trim()) ctx.addIssue({ code: 'custom', path: ['institution'], message: 'tuliskan instansinya' });
  });

const EMPTY: FacilitatorValues = { source: 'ada', personId: null, name: '', institution: '', role: 'Narasumber' };

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
  /** Reloads the screen's data after a facilitator was added. */
  onChanged: () => Promise<void>;
}) {
  const notify = useNotify();
  const [query, setQuery] = useState('');
  const list = [...props.facilitators].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const taken = new Set(list.map((f) => f.personId));
  const candidates = props.people
    .filter((p) => !taken.has(p.id) && fullName(p).toLowerCase().includes(query.trim().toLowerCase()))
    .slice(0, 50);

  const { form, submit, error, ref } = useSchemaForm<FacilitatorValues>({
    schema: facilitatorFormSchema,
    defaultValues: EMPTY,
    saveByDefault: false,
    onSave: async (v) => {
      const id = v.source === 'baru' ? (await call('people.save', newPersonOf(v))).id : v.personId!;
      const nextOrder = list.length === 0 ? 1 : Math.max(...list.map((f) => f.sortOrder)) + 1;
      await call('bimtek.facilitators.save', {
        id: null,
        stageNumber: props.stageNumber,
        personId: id,
        role: v.role,
        sortOrder: nextOrder,
      });
      setQuery('');
      await props.onChanged();
      // Said last: the form is empty (not unsaved) by the time the message shows.
      notify('Narasumber ditambahkan');
      // Ready for the next one, from the same source and in the same role.
      return { ...EMPTY, source: v.source, role: v.role };
    },
  });
  const { control } = form;
  const source = form.watch('source');
  const cancel = () => {
    form.reset({ ...EMPTY, source });
    setQuery('');
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
                disabledFocusable={index === 0}
                onClick={() => move(index, index - 1)}
              />
              <Button
                size="small"
                appearance="transparent"
                icon={<ArrowDown16Regular />}
                aria-label={`Turunkan narasumber ${index + 1}`}
                disabledFocusable={index === list.length - 1}
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
      <form
        ref={(el) => {
          ref.current = el;
        }}
        aria-label="Narasumber baru"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (e.target === e.currentTarget) void submit();
        }}
        onKeyDown={cancelOnEscape(cancel)}
        style={{ display: 'grid', gap: 6 }}
      >
        <FormErrorBar error={error} errors={{}} />
        <Controller
          control={control}
          name="source"
          render={({ field }) => (
            <RadioGroup
              layout="horizontal"
              aria-label="Sumber narasumber"
              value={field.value}
              onChange={(_, d) => {
                field.onChange(d.value as 'ada' | 'baru');
                form.clearErrors();
              }}
            >
              <Radio value="ada" label="Orang yang sudah tercatat" />
              <Radio value="baru" label="Orang baru (non-ASN)" />
            </RadioGroup>
          )}
        />
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) 160px', gap: 6, alignItems: 'start' }}>
          {source === 'ada' ? (
            <Controller
              control={control}
              name="personId"
              render={({ field, fieldState }) => (
                <Field
                  label="Orang"
                  style={{ gridColumn: 'span 2' }}
                  validationState={fieldState.error ? 'error' : 'none'}
                  validationMessage={fieldState.error?.message}
                >
                  <Combobox
                    ref={field.ref}
                    aria-label="Pilih narasumber"
                    placeholder="Ketik nama"
                    value={query}
                    onChange={(e) => {
                      setQuery(e.target.value);
                      field.onChange(null);
                    }}
                    onOptionSelect={(_, d) => {
                      field.onChange(d.optionValue ? Number(d.optionValue) : null);
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
              )}
            />
          ) : (
            <>
              <FormText control={control} name="name" inputName="facilitator-name" label="Nama narasumber" />
              <FormText
                control={control}
                name="institution"
                inputName="facilitator-institution"
                label="Instansi narasumber"
                placeholder="Kementerian Komunikasi dan Informatika"
              />
            </>
          )}
          <FormText control={control} name="role" inputName="facilitator-role" label="Peran" nullable />
        </div>
        <div>
          <Button type="submit">Tambah narasumber</Button>
        </div>
      </form>
    </div>
  );
}
