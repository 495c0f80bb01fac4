// Profil Daerah & Kop Surat: the regency's identity and contact lines, logo, Tata Naskah profile (paper, margins,
// fonts), programme year and MoU, and the numbering template, with a live preview of the kop.
import { Button, Field, Spinner, Subtitle2 } from '@fluentui/react-components';
import { Controller } from 'react-hook-form';
import { profileFormSchema } from '../../../shared/domain/profile-form';
import { REGION_KINDS, regencySchema, type Regency, type RegencyInput, type TataNaskah } from '../../../shared/domain/regency';
import type { Programme } from '../../../shared/domain/programme';
import type { Numbering } from '../../../shared/domain/register';
import { call } from '../api/bridge';
import { useNotify } from '../app/toast';
import { ErrorBar } from '../components/ErrorBar';
import { FilePicker } from '../components/FilePicker';
import { LetterheadPreview } from '../components/LetterheadPreview';
import { SaveBar } from '../components/SaveBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { FormErrorBar } from '../forms/form-error-bar';
import { submitOnEnter } from '../forms/form-keys';
import { FormChoice, FormText } from '../forms/fields';
import { useSchemaForm } from '../forms/use-schema-form';
import { useData } from '../hooks/use-data';
import { readAsBase64 } from '../lib/files';
import { naskahOf, TataNaskahFields } from './TataNaskahFields';

const EMPTY_REGENCY: RegencyInput = { kind: 'kabupaten', name: '', province: '', capital: '', address: '' };

/** The form's values: the regency with its Tata Naskah filled in, so every field of it has a value to edit. */
export interface ProfileValues {
  regency: RegencyInput & { tataNaskah: TataNaskah };
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
  const regency = loaded.data.regency ?? EMPTY_REGENCY;
  return (
    <ProfileForm
      initial={{
        regency: { officeName: 'Dinas Komunikasi dan Informatika', ...regency, tataNaskah: naskahOf(regency) },
        programme: loaded.data.programme ?? { year: new Date().getFullYear(), name: 'Gerakan Menuju Smart City' },
        numbering: loaded.data.numbering,
      }}
    />
  );
}

function ProfileForm({ initial }: { initial: ProfileValues }) {
  const notify = useNotify();
  const { form, submit, error, saving, ref } = useSchemaForm<ProfileValues>({
    schema: profileFormSchema,
    defaultValues: initial,
    onSave: async (values) => {
      // One call, one transaction: the three parts of the form are saved together or not at all.
      await call('profile.saveAll', {
        regency: values.regency,
        programme: values.programme as Programme,
        numbering: values.numbering,
      });
      notify('Profil daerah tersimpan');
    },
  });
  const { control } = form;
  const regency = form.watch('regency');
  const previewRegency = regencySchema.safeParse(regency);

  const uploadLogo = async (file: File | undefined) => {
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) {
      form.setError('regency.logo', { type: 'manual', message: 'logo harus gambar PNG atau JPEG' });
      return;
    }
    const logo = { mime: file.type as 'image/png' | 'image/jpeg', base64: await readAsBase64(file) };
    form.setValue('regency.logo', logo, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    form.clearErrors('regency.logo');
  };

  return (
    <form
      ref={(el) => {
        ref.current = el;
      }}
      aria-label="Profil daerah"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (e.target === e.currentTarget) void submit();
      }}
      onKeyDown={submitOnEnter(submit)}
    >
      <ScreenHeader title="Profil Daerah & Kop Surat" description="Data ini dipakai di kop surat dan di setiap dokumen." />
      <FormErrorBar error={error} errors={form.formState.errors} />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(320px, 1fr) minmax(320px, 1fr)', gap: 24 }}>
        <section aria-label="Identitas daerah" style={{ display: 'grid', gap: 10, alignContent: 'start' }}>
          <Subtitle2 as="h2">Identitas daerah</Subtitle2>
          <FormChoice
            control={control}
            name="regency.kind"
            label="Jenis daerah"
            choices={REGION_KINDS}
            labelOf={(k) => (k === 'kota' ? 'Kota' : 'Kabupaten')}
          />
          <FormText
            control={control}
            name="regency.name"
            inputName="name"
            label="Nama daerah"
            required
            placeholder="Simalungun"
          />
          <FormText
            control={control}
            name="regency.regionCode"
            inputName="regionCode"
            label="Kode wilayah (Kemendagri)"
            nullable
            placeholder="12.08"
            hint="Kode provinsi dan kabupaten/kota, misalnya 12.08"
          />
          <FormText control={control} name="regency.province" inputName="province" label="Provinsi" required />
          <FormText control={control} name="regency.capital" inputName="capital" label="Ibu kota" required />
          <FormText control={control} name="regency.officeName" inputName="officeName" label="Nama perangkat daerah" />
          <FormText control={control} name="regency.address" inputName="address" label="Alamat" required />
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 10 }}>
            <FormText control={control} name="regency.phone" inputName="phone" label="Telepon" nullable />
            <FormText control={control} name="regency.fax" inputName="fax" label="Faksimile" nullable />
            <FormText control={control} name="regency.website" inputName="website" label="Laman" nullable />
            <FormText control={control} name="regency.email" inputName="email" label="Pos-el" nullable />
            <FormText control={control} name="regency.postalCode" inputName="postalCode" label="Kode pos" nullable />
          </div>
          <Controller
            control={control}
            name="regency.logo"
            render={({ field, fieldState }) => {
              const message = fieldState.error?.message ?? form.getFieldState('regency.logo.base64').error?.message;
              return (
                <Field
                  label="Logo (PNG atau JPEG, paling besar 2 MB)"
                  validationState={message ? 'error' : 'none'}
                  validationMessage={message}
                >
                  <div>
                    <FilePicker label="Unggah logo…" accept="image/png,image/jpeg" onPick={(file) => uploadLogo(file)} />{' '}
                    {field.value && (
                      <Button appearance="subtle" onClick={() => field.onChange(null)}>
                        Hapus logo
                      </Button>
                    )}
                  </div>
                </Field>
              );
            }}
          />
        </section>
        <section aria-label="Tata naskah" style={{ display: 'grid', gap: 10, alignContent: 'start' }}>
          <Subtitle2 as="h2">Pratinjau kop</Subtitle2>
          {previewRegency.success ? (
            <LetterheadPreview regency={previewRegency.data as Regency} />
          ) : (
            <em>Lengkapi identitas daerah untuk melihat kop.</em>
          )}
          <TataNaskahFields form={form} />
          <Subtitle2 as="h2">Program dan penomoran</Subtitle2>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', gap: 8 }}>
            <FormText control={control} name="programme.year" label="Tahun program" type="number" />
            <FormText control={control} name="programme.mouNumber" label="Nomor nota kesepakatan" nullable />
          </div>
          <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 8 }}>
            <FormText
              control={control}
              name="numbering.template"
              label="Templat nomor dokumen"
              hint="Token: {kka} {urut} {unit} {bulan_romawi} {tahun}"
            />
            <FormText control={control} name="numbering.unitCode" label="Kode unit" />
          </div>
        </section>
      </div>
      <SaveBar>
        {/* Not disabled while saving: the focus stays on the button (a disabled button drops it to the page). */}
        <Button appearance="primary" type="submit" aria-busy={saving} onClick={(e) => saving && e.preventDefault()}>
          {saving ? 'Menyimpan…' : 'Simpan (Ctrl+S)'}
        </Button>
      </SaveBar>
    </form>
  );
}
