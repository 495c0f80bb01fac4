// Profil Daerah & Kop Surat: the regency's identity and contact lines, logo, Tata Naskah profile (paper, margins,
// fonts), programme year and MoU, and the numbering template, with a live preview of the kop.
import { Button, Field, Option, Spinner, Subtitle2 } from '@fluentui/react-components';
import { Dropdown } from '../components/fluent-id';
import { useEffect, useState } from 'react';
import { regencySchema, type Regency, type RegencyInput, type TataNaskah } from '../../../shared/domain/regency';
import { programmeSchema, type Programme } from '../../../shared/domain/programme';
import { numberingSchema, type Numbering } from '../../../shared/domain/register';
import { call, type CallError, type Problem } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { SaveBar } from '../components/SaveBar';
import { LetterheadPreview } from '../components/LetterheadPreview';
import { FilePicker } from '../components/FilePicker';
import { ScreenHeader } from '../components/ScreenHeader';
import { TextField } from '../components/TextField';
import { asCallError, useData } from '../hooks/use-data';
import { readAsBase64 } from '../lib/files';
import { blankToNull, messageFor, validate } from '../lib/validate';
import { naskahOf, TataNaskahFields } from './TataNaskahFields';

const EMPTY_REGENCY: RegencyInput = { kind: 'kabupaten', name: '', province: '', capital: '', address: '' };

interface Draft {
  regency: RegencyInput;
  programme: Partial<Programme>;
  numbering: Numbering;
}

export function ProfileScreen() {
  const loaded = useData(async () => ({
    regency: await call('profile.getRegency'),
    programme: await call('profile.getProgramme'),
    numbering: await call('profile.getNumbering'),
  }));
  if (!loaded.data) return loaded.error ? <ErrorBar error={loaded.error} /> : <Spinner label="Memuat…" />;
  return (
    <ProfileForm
      initial={{
        regency: loaded.data.regency ?? EMPTY_REGENCY,
        programme: loaded.data.programme ?? { year: new Date().getFullYear(), name: 'Gerakan Menuju Smart City' },
        numbering: loaded.data.numbering,
      }}
    />
  );
}

/** Every problem of the form by the shared schemas: regency fields without a prefix, the others with theirs. */
function checkProfile(draft: Draft) {
  return [
    ...validate(regencySchema, draft.regency),
    ...validate(programmeSchema, draft.programme).map((p) => ({ ...p, path: `programme.${p.path}` })),
    ...validate(numberingSchema, draft.numbering).map((p) => ({ ...p, path: `numbering.${p.path}` })),
  ];
}

