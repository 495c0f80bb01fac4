// OPD & Kecamatan: the regional agencies and districts with short names and display order; add, edit, delete.
import {
  Button,
  Field,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { Delete16Regular, Edit16Regular } from '@fluentui/react-icons';
import { Controller } from 'react-hook-form';
import { draftOf } from '../../../shared/domain/common';
import { UNIT_KINDS, unitFields, unitRules, type Unit } from '../../../shared/domain/organisation';
import { call } from '../api/bridge';
import { useConfirm } from '../app/confirm';
import { useNavigation } from '../app/navigation';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { UnitDropdown } from '../components/UnitDropdown';
import { FormChoice, FormText } from '../forms/fields';
import { useSchemaForm } from '../forms/use-schema-form';
import { useAction } from '../hooks/use-action';
import { useData } from '../hooks/use-data';
import type { Draft } from '../lib/draft';
import { UNIT_KIND_LABEL } from '../lib/labels';

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
  const notify = useNotify();
  const confirm = useConfirm();
  const { confirmLeave } = useNavigation();
  const removal = useAction(units.reload);
  const { form, submit, error, ref } = useSchemaForm<UnitDraft>({
    schema: draftSchema,
    defaultValues: EMPTY,
    onSave: async (draft) => {
      await call('units.save', draft);
      notify(draft.id === null ? 'Unit ditambahkan' : 'Unit diperbarui');
      await units.reload();
      // The next unit is entered right away: the form empties and the name takes the focus.
      setTimeout(() => form.setFocus('name'));
      return EMPTY;
    },
  });
  const editingId = form.watch('id');
  const all = units.data ?? [];
  const cancel = () => {
    form.reset(EMPTY);
    setTimeout(() => form.setFocus('name'));
  };
  const edit = (unit: Unit) =>
    void confirmLeave().then((leave) => {
      if (!leave) return;
      form.reset(unit);
      setTimeout(() => form.setFocus('name'));
    });
  const remove = (unit: Unit) =>
    void confirm({
      title: 'Hapus unit?',
      message: `${unit.name} akan dihapus. Jabatan yang merujuk unit ini kehilangan unitnya.`,
    }).then((yes) => {
      if (!yes) return;
      void removal.run(async () => {
        await call('units.remove', { id: unit.id });
        if (form.getValues('id') === unit.id) form.reset(EMPTY);
      }, `${unit.name} dihapus`);
    });

  return (
    <>
      <ScreenHeader
        title="OPD & Kecamatan"
        description="Perangkat daerah dan kecamatan, dengan nama singkat dan urutan tampil."
      />
      <ErrorBar error={error ?? removal.error ?? units.error} />
      <form
        ref={(el) => {
          ref.current = el;
        }}
        aria-label={editingId === null ? 'Formulir unit baru' : 'Formulir ubah unit'}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          // Esc leaves an edit of an existing unit without saving it.
          if (e.key === 'Escape' && editingId !== null && !e.defaultPrevented) {
            e.preventDefault();
            cancel();
          }
        }}
        style={{
          display: 'grid',
          gridTemplateColumns: '160px minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1.4fr) 90px auto',
          gap: 10,
          alignItems: 'end',
          marginBottom: 16,
        }}
      >
        <FormChoice
          control={form.control}
          name="kind"
          label="Jenis"
          ariaLabel="Jenis unit"
          choices={UNIT_KINDS}
          labelOf={(k) => UNIT_KIND_LABEL[k]}
        />
        <FormText
          control={form.control}
          name="name"
          inputName="unit-name"
          label="Nama"
          required
          placeholder="Dinas Komunikasi dan Informatika"
        />
        <FormText control={form.control} name="shortName" inputName="unit-short" label="Nama singkat" nullable />
        <Controller
          control={form.control}
          name="parentId"
          render={({ field, fieldState }) => (
            <Field
              label="Unit induk"
              validationState={fieldState.error ? 'error' : 'none'}
              validationMessage={fieldState.error?.message}
            >
              <UnitDropdown
                label="Unit induk"
                units={all.filter((u) => u.id !== editingId && !descendants(all, editingId).has(u.id))}
                value={field.value}
                onChange={field.onChange}
              />
            </Field>
          )}
        />
        <FormText control={form.control} name="sortOrder" label="Urutan" type="number" />
        <div style={{ display: 'flex', gap: 6 }}>
          <Button appearance="primary" type="submit">
            {editingId === null ? 'Tambah' : 'Simpan'}
          </Button>
          {editingId !== null && (
            <Button onClick={cancel} title="Batal (Esc)">
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
            <TableHeaderCell style={{ width: 90 }}>
              <span className="visually-hidden">Tindakan</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {units.data && all.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>
                Belum ada OPD atau kecamatan. Isi formulir di atas untuk menambahkan yang pertama.
              </TableCell>
            </TableRow>
          )}
          {unitTree(all).map(({ unit: u, depth }) => (
            <TableRow key={u.id} aria-selected={editingId === u.id || undefined}>
              <TableCell>
                <span style={{ paddingLeft: depth * 20 }}>
                  {depth > 0 ? '↳ ' : ''}
                  {u.name}
                </span>
              </TableCell>
              <TableCell>{UNIT_KIND_LABEL[u.kind]}</TableCell>
              <TableCell>{u.shortName ?? '—'}</TableCell>
              <TableCell>{all.find((p) => p.id === u.parentId)?.name ?? '—'}</TableCell>
              <TableCell>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Edit16Regular />}
                  aria-label={`Ubah ${u.name}`}
                  title="Ubah"
                  onClick={() => edit(u)}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Delete16Regular />}
                  aria-label={`Hapus ${u.name}`}
                  title="Hapus"
                  onClick={() => remove(u)}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
