// Pejabat: everyone with their positions, searchable (Ctrl+F) and filterable by Plt./Plh./Pj.; the list is
// virtualised so that thousands of rows stay smooth. Selecting a row opens the editor beside it.
import { Button, Dropdown, Option, SearchBox, Text, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Person, PositionStatus } from '../../../shared/domain/organisation';
import { formatNip } from '../../../shared/format/nip';
import { call } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { ErrorBar } from '../components/ErrorBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { useData } from '../hooks/use-data';
import { jabatanOf } from '../lib/jabatan';
import { STATUS_LABEL } from '../lib/labels';
import { NEW_PERSON, PersonEditor } from './PersonEditor';
import { buildPeopleIndex, searchPeople } from '../../../shared/search/people-index';

type Filter = 'semua' | Exclude<PositionStatus, 'definitif'>;

export function PeopleScreen() {
  const data = useData(async () => ({
    people: await call('people.list'),
    positions: await call('positions.list'),
    units: await call('units.list'),
    regency: await call('profile.getRegency'),
  }));
  const region = data.data?.regency ?? null;
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('semua');
  const [selected, setSelected] = useState<Person | typeof NEW_PERSON | null>(null);
  const { setDirty, confirmLeave } = useNavigation();
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
  const rows = useMemo(
    () =>
      searchPeople(index, query, filter === 'semua' ? undefined : (row) => row.positions.some((p) => p.status === filter)),
    [index, query, filter],
  );

  // The app does not use the React Compiler, so nothing memoises the virtualiser's functions behind our back.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 52,
    overscan: 8,
  });
  const current =
    selected && 'id' in selected && selected.id !== null ? rows.find((r) => r.person.id === selected.id) : undefined;

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
              value={filter === 'semua' ? 'Semua' : STATUS_LABEL[filter]}
              selectedOptions={[filter]}
              onOptionSelect={(_, d) => setFilter(d.optionValue as Filter)}
              style={{ minWidth: 110 }}
            >
              <Option value="semua">Semua</Option>
              <Option value="plt">Plt.</Option>
              <Option value="plh">Plh.</Option>
              <Option value="pj">Pj.</Option>
            </Dropdown>
          </div>
          <Text size={200}>{rows.length} orang</Text>
          <div
            ref={scroller}
            role="list"
            aria-label="Daftar pejabat"
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
                    key={row.person.id}
                    role="listitem"
                    tabIndex={0}
                    onClick={() => select(row.person)}
                    onKeyDown={(e) => e.key === 'Enter' && select(row.person)}
                    style={{
                      position: 'absolute',
                      top: item.start,
                      left: 0,
                      right: 0,
                      height: item.size,
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
                    <div
                      style={{ fontSize: 12, color: '#555', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
                    >
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
              key={'id' in selected && selected.id !== null ? selected.id : 'baru'}
              person={selected}
              positions={current?.positions ?? []}
              units={data.data?.units ?? []}
              region={region}
              onDirty={setDirty}
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
