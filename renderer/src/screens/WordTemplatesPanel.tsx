// Templat Word kantor: the office's own .docx forms with placeholders, kept in the database. A clerk adds one (it is
// checked whole; each problem is listed with where it stands), sees what data it takes, fills it from the programme
// into a new DOCX (choosing a Bimtek stage when it uses one), or removes it.
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular, DocumentArrowDown20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { templateDataSummary } from '../../../shared/documents/word-placeholders';
import type { WordTemplateView } from '../../../shared/domain/word-template';
import { call, type CallError } from '../api/bridge';
import { useConfirm } from '../app/confirm';
import { useNotify } from '../app/toast';
import { FilePicker } from '../components/FilePicker';
import { asCallError, useData } from '../hooks/use-data';
import { readAsBase64 } from '../lib/files';

/** Template problems carry their place in the template as the path: shown as "where: what". */
function TemplateProblems({ error }: { error: CallError | null }) {
  if (!error) return null;
  const [title] = error.message.split('\n');
  return (
    <MessageBar intent="error" role="alert" style={{ margin: '8px 0' }}>
      <MessageBarBody>
        <MessageBarTitle>{title?.replace(/:$/, '')}</MessageBarTitle>
        {error.problems.length > 0 && (
          <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
            {error.problems.slice(0, 50).map((p, i) => (
              <li key={i}>
                {p.path === 'name' ? `Nama templat: ${p.message}` : p.path ? `${p.message} — ${p.path}` : p.message}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

const STAGES = [1, 2, 3, 4] as const;

function kilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('id-ID')} KB`;
}

export function WordTemplatesPanel() {
  const templates = useData(() => call('wordTemplates.list'));
  const notify = useNotify();
  const confirm = useConfirm();
  const [name, setName] = useState('');
  const [stages, setStages] = useState<Record<number, number>>({});
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async (file: File) => {
    setBusy(true);
    try {
      const base64 = await readAsBase64(file);
      const added = await call('wordTemplates.add', {
        name: name.trim() || file.name.replace(/\.docx$/i, ''),
        fileName: file.name,
        base64,
      });
      setError(null);
      setName('');
      notify(`Templat "${added.name}" disimpan.`);
      await templates.reload();
    } catch (e) {
      setError(asCallError(e));
    } finally {
      setBusy(false);
    }
  };

  const fill = async (t: WordTemplateView) => {
    try {
      const saved = await call('wordTemplates.fill', { id: t.id, stage: t.needsStage ? (stages[t.id] ?? null) : null });
      setError(null);
      if (saved) notify(`Templat diisi: ${saved.file}`);
    } catch (e) {
      setError(asCallError(e));
    }
  };

  const remove = async (t: WordTemplateView) => {
    if (
      !(await confirm({
        title: `Hapus templat "${t.name}"?`,
        message: 'Berkas Word asli di komputer Anda tidak terhapus.',
        confirmLabel: 'Hapus',
      }))
    )
      return;
    try {
      await call('wordTemplates.remove', { id: t.id });
      notify(`Templat "${t.name}" dihapus.`);
      await templates.reload();
    } catch (e) {
      setError(asCallError(e));
    }
  };

  const list = templates.data ?? [];
  return (
    <section aria-labelledby="word-templates-heading" style={{ marginTop: 24 }}>
      <Subtitle2 as="h2" id="word-templates-heading">
        Templat Word kantor
      </Subtitle2>
      <Caption1 as="p" style={{ display: 'block', margin: '4px 0 8px' }}>
        Berkas .docx milik kantor berisi placeholder seperti {'{daerah}'} dan baris tabel berulang {'{#peserta}…{/peserta}'}{' '}
        (daftar lengkap di docs/templat-word.md). Aplikasi mengisinya dari basis data menjadi DOCX baru.
      </Caption1>
      <div style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}>
        <Field label="Nama templat (kosong: nama berkas)">
          <Input value={name} onChange={(_, d) => setName(d.value)} style={{ minWidth: 280 }} />
        </Field>
        <FilePicker
          label="Tambah templat Word…"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          icon={<Add20Regular />}
          disabled={busy}
          onPick={add}
        />
      </div>
      <TemplateProblems error={error ?? templates.error} />
      <Table aria-label="Templat Word tersimpan" size="small" style={{ marginTop: 8 }}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Nama</TableHeaderCell>
            <TableHeaderCell>Data yang dipakai</TableHeaderCell>
            <TableHeaderCell>Berkas</TableHeaderCell>
            <TableHeaderCell>Isi</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {list.length === 0 && (
            <TableRow>
              <TableCell colSpan={4}>Belum ada templat Word. Tambahkan berkas .docx kantor dengan tombol di atas.</TableCell>
            </TableRow>
          )}
          {list.map((t) => (
            <TableRow key={t.id}>
              <TableCell>{t.name}</TableCell>
              <TableCell>
                {templateDataSummary(t.placeholders, t.needsStage)}
                <Caption1 as="span" style={{ display: 'block' }}>
                  {t.placeholders.length} placeholder: {t.placeholders.slice(0, 8).join(', ')}
                  {t.placeholders.length > 8 ? ', …' : ''}
                </Caption1>
              </TableCell>
              <TableCell>
                {t.fileName} ({kilobytes(t.sizeBytes)})
              </TableCell>
              <TableCell>
                <div style={{ display: 'flex', gap: 4, alignItems: 'center' }}>
                  {t.needsStage && (
                    <Dropdown
                      aria-label={`Tahap Bimtek untuk ${t.name}`}
                      placeholder="Pilih tahap"
                      style={{ minWidth: 120 }}
                      selectedOptions={stages[t.id] ? [String(stages[t.id])] : []}
                      value={stages[t.id] ? `Tahap ${stages[t.id]}` : ''}
                      onOptionSelect={(_, d) => setStages((s) => ({ ...s, [t.id]: Number(d.optionValue) }))}
                    >
                      {STAGES.map((n) => (
                        <Option key={n} value={String(n)}>{`Tahap ${n}`}</Option>
                      ))}
                    </Dropdown>
                  )}
                  <Button icon={<DocumentArrowDown20Regular />} onClick={() => void fill(t)}>
                    Isi ke DOCX<span className="visually-hidden"> {t.name}</span>
                  </Button>
                  <Button icon={<Delete20Regular />} aria-label={`Hapus templat ${t.name}`} onClick={() => void remove(t)} />
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
