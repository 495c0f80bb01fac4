// Edits one masterplan section: its title and its text, shown formatted (bold, italic, lists, subheadings) and stored
// in the small Markdown subset the documents render, with the guidance prompt shown while it is empty.
// The shared form model: messages at the field, Ctrl+S saves, leaving with unsaved text asks first.
import { Button, Text } from '@fluentui/react-components';
import { useEffect } from 'react';
import { Controller } from 'react-hook-form';
import { draftOf } from '../../../shared/domain/common';
import { sectionSchema, type Section } from '../../../shared/domain/masterplan';
import { call } from '../api/bridge';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { RichTextEditor } from '../components/RichTextEditor';
import { FormText } from '../forms/fields';
import { useSchemaForm } from '../forms/use-schema-form';
import type { Draft } from '../lib/draft';

const sectionDraft = draftOf(sectionSchema);

export function SectionEditor({ section, onSaved }: { section: Section; onSaved: () => void }) {
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
  // The screen reloads its sections after a save: an editor opened before that shows the reloaded section (unless
  // it already holds changes), so that a later save never writes back an older body.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(section);
  }, [form, section]);

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
      <Controller
        control={form.control}
        name="body"
        render={({ field, fieldState }) => (
          <RichTextEditor
            label="Isi subbab"
            value={field.value}
            placeholder={guidance ?? 'Tulis isi subbab di sini.'}
            onChange={field.onChange}
            onBlur={field.onBlur}
            focusRef={field.ref}
            error={fieldState.error?.message}
          />
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
