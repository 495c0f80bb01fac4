// Dokumentasi foto of one Bimtek stage, printed in its Laporan Pelaksanaan two to a page: a clerk adds JPEG or PNG
// photos (the app scales them down before storing), writes each caption, moves photos up or down, removes them.
// Problems show at the field they concern: the file picker, the new caption or a photo's own caption.
import { Button, Caption1, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { Add20Regular, ArrowDown20Regular, ArrowUp20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { StageNumber } from '../../../shared/domain/bimtek';
import { MAX_PHOTO_UPLOAD_BYTES, MAX_PHOTOS_PER_STAGE, type StagePhotoView } from '../../../shared/domain/stage-photo';
import { call, CallError } from '../api/bridge';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { FilePicker } from '../components/FilePicker';
import { RemoveButton } from '../components/RemoveButton';
import { asCallError, useData } from '../hooks/use-data';
import { readAsBase64 } from '../lib/files';

const MB = 1024 * 1024;

/** A problem of the upload that is not about one field (the stage gone, the database) goes to the error bar. */
const fieldPaths = new Set(['base64', 'caption', 'fileName']);

function PhotoRow(props: {
  photo: StagePhotoView;
  index: number;
  count: number;
  onChanged: () => Promise<void>;
  onError: (error: CallError) => void;
}) {
  const { photo, index, count } = props;
  const notify = useNotify();
  const [caption, setCaption] = useState(photo.caption);
  const [error, setError] = useState<string | undefined>();
  const label = `Gambar ${index + 1}`;

  const saveCaption = async () => {
    if (caption.trim() === photo.caption) return;
    try {
      await call('stagePhotos.setCaption', { id: photo.id, caption });
      setError(undefined);
      notify(`Keterangan ${label} disimpan`);
      await props.onChanged();
    } catch (e) {
      const err = asCallError(e);
      setError(err.fieldMessage('caption') ?? err.message);
    }
  };
  const move = async (direction: 'up' | 'down') => {
    try {
      await call('stagePhotos.move', { id: photo.id, direction });
      await props.onChanged();
    } catch (e) {
      props.onError(asCallError(e));
    }
  };

  return (
    <li style={{ display: 'grid', gridTemplateColumns: '128px 1fr auto', gap: 8, alignItems: 'start' }}>
      <img
        src={`data:${photo.mime};base64,${photo.base64}`}
        alt={photo.caption || label}
        style={{ width: 128, height: 96, objectFit: 'contain', background: '#f0f0f0' }}
      />
      <Field
        label={`Keterangan ${label}`}
        validationState={error ? 'error' : 'none'}
        validationMessage={error}
        hint={`${photo.width} × ${photo.height} piksel, ${Math.max(1, Math.round(photo.sizeBytes / 1024))} KB`}
      >
        <Input
          value={caption}
          maxLength={300}
          onChange={(_, d) => setCaption(d.value)}
          onBlur={() => void saveCaption()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void saveCaption();
          }}
        />
      </Field>
      <div style={{ display: 'flex', gap: 2, alignItems: 'center', paddingTop: 22 }}>
        <Button
          size="small"
          icon={<ArrowUp20Regular />}
          aria-label={`Naikkan ${label}`}
          disabledFocusable={index === 0}
          onClick={() => void move('up')}
        />
        <Button
          size="small"
          icon={<ArrowDown20Regular />}
          aria-label={`Turunkan ${label}`}
          disabledFocusable={index === count - 1}
          onClick={() => void move('down')}
        />
        <RemoveButton
          question={{ title: `Hapus ${label}?`, message: 'Foto ini tidak lagi dicetak pada laporan tahap ini.' }}
          label={`Hapus ${label}`}
          onRemove={async () => {
            try {
              await call('stagePhotos.remove', { id: photo.id });
              await props.onChanged();
              notify(`${label} dihapus`);
            } catch (e) {
              props.onError(asCallError(e));
            }
          }}
        />
      </div>
    </li>
  );
}

export function StagePhotos({ stageNumber }: { stageNumber: StageNumber }) {
  const photos = useData(() => call('stagePhotos.list', { stageNumber }));
  const notify = useNotify();
  const [caption, setCaption] = useState('');
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);
  // Mounted with the stage as its key: another stage is a fresh list and an empty form.
  const { reload } = photos;

  const add = async (file: File) => {
    if (file.size > MAX_PHOTO_UPLOAD_BYTES) {
      // Refused before it is read and sent: the service would refuse it too, after a long wait.
      const message = `${file.name}: berkas terlalu besar (maksimal ${MAX_PHOTO_UPLOAD_BYTES / MB} MB)`;
      setError(new CallError('Foto tidak disimpan', 'validation', [{ path: 'base64', message }]));
      return;
    }
    setBusy(true);
    try {
      const added = await call('stagePhotos.add', {
        stageNumber,
        caption,
        fileName: file.name,
        base64: await readAsBase64(file),
      });
      setError(null);
      setCaption('');
      notify(`Foto ditambahkan (${added.width} × ${added.height} piksel)`);
      await reload();
    } catch (e) {
      setError(asCallError(e));
    } finally {
      setBusy(false);
    }
  };

  const list = photos.data ?? [];
  const fileMessage = error?.fieldMessage('base64') ?? error?.fieldMessage('fileName');
  const captionMessage = error?.fieldMessage('caption');
  const other = error && !error.problems.some((p) => fieldPaths.has(p.path)) ? error : null;
  return (
    <section aria-labelledby={`photos-${stageNumber}`} style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h2" id={`photos-${stageNumber}`}>
        Dokumentasi foto ({list.length}/{MAX_PHOTOS_PER_STAGE})
      </Subtitle2>
      <Caption1>
        JPEG atau PNG, maksimal {MAX_PHOTO_UPLOAD_BYTES / MB} MB. Foto diperkecil (sisi terpanjang 1600 piksel) sebelum disimpan
        dan dicetak dua per halaman pada Laporan Pelaksanaan.
      </Caption1>
      <ErrorBar error={other ?? photos.error} />
      <div style={{ display: 'flex', gap: 8, alignItems: 'start', flexWrap: 'wrap' }}>
        <Field
          label="Keterangan foto baru"
          validationState={captionMessage ? 'error' : 'none'}
          validationMessage={captionMessage}
        >
          <Input value={caption} maxLength={300} onChange={(_, d) => setCaption(d.value)} style={{ minWidth: 240 }} />
        </Field>
        <Field label="Berkas foto" validationState={fileMessage ? 'error' : 'none'} validationMessage={fileMessage}>
          <FilePicker
            label={busy ? 'Memproses foto…' : 'Tambah foto…'}
            accept="image/jpeg,image/png,.jpg,.jpeg,.png"
            icon={<Add20Regular />}
            disabled={busy || list.length >= MAX_PHOTOS_PER_STAGE}
            onPick={add}
          />
        </Field>
      </div>
      {list.length === 0 ? (
        <p style={{ margin: 0 }}>Belum ada foto untuk tahap ini.</p>
      ) : (
        <ol
          aria-label={`Foto tahap ${stageNumber}`}
          style={{ margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 8 }}
        >
          {list.map((p, i) => (
            <PhotoRow key={p.id} photo={p} index={i} count={list.length} onChanged={reload} onError={setError} />
          ))}
        </ol>
      )}
    </section>
  );
}
