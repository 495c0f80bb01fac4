// Dewan Smart City and Tim Pelaksana: the SK that formed each team (number, date, title) and its members in their
// printed order, each with a role (ketua … anggota, or a role in words) and the position they sit by.
import { Button, Card, CardHeader, Combobox, Dropdown, Field, Option, Subtitle2, Text } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowUp16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { draftOf } from '../../../shared/domain/common';
import type { Person, Position } from '../../../shared/domain/organisation';
import {
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
  memberRoleText,
  TEAM_KINDS,
  TEAM_LABELS,
  teamMemberFields,
  teamMemberRules,
  type MemberRole,
  type Team,
  type TeamKind,
  type TeamMember,
} from '../../../shared/domain/programme';
import { call, CallError, type Problem } from '../api/bridge';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { TextField } from '../components/TextField';
import { useAction } from '../hooks/use-action';
import { asCallError, useData } from '../hooks/use-data';
import type { Draft, Region } from '../lib/draft';
import { fullName, jabatanOf } from '../lib/jabatan';
import { blankToNull, messageFor, validate } from '../lib/validate';
import { RemoveButton } from '../components/RemoveButton';

const memberDraftSchema = draftOf(teamMemberFields, teamMemberRules);

function TeamCard({ kind, team, onChanged }: { kind: TeamKind; team: Team | undefined; onChanged: () => void }) {
  const [draft, setDraft] = useState<Draft<Team>>(
    team ?? { id: null, kind, name: TEAM_LABELS[kind], skNumber: null, skDate: null, skTitle: null },
  );
  const [error, setError] = useState<CallError | null>(null);
  const notify = useNotify();
  const save = async () => {
    try {
      // The saved team has its id: a second save updates it instead of inserting another.
      const saved = await call('teams.save', draft);
      setDraft(saved);
      notify(`${saved.name} tersimpan`);
      setError(null);
      onChanged();
    } catch (e) {
      setError(asCallError(e));
    }
  };
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <ErrorBar error={error} />
      <TextField
        label="Nama tim"
        value={draft.name}
        onChange={(v) => setDraft({ ...draft, name: v })}
        error={error?.fieldMessage('name')}
      />
      <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 8 }}>
        <TextField
          label="Nomor SK"
          value={draft.skNumber}
          onChange={(v) => setDraft({ ...draft, skNumber: blankToNull(v) })}
          error={error?.fieldMessage('skNumber')}
        />
        <TextField
          label="Tanggal SK"
          type="date"
          value={draft.skDate}
          onChange={(v) => setDraft({ ...draft, skDate: blankToNull(v) })}
          error={error?.fieldMessage('skDate')}
        />
      </div>
      <TextField
        label="Tentang (judul SK)"
        value={draft.skTitle}
        onChange={(v) => setDraft({ ...draft, skTitle: blankToNull(v) })}
        error={error?.fieldMessage('skTitle')}
      />
      <div>
        <Button onClick={() => void save()}>Simpan tim</Button>
      </div>
    </div>
  );
}

interface Adding {
  personId: number | null;
  positionId: number | null;
  role: MemberRole;
  roleText: string | null;
}

function MemberForm(props: {
  team: Team;
  count: number;
  people: Person[];
  positions: Position[];
  region: Region;
  onDone: () => void;
  run: (fn: () => Promise<unknown>, message?: string) => Promise<void>;
}) {
  const [adding, setAdding] = useState<Adding>({ personId: null, positionId: null, role: 'anggota', roleText: null });
  const [problems, setProblems] = useState<Problem[]>([]);
  const held = props.positions.filter((p) => p.personId === adding.personId);
  const add = () => {
    const candidate = { id: null, teamId: props.team.id, ...adding, personId: adding.personId ?? 0, sortOrder: props.count + 1 };
    const found = validate(memberDraftSchema, candidate);
    setProblems(found);
    if (found.length) return;
    void props.run(async () => {
      await call('teamMembers.save', candidate);
      props.onDone();
    }, 'Anggota ditambahkan');
  };
  return (
    <div aria-label={`Anggota baru ${props.team.name}`} role="group" style={{ display: 'grid', gap: 6 }}>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 6 }}>
        <Field
          label="Nama"
          validationState={messageFor(problems, 'personId') ? 'error' : 'none'}
          validationMessage={messageFor(problems, 'personId') ? 'pilih orangnya' : undefined}
        >
          <Combobox
            aria-label="Anggota baru"
            placeholder="Nama pejabat"
            onOptionSelect={(_, d) => {
              const personId = Number(d.optionValue);
              setAdding({ ...adding, personId, positionId: props.positions.find((p) => p.personId === personId)?.id ?? null });
            }}
          >
            {props.people.map((p) => (
              <Option key={p.id} value={String(p.id)}>
                {p.name}
              </Option>
            ))}
          </Combobox>
        </Field>
        <Field label="Duduk sebagai">
          <Dropdown
            aria-label="Jabatan anggota"
            value={
              held.find((p) => p.id === adding.positionId)
                ? jabatanOf(
                    held.find((p) => p.id === adding.positionId)!,
                    props.region,
                  )
                : '—'
            }
            selectedOptions={[String(adding.positionId ?? '')]}
            onOptionSelect={(_, d) => setAdding({ ...adding, positionId: d.optionValue ? Number(d.optionValue) : null })}
          >
            <Option value="">—</Option>
            {held.map((p) => (
              <Option key={p.id} value={String(p.id)}>
                {jabatanOf(p, props.region)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Peran">
          <Dropdown
            aria-label="Peran anggota"
            value={MEMBER_ROLE_LABELS[adding.role]}
            selectedOptions={[adding.role]}
            onOptionSelect={(_, d) => setAdding({ ...adding, role: d.optionValue as MemberRole })}
          >
            {MEMBER_ROLES.map((r) => (
              <Option key={r} value={r}>
                {MEMBER_ROLE_LABELS[r]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {adding.role === 'lainnya' && (
          <TextField
            label="Peran (ditulis)"
            value={adding.roleText}
            onChange={(v) => setAdding({ ...adding, roleText: blankToNull(v) })}
            error={messageFor(problems, 'roleText')}
            placeholder="Koordinator Bidang Governance"
          />
        )}
      </div>
      <div style={{ display: 'flex', gap: 6 }}>
        <Button appearance="primary" onClick={add}>
          Tambah
        </Button>
        <Button onClick={props.onDone}>Batal</Button>
      </div>
    </div>
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
                  <ol
                    aria-label={`Anggota ${team.name}`}
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
                            disabled={index === 0}
                            onClick={() => move(members, index, index - 1)}
                          />
                          <Button
                            size="small"
                            appearance="transparent"
                            icon={<ArrowDown16Regular />}
                            aria-label={`Turunkan ${person?.name ?? ''}`}
                            disabled={index === members.length - 1}
                            onClick={() => move(members, index, index + 1)}
                          />
                          <RemoveButton
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
                      run={guard}
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
