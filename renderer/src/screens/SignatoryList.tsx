// The closure's signatories in signing order: reordered by drag and drop (or the arrow buttons, for the keyboard).
// Each entry is one person signing in one or more of their positions, in the order printed ("Kepala Dinas
// Pariwisata dan Plt. Kepala Dinas Perpustakaan dan Kearsipan"); it signs the commitment sheet, or stands under
// "Mengetahui" on the commitment sheet or on the berita acara; with the a.n./u.b. chain when it signs for another office.
import {
  Button,
  Input,
  Option,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Select,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Combobox } from '../components/fluent-id';
import {
  ArrowDown16Regular,
  ArrowMoveRegular,
  ArrowUp16Regular,
  ChevronDown16Regular,
  ChevronRight16Regular,
  Delete16Regular,
  Dismiss12Regular,
  ReOrderDotsVertical16Regular,
} from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import {
  MAX_SIGNATORY_POSITIONS,
  SIGNATORY_KIND_LABELS,
  SIGNATORY_KINDS,
  type ClosureSignatory,
} from '../../../shared/domain/closure';
import type { Person, Position, Unit } from '../../../shared/domain/organisation';
import { useNotify } from '../app/toast';
import type { Draft, Region } from '../lib/draft';
import { fullName, holderAndJabatan, jabatanList, jabatanOf } from '../lib/jabatan';
import { standardSigningOrder } from '../lib/standard-order';

/** From this many entries the list starts compact: one line per signatory, details on demand. */
const COMPACT_FROM = 20;

export type SignatoryDraft = Draft<ClosureSignatory> & { key: string };

const fresh = (position: Position, key: string): SignatoryDraft => ({
  id: null,
  key,
  personId: position.personId,
  positionIds: [position.id],
  kind: 'penandatangan',
  onBehalfOf: null,
  byOrderOf: null,
  sortOrder: 0,
});

/** "Pindah ke nomor …": a small box asking for the new place of one entry. */
function MoveTo(props: { index: number; count: number; name: string; onMove: (to: number) => void }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const target = Number(value);
  const valid = Number.isInteger(target) && target >= 1 && target <= props.count;
  const go = () => {
    if (!valid) return;
    props.onMove(target - 1);
    setOpen(false);
  };
  return (
    <Popover
      open={open}
      onOpenChange={(_, d) => {
        setOpen(d.open);
        if (d.open) setValue('');
      }}
      trapFocus
      withArrow
    >
      <PopoverTrigger disableButtonEnhancement>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowMoveRegular />}
          aria-label={`Pindah ${props.name} (nomor ${props.index + 1}) ke nomor …`}
          title="Pindah ke nomor …"
        />
      </PopoverTrigger>
      <PopoverSurface aria-label={`Pindah ${props.name} ke nomor`}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            go();
          }}
          style={{ display: 'flex', gap: 6, alignItems: 'center' }}
        >
          <label htmlFor={`pindah-${props.index}`}>Pindah ke nomor</label>
          <Input
            id={`pindah-${props.index}`}
            type="number"
            min={1}
            max={props.count}
            value={value}
            onChange={(_, d) => setValue(d.value)}
            style={{ width: 80 }}
            aria-describedby={`pindah-${props.index}-batas`}
          />
          <span id={`pindah-${props.index}-batas`} style={{ fontSize: 12 }}>
            (1–{props.count})
          </span>
          <Button type="submit" appearance="primary" size="small" disabled={!valid}>
            Pindahkan
          </Button>
        </form>
      </PopoverSurface>
    </Popover>
  );
}

