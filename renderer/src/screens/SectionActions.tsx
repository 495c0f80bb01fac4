// Structure edits for the selected section: move it up or down within its chapter, add a section after it, or
// delete it (asked first). Renaming happens in the section editor.
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { Section } from '../../../shared/domain/masterplan';
import { call } from '../api/bridge';
import { ConfirmDialog } from '../components/ConfirmDialog';

export function SectionActions(props: {
  section: Section;
  siblings: Section[];
  run: (fn: () => Promise<unknown>, message?: string) => Promise<void>;
  onAdded: (id: number) => void;
}) {
  const [asking, setAsking] = useState(false);
  const ordered = [...props.siblings].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const index = ordered.findIndex((s) => s.id === props.section.id);
  /** The chapter's new order in one call: only the order changes, in one transaction. */
  const orderOf = (next: Section[]) => ({ chapterId: props.section.chapterId, sectionIds: next.map((s) => s.id) });
  const reorder = (next: Section[]) =>
    props.run(() => call('masterplan.sections.reorder', orderOf(next)), 'Urutan subbab tersimpan');
  const move = (delta: number) => {
    const target = index + delta;
    if (target < 0 || target >= ordered.length) return;
    const next = [...ordered];
    [next[index], next[target]] = [next[target]!, next[index]!];
    void reorder(next);
  };
  const add = () =>
    props.run(async () => {
      const created = await call('masterplan.sections.save', {
        id: null,
        chapterId: props.section.chapterId,
        title: 'Subbab baru',
        body: '',
        guidance: null,
        sortOrder: props.section.sortOrder,
      });
      const next = [...ordered];
      next.splice(index + 1, 0, created);
      await call('masterplan.sections.reorder', orderOf(next));
      props.onAdded(created.id);
    }, 'Subbab ditambahkan');
  return (
    <div style={{ display: 'flex', gap: 6, marginBottom: 8 }}>
      <Button size="small" disabled={index <= 0} onClick={() => move(-1)}>
        Naikkan
      </Button>
      <Button size="small" disabled={index >= ordered.length - 1} onClick={() => move(1)}>
        Turunkan
      </Button>
      <Button size="small" onClick={() => void add()}>
        Tambah subbab sesudahnya
      </Button>
      <Button size="small" onClick={() => setAsking(true)}>
        Hapus subbab
      </Button>
      <ConfirmDialog
        open={asking}
        title="Hapus subbab?"
        confirmLabel="Hapus"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void props.run(() => call('masterplan.sections.remove', { id: props.section.id }), 'Subbab dihapus');
        }}
      >
        Subbab "{props.section.title}" beserta teksnya akan dihapus.
      </ConfirmDialog>
    </div>
  );
}
