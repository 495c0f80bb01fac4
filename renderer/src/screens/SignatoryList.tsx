// The closure's signatories in signing order: reordered by drag and drop (or the arrow buttons, for the keyboard),
// each marked as signer or "Mengetahui", with the a.n./u.b. chain when someone signs for another office.
import { Button, Combobox, Input, Option, Select, Text, tokens } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowUp16Regular, Delete16Regular, ReOrderDotsVertical16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ClosureSignatory } from '../../../shared/domain/closure';
import type { Person, Position } from '../../../shared/domain/organisation';

export type SignatoryDraft = Omit<ClosureSignatory, 'id'> & { id: number | null; key: string };

export function SignatoryList(props: {
  signatories: SignatoryDraft[];
  positions: Position[];
  people: Person[];
  onChange: (next: SignatoryDraft[]) => void;
}) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const personOf = (positionId: number) => {
    const position = props.positions.find((p) => p.id === positionId);
    return { position, person: props.people.find((p) => p.id === position?.personId) };
  };
  const label = (position: Position) =>
    `${props.people.find((p) => p.id === position.personId)?.name ?? '?'} — ${position.status === 'definitif' ? '' : `${position.status === 'plt' ? 'Plt.' : position.status === 'plh' ? 'Plh.' : 'Pj.'} `}${position.title}`;
  const move = (from: number, to: number) => {
    if (to < 0 || to >= props.signatories.length || from === to) return;
    const next = [...props.signatories];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    props.onChange(next);
  };
  const patch = (index: number, change: Partial<SignatoryDraft>) =>
    props.onChange(props.signatories.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const used = new Set(props.signatories.map((s) => s.positionId));
  const candidates = props.positions
    .filter((p) => !used.has(p.id) && label(p).toLowerCase().includes(query.toLowerCase()))
    .slice(0, 50);

  return (
    <div>
      <ol aria-label="Urutan penandatangan" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {props.signatories.map((s, index) => {
          const { position, person } = personOf(s.positionId);
          return (
            <li
              key={s.key}
              draggable
              onDragStart={() => setDragging(index)}
              // A drag dropped outside the list leaves no row marked as moving.
              onDragEnd={() => setDragging(null)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={() => {
                if (dragging !== null) move(dragging, index);
                setDragging(null);
              }}
              style={{
                display: 'grid',
                gridTemplateColumns: '24px 32px minmax(0, 1fr) 140px 150px 150px 96px',
                gap: 6,
                alignItems: 'center',
                padding: '4px 6px',
                borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
                background: dragging === index ? tokens.colorNeutralBackground3 : undefined,
              }}
            >
              <ReOrderDotsVertical16Regular aria-hidden style={{ cursor: 'grab' }} />
              <Text>{index + 1}.</Text>
              <div>
                <div style={{ fontWeight: 600 }}>{person?.name ?? 'Orang tidak ditemukan'}</div>
                <Text size={200}>{position?.title ?? '—'}</Text>
              </div>
              <Select
                aria-label={`Peran penandatangan ${index + 1}`}
                value={s.kind}
                onChange={(_, d) => patch(index, { kind: d.value as SignatoryDraft['kind'] })}
              >
                <option value="penandatangan">Penandatangan</option>
                <option value="mengetahui">Mengetahui</option>
              </Select>
              <Input
                aria-label={`a.n. penandatangan ${index + 1}`}
                placeholder="a.n. (misal Bupati Simalungun)"
                value={s.onBehalfOf ?? ''}
                onChange={(_, d) => patch(index, d.value ? { onBehalfOf: d.value } : { onBehalfOf: null, byOrderOf: null })}
              />
              <Input
                aria-label={`u.b. penandatangan ${index + 1}`}
                placeholder="u.b. (misal Sekretaris Daerah)"
                value={s.byOrderOf ?? ''}
                disabled={!s.onBehalfOf}
                onChange={(_, d) => patch(index, { byOrderOf: d.value || null })}
              />
              <div style={{ display: 'flex' }}>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowUp16Regular />}
                  aria-label={`Naikkan ${index + 1}`}
                  onClick={() => move(index, index - 1)}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowDown16Regular />}
                  aria-label={`Turunkan ${index + 1}`}
                  onClick={() => move(index, index + 1)}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Delete16Regular />}
                  aria-label={`Hapus ${index + 1}`}
                  onClick={() => props.onChange(props.signatories.filter((_, i) => i !== index))}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <div style={{ display: 'flex', gap: 8, marginTop: 10, alignItems: 'center' }}>
        <Combobox
          aria-label="Tambah penandatangan"
          placeholder="Ketik nama atau jabatan untuk menambah penandatangan"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onOptionSelect={(_, d) => {
            if (!d.optionValue) return;
            props.onChange([
              ...props.signatories,
              {
                id: null,
                key: `n${Date.now()}`,
                positionId: Number(d.optionValue),
                kind: 'penandatangan',
                onBehalfOf: null,
                byOrderOf: null,
                sortOrder: 0,
              },
            ]);
            setQuery('');
          }}
          style={{ flex: 1 }}
        >
          {candidates.map((p) => (
            <Option key={p.id} value={String(p.id)}>
              {label(p)}
            </Option>
          ))}
        </Combobox>
        <Button
          onClick={() => {
            const add = props.positions.filter((p) => !used.has(p.id) && (p.role === 'kepala_opd' || p.role === 'camat'));
            props.onChange([
              ...props.signatories,
              ...add.map((p, i) => ({
                id: null,
                key: `a${Date.now()}-${i}`,
                positionId: p.id,
                kind: 'penandatangan' as const,
                onBehalfOf: null,
                byOrderOf: null,
                sortOrder: 0,
              })),
            ]);
          }}
        >
          Tambah semua kepala OPD dan camat
        </Button>
      </div>
    </div>
  );
}
