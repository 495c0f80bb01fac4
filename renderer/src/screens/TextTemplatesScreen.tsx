// Templat Naskah: the office's own wording of document prose (shared/documents/text-templates.ts). Per kind the parts
// with an editor each, the placeholders with what each becomes on the current data, the real PDF redrawn while typing
// (documents.preview with the unsaved wording), saving only what parses (an unknown placeholder or an unclosed brace is
// named at its line and column before anything is sent) and resetting to the default. Below, the paperwork facts of the
// invitation, the report and the decree that are not wording.
import {
  Badge,
  Button,
  Caption1,
  Field,
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
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { parseTextTemplate, type TextTemplateKind } from '../../../shared/documents/text-templates';
import type { RenderRequestInput } from '../../../shared/domain/render';
import type { TextTemplateView } from '../../../shared/domain/text-template';
import { call, CallError } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { Dropdown } from '../components/fluent-id';
import { PdfPreview } from '../components/PdfPreview';
import { ScreenHeader } from '../components/ScreenHeader';
import { asCallError, useData } from '../hooks/use-data';
import { PaperworkFacts } from './PaperworkFacts';
import { WordTemplatesPanel } from './WordTemplatesPanel';

/** The kinds with text templates, as the screen names them, and whether their document belongs to a Bimtek stage. */
const KINDS: { kind: TextTemplateKind; label: string; stage: boolean }[] = [
  { kind: 'berita-acara', label: 'Berita Acara Penutupan', stage: false },
  { kind: 'komitmen', label: 'Lembar Komitmen Bersama', stage: false },
  { kind: 'daftar-hadir', label: 'Daftar Hadir Bimtek', stage: true },
  { kind: 'undangan-bimtek', label: 'Surat Undangan Bimtek', stage: true },
  { kind: 'laporan-bimtek', label: 'Laporan Pelaksanaan Bimtek', stage: true },
  { kind: 'keputusan-tim', label: 'Keputusan Dewan dan Tim', stage: false },
];

const keyOf = (t: Pick<TextTemplateView, 'kind' | 'part'>) => `${t.kind}.${t.part}`;

export function TextTemplatesScreen() {
  const templates = useData(() => call('textTemplates.list'));
  const [kind, setKind] = useState<TextTemplateKind>('berita-acara');
  const [stage, setStage] = useState(1);
  /** Unsaved wording by "kind.part"; a part without an entry shows what is stored (or the default). */
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const notify = useNotify();
  const nav = useNavigation();
  const info = KINDS.find((k) => k.kind === kind)!;

  const parts = useMemo(() => (templates.data ?? []).filter((t) => t.kind === kind), [templates.data, kind]);
  const stored = (t: TextTemplateView) => t.text ?? t.default;
  const current = (t: TextTemplateView) => drafts[keyOf(t)] ?? stored(t);
  const dirty = (t: TextTemplateView) => current(t) !== stored(t);
  const problemsOf = (t: TextTemplateView) => {
    const parsed = parseTextTemplate(
      current(t),
      t.placeholders.map((p) => p.name),
    );
    return parsed.ok ? [] : parsed.problems;
  };
  const anyDirty = (templates.data ?? []).some(dirty);
  useEffect(() => {
    nav.setDirty(anyDirty, 'templat-naskah');
    return () => nav.setDirty(false, 'templat-naskah');
  }, [anyDirty, nav]);

  const values = useData(() => call('textTemplates.values', { kind, stage, day: 1 }));
  const reloadValues = values.reload;
  useEffect(() => {
    void reloadValues();
  }, [kind, stage, reloadValues]);

  // The preview prints the wording on screen; a part that does not parse keeps the last good preview meanwhile.
  const valid = parts.every((t) => problemsOf(t).length === 0);
  const request: RenderRequestInput = {
    kind,
    format: 'pdf',
    stage: info.stage ? stage : null,
    day: 1,
    texts: Object.fromEntries(parts.map((t) => [keyOf(t), current(t)])),
  };
  const requestKey = templates.data && valid ? JSON.stringify(request) : null;
  const [settledKey, setSettledKey] = useState<string | null>(null);
  useEffect(() => {
    if (requestKey === null) return;
    const timer = setTimeout(() => setSettledKey(requestKey), 350);
    return () => clearTimeout(timer);
  }, [requestKey]);
  const [shown, setShown] = useState<{ key: string; bytes: Uint8Array | null; error: CallError | null } | null>(null);
  useEffect(() => {
    if (settledKey === null) return;
    let live = true;
    call('documents.preview', JSON.parse(settledKey) as RenderRequestInput).then(
      (rendered) => live && setShown({ key: settledKey, bytes: rendered.bytes, error: null }),
      (e: unknown) => live && setShown({ key: settledKey, bytes: null, error: asCallError(e) }),
    );
    return () => {
      live = false;
    };
  }, [settledKey]);

  const save = async (t: TextTemplateView) => {
    const problems = problemsOf(t);
    if (problems.length) {
      setError(
        new CallError(
          `Templat "${t.label}" belum bisa disimpan:\n${problems.map((p) => `- ${p.message}`).join('\n')}`,
          'validation',
        ),
      );
      return;
    }
    setBusy(keyOf(t));
    try {
      await call('textTemplates.save', { kind: t.kind, part: t.part, text: current(t) });
      await templates.reload();
      setDrafts(({ [keyOf(t)]: _, ...rest }) => rest);
      setError(null);
      notify(`Templat disimpan: ${t.label}`);
    } catch (e) {
      setError(asCallError(e));
    } finally {
      setBusy(null);
    }
  };
  const reset = async (t: TextTemplateView) => {
    setBusy(keyOf(t));
    try {
      await call('textTemplates.reset', { kind: t.kind, part: t.part });
      await templates.reload();
      setDrafts(({ [keyOf(t)]: _, ...rest }) => rest);
      setError(null);
      notify(`Templat kembali ke bawaan: ${t.label}`);
    } catch (e) {
      setError(asCallError(e));
    } finally {
      setBusy(null);
    }
  };

  // The placeholders of every part of the kind, once each, in the order the parts name them.
  const placeholders = [...new Map(parts.flatMap((t) => t.placeholders.map((p) => [p.name, p] as const))).values()];

  return (
    <>
      <ScreenHeader
        title="Templat Naskah"
        description="Kalimat baku dokumen dengan placeholder seperti {nama_daerah}: ubah sesuai kebiasaan kantor, lihat PDF-nya langsung, atau kembalikan ke bawaan."
      />
      <ErrorBar error={error ?? templates.error} />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(360px, 1fr) minmax(420px, 1.1fr)', gap: 16 }}>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 }}>
          <div style={{ display: 'flex', gap: 8 }}>
            <Field label="Jenis dokumen" style={{ flex: 2 }}>
              <Dropdown
                aria-label="Jenis dokumen"
                value={info.label}
                selectedOptions={[kind]}
                onOptionSelect={(_, d) => setKind(d.optionValue as TextTemplateKind)}
              >
                {KINDS.map((k) => (
                  <Option key={k.kind} value={k.kind}>
                    {k.label}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {info.stage && (
              <Field label="Tahap" style={{ flex: 1 }}>
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
            )}
          </div>
          {parts.map((t) => {
            const problems = problemsOf(t);
            const key = keyOf(t);
            return (
              <section key={key} aria-label={t.label} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
                <Field
                  label={
                    <>
                      {t.label}{' '}
                      <Badge appearance="tint" color={t.text === null ? 'informative' : 'brand'}>
                        {t.text === null ? 'bawaan' : 'milik kantor'}
                      </Badge>
                    </>
                  }
                  validationState={problems.length ? 'error' : 'none'}
                  validationMessage={problems.length ? problems.map((p) => p.message).join('; ') : undefined}
                >
                  <Textarea
                    aria-label={t.label}
                    resize="vertical"
                    rows={Math.min(8, Math.max(2, current(t).split('\n').length + 1))}
                    value={current(t)}
                    onChange={(_, d) => setDrafts((all) => ({ ...all, [key]: d.value }))}
                  />
                </Field>
                <div style={{ display: 'flex', gap: 8 }}>
                  {/* disabledFocusable: the button just pressed keeps the focus while and after it saves. */}
                  <Button
                    appearance="primary"
                    size="small"
                    disabledFocusable={!dirty(t) || busy !== null}
                    onClick={() => void save(t)}
                  >
                    {busy === key ? 'Menyimpan…' : 'Simpan'}
                  </Button>
                  <Button
                    size="small"
                    disabledFocusable={(t.text === null && !dirty(t)) || busy !== null}
                    onClick={() => void reset(t)}
                  >
                    Kembalikan ke bawaan
                  </Button>
                  {dirty(t) && <Caption1 style={{ alignSelf: 'center' }}>belum disimpan</Caption1>}
                </div>
              </section>
            );
          })}
          <Subtitle2 as="h2">Placeholder</Subtitle2>
          {values.data?.problem && (
            <MessageBar intent="warning">
              <MessageBarBody>Nilai belum bisa ditampilkan: {values.data.problem}</MessageBarBody>
            </MessageBar>
          )}
          <Table aria-label="Placeholder yang tersedia" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '34%' }}>Placeholder</TableHeaderCell>
                <TableHeaderCell>Arti</TableHeaderCell>
                <TableHeaderCell>Pada data sekarang</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {placeholders.map((p) => (
                <TableRow key={p.name}>
                  <TableCell>
                    <code>{`{${p.name}}`}</code>
                  </TableCell>
                  <TableCell>{p.label}</TableCell>
                  <TableCell style={{ color: tokens.colorNeutralForeground2 }}>{values.data?.values[p.name] || '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Caption1>
            Tulis {'{{'} dan {'}}'} untuk mencetak kurung kurawal. Judul dicetak satu baris per baris dengan huruf kapital.
          </Caption1>
        </div>
        {/* data-request names the wording of the preview shown, for the tests to wait on the right one. */}
        <section aria-label="Pratinjau dokumen" data-request={shown?.key} style={{ minWidth: 0 }}>
          {!valid && (
            <MessageBar intent="warning">
              <MessageBarBody>Pratinjau menunggu templat tanpa kesalahan.</MessageBarBody>
            </MessageBar>
          )}
          <ErrorBar error={shown?.error ?? null} />
          {shown?.bytes && <PdfPreview bytes={shown.bytes} />}
        </section>
      </div>
      <PaperworkFacts />
      <WordTemplatesPanel />
    </>
  );
}
