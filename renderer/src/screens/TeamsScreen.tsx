// Dewan Smart City and Tim Pelaksana: the SK that formed each team and its members with their roles.
import { Button, Card, CardHeader, Combobox, Dropdown, Option, Subtitle2, Text } from '@fluentui/react-components';
import { useState } from 'react';
import {
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
  TEAM_KINDS,
  TEAM_LABELS,
  type MemberRole,
  type Team,
  type TeamKind,
} from '../../../shared/domain/programme';
import { call, CallError } from '../api/bridge';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { TextField } from '../components/TextField';
import { useAction } from '../hooks/use-action';
import { asCallError, useData } from '../hooks/use-data';
import { blankToNull } from '../lib/validate';
import { RemoveButton } from '../components/RemoveButton';

function TeamCard({ kind, team, onChanged }: { kind: TeamKind; team: Team | undefined; onChanged: () => void }) {
  const [draft, setDraft] = useState<Omit<Team, 'id'> & { id: number | null }>(
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
      <div>
        <Button onClick={() => void save()}>Simpan tim</Button>
      </div>
    </div>
  );
}

export function TeamsScreen() {
  const data = useData(async () => ({
    teams: await call('teams.list'),
    members: await call('teamMembers.list'),
    people: await call('people.list'),
  }));
  const [adding, setAdding] = useState<{ teamId: number; personId: number | null; role: MemberRole } | null>(null);
  const { error, run: guard } = useAction(data.reload);
  const people = data.data?.people ?? [];
  return (
    <>
      <ScreenHeader
        title="Dewan & Tim Pelaksana"
        description="Dewan Smart City dan Tim Pelaksana Smart City, SK pembentukannya dan anggotanya."
      />
      <ErrorBar error={error ?? data.error} />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
        {TEAM_KINDS.map((kind) => {
          const team = data.data?.teams.find((t) => t.kind === kind);
          const members = (data.data?.members ?? []).filter((m) => m.teamId === team?.id);
          return (
            <Card key={kind}>
              <CardHeader header={<Subtitle2>{TEAM_LABELS[kind]}</Subtitle2>} />
              {data.data && <TeamCard kind={kind} team={team} onChanged={() => void data.reload()} />}
              {team && (
                <>
                  <Text weight="semibold">Anggota ({members.length})</Text>
                  <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 260, overflow: 'auto' }}>
                    {members.map((m) => (
                      <li key={m.id}>
                        {people.find((p) => p.id === m.personId)?.name ?? '?'} — {MEMBER_ROLE_LABELS[m.role]}{' '}
                        <RemoveButton
                          question={{
                            title: 'Hapus anggota tim?',
                            message: `${people.find((p) => p.id === m.personId)?.name ?? 'Anggota ini'} dikeluarkan dari ${team.name}.`,
                          }}
                          onRemove={() => guard(() => call('teamMembers.remove', { id: m.id }))}
                        />
                      </li>
                    ))}
                  </ul>
                  {adding?.teamId === team.id ? (
                    <div style={{ display: 'flex', gap: 6 }}>
                      <Combobox
                        aria-label="Anggota baru"
                        placeholder="Nama pejabat"
                        onOptionSelect={(_, d) => setAdding({ ...adding, personId: Number(d.optionValue) })}
                      >
                        {people.map((p) => (
                          <Option key={p.id} value={String(p.id)}>
                            {p.name}
                          </Option>
                        ))}
                      </Combobox>
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
                      <Button
                        appearance="primary"
                        disabled={adding.personId === null}
                        onClick={() =>
                          void guard(async () => {
                            await call('teamMembers.save', {
                              id: null,
                              teamId: team.id,
                              personId: adding.personId!,
                              positionId: null,
                              role: adding.role,
                              sortOrder: members.length + 1,
                            });
                            setAdding(null);
                          })
                        }
                      >
                        Tambah
                      </Button>
                    </div>
                  ) : (
                    <div>
                      <Button onClick={() => setAdding({ teamId: team.id, personId: null, role: 'anggota' })}>
                        Tambah anggota
                      </Button>
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
