// Dewan Smart City and Tim Pelaksana: the SK that formed each team (number, date, title) and its members in their
// printed order, each with a role (ketua … anggota, or a role in words) and the position they sit by.
import { Button, Card, CardHeader, Field, Option, Subtitle2, Text } from '@fluentui/react-components';
import { Combobox, Dropdown } from '../components/fluent-id';
import { ArrowDown16Regular, ArrowUp16Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import { draftOf } from '../../../shared/domain/common';
import type { Person, Position } from '../../../shared/domain/organisation';
import {
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
  memberRoleText,
  TEAM_KINDS,
  TEAM_LABELS,
  teamSchema,
  teamMemberFields,
  teamMemberRules,
  type MemberRole,
  type Team,
  type TeamKind,
  type TeamMember,
} from '../../../shared/domain/programme';
import { call } from '../api/bridge';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { FormChoice, FormDate, FormText } from '../forms/fields';
import { useSchemaForm } from '../forms/use-schema-form';
import { useAction } from '../hooks/use-action';
import { useData } from '../hooks/use-data';
import type { Draft, Region } from '../lib/draft';
import { fullName, jabatanOf } from '../lib/jabatan';
import { RemoveButton } from '../components/RemoveButton';

const memberDraftSchema = draftOf(teamMemberFields, teamMemberRules);
const teamDraftSchema = draftOf(teamSchema);
type MemberDraft = Omit<Draft<TeamMember>, 'personId'> & { personId: number | null };

function TeamCard({ kind, team, onChanged }: { kind: TeamKind; team: Team | undefined; onChanged: () => void }) {
  const notify = useNotify();
  const { form, submit, error, ref } = useSchemaForm<Draft<Team>>({
    schema: teamDraftSchema,
    defaultValues: team ?? { id: null, kind, name: TEAM_LABELS[kind], skNumber: null, skDate: null, skTitle: null },
    onSave: async (draft) => {
      // The saved team has its id: a second save updates it instead of inserting another.
      const saved = await call('teams.save', draft);
      notify(`${saved.name} tersimpan`);
      onChanged();
      return saved;
    },
  });
  const { control } = form;
  return (
    <form
      ref={(el) => {
        ref.current = el;
      }}
      aria-label={`SK ${TEAM_LABELS[kind]}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={{ display: 'grid', gap: 8 }}
    >
      <ErrorBar error={error} />
      <FormText control={control} name="name" label="Nama tim" required />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 190px', gap: 8, alignItems: 'start' }}>
        <FormText control={control} name="skNumber" label="Nomor SK" nullable />
        <FormDate control={control} name="skDate" label="Tanggal SK" />
      </div>
      <FormText control={control} name="skTitle" label="Tentang (judul SK)" nullable />
      <div>
        <Button type="submit">Simpan tim</Button>
      </div>
    </form>
  );
}

function MemberForm(props: {
  team: Team;
  count: number;
  people: Person[];
  positions: Position[];
  region: Region;
  onDone: () => void;
  onAdded: () => Promise<void>;
}) {
  const notify = useNotify();
  const { form, submit, error, ref } = useSchemaForm<MemberDraft>({
    schema: memberDraftSchema,
    defaultValues: {
      id: null,
      teamId: props.team.id,
      personId: null,
      positionId: null,
      role: 'anggota',
      roleText: null,
      sortOrder: props.count + 1,
    },
    onSave: async (member) => {
      await call('teamMembers.save', { ...member, personId: member.personId! });
      notify('Anggota ditambahkan');
      props.onDone();
      await props.onAdded();
    },
  });
  const { control } = form;
  const personId = form.watch('personId');
  const role = form.watch('role');
  const held = props.positions.filter((p) => p.personId === personId);
  useEffect(() => {
    form.setFocus('personId');
  }, [form]);
  return (
    <form
      ref={(el) => {
        ref.current = el;
      }}
      aria-label={`Anggota baru ${props.team.name}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        // Esc closes the form (an open list of options closes first, on its own Esc).
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          props.onDone();
        }
      }}
      style={{ display: 'grid', gap: 6 }}
    >
      <ErrorBar error={error} />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 6 }}>
        <Controller
          control={control}
          name="personId"
          render={({ field, fieldState }) => (
            <Field
              label="Nama"
              validationState={fieldState.error ? 'error' : 'none'}
              validationMessage={fieldState.error ? 'pilih orangnya' : undefined}
            >
              <Combobox
                ref={field.ref}
                aria-label="Anggota baru"
                placeholder="Nama pejabat"
                onOptionSelect={(_, d) => {
                  const id = Number(d.optionValue);
                  field.onChange(id);
                  form.setValue('positionId', props.positions.find((p) => p.personId === id)?.id ?? null);
                }}
              >
                {props.people.map((p) => (
                  <Option key={p.id} value={String(p.id)}>
                    {p.name}
                  </Option>
                ))}
              </Combobox>
            </Field>
          )}
        />
        <Controller
          control={control}
          name="positionId"
          render={({ field }) => {
            const position = held.find((p) => p.id === field.value);
            return (
              <Field label="Duduk sebagai">
                <Dropdown
                  aria-label="Jabatan anggota"
                  value={position ? jabatanOf(position, props.region) : '—'}
                  selectedOptions={[String(field.value ?? '')]}
                  onOptionSelect={(_, d) => field.onChange(d.optionValue ? Number(d.optionValue) : null)}
                >
                  <Option value="">—</Option>
                  {held.map((p) => (
                    <Option key={p.id} value={String(p.id)}>
                      {jabatanOf(p, props.region)}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          }}
        />
        <FormChoice
          control={control}
          name="role"
          label="Peran"
          ariaLabel="Peran anggota"
          choices={MEMBER_ROLES}
          labelOf={(r: MemberRole) => MEMBER_ROLE_LABELS[r]}
        />
        {role === 'lainnya' && (
          <FormText
            control={control}
            name="roleText"
            label="Peran (ditulis)"
            nullable
            placeholder="Koordinator Bidang Governance"
          />
        )}
      </div>
      <div style={{ display: 'flex', gap: 6 }}>
        <Button appearance="primary" type="submit">
          Tambah
        </Button>
        <Button onClick={props.onDone} title="Batal (Esc)">
          Batal
        </Button>
      </div>
    </form>
  );
}

/** Members in their printed order. */
const ordered = (members: TeamMember[]) => [...members].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);

export function TeamsScreen() {
  const data = useData(async () => ({
    teams: await call('teams.list'),
    members: await call('teamMembers.list'),
    people: await call('people.list'),
    positions: await call('positions.list'),
    regency: await call('profile.getRegency'),
  }));
  const [addingTo, setAddingTo] = useState<number | null>(null);
  const { error, run: guard } = useAction(data.reload);
  const people = data.data?.people ?? [];
  const positions = data.data?.positions ?? [];
  const region = data.data?.regency ?? null;
  // Moving one member renumbers the team 1, 2, 3 … and saves only the members whose number changed.
  const move = (members: TeamMember[], from: number, to: number) => {
    if (to < 0 || to >= members.length) return;
    const next = [...members];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    void guard(async () => {
      for (const [i, m] of next.entries()) {
        if (m.sortOrder !== i + 1) await call('teamMembers.save', { ...m, sortOrder: i + 1 });
      }
    });
  };
  return (
    <>
      <ScreenHeader
        title="Dewan & Tim Pelaksana"
        description="Dewan Smart City dan Tim Pelaksana Smart City, SK pembentukannya dan anggotanya menurut urutan."
      />
      <ErrorBar error={error ?? data.error} />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
        {TEAM_KINDS.map((kind) => {
          const team = data.data?.teams.find((t) => t.kind === kind);
          const members = ordered((data.data?.members ?? []).filter((m) => m.teamId === team?.id));
          return (
            <Card key={kind}>
              <CardHeader header={<Subtitle2>{TEAM_LABELS[kind]}</Subtitle2>} />
              {data.data && <TeamCard kind={kind} team={team} onChanged={() => void data.reload()} />}
              {team && (
                <>
                  <Text weight="semibold">Anggota ({members.length})</Text>
                  {members.length === 0 && <Text>Belum ada anggota. Tambahkan dengan tombol Tambah anggota.</Text>}
                  <ol
                    aria-label={`Anggota ${team.name}`}
                    tabIndex={members.length > 6 ? 0 : undefined}
                    style={{ margin: 0, paddingLeft: 22, maxHeight: 300, overflow: 'auto' }}
                  >
                    {members.map((m, index) => {
                      const person = people.find((p) => p.id === m.personId);
                      const position = positions.find((p) => p.id === m.positionId);
                      return (
                        <li key={m.id}>
                          <strong>{memberRoleText(m)}</strong>: {fullName(person)}
                          {position ? ` (${jabatanOf(position, region)})` : ''}{' '}
                          <Button
                            size="small"
                            appearance="transparent"
                            icon={<ArrowUp16Regular />}
                            aria-label={`Naikkan ${person?.name ?? ''}`}
                            disabledFocusable={index === 0}
                            onClick={() => move(members, index, index - 1)}
                          />
                          <Button
                            size="small"
                            appearance="transparent"
                            icon={<ArrowDown16Regular />}
                            aria-label={`Turunkan ${person?.name ?? ''}`}
                            disabledFocusable={index === members.length - 1}
                            onClick={() => move(members, index, index + 1)}
                          />
                          <RemoveButton
                            label={`Hapus ${person?.name ?? 'anggota'} dari ${team.name}`}
                            question={{
                              title: 'Hapus anggota tim?',
                              message: `${person?.name ?? 'Anggota ini'} dikeluarkan dari ${team.name}.`,
                            }}
                            onRemove={() => guard(() => call('teamMembers.remove', { id: m.id }))}
                          />
                        </li>
                      );
                    })}
                  </ol>
                  {addingTo === team.id ? (
                    <MemberForm
                      team={team}
                      count={members.length === 0 ? 0 : Math.max(...members.map((m) => m.sortOrder))}
                      people={people}
                      positions={positions}
                      region={region}
                      onAdded={data.reload}
                      onDone={() => setAddingTo(null)}
                    />
                  ) : (
                    <div>
                      <Button onClick={() => setAddingTo(team.id)}>Tambah anggota</Button>
                    </div>
                  )}
                </>
              )}
            </Card>
          );
        })}
      </div>
    </>
  );
}
