// Edits one masterplan section: its title and its text in the small Markdown subset the documents render
// (### subheading, **bold**, *italic*, "- " and "1. " lists), with the guidance prompt shown while it is empty.
import { Button, Field, Input, Text, Textarea, Toolbar, ToolbarButton } from '@fluentui/react-components';
import {
  TextBold20Regular,
  TextBulletListLtr20Regular,
  TextHeader320Regular,
  TextItalic20Regular,
  TextNumberListLtr20Regular,
} from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { Section } from '../../../shared/domain/masterplan';
import { call, CallError } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { asCallError } from '../hooks/use-data';

export function SectionEditor({ section, onSaved }: { section: Section; onSaved: () => void }) {
  const [draft, setDraft] = useState(section);
  const [error, setError] = useState<CallError | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const { setDirty, setSaveAction } = useNavigation();
  const notify = useNotify();

  const edit = (patch: Partial<Section>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
  };
  const save = async () => {
    try {
      await call('masterplan.sections.save', draft);
      setDirty(false);
      setError(null);
      notify('Subbab tersimpan');
      onSaved();
    } catch (e) {
      setError(asCallError(e));
    }
  };
  // The editor goes away with its edits (the user agreed to that first): nothing is left unsaved.
  useEffect(() => () => setDirty(false), [setDirty]);
  useEffect(() => {
    setSaveAction(() => void save());
    return () => setSaveAction(null);
  });

  /** Wraps the selection (or the line, for block markup) with the markup of the button. */
  const apply = (kind: 'bold' | 'italic' | 'heading' | 'bullet' | 'number') => {
    const el = area.current;
    if (!el) return;
    const { selectionStart: a, selectionEnd: b, value } = el;
    const lineStart = value.lastIndexOf('\n', a - 1) + 1;
    const mark = kind === 'bold' ? '**' : '*';
    const prefix = kind === 'heading' ? '### ' : kind === 'bullet' ? '- ' : '1. ';
    const inline = kind === 'bold' || kind === 'italic';
    edit({
      body: inline
        ? `${value.slice(0, a)}${mark}${value.slice(a, b) || 'teks'}${mark}${value.slice(b)}`
        : `${value.slice(0, lineStart)}${prefix}${value.slice(lineStart)}`,
    });
    requestAnimationFrame(() => el.focus());
  };

  return (
    <section aria-label="Penyunting subbab" style={{ display: 'grid', gap: 8 }}>
      <ErrorBar error={error} />
      <Field
        label="Judul subbab"
        validationState={error?.fieldMessage('title') ? 'error' : 'none'}
        validationMessage={error?.fieldMessage('title')}
      >
        <Input value={draft.title} onChange={(_, d) => edit({ title: d.value })} />
      </Field>
      <Toolbar aria-label="Format teks" size="small">
        <ToolbarButton aria-label="Tebal" icon={<TextBold20Regular />} onClick={() => apply('bold')} />
        <ToolbarButton aria-label="Miring" icon={<TextItalic20Regular />} onClick={() => apply('italic')} />
        <ToolbarButton aria-label="Subjudul" icon={<TextHeader320Regular />} onClick={() => apply('heading')} />
        <ToolbarButton aria-label="Daftar butir" icon={<TextBulletListLtr20Regular />} onClick={() => apply('bullet')} />
        <ToolbarButton aria-label="Daftar bernomor" icon={<TextNumberListLtr20Regular />} onClick={() => apply('number')} />
      </Toolbar>
      <Textarea
        ref={area}
        aria-label="Isi subbab"
        value={draft.body}
        placeholder={draft.guidance ?? 'Tulis isi subbab di sini.'}
        onChange={(_, d) => edit({ body: d.value })}
        resize="vertical"
        textarea={{ style: { minHeight: 320, fontFamily: 'inherit' } }}
      />
      {draft.guidance && <Text size={200}>Petunjuk: {draft.guidance}</Text>}
      <div>
        <Button appearance="primary" onClick={() => void save()}>
          Simpan subbab (Ctrl+S)
        </Button>
      </div>
    </section>
  );
}