function ProfileForm({ initial }: { initial: Draft }) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  // After a refused save the form checks again as it is edited, so a corrected field loses its message at once.
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<CallError | null>(null);
  const [saving, setSaving] = useState(false);
  const { setDirty, setSaveAction } = useNavigation();
  const notify = useNotify();

  const update = (change: (d: Draft) => Draft) => {
    setDraft(change);
    setDirty(true);
  };
  const setRegency = (patch: Partial<RegencyInput>) => update((d) => ({ ...d, regency: { ...d.regency, ...patch } }));
  const setNaskah = (patch: Partial<TataNaskah>) =>
    update((d) => ({ ...d, regency: { ...d.regency, tataNaskah: { ...naskahOf(d.regency), ...patch } } }));

  const save = async () => {
    const found = checkProfile(draft);
    setProblems(found);
    setChecked(found.length > 0);
    if (found.length > 0) return;
    setSaving(true);
    try {
      // One call, one transaction: the three parts of the form are saved together or not at all.
      await call('profile.saveAll', {
        regency: draft.regency,
        programme: draft.programme as Programme,
        numbering: draft.numbering,
      });
      setError(null);
      setDirty(false);
      notify('Profil daerah tersimpan');
    } catch (e) {
      const err = asCallError(e);
      setError(err);
      // The form names regency fields without a prefix, programme and numbering fields with theirs.
      setProblems(err.problems.map((p) => ({ ...p, path: p.path.replace(/^regency\./, '') })));
    } finally {
      setSaving(false);
    }
  };

  useEffect(() => {
    setSaveAction(() => void save());
    return () => setSaveAction(null);
  });

  const r = draft.regency;
  const live = checked ? checkProfile(draft) : problems;
  const err = (path: string) => messageFor(live, path);
  const previewRegency = regencySchema.safeParse(draft.regency);

  const uploadLogo = async (file: File | undefined) => {
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) {
      setProblems([{ path: 'logo', message: 'logo harus gambar PNG atau JPEG' }]);
      return;
    }
    setRegency({ logo: { mime: file.type as 'image/png' | 'image/jpeg', base64: await readAsBase64(file) } });
  };

  return (
    <>
      <ScreenHeader title="Profil Daerah & Kop Surat" description="Data ini dipakai di kop surat dan di setiap dokumen." />
      <ErrorBar error={error} />
      {live.length > 0 && !error && (
        <ErrorBar error={asCallError(new Error(`Periksa isian yang ditandai (${live.length}).`))} />
      )}
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(320px, 1fr) minmax(320px, 1fr)', gap: 24 }}>
        <section aria-label="Identitas daerah" style={{ display: 'grid', gap: 10, alignContent: 'start' }}>
          <Subtitle2 as="h2">Identitas daerah</Subtitle2>
          <Field label="Jenis daerah">
            <Dropdown
              value={r.kind === 'kota' ? 'Kota' : 'Kabupaten'}
              selectedOptions={[r.kind]}
              onOptionSelect={(_, d) => setRegency({ kind: d.optionValue as 'kabupaten' | 'kota' })}
            >
              <Option value="kabupaten">Kabupaten</Option>
              <Option value="kota">Kota</Option>
            </Dropdown>
          </Field>
          <TextField
            label="Nama daerah"
            name="name"
            required
            value={r.name}
            onChange={(v) => setRegency({ name: v })}
            error={err('name')}
            placeholder="Simalungun"
          />
          <TextField
            label="Kode wilayah (Kemendagri)"
            name="regionCode"
            value={r.regionCode}
            onChange={(v) => setRegency({ regionCode: blankToNull(v) })}
            error={err('regionCode')}
            placeholder="12.08"
            hint="Kode provinsi dan kabupaten/kota, misalnya 12.08"
          />
          <TextField
            label="Provinsi"
            name="province"
            required
            value={r.province}
            onChange={(v) => setRegency({ province: v })}
            error={err('province')}
          />
          <TextField
            label="Ibu kota"
            name="capital"
            required
            value={r.capital}
            onChange={(v) => setRegency({ capital: v })}
            error={err('capital')}
          />
          <TextField
            label="Nama perangkat daerah"
            name="officeName"
            value={r.officeName ?? 'Dinas Komunikasi dan Informatika'}
            onChange={(v) => setRegency({ officeName: v })}
            error={err('officeName')}
          />
          <TextField
            label="Alamat"
            name="address"
            required
            value={r.address}
            onChange={(v) => setRegency({ address: v })}
            error={err('address')}
          />
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 10 }}>
            <TextField
              label="Telepon"
              name="phone"
              value={r.phone}
              onChange={(v) => setRegency({ phone: blankToNull(v) })}
              error={err('phone')}
            />
            <TextField
              label="Faksimile"
              name="fax"
              value={r.fax}
              onChange={(v) => setRegency({ fax: blankToNull(v) })}
              error={err('fax')}
            />
            <TextField
              label="Laman"
              name="website"
              value={r.website}
              onChange={(v) => setRegency({ website: blankToNull(v) })}
              error={err('website')}
            />
            <TextField
              label="Pos-el"
              name="email"
              value={r.email}
              onChange={(v) => setRegency({ email: blankToNull(v) })}
              error={err('email')}
            />
            <TextField
              label="Kode pos"
              name="postalCode"
              value={r.postalCode}
              onChange={(v) => setRegency({ postalCode: blankToNull(v) })}
              error={err('postalCode')}
            />
          </div>
          <Field
            label="Logo (PNG atau JPEG, paling besar 2 MB)"
            validationState={err('logo') || err('logo.base64') ? 'error' : 'none'}
            validationMessage={err('logo') ?? err('logo.base64')}
          >
            <div>
              <FilePicker label="Unggah logo…" accept="image/png,image/jpeg" onPick={(file) => uploadLogo(file)} />{' '}
              {r.logo && (
                <Button appearance="subtle" onClick={() => setRegency({ logo: null })}>
                  Hapus logo
                </Button>
              )}
            </div>
          </Field>
        </section>
        <section aria-label="Tata naskah" style={{ display: 'grid', gap: 10, alignContent: 'start' }}>
          <Subtitle2 as="h2">Pratinjau kop</Subtitle2>
          {previewRegency.success ? (
            <LetterheadPreview regency={previewRegency.data as Regency} />
          ) : (
            <em>Lengkapi identitas daerah untuk melihat kop.</em>
          )}
          <TataNaskahFields regency={draft.regency} onChange={setNaskah} error={err} />
          <Subtitle2 as="h2">Program dan penomoran</Subtitle2>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', gap: 8 }}>
            <TextField
              label="Tahun program"
              type="number"
              value={String(draft.programme.year ?? '')}
              onChange={(v) => update((d) => ({ ...d, programme: { ...d.programme, year: Number(v) } }))}
              error={err('programme.year')}
            />
            <TextField
              label="Nomor nota kesepakatan"
              value={draft.programme.mouNumber}
              onChange={(v) => update((d) => ({ ...d, programme: { ...d.programme, mouNumber: blankToNull(v) } }))}
              error={err('programme.mouNumber')}
            />
          </div>
          <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 8 }}>
            <TextField
              label="Templat nomor dokumen"
              hint="Token: {kka} {urut} {unit} {bulan_romawi} {tahun}"
              value={draft.numbering.template}
              onChange={(v) => update((d) => ({ ...d, numbering: { ...d.numbering, template: v } }))}
              error={err('numbering.template')}
            />
            <TextField
              label="Kode unit"
              value={draft.numbering.unitCode}
              onChange={(v) => update((d) => ({ ...d, numbering: { ...d.numbering, unitCode: v } }))}
              error={err('numbering.unitCode')}
            />
          </div>
        </section>
      </div>
      <SaveBar>
        {/* Not disabled while saving: the focus stays on the button (a disabled button drops it to the page). */}
        <Button appearance="primary" onClick={() => void (saving || save())} aria-busy={saving}>
          {saving ? 'Menyimpan…' : 'Simpan (Ctrl+S)'}
        </Button>
      </SaveBar>
    </>
  );
}