export function SignatoryList(props: {
  signatories: SignatoryDraft[];
  positions: Position[];
  people: Person[];
  region: Region;
  /** The units, for the standard order of the bulk add. */
  units: Unit[];
  onChange: (next: SignatoryDraft[]) => void;
  /** The first problem found for the entry at this index, if any. */
  problem?: (index: number) => string | undefined;
}) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [compactChoice, setCompact] = useState<boolean | null>(null);
  const compact = compactChoice ?? props.signatories.length >= COMPACT_FROM;
  const [open, setOpen] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  /** Opens or closes a compact row's details; the focus follows into them and back to the row's button. */
  const details = (key: string | null, index: number) => {
    setOpen(key);
    const target = key ? `Peran penandatangan ${index + 1}` : `Rincian penandatangan ${index + 1}`;
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[aria-label="${target}"]`)?.focus());
  };
  const notify = useNotify();
  const label = (position: Position) => holderAndJabatan(position, props.people, props.region);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= props.signatories.length || from === to) return;
    const next = [...props.signatories];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    props.onChange(next);
  };
  const patch = (index: number, change: Partial<SignatoryDraft>) =>
    props.onChange(props.signatories.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const used = new Set(props.signatories.flatMap((s) => s.positionIds));
  const signing = new Set(props.signatories.map((s) => s.personId));
  const candidates = props.positions
    .filter((p) => !used.has(p.id) && label(p).toLowerCase().includes(query.toLowerCase()))
    .slice(0, 50);

  return (
    <div>
      <Switch
        label="Tampilan ringkas (satu baris per penandatangan)"
        checked={compact}
        onChange={(_, d) => setCompact(d.checked)}
      />
      {props.signatories.length === 0 && (
        <Text as="p" block>
          Belum ada penandatangan. Ketik nama atau jabatan di bawah, atau tambahkan semua kepala OPD dan camat sekaligus.
        </Text>
      )}
      <ol ref={list} aria-label="Urutan penandatangan" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {props.signatories.map((s, index) => {
          const person = props.people.find((p) => p.id === s.personId);
          const own = props.positions.filter((p) => p.personId === s.personId);
          const more = own.filter((p) => !s.positionIds.includes(p.id));
          const problem = props.problem?.(index);
          const name = person ? fullName(person) : 'Orang tidak ditemukan';
          const drag = {
            draggable: true,
            onDragStart: () => setDragging(index),
            // A drag dropped outside the list leaves no row marked as moving.
            onDragEnd: () => setDragging(null),
            onDragOver: (e: React.DragEvent) => e.preventDefault(),
            onDrop: () => {
              if (dragging !== null) move(dragging, index);
              setDragging(null);
            },
          };
          const actions = (
            <div style={{ display: 'flex' }}>
              <Button
                size="small"
                appearance="subtle"
                icon={<ArrowUp16Regular />}
                aria-label={`Naikkan ${index + 1}`}
                title="Naikkan"
                onClick={() => move(index, index - 1)}
              />
              <Button
                size="small"
                appearance="subtle"
                icon={<ArrowDown16Regular />}
                aria-label={`Turunkan ${index + 1}`}
                title="Turunkan"
                onClick={() => move(index, index + 1)}
              />
              <MoveTo index={index} count={props.signatories.length} name={name} onMove={(to) => move(index, to)} />
              <Button
                size="small"
                appearance="subtle"
                icon={<Delete16Regular />}
                aria-label={`Hapus ${index + 1}`}
                title="Hapus"
                onClick={() => props.onChange(props.signatories.filter((_, i) => i !== index))}
              />
            </div>
          );
          if (compact && open !== s.key) {
            const jabatan = jabatanList(s.positionIds, props.positions, props.region) || '—';
            const extra = [
              s.kind !== 'penandatangan' ? SIGNATORY_KIND_LABELS[s.kind] : '',
              s.onBehalfOf ? `a.n. ${s.onBehalfOf}` : '',
              s.byOrderOf ? `u.b. ${s.byOrderOf}` : '',
            ].filter(Boolean);
            return (
              <li
                key={s.key}
                {...drag}
                data-compact
                style={{
                  display: 'grid',
                  gridTemplateColumns: '20px 36px minmax(0, 1fr) auto auto',
                  gap: 6,
                  alignItems: 'center',
                  padding: '1px 6px',
                  minHeight: 30,
                  borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
                  background: problem
                    ? tokens.colorPaletteRedBackground1
                    : dragging === index
                      ? tokens.colorNeutralBackground3
                      : undefined,
                }}
              >
                <ReOrderDotsVertical16Regular aria-hidden style={{ cursor: 'grab' }} />
                <Text>{index + 1}.</Text>
                <div
                  style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
                  title={`${name} — ${jabatan}`}
                >
                  <strong>{name}</strong>
                  <span aria-label={`Jabatan penandatangan ${index + 1}`}> — {jabatan}</span>
                  {extra.length > 0 && <em style={{ color: tokens.colorNeutralForeground3 }}> · {extra.join(' · ')}</em>}
                  {problem && (
                    <Text size={200} role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
                      {' '}
                      · {problem}
                    </Text>
                  )}
                </div>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ChevronRight16Regular />}
                  aria-label={`Rincian penandatangan ${index + 1}`}
                  aria-expanded={false}
                  title="Rincian (peran, a.n., u.b.)"
                  onClick={() => details(s.key, index)}
                />
                {actions}
              </li>
            );
          }
          return (
            <li
              key={s.key}
              {...drag}
              onKeyDown={(e) => {
                // Esc closes the details of a compact row (an open picker closes first, on its own Esc).
                if (compact && e.key === 'Escape' && !e.defaultPrevented) {
                  e.preventDefault();
                  details(null, index);
                }
              }}
              style={{
                display: 'grid',
                gridTemplateColumns: compact
                  ? '24px 32px minmax(0, 1fr) 232px 120px 120px 160px'
                  : '24px 32px minmax(0, 1fr) 232px 120px 120px 128px',
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
                <div style={{ fontWeight: 600 }}>{name}</div>
                <Text size={200} aria-label={`Jabatan penandatangan ${index + 1}`}>
                  {jabatanList(s.positionIds, props.positions, props.region) || '—'}
                </Text>
                {(s.positionIds.length > 1 || more.length > 0) && (
                  <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 2, alignItems: 'center' }}>
                    {s.positionIds.length > 1 &&
                      s.positionIds.map((id, j) => {
                        const position = own.find((p) => p.id === id);
                        return (
                          <span
                            key={id}
                            style={{
                              fontSize: 11,
                              border: `1px solid ${tokens.colorNeutralStroke2}`,
                              borderRadius: 4,
                              padding: '0 4px',
                            }}
                          >
                            {j + 1}. {position ? jabatanOf(position, props.region) : '?'}
                            {j > 0 && (
                              <Button
                                size="small"
                                appearance="transparent"
                                icon={<ArrowUp16Regular />}
                                aria-label={`Dahulukan jabatan ${j + 1} penandatangan ${index + 1}`}
                                onClick={() => {
                                  const ids = [...s.positionIds];
                                  [ids[j - 1], ids[j]] = [ids[j]!, ids[j - 1]!];
                                  patch(index, { positionIds: ids });
                                }}
                              />
                            )}
                            <Button
                              size="small"
                              appearance="transparent"
                              icon={<Dismiss12Regular />}
                              aria-label={`Lepas jabatan ${j + 1} penandatangan ${index + 1}`}
                              onClick={() => patch(index, { positionIds: s.positionIds.filter((x) => x !== id) })}
                            />
                          </span>
                        );
                      })}
                    {more.length > 0 && s.positionIds.length < MAX_SIGNATORY_POSITIONS && (
                      <Select
                        size="small"
                        aria-label={`Tambah jabatan penandatangan ${index + 1}`}
                        value=""
                        onChange={(_, d) => d.value && patch(index, { positionIds: [...s.positionIds, Number(d.value)] })}
                        style={{ maxWidth: 280 }}
                      >
                        <option value="">+ jabatan lain orang ini…</option>
                        {more.map((p) => (
                          <option key={p.id} value={String(p.id)}>
                            {jabatanOf(p, props.region)}
                          </option>
                        ))}
                      </Select>
                    )}
                  </div>
                )}
                {problem && (
                  <Text size={200} role="alert" style={{ color: tokens.colorPaletteRedForeground1, display: 'block' }}>
                    {problem}
                  </Text>
                )}
              </div>
              <Select
                aria-label={`Peran penandatangan ${index + 1}`}
                value={s.kind}
                onChange={(_, d) => patch(index, { kind: d.value as SignatoryDraft['kind'] })}
              >
                {SIGNATORY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {SIGNATORY_KIND_LABELS[k]}
                  </option>
                ))}
              </Select>
              <Input
                aria-label={`a.n. penandatangan ${index + 1}`}
                placeholder="a.n. (misal Bupati …)"
                value={s.onBehalfOf ?? ''}
                onChange={(_, d) => patch(index, d.value ? { onBehalfOf: d.value } : { onBehalfOf: null, byOrderOf: null })}
              />
              <Input
                aria-label={`u.b. penandatangan ${index + 1}`}
                placeholder="u.b. (misal Sekda)"
                value={s.byOrderOf ?? ''}
                disabled={!s.onBehalfOf}
                onChange={(_, d) => patch(index, { byOrderOf: d.value || null })}
              />
              <div style={{ display: 'flex' }}>
                {compact && (
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<ChevronDown16Regular />}
                    aria-label={`Ringkas penandatangan ${index + 1}`}
                    aria-expanded
                    title="Ringkas"
                    onClick={() => details(null, index)}
                  />
                )}
                {actions}
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
            const position = props.positions.find((p) => String(p.id) === d.optionValue);
            if (!position) return;
            props.onChange([...props.signatories, fresh(position, `n${Date.now()}`)]);
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
            // In the regency's standard order, one entry per person (someone heading two offices is added once, with
            // the first of them), skipping whoever is listed already.
            const ordered = standardSigningOrder(props.positions, props.units);
            const add = ordered.filter((p) => !used.has(p.id) && !signing.has(p.personId));
            const skipped = ordered.length - add.length;
            props.onChange([...props.signatories, ...add.map((p, i) => fresh(p, `a${Date.now()}-${i}`))]);
            notify(
              add.length === 0
                ? 'Semua kepala OPD dan camat sudah tercantum'
                : `${add.length} kepala OPD dan camat ditambahkan${skipped ? `; ${skipped} sudah tercantum` : ''}`,
              add.length === 0 ? 'info' : 'success',
            );
          }}
        >
          Tambah semua kepala OPD dan camat
        </Button>
      </div>
    </div>
  );
}
