// The paperwork facts of the invitation and the report per Bimtek stage and of the decree that are not wording:
// dates, sifat, hal, place and the report's own closing. Empty fields print the standard wording or date.
import { Button, Field, Input, Subtitle2, Textarea } from '@fluentui/react-components';
import { Option } from '@fluentui/react-components';
import { Dropdown } from '../components/fluent-id';
import { useEffect, useState } from 'react';
import type { Decree, StagePaperwork } from '../../../shared/domain/paperwork';
import { call, CallError } from '../api/bridge';
import { useNotify } from '../app/toast';
import { DateField } from '../components/DateField';
import { ErrorBar } from '../components/ErrorBar';
import { asCallError } from '../hooks/use-data';

const orNull = (v: string) => (v.trim() === '' ? null : v);

export function PaperworkFacts() {
  const [stage, setStage] = useState(1);
  const [paper, setPaper] = useState<StagePaperwork | null>(null);
  const [decree, setDecree] = useState<Decree | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const notify = useNotify();

  useEffect(() => {
    let live = true;
    call('paperwork.stage.get', { stageNumber: stage }).then(
      (p) => live && setPaper(p),
      (e: unknown) => live && setError(asCallError(e)),
    );
    return () => {
      live = false;
    };
  }, [stage]);
  useEffect(() => {
    call('paperwork.decree.get').then(setDecree, (e: unknown) => setError(asCallError(e)));
  }, []);

  const saveStage = async () => {
    if (!paper) return;
    try {
      setPaper(await call('paperwork.stage.save', paper));
      setError(null);
      notify(`Data undangan dan laporan tahap ${stage} disimpan`);
    } catch (e) {
      setError(asCallError(e));
    }
  };
  const saveDecree = async () => {
    if (!decree) return;
    try {
      setDecree(await call('paperwork.decree.save', decree));
      setError(null);
      notify('Data keputusan disimpan');
    } catch (e) {
      setError(asCallError(e));
    }
  };
  const invitation = (patch: Partial<StagePaperwork['invitation']>) =>
    setPaper((p) => p && { ...p, invitation: { ...p.invitation, ...patch } });
  const report = (patch: Partial<StagePaperwork['report']>) => setPaper((p) => p && { ...p, report: { ...p.report, ...patch } });

  return (
    <section aria-label="Data surat undangan, laporan dan keputusan" style={{ marginTop: 24 }}>
      <Subtitle2 as="h2" style={{ display: 'block', marginBottom: 8 }}>
        Data surat undangan, laporan dan keputusan
      </Subtitle2>
      <ErrorBar error={error} />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          <Field label="Tahap">
            <Dropdown
              aria-label="Tahap undangan dan laporan"
              value={`Tahap ${stage}`}
              selectedOptions={[String(stage)]}
              onOptionSelect={(_, d) => setStage(Number(d.optionValue))}
            >
              {[1, 2, 3, 4].map((n) => (
                <Option key={n} value={String(n)}>{`Tahap ${n}`}</Option>
              ))}
            </Dropdown>
          </Field>
          {paper && (
            <>
              <DateField
                label="Tanggal surat undangan (kosong: sepekan sebelum hari pertama)"
                value={paper.invitation.letterDate}
                onChange={(v) => invitation({ letterDate: v })}
              />
              <Field label="Sifat undangan">
                <Input value={paper.invitation.nature} onChange={(_, d) => invitation({ nature: d.value })} />
              </Field>
              <Field label="Hal undangan (kosong: bawaan)">
                <Input value={paper.invitation.subject ?? ''} onChange={(_, d) => invitation({ subject: orNull(d.value) })} />
              </Field>
              <DateField
                label="Tanggal laporan (kosong: hari terakhir tahap)"
                value={paper.report.reportDate}
                onChange={(v) => report({ reportDate: v })}
              />
              <Field label="Penutup laporan tahap ini (kosong: templat naskah)">
                <Textarea value={paper.report.closing ?? ''} onChange={(_, d) => report({ closing: orNull(d.value) })} />
              </Field>
              <Button onClick={() => void saveStage()} style={{ alignSelf: 'flex-start' }}>
                Simpan data tahap {stage}
              </Button>
            </>
          )}
        </div>
        {decree && (
          <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            <Field label="Keputusan ditetapkan di (kosong: ibu kota)">
              <Input value={decree.place ?? ''} onChange={(_, d) => setDecree({ ...decree, place: orNull(d.value) })} />
            </Field>
            <DateField
              label="Tanggal penetapan keputusan (kosong: tanggal SK Dewan)"
              value={decree.date}
              onChange={(v) => setDecree({ ...decree, date: v })}
            />
            <Button onClick={() => void saveDecree()} style={{ alignSelf: 'flex-start' }}>
              Simpan data keputusan
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}
