// An ordered list of texts (pokok paragraphs, misi, dasar hukum, lampiran): each item edited in place, moved up or
// down, removed; a new item added at the end. Errors show at the item they belong to.
import { Button, Field, Input, Text, Textarea } from '@fluentui/react-components';
import { Add16Regular, ArrowDown16Regular, ArrowUp16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useRef } from 'react';

export function ListEditor(props: {
  /** The list's name; each item is named "<itemLabel> 1", "<itemLabel> 2" … */
  label: string;
  itemLabel: string;
  items: string[];
  onChange: (items: string[]) => void;
  error?: (index: number) => string | undefined;
  multiline?: boolean;
  max?: number;
  addLabel?: string;
}) {
  const { items } = props;
  const box = useRef<HTMLDivElement>(null);
  /** After a change that removes the focused control, the focus goes to this item's text (or the add button). */
  const focusItem = (index: number | null) => focusLabel(index === null ? null : `${props.itemLabel} ${index + 1}`);
  const focusLabel = (label: string | null) =>
    setTimeout(() => {
      const target = label
        ? box.current?.querySelector<HTMLElement>(`[aria-label="${label}"]`)
        : box.current?.querySelector<HTMLElement>('[data-action="add-item"]');
      target?.focus();
    });
  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    [next[from], next[to]] = [next[to]!, next[from]!];
    props.onChange(next);
    // The focus follows the moved item, so that pressing again moves it on.
    focusLabel(`${to < from ? 'Naikkan' : 'Turunkan'} ${props.itemLabel} ${to + 1}`);
  };
  return (
    <div ref={box} role="group" aria-label={props.label} style={{ display: 'grid', gap: 4 }}>
      <Text weight="semibold">{props.label}</Text>
      {items.length === 0 && <Text size={200}>Belum ada.</Text>}
      <ol style={{ margin: 0, paddingLeft: 22, display: 'grid', gap: 4 }}>
        {items.map((item, i) => (
          <li key={i}>
            <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: 4, alignItems: 'start' }}>
              <Field validationState={props.error?.(i) ? 'error' : 'none'} validationMessage={props.error?.(i)}>
                {props.multiline ? (
                  <Textarea
                    aria-label={`${props.itemLabel} ${i + 1}`}
                    value={item}
                    rows={2}
                    resize="vertical"
                    onChange={(_, d) => props.onChange(items.map((x, j) => (j === i ? d.value : x)))}
                  />
                ) : (
                  <Input
                    aria-label={`${props.itemLabel} ${i + 1}`}
                    value={item}
                    onChange={(_, d) => props.onChange(items.map((x, j) => (j === i ? d.value : x)))}
                  />
                )}
              </Field>
              <div style={{ display: 'flex' }}>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowUp16Regular />}
                  aria-label={`Naikkan ${props.itemLabel} ${i + 1}`}
                  disabledFocusable={i === 0}
                  onClick={() => move(i, i - 1)}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowDown16Regular />}
                  aria-label={`Turunkan ${props.itemLabel} ${i + 1}`}
                  disabledFocusable={i === items.length - 1}
                  onClick={() => move(i, i + 1)}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Delete16Regular />}
                  aria-label={`Hapus ${props.itemLabel} ${i + 1}`}
                  onClick={() => {
                    props.onChange(items.filter((_, j) => j !== i));
                    focusItem(items.length > 1 ? Math.min(i, items.length - 2) : null);
                  }}
                />
              </div>
            </div>
          </li>
        ))}
      </ol>
      <div>
        <Button
          size="small"
          icon={<Add16Regular />}
          disabledFocusable={props.max !== undefined && items.length >= props.max}
          data-action="add-item"
          onClick={() => {
            props.onChange([...items, '']);
            // A new item starts with the focus in it.
            focusItem(items.length);
          }}
        >
          {props.addLabel ?? `Tambah ${props.itemLabel.toLowerCase()}`}
        </Button>
      </div>
    </div>
  );
}
