// Edits one masterplan section: its title and its text in the small Markdown subset the documents render
// (### subheading, **bold**, *italic*, "- " and "1. " lists), with the guidance prompt shown while it is empty.
// The shared form model: messages at the field, Ctrl+S saves, leaving with unsaved text asks first.
import { Button, Text, Textarea, Toolbar, ToolbarButton, tokens } from '@fluentui/react-components';
import {
  TextBold20Regular,
  TextBulletListLtr20Regular,
  TextHeader320Regular,
  TextItalic20Regular,
  TextNumberListLtr20Regular,
} from '@fluentui/react-icons';
import { useRef } from 'react';
import { Controller } from 'react-hook-form';
import { draftOf } from '../../../shared/domain/common';
import { sectionSchema, type Section } from '../../../shared/domain/masterplan';
import { call } from '../api/bridge';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { FormText } from '../forms/fields';
import { useSchemaForm } from '../forms/use-schema-form';
import type { Draft } from '../lib/draft';

const sectionDraft = draftOf(sectionSchema);

export function SectionEditor({ section, onSaved }: { section: Section; onSaved: () => void }) {
  const area = useRef<HTMLTextAreaElement | null>(null);
  const notify = useNotify();
  const { form, submit, error, ref } = useSchemaForm<Draft<Section>>({
    schema: sectionDraft,
    defaultValues: section,
    onSave: async (draft) => {
      const saved = await call('masterplan.sections.save', draft);
      notify('Subbab tersimpan');
      onSaved();
      return saved;
    },
  });
  const guidance = section.guidance;

  /** Wraps the selection (or the line, for block markup) with the markup of the button. */
  const apply = (kind: 'bold' | 'italic' | 'heading' | 'bullet' | 'number') => {
    const el = area.current;
    if (!el) return;
    const { selectionStart: a, selectionEnd: b, value } = el;
    const lineStart = value.lastIndexOf('\n', a - 1) + 1;
    const mark = kind === 'bold' ? '**' : '*';
    const prefix = kind === 'heading' ? '### ' : kind === 'bullet' ? '- ' : '1. ';
    const inline = kind === 'bold' || kind === 'italic';
    form.setValue(
      'body',
      inline
        ? `${value.slice(0, a)}${mark}${value.slice(a, b) || 'teks'}${mark}${value.slice(b)}`
        : `${value.slice(0, lineStart)}${prefix}${value.slice(lineStart)}`,
      { shouldDirty: true, shouldValidate: form.formState.isSubmitted },
    );
    requestAnimationFrame(() => el.focus());
  };

  return (
    <form
      ref={(el) => {
        ref.current = el;
      }}
      aria-label="Penyunting subbab"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={{ display: 'grid', gap: 8 }}
    >
      <ErrorBar error={error} />
      <FormText control={form.control} name="title" inputName="section-title" label="Judul subbab" required />
      <Toolbar aria-label="Format teks" size="small">
        <ToolbarButton aria-label="Tebal" icon={<TextBold20Regular />} onClick={() => apply('bold')} />
        <ToolbarButton aria-label="Miring" icon={<TextItalic20Regular />} onClick={() => apply('italic')} />
        <ToolbarButton aria-label="Subjudul" icon={<TextHeader320Regular />} onClick={() => apply('heading')} />
        <ToolbarButton aria-label="Daftar butir" icon={<TextBulletListLtr20Regular />} onClick={() => apply('bullet')} />
        <ToolbarButton aria-label="Daftar bernomor" icon={<TextNumberListLtr20Regular />} onClick={() => apply('number')} />
      </Toolbar>
      <Controller
        control={form.control}
        name="body"
        render={({ field, fieldState }) => (
          <>
            <Textarea
              ref={(el) => {
                area.current = el;
                field.ref(el);
              }}
              aria-label="Isi subbab"
              value={field.value}
              placeholder={guidance ?? 'Tulis isi subbab di sini.'}
              onBlur={field.onBlur}
              onChange={(_, d) => field.onChange(d.value)}
              resize="vertical"
              textarea={{ style: { minHeight: 320, fontFamily: 'inherit' } }}
            />
            {fieldState.error && (
              <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
                {fieldState.error.message}
              </Text>
            )}
          </>
        )}
      />
      {guidance && <Text size={200}>Petunjuk: {guidance}</Text>}
      <div>
        <Button appearance="primary" type="submit">
          Simpan subbab (Ctrl+S)
        </Button>
      </div>
    </form>
  );
}
