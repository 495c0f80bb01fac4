// Attendance of a Bimtek stage's participants, one checkbox per day; a tick is saved at once.
import { Checkbox, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useState } from 'react';
import type { Participant, StageDay } from '../../../shared/domain/bimtek';
import { call } from '../api/bridge';

export function AttendanceTable(props: {
  days: StageDay[];
  participants: Participant[];
  personName: (personId: number) => string;
  /** What the attendance list prints under the name: the jabatan as printed, or the instansi. */
  describe?: (participant: Participant) => string | null;
  run: (fn: () => Promise<unknown>) => Promise<void>;
}) {
  const [savingRows, setSavingRows] = useState<ReadonlySet<number>>(new Set());
  const tick = (p: Participant, dayId: number, checked: boolean) => {
    if (savingRows.has(p.id)) return;
    setSavingRows((rows) => new Set(rows).add(p.id));
    void props
      .run(() =>
        call('bimtek.participants.save', {
          ...p,
          attendedDayIds: checked ? [...p.attendedDayIds, dayId] : p.attendedDayIds.filter((x) => x !== dayId),
        }),
      )
      .finally(() =>
        setSavingRows((rows) => {
          const next = new Set(rows);
          next.delete(p.id);
          return next;
        }),
      );
  };
  return (
    <Table size="small" aria-label="Kehadiran peserta">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Nama</TableHeaderCell>
          {props.days.map((d) => (
            <TableHeaderCell key={d.id}>
              {d.date.slice(8)}/{d.date.slice(5, 7)}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.participants.length === 0 && (
          <TableRow>
            <TableCell colSpan={props.days.length + 1}>Belum ada peserta. Ketik nama di kolom Tambah peserta di atas.</TableCell>
          </TableRow>
        )}
        {props.participants.map((p) => (
          <TableRow key={p.id}>
            <TableCell>
              {props.personName(p.personId)}
              {props.describe?.(p) && <div style={{ fontSize: 12 }}>{props.describe(p)}</div>}
            </TableCell>
            {props.days.map((d) => (
              <TableCell key={d.id}>
                <Checkbox
                  aria-label={`Hadir ${props.personName(p.personId)} ${d.date}`}
                  checked={p.attendedDayIds.includes(d.id)}
                  // A row waits for its save and the reload: a second tick built on the old list would undo the first.
                  // Marked busy rather than disabled, so the focus stays on the box just ticked.
                  aria-disabled={savingRows.has(p.id) || undefined}
                  onChange={(_, c) => tick(p, d.id, !!c.checked)}
                />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
