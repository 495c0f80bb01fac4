// Import of people and positions from .xlsx or .csv: a preview with every problem by row, before anything is written.
import {
  Badge,
  Button,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { PeopleImportPreview } from '../../../shared/domain/people-import';
import { call, CallError } from '../api/bridge';
import { useNotify } from '../app/toast';
import { FilePicker } from '../components/FilePicker';
import { ErrorBar } from '../components/ErrorBar';
import { asCallError } from '../hooks/use-data';
import { readAsBase64 } from '../lib/files';
import { importTemplateXlsx, offerDownload, TEMPLATE_COLUMNS } from '../lib/import-template';
import { plainImportProblems } from '../lib/import-problems';
import { formatNip } from '../../../shared/format/nip';

export function PeopleImport() {
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<PeopleImportPreview | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const notify = useNotify();
  const picker = useRef<HTMLButtonElement>(null);

  const choose = async (picked: File | undefined) => {
    if (!picked) return;
    setBusy(`Membaca ${picked.name}…`);
    try {
      const request = { fileName: picked.name, base64: await readAsBase64(picked) };
      setFile(request);
      setPreview(await call('people.importPreview', request));
      setError(null);
    } catch (e) {
      setPreview(null);
      setError(asCallError(e));
    } finally {
      setBusy(null);
    }
  };
  const commit = async () => {
    if (!file) return;
    setBusy('Mengimpor pejabat…');
    try {
      const result = await call('people.importCommit', file);
      notify(`${result.people} pejabat dan ${result.positions} jabatan diimpor`);
      setPreview(null);
      setFile(null);
      // The import button goes with the preview: the focus returns to the file picker, ready for the next file.
      setTimeout(() => picker.current?.focus());
    } catch (e) {
      setError(asCallError(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-label="Impor pejabat" style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h2">Impor pejabat dari Excel (.xlsx) atau CSV</Subtitle2>
      <Text size={200}>
        Baris pertama berisi judul kolom: {TEMPLATE_COLUMNS.join(', ')}. Format kolom NIP sebagai Teks di Excel agar 18 digitnya
        tidak hilang.
      </Text>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button
          onClick={() =>
            offerDownload(
              importTemplateXlsx(),
              'templat-impor-pejabat.xlsx',
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            )
          }
        >
          Unduh templat Excel
        </Button>
        <FilePicker
          label="Pilih berkas impor pejabat…"
          accept=".xlsx,.csv"
          disabled={busy !== null}
          buttonRef={picker}
          onPick={(file) => choose(file)}
        />
      </div>
      {busy && <Spinner size="tiny" labelPosition="after" label={busy} />}
      <ErrorBar error={error} />
      {preview && (
        <>
          <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <Badge color="success">{preview.valid} baris baik</Badge>
            <Badge color={preview.invalid ? 'danger' : 'informative'}>{preview.invalid} baris bermasalah</Badge>
            <Button
              appearance="primary"
              disabledFocusable={busy !== null || preview.invalid > 0 || preview.valid === 0}
              onClick={() => void commit()}
            >
              Impor {preview.valid} pejabat
            </Button>
            {preview.invalid > 0 && (
              <Text size={200}>Perbaiki berkas lalu pilih lagi; tidak ada yang disimpan selama masih ada masalah.</Text>
            )}
          </div>
          <Table aria-label="Pratinjau impor" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: 60 }}>Baris</TableHeaderCell>
                <TableHeaderCell>Nama</TableHeaderCell>
                <TableHeaderCell style={{ width: 190 }}>NIP</TableHeaderCell>
                <TableHeaderCell>Jabatan</TableHeaderCell>
                <TableHeaderCell style={{ width: 140 }}>Unit</TableHeaderCell>
                <TableHeaderCell style={{ width: '36%' }}>Masalah</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.rows.map((r) => (
                <TableRow key={r.row}>
                  <TableCell>{r.row}</TableCell>
                  <TableCell>{r.name}</TableCell>
                  <TableCell>{r.nip ? (/^\d{18}$/.test(r.nip) ? formatNip(r.nip) : r.nip) : '—'}</TableCell>
                  <TableCell>{r.jabatan ?? '—'}</TableCell>
                  <TableCell>{r.unit ?? '—'}</TableCell>
                  <TableCell style={{ color: r.problems.length ? '#b10e1c' : undefined }}>
                    {plainImportProblems(r).join('; ') || 'baik'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
