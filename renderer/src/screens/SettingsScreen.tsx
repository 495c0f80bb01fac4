// Pengaturan: where the data lives and how old its last copy elsewhere is, a copy to a folder or flash drive, restore
// (with a confirmation naming what is replaced), automatic backups, bundle export and import, and the import of people
// from Excel or CSV.
import { Button, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { BackupComparison, ProgrammeCounts } from '../../../shared/domain/backup';
import { call, CallError } from '../api/bridge';
import { useNotify } from '../app/toast';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBar } from '../components/ErrorBar';
import { FilePicker } from '../components/FilePicker';
import { ScreenHeader } from '../components/ScreenHeader';
import { useAction } from '../hooks/use-action';
import { useData } from '../hooks/use-data';
import { readAsBase64 } from '../lib/files';
import { PeopleImport } from './PeopleImport';

function describe(c: ProgrammeCounts): string {
  return `${c.regency ?? 'tanpa profil daerah'}${c.year ? ` ${c.year}` : ''}: ${c.units} unit, ${c.people} orang, ${c.positions} jabatan, ${c.signatories} penandatangan, ${c.sections} subbab masterplan berisi teks, ${c.documents} dokumen di register`;
}

/** Paths come from the main process in the platform's own form: either separator may occur. */
const nameOf = (path: string) => path.split(/[\\/]/).pop() ?? path;
const folderOf = (path: string) => path.slice(0, path.length - nameOf(path).length - 1);

export function SettingsScreen() {
  const backups = useData(() => call('backup.list'));
  const overview = useData(() => call('backup.overview'));
  const { error, run } = useAction(async () => {
    await Promise.all([backups.reload(), overview.reload()]);
  });
  const guard = (fn: () => Promise<void>) => run(fn);
  const [restoring, setRestoring] = useState(false);
  const [restore, setRestore] = useState<{ file: { fileName: string; base64: string }; comparison: BackupComparison } | null>(
    null,
  );
  const [bundle, setBundle] = useState<{ name: string; data: unknown } | null>(null);
  const notify = useNotify();

  return (
    <>
      <ScreenHeader title="Pengaturan" description="Cadangan, pemulihan, bundel data dan impor pejabat." />
      <ErrorBar error={error} />
      {restoring && <Spinner size="small" labelPosition="after" label="Memulihkan data dari cadangan…" />}
      <section aria-label="Cadangan" style={{ display: 'grid', gap: 8, marginBottom: 24 }}>
        <Subtitle2 as="h2">Cadangan basis data</Subtitle2>
        {overview.data && (
          <div role="group" aria-label="Letak data" style={{ display: 'grid', gap: 4 }}>
            <Text size={200}>
              Basis data: <code style={{ wordBreak: 'break-all' }}>{overview.data.databaseFile}</code>
              {overview.data.journalMode === 'DELETE' && ' (folder jaringan: ditulis tanpa WAL agar aman)'}
            </Text>
            <Text size={200} weight={overview.data.age.stale ? 'semibold' : 'regular'}>
              {overview.data.age.text}
              {overview.data.lastExternal && ` Berkasnya: ${overview.data.lastExternal.file}.`}
              {overview.data.age.stale &&
                ' Salin sekarang ke flashdisk atau folder lain, agar data tidak hilang bila komputer ini rusak.'}
            </Text>
          </div>
        )}
        <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <Button
            appearance="primary"
            onClick={() =>
              void guard(async () => {
                const entry = await call('backup.create');
                if (entry) notify(`Cadangan tersimpan: ${entry.file}`);
              })
            }
          >
            Salin ke folder atau flashdisk…
          </Button>
          <FilePicker
            label="Pulihkan dari cadangan…"
            accept=".db"
            onPick={(picked) =>
              guard(async () => {
                const file = { fileName: picked.name, base64: await readAsBase64(picked) };
                setRestore({ file, comparison: await call('backup.inspect', file) });
              })
            }
          />
        </div>
        <Text size={200}>
          Cadangan otomatis dibuat setiap aplikasi dibuka; disimpan sepuluh terakhir, satu per hari selama seminggu dan satu per
          minggu selama delapan minggu
          {backups.data?.length ? ` di ${folderOf(backups.data[0]!.file)}:` : '. Belum ada cadangan otomatis.'}
        </Text>
        {backups.data && backups.data.length > 0 && (
          <ul aria-label="Cadangan otomatis" style={{ margin: 0, paddingLeft: 18 }}>
            {backups.data.map((entry) => (
              <li key={entry.file}>
                {new Date(entry.createdAt).toLocaleString('id-ID')} · {(entry.sizeBytes / 1024).toFixed(0)} KB{' '}
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() =>
                    void guard(async () => {
                      const file = await call('backup.readAutomatic', { name: nameOf(entry.file) });
                      setRestore({ file, comparison: await call('backup.inspect', file) });
                    })
                  }
                >
                  Pulihkan
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Bundel" style={{ display: 'grid', gap: 8, marginBottom: 24 }}>
        <Subtitle2 as="h2">Bundel data (JSON)</Subtitle2>
        <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <Button
            onClick={() =>
              void guard(async () => {
                const saved = await call('bundle.save');
                if (saved) notify(`Bundel tersimpan: ${saved.file}`);
              })
            }
          >
            Ekspor bundel
          </Button>
          <FilePicker
            label="Impor bundel…"
            accept=".json"
            onPick={(picked) =>
              guard(async () => {
                let data: unknown;
                try {
                  data = JSON.parse(await picked.text());
                } catch {
                  throw new CallError(`${picked.name} bukan JSON yang valid.`, 'user');
                }
                setBundle({ name: picked.name, data });
              })
            }
          />
        </div>
      </section>
      <PeopleImport />
      <ConfirmDialog
        open={restore !== null && !restoring}
        title="Pulihkan dari cadangan?"
        confirmLabel="Ganti dengan cadangan"
        onCancel={() => setRestore(null)}
        onConfirm={() =>
          void guard(async () => {
            if (!restore) return;
            // The dialog fades out with its text intact; the data is cleared once the restore is done.
            setRestoring(true);
            try {
              await call('backup.restore', restore.file);
            } finally {
              setRestoring(false);
              setRestore(null);
            }
            notify('Data dipulihkan dari cadangan');
          })
        }
      >
        <p>Seluruh data sekarang akan diganti:</p>
        <p>
          <strong>Sekarang</strong> — {restore && describe(restore.comparison.current)}
        </p>
        <p>
          <strong>Cadangan {restore?.file.fileName}</strong> — {restore && describe(restore.comparison.backup)}
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={bundle !== null}
        title="Impor bundel?"
        confirmLabel="Ganti dengan isi bundel"
        onCancel={() => setBundle(null)}
        onConfirm={() =>
          void guard(async () => {
            if (!bundle) return;
            const data = bundle.data;
            setBundle(null);
            const summary = await call('bundle.import', { bundle: data, replace: true });
            notify(`Bundel diimpor: ${summary.people} orang, ${summary.positions} jabatan`);
          })
        }
      >
        Seluruh data sekarang akan diganti dengan isi {bundle?.name}. Bundel yang tidak valid ditolak utuh dan data tidak berubah.
      </ConfirmDialog>
    </>
  );
}
