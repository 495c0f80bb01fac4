// A masterplan list edited in place, the OPD screen's way: the form above the table adds a record (or, after
// "Ubah", changes one; Esc leaves the change), the table below lists them with labelled icon buttons and says what
// to add while it is empty. One form model: the shared zod schema checks at the field, Ctrl+S saves the form.
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { Delete16Regular, Edit16Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { Control, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { useConfirm } from '../../app/confirm';
import { useNavigation } from '../../app/navigation';
import { useNotify } from '../../app/toast';
import { ErrorBar } from '../../components/ErrorBar';
import { FormErrorBar } from '../../forms/form-error-bar';
import { useSchemaForm } from '../../forms/use-schema-form';
import { useAction } from '../../hooks/use-action';

export interface Column<T> {
  header: string;
  width?: number;
  cell: (row: T) => ReactNode;
}

export function RecordTable<T extends { id: number }, D extends FieldValues & { id: number | null }>(props: {
  /** The list's name ("Statistik daerah"); the table and its form are named after it. */
  label: string;
  /** What one record is called in messages and button names ("statistik"). */
  noun: string;
  schema: z.ZodType;
  /** A new record's values. */
  empty: D;
  toDraft?: (row: T) => D;
  rows: readonly T[];
  columns: Column<T>[];
  /** The row's name in its buttons' labels ("Ubah statistik Jumlah penduduk"). */
  rowName: (row: T) => string;
  fields: (control: Control<D>, form: UseFormReturn<D>) => ReactNode;
  /** The field that takes the focus when a form opens. */
  firstField: Path<D>;
  gridTemplateColumns: string;
  save: (draft: D) => Promise<unknown>;
  remove: (row: T) => Promise<unknown>;
  /** Said in the empty table: what to add. */
  emptyText: string;
  onChanged: () => Promise<void> | void;
  /** Below the table: a note or a summary. */
  footer?: ReactNode;
}) {
  const notify = useNotify();
  const confirm = useConfirm();
  const { confirmLeave } = useNavigation();
  const removal = useAction(async () => {
    await props.onChanged();
  });
  const { form, submit, error, ref } = useSchemaForm<D>({
    schema: props.schema,
    defaultValues: props.empty,
    onSave: async (draft) => {
      await props.save(draft);
      notify(draft.id === null ? `${capital(props.noun)} ditambahkan` : `${capital(props.noun)} diperbarui`);
      // Not awaited: the form empties at once (nothing left unsaved), while the list reloads.
      void props.onChanged();
      // The next record is entered right away: the form empties and its first field takes the focus.
      setTimeout(() => form.setFocus(props.firstField));
      return props.empty;
    },
  });
  const editingId = form.watch('id' as Path<D>) as number | null;
  const cancel = () => {
    form.reset(props.empty);
    setTimeout(() => form.setFocus(props.firstField));
  };
  const edit = (row: T) =>
    void confirmLeave().then((leave) => {
      if (!leave) return;
      form.reset(props.toDraft ? props.toDraft(row) : (row as unknown as D));
      setTimeout(() => form.setFocus(props.firstField));
    });
  const remove = (row: T) =>
    void confirm({
      title: `Hapus ${props.noun}?`,
      message: `${capital(props.noun)} "${props.rowName(row)}" dihapus dari masterplan.`,
    }).then((yes) => {
      if (!yes) return;
      void removal.run(
        async () => {
          await props.remove(row);
          if (form.getValues('id' as Path<D>) === row.id) form.reset(props.empty);
        },
        `${capital(props.noun)} dihapus`,
      );
    });
  return (
    <section aria-label={props.label} style={{ display: 'grid', gap: 10 }}>
      <ErrorBar error={removal.error} />
      <FormErrorBar error={error} errors={form.formState.errors} />
      <form
        ref={(el) => {
          ref.current = el;
        }}
        aria-label={editingId === null ? `Formulir ${props.noun} baru` : `Formulir ubah ${props.noun}`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          // Esc leaves a change of an existing record without saving it.
          if (e.key === 'Escape' && editingId !== null && !e.defaultPrevented) {
            e.preventDefault();
            cancel();
          }
        }}
        style={{ display: 'grid', gridTemplateColumns: props.gridTemplateColumns, gap: 10, alignItems: 'end' }}
      >
        {props.fields(form.control, form)}
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
      <Table aria-label={props.label} size="small">
        <TableHeader>
          <TableRow>
            {props.columns.map((c) => (
              <TableHeaderCell key={c.header} style={c.width ? { width: c.width } : undefined}>
                {c.header}
              </TableHeaderCell>
            ))}
            <TableHeaderCell style={{ width: 80 }}>
              <span className="visually-hidden">Tindakan</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={props.columns.length + 1}>{props.emptyText}</TableCell>
            </TableRow>
          )}
          {props.rows.map((row) => (
            <TableRow key={row.id} aria-selected={editingId === row.id || undefined}>
              {props.columns.map((c) => (
                <TableCell key={c.header}>{c.cell(row)}</TableCell>
              ))}
              <TableCell>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Edit16Regular />}
                  aria-label={`Ubah ${props.noun} ${props.rowName(row)}`}
                  title="Ubah"
                  onClick={() => edit(row)}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Delete16Regular />}
                  aria-label={`Hapus ${props.noun} ${props.rowName(row)}`}
                  title="Hapus"
                  onClick={() => remove(row)}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {props.footer}
    </section>
  );
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
