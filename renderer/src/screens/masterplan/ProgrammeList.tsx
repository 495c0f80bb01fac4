// The programmes as a table that stays smooth at 150 and more rows: virtualised, each row measured as drawn. The
// table is one Tab stop: the arrow keys, Home, End and Page Up/Down move through it, Enter opens the programme in
// the editor beside it (the Pejabat list's way).
import { tokens } from '@fluentui/react-components';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent as ReactKeyboardEvent, useEffect, useRef, useState } from 'react';
import { HORIZON_LABELS, programmeBudget, type Dimension, type ProgrammeItem } from '../../../../shared/domain/masterplan';
import { formatRupiah } from '../../../../shared/format/rupiah';

const ROW = 66;

export function ProgrammeList(props: {
  rows: readonly ProgrammeItem[];
  dimensions: readonly Dimension[];
  selectedId: number | null;
  /** Programmes the checks have something to say about (no strategy, a horizon off the plan): marked in the row. */
  flagged?: ReadonlySet<number>;
  onOpen: (programme: ProgrammeItem) => void;
}) {
  const { rows } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [cursor, setCursor] = useState(0);
  const stop = Math.min(cursor, Math.max(0, rows.length - 1));
  // The app does not use the React Compiler, so nothing memoises the virtualiser's functions behind our back.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? index,
    // The row holding the Tab stop is always drawn, even scrolled out of view, so the table never loses it.
    rangeExtractor: (range) => {
      const drawn = defaultRangeExtractor(range);
      const keep = Math.min(stop, range.count - 1);
      return keep < 0 || drawn.includes(keep) ? drawn : [...drawn, keep].sort((a, b) => a - b);
    },
  });
  // The programme in the editor is shown in the list (a new one, just saved, at the end of a long list too).
  const selectedIndex = rows.findIndex((r) => r.id === props.selectedId);
  useEffect(() => {
    if (selectedIndex < 0) return;
    setCursor(selectedIndex);
    virtual.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtual]);
  const dim = (id: number) => props.dimensions.find((d) => d.id === id)?.name ?? '?';
  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setCursor(next);
    virtual.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
  };
  const onKey = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 500) / ROW) - 1);
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
      if (row) props.onOpen(row);
    }
  };

  return (
    <>
      <span id="petunjuk-daftar-program" className="visually-hidden">
        Panah atas dan bawah berpindah baris, Enter membuka program.
      </span>
      <div
        ref={scroller}
        role="table"
        aria-label="Program smart city"
        aria-describedby="petunjuk-daftar-program"
        aria-rowcount={rows.length}
        onKeyDown={onKey}
        style={{
          height: 'calc(100vh - 290px)',
          minHeight: 240,
          overflow: 'auto',
          border: `1px solid ${tokens.colorNeutralStroke2}`,
        }}
      >
        {rows.length === 0 ? (
          <div role="rowgroup">
            <div role="row" style={{ padding: 10 }}>
              <span role="cell">Belum ada program. Klik Tambah program untuk menambahkan program pertama.</span>
            </div>
          </div>
        ) : (
          <div role="rowgroup" style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {virtual.getVirtualItems().map((item) => {
              const p = rows[item.index]!;
              const active = p.id === props.selectedId;
              const total = programmeBudget(p);
              return (
                <div
                  key={item.key}
                  ref={virtual.measureElement}
                  data-index={item.index}
                  role="row"
                  aria-rowindex={item.index + 1}
                  aria-selected={active}
                  tabIndex={item.index === stop ? 0 : -1}
                  onClick={() => {
                    setCursor(item.index);
                    props.onOpen(p);
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
                    display: 'grid',
                    gridTemplateColumns: '74px minmax(0, 1fr)',
                    columnGap: 8,
                    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
                    background: active ? tokens.colorBrandBackground2 : undefined,
                  }}
                >
                  <span role="cell" style={{ fontWeight: 600 }}>
                    {p.code ?? '—'}
                  </span>
                  <span role="cell">
                    <span style={{ fontWeight: 600 }}>
                      {p.name}
                      {p.isQuickWin ? ' (quick win)' : ''}
                      {props.flagged?.has(p.id) ? ' ⚠' : ''}
                    </span>
                    <span style={{ display: 'block', fontSize: 12, color: tokens.colorNeutralForeground2 }}>
                      {dim(p.dimensionId)} · {HORIZON_LABELS[p.horizon]}{' '}
                      {p.startYear === p.endYear ? p.startYear : `${p.startYear}–${p.endYear}`}
                    </span>
                    <span style={{ display: 'block', fontSize: 12 }}>
                      <span>{total === null ? 'Anggaran belum diisi' : formatRupiah(total)}</span>
                      {p.fundings.length > 0 && (
                        <span style={{ marginLeft: 8, color: tokens.colorNeutralForeground2 }}>
                          {p.fundings
                            .map((f) => (f.amount === null ? f.source : `${f.source} ${formatRupiah(f.amount)}`))
                            .join('; ')}
                        </span>
                      )}
                    </span>
                  </span>
                </div>
              );
            })}
          </div>
        )}
      </div>
    </>
  );
}
