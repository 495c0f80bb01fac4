// The Dokumen screen's chapter picker: every chapter under its book (Buku I and Buku II both have a Pendahuluan),
// the chosen one named with its book.
import { Field, Option, OptionGroup } from '@fluentui/react-components';
import type { Chapter, Volume } from '../../../shared/domain/masterplan';
import { Dropdown } from '../components/fluent-id';

export interface Book {
  id: number;
  title: string;
  chapters: { id: number; title: string; label: string }[];
}

/** The masterplan's books in order, each with its chapters in order; a chapter is named with its book. */
export function booksOf(volumes: readonly Volume[], chapters: readonly Chapter[]): Book[] {
  const order = <T extends { sortOrder: number; id: number }>(a: T, b: T) => a.sortOrder - b.sortOrder || a.id - b.id;
  return [...volumes].sort(order).map((volume) => ({
    id: volume.id,
    title: volume.title,
    chapters: chapters
      .filter((c) => c.volumeId === volume.id)
      .sort(order)
      .map((c) => ({ id: c.id, title: c.title, label: `${volume.title} — ${c.title}` })),
  }));
}

export function ChapterPicker(props: { books: Book[]; value: number | null; onChange: (id: number | null) => void }) {
  const chosen = props.books.flatMap((b) => b.chapters).find((c) => c.id === props.value);
  return (
    <Field label="Bab" hint={chosen ? undefined : 'Pilih satu bab; bukunya tertulis di atasnya.'}>
      <Dropdown
        aria-label="Bab masterplan"
        placeholder="Pilih bab"
        value={chosen?.label ?? ''}
        selectedOptions={[String(props.value ?? '')]}
        onOptionSelect={(_, d) => props.onChange(d.optionValue ? Number(d.optionValue) : null)}
      >
        {props.books.map((book) => (
          <OptionGroup key={book.id} label={book.title}>
            {book.chapters.map((c) => (
              <Option key={c.id} value={String(c.id)} text={c.label}>
                {c.title}
              </Option>
            ))}
          </OptionGroup>
        ))}
      </Dropdown>
    </Field>
  );
}
