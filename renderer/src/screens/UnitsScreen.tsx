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
import { UNIT_KINDS, unitFields, unitRules, type Unit, type UnitKind } from '../../../shared/domain/organisation';
import { call, CallError, type Problem } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { useNotify } from '../app/toast';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBar } from '../components/ErrorBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { TextField } from '../components/TextField';
import { UnitDropdown } from '../components/UnitDropdown';
import { asCallError, useData } from '../hooks/use-data';
import type { Draft } from '../lib/draft';
import { UNIT_KIND_LABEL } from '../lib/labels';
import { blankToNull, messageFor, validate } from '../lib/validate';

type UnitDraft = Draft<Unit>;
const EMPTY: UnitDraft = { id: null, kind: 'dinas', name: '', shortName: null, parentId: null, sortOrder: 0 };
const draftSchema = draftOf(unitFields, unitRules);

/** Units in display order with each unit's children right under it, and how deep each sits. */
export function unitTree(units: readonly Unit[]): { unit: Unit; depth: number }[] {
  const ids = new Set(units.map((u) => u.id));
  const out: { unit: Unit; depth: number }[] = [];
  const seen = new Set<number>();
  const walk = (parentId: number | null, depth: number) => {
    for (const unit of units) {
      const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
      if (parent !== parentId || seen.has(unit.id)) continue;
      seen.add(unit.id);
      out.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  // A unit caught in a loop of parents still shows, at the top level.
  for (const unit of units) if (!seen.has(unit.id)) out.push({ unit, depth: 0 });
  return out;
}

/** Every unit below the given one (its children, their children …). */
function descendants(units: readonly Unit[], id: number | null): Set<number> {
  const out = new Set<number>();
  if (id === null) return out;
  let added = true;
  while (added) {
    added = false;
    for (const u of units) {
      if (u.parentId !== null && (u.parentId === id || out.has(u.parentId)) && !out.has(u.id)) {
        out.add(u.id);
        added = true;
      }
    }
  }
  return out;
}

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
        style={{
          display: 'grid',
          gridTemplateColumns: '160px minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1.4fr) 90px auto',
          gap: 10,
          alignItems: 'end',
          marginBottom: 16,
        }}
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
        <Field
          label="Unit induk"
          validationState={messageFor(problems, 'parentId') ? 'error' : 'none'}
          validationMessage={messageFor(problems, 'parentId')}
        >
          <UnitDropdown
            label="Unit induk"
            units={(units.data ?? []).filter((u) => u.id !== draft.id && !descendants(units.data ?? [], draft.id).has(u.id))}
            value={draft.parentId}
            onChange={(parentId) => edit({ parentId })}
          />
        </Field>
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
            <TableHeaderCell style={{ width: 220 }}>Unit induk</TableHeaderCell>
            <TableHeaderCell style={{ width: 170 }} />
          </TableRow>
        </TableHeader>
        <TableBody>
          {unitTree(units.data ?? []).map(({ unit: u, depth }) => (
            <TableRow key={u.id}>
              <TableCell>
                <span style={{ paddingLeft: depth * 20 }}>
                  {depth > 0 ? '↳ ' : ''}
                  {u.name}
                </span>
              </TableCell>
              <TableCell>{UNIT_KIND_LABEL[u.kind]}</TableCell>
              <TableCell>{u.shortName ?? '—'}</TableCell>
              <TableCell>{(units.data ?? []).find((p) => p.id === u.parentId)?.name ?? '—'}</TableCell>
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
