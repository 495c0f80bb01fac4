// Pejabat: everyone with their positions, searchable (Ctrl+F) and filterable by Plt./Plh./Pj.; the list is
// virtualised so that thousands of rows stay smooth, each row measured as drawn (a long jabatan wraps). The list is
// one Tab stop: the arrow keys, Home and End move through it, Enter opens the person in the editor beside it.
import { Button, Option, Text, tokens } from '@fluentui/react-components';
import { Dropdown, SearchBox } from '../components/fluent-id';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent as ReactKeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { signsWithoutNip, type Person, type PositionStatus } from '../../../shared/domain/organisation';
import { formatNip } from '../../../shared/format/nip';
import { call } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { ErrorBar } from '../components/ErrorBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { useData } from '../hooks/use-data';
import { jabatanOf } from '../lib/jabatan';
import { NEW_PERSON, PersonEditor } from './PersonEditor';
import { buildPeopleIndex, searchPeople } from '../../../shared/search/people-index';

type Filter = 'semua' | Exclude<PositionStatus, 'definitif'> | 'tanpa-nip';
const FILTER_LABEL: Record<Filter, string> = {
  semua: 'Semua',
  plt: 'Plt.',
  plh: 'Plh.',
  pj: 'Pj.',
  'tanpa-nip': 'Penandatangan tanpa NIP',
};

