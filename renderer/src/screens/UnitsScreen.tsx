// OPD & Kecamatan: the regional agencies and districts with short names and display order; add, edit, delete.
import {
  Button,
  Dropdown,
  Field,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import { draftOf } from '../../../shared/domain/common';
import { UNIT_KINDS, unitSchema, type Unit, type UnitKind } from '../../../shared/domain/organisation';
import { call, CallError, type Problem } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { useNotify } from '../app/toast';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBar } from '../components/ErrorBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { TextField } from '../components/TextField';
import { asCallError, useData } from '../hooks/use-data';
import { blankToNull, messageFor, validate } from '../lib/validate';

export const UNIT_KIND_LABEL: Record<UnitKind, string> = {
  sekretariat: 'Sekretariat',
  inspektorat: 'Inspektorat',
  dinas: 'Dinas',
  badan: 'Badan',
  bagian: 'Bagian',
  kecamatan: 'Kecamatan',
  lainnya: 'Lainnya',
};

type UnitDraft = Omit<Unit, 'id'> & { id: number | null };
const EMPTY: UnitDraft = { id: null, kind: 'dinas', name: '', shortName: null, sortOrder: 0 };
const draftSchema = draftOf(unitSchema);

export function UnitsScreen() {
  const units = useData(() => call('units.list'));
  const [draft, setDraft] = useState<UnitDraft>(EMPTY);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const [deleting, setDeleting] = useState<Unit | null>(null);
  const { setDirty } = useNavigation();
  const notify = useNotify();

  const edit = (patch: Partial<UnitDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
  };
  const save = async () => {
    const found = validate(draftSchema, draft);
    setProblems(found);
    if (found.length) return;
    try {
      await call('units.save', draft);
      notify(draft.id === null ? 'Unit ditambahkan' : 'Unit diperbarui');
      setDraft(EMPTY);
      setDirty(false);
      setError(null);
      await units.reload();
    } catch (e) {
      const err = asCallError(e);
      setError(err);
      setProblems(err.problems);
    }
  };
  const remove = async (unit: Unit) => {
    setDeleting(null);
    try {
      await call('units.remove', { id: unit.id });
      notify(`${unit.name} dihapus`);
      await units.reload();
    } catch (e) {
      setError(asCallError(e));
    }
  };

  return (
    <>
      <ScreenHeader
        title="OPD & Kecamatan"
        description="Perangkat daerah dan kecamatan, dengan nama singkat dan urutan tampil."
      />
      <ErrorBar error={error ?? units.error} />
      <form
        aria-label="Formulir unit"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        style={{ display: 'grid', gridTemplateColumns: '160px 2fr 1fr 100px auto', gap: 10, alignItems: 'end', marginBottom: 16 }}
      >
        <Field label="Jenis">
          <Dropdown
            aria-label="Jenis unit"
            value={UNIT_KIND_LABEL[draft.kind]}
            selectedOptions={[draft.kind]}
            onOptionSelect={(_, d) => edit({ kind: d.optionValue as UnitKind })}
          >
            {UNIT_KINDS.map((k) => (
              <Option key={k} value={k}>
                {UNIT_KIND_LABEL[k]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <TextField
          label="Nama"
          name="unit-name"
          required
          value={draft.name}
          onChange={(v) => edit({ name: v })}
          error={messageFor(problems, 'name')}
          placeholder="Dinas Komunikasi dan Informatika"
        />
        <TextField
          label="Nama singkat"
          name="unit-short"
          value={draft.shortName}
          onChange={(v) => edit({ shortName: blankToNull(v) })}
          error={messageFor(problems, 'shortName')}
        />
        <TextField
          label="Urutan"
          type="number"
          value={String(draft.sortOrder)}
          onChange={(v) => edit({ sortOrder: Number(v) })}
          error={messageFor(problems, 'sortOrder')}
        />
        <div style={{ display: 'flex', gap: 6 }}>
          <Button appearance="primary" type="submit">
            {draft.id === null ? 'Tambah' : 'Simpan'}
          </Button>
          {draft.id !== null && (
            <Button
              onClick={() => {
                setDraft(EMPTY);
                setDirty(false);
              }}
            >
              Batal
            </Button>
          )}
        </div>
      </form>
      <Table aria-label="Daftar OPD dan kecamatan" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Nama</TableHeaderCell>
            <TableHeaderCell style={{ width: 140 }}>Jenis</TableHeaderCell>
            <TableHeaderCell style={{ width: 160 }}>Nama singkat</TableHeaderCell>
            <TableHeaderCell style={{ width: 170 }} />
          </TableRow>
        </TableHeader>
        <TableBody>
          {(units.data ?? []).map((u) => (
            <TableRow key={u.id}>
              <TableCell>{u.name}</TableCell>
              <TableCell>{UNIT_KIND_LABEL[u.kind]}</TableCell>
              <TableCell>{u.shortName ?? '—'}</TableCell>
              <TableCell>
                <Button size="small" appearance="subtle" onClick={() => setDraft(u)}>
                  Ubah
                </Button>
                <Button size="small" appearance="subtle" onClick={() => setDeleting(u)}>
                  Hapus
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ConfirmDialog
        open={deleting !== null}
        title="Hapus unit?"
        confirmLabel="Hapus"
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && void remove(deleting)}
      >
        {deleting?.name} akan dihapus. Jabatan yang merujuk unit ini kehilangan unitnya.
      </ConfirmDialog>
    </>
  );
}
