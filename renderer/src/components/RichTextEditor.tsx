// A formatting editor for text kept in the documents' Markdown subset: bold shows bold and lists show as lists while
// the value stays Markdown. TipTap limited to the subset's nodes and marks (paragraph, level-3 heading, flat lists).
import {
  Field,
  makeStyles,
  mergeClasses,
  Toolbar,
  ToolbarToggleButton,
  tokens,
  type FieldControlProps,
} from '@fluentui/react-components';
import {
  TextBold20Regular,
  TextBulletListLtr20Regular,
  TextHeader320Regular,
  TextItalic20Regular,
  TextNumberListLtr20Regular,
} from '@fluentui/react-icons';
import Bold from '@tiptap/extension-bold';
import Document from '@tiptap/extension-document';
import Heading from '@tiptap/extension-heading';
import Italic from '@tiptap/extension-italic';
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { Placeholder, UndoRedo } from '@tiptap/extensions';
import { type Editor, EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { editorDocToMarkdown, markdownToEditorDoc, normaliseMarkdown } from '../../../shared/documents/rich-text-editor-doc';

const useStyles = makeStyles({
  frame: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-within': {
      borderBottomColor: tokens.colorCompoundBrandStroke,
      outlineStyle: 'solid',
      outlineWidth: '1px',
      outlineColor: tokens.colorCompoundBrandStroke,
    },
  },
  invalid: {
    borderTopColor: tokens.colorPaletteRedBorder2,
    borderRightColor: tokens.colorPaletteRedBorder2,
    borderBottomColor: tokens.colorPaletteRedBorder2,
    borderLeftColor: tokens.colorPaletteRedBorder2,
  },
  toolbar: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
  content: {
    '& .tiptap': {
      minHeight: '320px',
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
      outlineStyle: 'none',
      fontFamily: tokens.fontFamilyBase,
      fontSize: tokens.fontSizeBase300,
      lineHeight: tokens.lineHeightBase400,
    },
    '& .tiptap p': { margin: `0 0 ${tokens.spacingVerticalS}` },
    '& .tiptap h3': { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}` },
    '& .tiptap ul, & .tiptap ol': { margin: `0 0 ${tokens.spacingVerticalS}`, paddingLeft: '24px' },
    '& .tiptap li p': { margin: 0 },
    // The guidance shows in the empty editor, as a textarea's placeholder would.
    '& .tiptap p.is-editor-empty:first-child::before': {
      content: 'attr(data-placeholder)',
      float: 'left',
      height: 0,
      pointerEvents: 'none',
      color: tokens.colorNeutralForeground4,
    },
  },
});

/** Only what rich-text.ts reads: headings are level 3 and plain, a list item holds one paragraph (no nesting). */
const extensions = (placeholder: string) => [
  Document,
  Paragraph,
  Text,
  Bold,
  Italic,
  Heading.extend({ marks: '' }).configure({ levels: [3] }),
  BulletList,
  OrderedList,
  ListItem.extend({ content: 'paragraph' }),
  UndoRedo,
  Placeholder.configure({ placeholder }),
];

type Format = 'bold' | 'italic' | 'bullet' | 'ordered' | 'heading';

const BUTTONS: { format: Format; label: string; keys: string; icon: React.ReactElement }[] = [
  { format: 'bold', label: 'Tebal', keys: 'Control+B', icon: <TextBold20Regular /> },
  { format: 'italic', label: 'Miring', keys: 'Control+I', icon: <TextItalic20Regular /> },
  { format: 'bullet', label: 'Daftar berpoin', keys: 'Control+Shift+8', icon: <TextBulletListLtr20Regular /> },
  { format: 'ordered', label: 'Daftar bernomor', keys: 'Control+Shift+7', icon: <TextNumberListLtr20Regular /> },
  { format: 'heading', label: 'Subjudul', keys: 'Control+Alt+3', icon: <TextHeader320Regular /> },
];

function toggle(editor: Editor, format: Format) {
  const chain = editor.chain().focus();
  const run = {
    bold: () => chain.toggleBold(),
    italic: () => chain.toggleItalic(),
    bullet: () => chain.toggleBulletList(),
    ordered: () => chain.toggleOrderedList(),
    heading: () => chain.toggleHeading({ level: 3 }),
  }[format];
  run().run();
}

export interface RichTextEditorProps {
  /** The text in the Markdown subset. */
  value: string;
  onChange: (markdown: string) => void;
  onBlur?: () => void;
  label: string;
  placeholder?: string;
  error?: string | undefined;
  /** Receives something to focus (react-hook-form focuses the first field in error). */
  focusRef?: (handle: { focus: () => void } | null) => void;
}

export function RichTextEditor(props: RichTextEditorProps) {
  const { value, label, placeholder = '', error } = props;
  const styles = useStyles();
  // The last Markdown the editor gave or was given: a value that differs comes from outside (a reset after saving).
  const last = useRef(value);
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });

  // Built once: the editor reads its extensions and first content when it is made.
  const [initial] = useState(() => ({ extensions: extensions(placeholder), content: markdownToEditorDoc(value) }));
  const editor = useEditor({
    ...initial,
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor }) => {
      const markdown = editorDocToMarkdown(editor.getJSON());
      if (markdown === last.current) return;
      last.current = markdown;
      handlers.current.onChange(markdown);
    },
    onBlur: () => handlers.current.onBlur?.(),
  });

  useEffect(() => {
    if (value === last.current) return;
    const known = normaliseMarkdown(value) === normaliseMarkdown(last.current);
    last.current = value;
    // The same text in another spelling keeps the caret where it is.
    if (!known) editor.commands.setContent(markdownToEditorDoc(value), { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    const focusRef = handlers.current.focusRef;
    focusRef?.({ focus: () => editor.commands.focus() });
    return () => focusRef?.(null);
  }, [editor]);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      heading: e.isActive('heading', { level: 3 }),
      // Headings are plain: bold and italic do nothing there.
      marks: e.can().toggleBold(),
    }),
  });

  return (
    <Field label={label} validationMessage={error} validationState={error ? 'error' : 'none'}>
      {(field: FieldControlProps) => (
        <EditorArea editor={editor} field={field} className={mergeClasses(styles.frame, error && styles.invalid)}>
          <Toolbar
            aria-label={`Format ${label.toLowerCase()}`}
            size="small"
            className={styles.toolbar}
            checkedValues={{ format: BUTTONS.filter((b) => state[b.format]).map((b) => b.format) }}
          >
            {BUTTONS.map((b) => (
              <ToolbarToggleButton
                key={b.format}
                name="format"
                value={b.format}
                icon={b.icon}
                aria-keyshortcuts={b.keys}
                title={`${b.label} (${b.keys.replace('Control', 'Ctrl')})`}
                disabled={(b.format === 'bold' || b.format === 'italic') && !state.marks}
                // The editor keeps its selection: the button takes no focus from it on a click.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => toggle(editor, b.format)}
              >
                {b.label}
              </ToolbarToggleButton>
            ))}
          </Toolbar>
          <EditorContent editor={editor} className={styles.content} />
        </EditorArea>
      )}
    </Field>
  );
}

/** Puts the field's id, label and message references on the editable element, where a screen reader looks. */
function EditorArea(props: { editor: Editor; field: FieldControlProps; className: string; children: React.ReactNode }) {
  const { editor, field } = props;
  const { id, 'aria-labelledby': labelledBy, 'aria-describedby': describedBy, 'aria-invalid': invalid } = field;
  const required = field['aria-required'];
  useEffect(() => {
    const attributes: Record<string, string> = { id: id ?? '', role: 'textbox', 'aria-multiline': 'true' };
    if (labelledBy) attributes['aria-labelledby'] = labelledBy;
    if (describedBy) attributes['aria-describedby'] = describedBy;
    if (invalid) attributes['aria-invalid'] = 'true';
    if (required) attributes['aria-required'] = 'true';
    editor.setOptions({ editorProps: { attributes } });
  }, [editor, id, labelledBy, describedBy, invalid, required]);
  return <div className={props.className}>{props.children}</div>;
}