export function PeopleScreen() {
  const data = useData(async () => ({
    people: await call('people.list'),
    positions: await call('positions.list'),
    units: await call('units.list'),
    regency: await call('profile.getRegency'),
    closure: await call('closure.get'),
  }));
  const region = data.data?.regency ?? null;
  const [query, setQuery] = useState('');
  const { intent } = useNavigation();
  // Opened from Beranda's "… penandatangan belum punya NIP": the list shows exactly those.
  const [filter, setFilter] = useState<Filter>(intent?.kind === 'people-without-nip' ? 'tanpa-nip' : 'semua');
  const [selected, setSelected] = useState<Person | typeof NEW_PERSON | null>(null);
  const { confirmLeave } = useNavigation();
  // The row that holds the list's one Tab stop (the arrow keys move it).
  const [cursor, setCursor] = useState(0);

  // Another person replaces the editor: ask first when it holds unsaved changes.
  const select = (next: Person | typeof NEW_PERSON) => void confirmLeave().then((leave) => leave && setSelected(next));
  const search = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        search.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The index is built once per data load; a keystroke only filters it.
  const index = useMemo(
    () => buildPeopleIndex(data.data?.people ?? [], data.data?.positions ?? [], (p) => jabatanOf(p, region)),
    [data.data, region],
  );
  // The same rule as Beranda's count: an ASN signatory with neither NIP nor NI PPPK, signing in a position that
  // prints one (not the Bupati, Wakil or Sekda of Pasal 44, not a role outside the civil service).
  const withoutNip = useMemo(() => {
    const people = data.data?.people ?? [];
    const positions = data.data?.positions ?? [];
    return new Set(
      (data.data?.closure?.signatories ?? [])
        .filter((s) => {
          const person = people.find((p) => p.id === s.personId);
          const held = s.positionIds.map((id) => positions.find((p) => p.id === id)).filter((p) => p !== undefined);
          return (
            person?.asn &&
            !person.nip &&
            !person.niPppk &&
            held.length > 0 &&
            !held.some((p) => signsWithoutNip(p.role) || p.role === 'lainnya')
          );
        })
        .map((s) => s.personId),
    );
  }, [data.data]);
  const rows = useMemo(
    () =>
      searchPeople(
        index,
        query,
        filter === 'semua'
          ? undefined
          : filter === 'tanpa-nip'
            ? (row) => withoutNip.has(row.person.id)
            : (row) => row.positions.some((p) => p.status === filter),
      ),
    [index, query, filter, withoutNip],
  );

  // The app does not use the React Compiler, so nothing memoises the virtualiser's functions behind our back.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 58,
    overscan: 8,
    getItemKey: (index) => rows[index]?.person.id ?? index,
    // The row holding the Tab stop is always drawn, even scrolled out of view, so the list never loses its Tab stop.
    rangeExtractor: (range) => {
      const drawn = defaultRangeExtractor(range);
      const keep = Math.min(cursor, range.count - 1);
      return keep < 0 || drawn.includes(keep) ? drawn : [...drawn, keep].sort((a, b) => a - b);
    },
  });
  const selectedId = selected && selected.id !== null ? selected.id : null;
  const current = selectedId !== null ? rows.find((r) => r.person.id === selectedId) : undefined;
  // The selected person's positions come from everyone's, not from the filtered rows: a filter that hides the person
  // must not make the editor look as if the positions were gone.
  const selectedPositions = selectedId !== null ? (data.data?.positions ?? []).filter((p) => p.personId === selectedId) : [];
  const stop = Math.min(cursor, Math.max(0, rows.length - 1));

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setCursor(next);
    virtual.scrollToIndex(next, { align: 'auto' });
    // The row exists once the virtualiser has drawn it.
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
  };
  const onListKey = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 500) / 58) - 1);
    const moves: Record<string, number> = {
      ArrowDown: stop + 1,
      ArrowUp: stop - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: stop + page,
      PageUp: stop - page,
    };
    if (e.key in moves) {
      e.preventDefault();
      focusRow(moves[e.key]!);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const row = rows[stop];
      if (row) select(row.person);
    }
  };

  return (
    <>
      <ScreenHeader
        title="Pejabat"
        description="Orang dan jabatan yang dipegangnya; satu orang dapat memegang beberapa jabatan sekaligus (Plt., Plh., Pj.)."
        actions={
          <Button appearance="primary" onClick={() => select({ ...NEW_PERSON })}>
            Tambah pejabat
          </Button>
        }
      />
      <ErrorBar error={data.error} />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(320px, 1fr) minmax(380px, 1.2fr)', gap: 20 }}>
        <div>
          <div style={{ display: 'flex', gap: 8, marginBottom: 8 }}>
            <SearchBox
              ref={search}
              aria-label="Cari pejabat"
              placeholder="Cari nama, NIP atau jabatan (Ctrl+F)"
              value={query}
              onChange={(_, d) => setQuery(d.value)}
              style={{ flex: 1 }}
            />
            <Dropdown
              aria-label="Saring status"
              value={FILTER_LABEL[filter]}
              selectedOptions={[filter]}
              onOptionSelect={(_, d) => setFilter(d.optionValue as Filter)}
              style={{ minWidth: 110 }}
            >
              <Option value="semua">Semua</Option>
              <Option value="plt">Plt.</Option>
              <Option value="plh">Plh.</Option>
              <Option value="pj">Pj.</Option>
              <Option value="tanpa-nip">Penandatangan tanpa NIP</Option>
            </Dropdown>
          </div>
          <Text size={200}>{rows.length} orang</Text>
          <span id="petunjuk-daftar-pejabat" className="visually-hidden">
            Panah atas dan bawah berpindah baris, Enter membuka pejabat.
          </span>
          <div
            ref={scroller}
            role="list"
            aria-label="Daftar pejabat"
            aria-describedby="petunjuk-daftar-pejabat"
            onKeyDown={onListKey}
            style={{
              height: 'calc(100vh - 230px)',
              overflow: 'auto',
              border: `1px solid ${tokens.colorNeutralStroke2}`,
              marginTop: 4,
            }}
          >
            <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
              {virtual.getVirtualItems().map((item) => {
                const row = rows[item.index]!;
                const active = current?.person.id === row.person.id;
                return (
                  <div
                    key={item.key}
                    ref={virtual.measureElement}
                    data-index={item.index}
                    role="listitem"
                    aria-current={active || undefined}
                    aria-posinset={item.index + 1}
                    aria-setsize={rows.length}
                    tabIndex={item.index === stop ? 0 : -1}
                    onClick={() => {
                      setCursor(item.index);
                      select(row.person);
                    }}
                    onFocus={() => setCursor(item.index)}
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      right: 0,
                      transform: `translateY(${item.start}px)`,
                      boxSizing: 'border-box',
                      padding: '6px 10px',
                      cursor: 'pointer',
                      borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
                      background: active ? tokens.colorBrandBackground2 : undefined,
                    }}
                  >
                    <div style={{ fontWeight: 600 }}>
                      {[row.person.frontTitle, row.person.name].filter(Boolean).join(' ')}
                      {row.person.backTitle ? `, ${row.person.backTitle}` : ''}
                    </div>
                    <div style={{ fontSize: 12, color: tokens.colorNeutralForeground2 }}>
                      {[
                        row.person.nip ? `NIP ${formatNip(row.person.nip)}` : '',
                        row.person.asn ? '' : `Non-ASN${row.person.institution ? ` (${row.person.institution})` : ''}`,
                        row.positions.map((p) => jabatanOf(p, region)).join('; ') ||
                          (row.person.asn || !row.person.institution ? 'belum ada jabatan' : ''),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </div>
                  </div>
                );
              })}
            </div>
          </div>
        </div>
        <div>
          {selected ? (
            <PersonEditor
              key={selectedId ?? 'baru'}
              person={selected}
              positions={selectedPositions}
              hiddenByFilter={selectedId !== null && !current && data.data !== undefined}
              units={data.data?.units ?? []}
              region={region}
              onSaved={(person) => {
                setSelected(person);
                void data.reload();
              }}
            />
          ) : (
            <Text>Pilih pejabat di daftar, atau tambah pejabat baru.</Text>
          )}
        </div>
      </div>
    </>
  );
}
