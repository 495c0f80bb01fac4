// Dokumen: choose the kind and its options (stage and day, chapter under its book, paper, a number from SRIKANDI),
// see the real PDF, save it as PDF or DOCX through the save dialog, print it (Ctrl+P), and the register of produced
// documents. The kinds and what each needs come from the service (shared/documents/document-kinds.ts).
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { Dropdown } from '../components/fluent-id';
import { useCallback, useEffect, useState } from 'react';
import type { PaperSize } from '../../../shared/document/model';
import type { DocumentKind } from '../../../shared/domain/register';
import type { RenderRequestInput } from '../../../shared/domain/render';
import { call, CallError } from '../api/bridge';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { PdfPreview } from '../components/PdfPreview';
import { booksOf, ChapterPicker } from './ChapterPicker';
import { ScreenHeader } from '../components/ScreenHeader';
import { asCallError, useData } from '../hooks/use-data';

const PAPERS: { value: PaperSize | ''; label: string }[] = [
  { value: '', label: 'Sesuai profil Tata Naskah' },
  { value: 'A4', label: 'A4' },
  { value: 'F4-215', label: 'F4 215 × 330 mm' },
  { value: 'F4-210', label: 'F4 210 × 330 mm' },
];

export function DocumentsScreen() {
  const meta = useData(async () => ({
    kinds: await call('documents.kinds'),
    volumes: await call('masterplan.volumes.list'),
    chapters: await call('masterplan.chapters.list'),
  }));
  const register = useData(async () => ({ renders: await call('register.renders'), numbers: await call('register.numbers') }));
  const [kind, setKind] = useState<DocumentKind>('komitmen');
  const [stage, setStage] = useState(1);
  const [day, setDay] = useState(1);
  const [chapterId, setChapterId] = useState<number | null>(null);
  const [paper, setPaper] = useState<PaperSize | ''>('');
  const [manualNumber, setManualNumber] = useState('');
  const [error, setError] = useState<CallError | null>(null);
  const notify = useNotify();

  const info = meta.data?.kinds.find((k) => k.kind === kind);
  const books = booksOf(meta.data?.volumes ?? [], meta.data?.chapters ?? []);
  const request = useCallback(
    (format: 'pdf' | 'docx'): RenderRequestInput => ({
      kind,
      format,
      paper: paper || null,
      stage: info?.needs === 'stage' ? stage : null,
      day,
      chapterId: info?.needs === 'chapter' ? chapterId : null,
      manualNumber: manualNumber.trim() || null,
    }),
    [kind, paper, stage, day, chapterId, manualNumber, info?.needs],
  );

  // The preview follows the options: each change renders again; an answer for older options is ignored.
  const previewKey = JSON.stringify(request('pdf'));
  const ready = !!info && (info.needs !== 'chapter' || chapterId !== null);
  const [shown, setShown] = useState<{
    key: string;
    bytes: Uint8Array | null;
    number: string | null;
    error: CallError | null;
  } | null>(null);
  const [refresh, setRefresh] = useState(0);
  // Typing a number from SRIKANDI or a day renders once the typing pauses, not on every key.
  const [settledKey, setSettledKey] = useState(previewKey);
  useEffect(() => {
    const timer = setTimeout(() => setSettledKey(previewKey), 300);
    return () => clearTimeout(timer);
  }, [previewKey]);
  useEffect(() => {
    if (!ready) return;
    let current = true;
    const key = settledKey;
    call('documents.preview', JSON.parse(key) as RenderRequestInput).then(
      (rendered) => current && setShown({ key, bytes: rendered.bytes, number: rendered.number, error: null }),
      (e: unknown) => current && setShown({ key, bytes: null, number: null, error: asCallError(e) }),
    );
    return () => {
      current = false;
    };
  }, [settledKey, ready, refresh]);
  const busy = ready && shown?.key !== previewKey;
  // Without the options a kind needs (a chapter), the previous kind's preview must not stay savable.
  const preview = ready && shown?.bytes ? { bytes: shown.bytes, number: shown.number } : null;

  const [saving, setSaving] = useState<'pdf' | 'docx' | null>(null);
  const save = async (format: 'pdf' | 'docx') => {
    setSaving(format);
    try {
      const saved = await call('documents.save', request(format));
      if (saved) {
        notify(`Tersimpan: ${saved.file}${saved.number ? ` (nomor ${saved.number})` : ''}`);
        await register.reload();
      }
    } catch (e) {
      setError(asCallError(e));
    } finally {
      setSaving(null);
    }
  };
  const print = useCallback(async () => {
    try {
      const printed = await call('documents.print', request('pdf'));
      notify(
        printed.opened
          ? `Dokumen dibuka di penampil PDF. Saat mencetak pilih kertas ${printed.paper}, Ukuran sebenarnya (100%).`
          : `PDF untuk dicetak disimpan di ${printed.file}. Saat mencetak pilih kertas ${printed.paper}, Ukuran sebenarnya (100%).`,
        'info',
      );
    } catch (e) {
      setError(asCallError(e));
    }
  }, [request, notify]);
  /** Printed by the app itself at true size (desktop only): the system print dialog, no margins, scale 100. */
  const printDirect = async () => {
    try {
      const printed = await call('documents.printInApp', request('pdf'));
      if (!printed.available) {
        notify('Cetak langsung hanya ada di aplikasi desktop; pakai Cetak (Ctrl+P) untuk membuka PDF-nya.', 'info');
      } else if (printed.printed) {
        notify(`Dikirim ke printer pada kertas ${printed.paper}, ukuran sebenarnya (100%).`);
      } else if (printed.reason && printed.reason !== 'cancelled') {
        notify(`Tidak tercetak: ${printed.reason}. Coba Cetak (Ctrl+P) untuk mencetak dari penampil PDF.`, 'info');
      }
    } catch (e) {
      setError(asCallError(e));
    }
  };

  const canPrint = !!preview;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        // Like the Cetak button: only with a preview on screen, and once per press (not on key repeat).
        if (canPrint && !e.repeat) void print();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [print, canPrint]);

  return (
    <>
      <ScreenHeader
        title="Dokumen"
        description="Berita acara, lembar komitmen, daftar hadir dan masterplan, sebagai PDF untuk dicetak atau DOCX untuk diolah lagi."
        actions={
          <>
            {/* disabledFocusable: a button waiting on its own save keeps the focus instead of dropping it to the page. */}
            <Button appearance="primary" onClick={() => void save('pdf')} disabledFocusable={!preview || saving !== null}>
              {saving === 'pdf' ? 'Menyimpan PDF…' : 'Simpan PDF'}
            </Button>
            <Button onClick={() => void save('docx')} disabledFocusable={!preview || saving !== null}>
              {saving === 'docx' ? 'Menyimpan DOCX…' : 'Simpan DOCX'}
            </Button>
            <Button onClick={() => void print()} disabledFocusable={!preview}>
              Cetak (Ctrl+P)
            </Button>
            <Button onClick={() => void printDirect()} disabledFocusable={!preview}>
              Cetak langsung (100%)
            </Button>
          </>
        }
      />
      <div style={{ display: 'grid', gridTemplateColumns: '300px 1fr', gap: 20 }}>
        <aside aria-label="Pilihan dokumen" style={{ display: 'grid', gap: 10, alignContent: 'start' }}>
          <Field label="Jenis dokumen">
            <Dropdown
              aria-label="Jenis dokumen"
              value={info?.label ?? ''}
              selectedOptions={[kind]}
              onOptionSelect={(_, d) => setKind(d.optionValue as DocumentKind)}
            >
              {(meta.data?.kinds ?? []).map((k) => (
                <Option key={k.kind} value={k.kind}>
                  {k.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {info?.needs === 'stage' && (
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
              <Field label="Tahap">
                <Dropdown
                  aria-label="Tahap Bimtek"
                  value={`Tahap ${stage}`}
                  selectedOptions={[String(stage)]}
                  onOptionSelect={(_, d) => setStage(Number(d.optionValue))}
                >
                  {[1, 2, 3, 4].map((n) => (
                    <Option key={n} value={String(n)}>{`Tahap ${n}`}</Option>
                  ))}
                </Dropdown>
              </Field>
              {info.perDay && (
                <Field label="Hari ke-">
                  <Input
                    type="number"
                    min={1}
                    max={10}
                    value={String(day)}
                    onChange={(_, d) => setDay(Math.max(1, Number(d.value) || 1))}
                  />
                </Field>
              )}
            </div>
          )}
          {info?.needs === 'chapter' && <ChapterPicker books={books} value={chapterId} onChange={setChapterId} />}
          <Field label="Kertas">
            <Dropdown
              aria-label="Kertas"
              value={PAPERS.find((p) => p.value === paper)!.label}
              selectedOptions={[paper]}
              onOptionSelect={(_, d) => setPaper(d.optionValue as PaperSize | '')}
            >
              {PAPERS.map((p) => (
                <Option key={p.value} value={p.value}>
                  {p.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {info?.numbered && (
            <Field label="Nomor dari SRIKANDI (opsional)" hint={preview?.number ? `Nomor: ${preview.number}` : undefined}>
              <Input value={manualNumber} onChange={(_, d) => setManualNumber(d.value)} />
            </Field>
          )}
          <Button onClick={() => setRefresh((n) => n + 1)} disabledFocusable={busy}>
            {busy ? 'Menyiapkan…' : 'Perbarui pratinjau'}
          </Button>
        </aside>
        {/* data-request names the options of the preview shown, for the tests to wait on the right one. */}
        <section aria-label="Pratinjau dokumen" data-request={shown?.key}>
          <ErrorBar error={error ?? shown?.error ?? meta.error} />
          {info?.needs === 'chapter' && chapterId === null && (
            <MessageBar intent="info">
              <MessageBarBody>
                {books.length === 0
                  ? 'Masterplan belum punya bab. Susun kerangkanya di layar Masterplan.'
                  : 'Pilih bab masterplan di sebelah kiri untuk melihat pratinjaunya.'}
              </MessageBarBody>
            </MessageBar>
          )}
          {preview && <PdfPreview bytes={preview.bytes} />}
        </section>
      </div>
      <Subtitle2 as="h2" style={{ display: 'block', marginTop: 20 }}>
        Register dokumen
      </Subtitle2>
      <Table aria-label="Register dokumen" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Waktu</TableHeaderCell>
            <TableHeaderCell>Berkas</TableHeaderCell>
            <TableHeaderCell>Jenis</TableHeaderCell>
            <TableHeaderCell>Nomor</TableHeaderCell>
            <TableHeaderCell>Kertas</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(register.data?.renders ?? []).slice(0, 50).map((r) => (
            <TableRow key={r.id}>
              <TableCell>{new Date(r.createdAt).toLocaleString('id-ID')}</TableCell>
              <TableCell>{r.fileName}</TableCell>
              <TableCell>{meta.data?.kinds.find((k) => k.kind === r.kind)?.label ?? r.kind}</TableCell>
              <TableCell>{register.data?.numbers.find((n) => n.id === r.numberId)?.number ?? '—'}</TableCell>
              <TableCell>{r.paper}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
