// The Tata Naskah part of the profile: paper, margins, fonts and size, how dates are written in words, and the
// kop's own lines when the office does not want them composed from the profile.
import { Button, Checkbox, Field, Input, Subtitle2, Text } from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import {
  FONT_FAMILIES,
  PAPER_SIZES,
  NAME_CASES,
  regencySchema,
  tataNaskahSchema,
  TIME_ZONES,
  type RegencyInput,
  type TataNaskah,
} from '../../../shared/domain/regency';
import { letterheadLines } from '../../../shared/documents/letterhead';
import { FormChoice, FormText } from '../forms/fields';
import type { ProfileValues } from './ProfileScreen';

const PAPER_LABEL: Record<TataNaskah['paper'], string> = {
  A4: 'A4 (210 × 297 mm)',
  'F4-215': 'F4 / Folio (215 × 330 mm)',
  'F4-210': 'F4 (210 × 330 mm)',
};
const TIME_ZONE_LABEL: Record<TataNaskah['timeZone'], string> = {
  WIB: 'WIB (Waktu Indonesia Barat)',
  WITA: 'WITA (Waktu Indonesia Tengah)',
  WIT: 'WIT (Waktu Indonesia Timur)',
};
const NAME_CASE_LABEL: Record<TataNaskah['signerNameCase'], string> = {
  as_recorded: 'Seperti tercatat',
  upper: 'Huruf kapital, gelar tetap',
};
const SIDES = { topMm: 'Atas (mm)', rightMm: 'Kanan (mm)', bottomMm: 'Bawah (mm)', leftMm: 'Kiri (mm)' } as const;
const DEFAULTS = tataNaskahSchema.parse({});

/**
 * The profile's Tata Naskah with defaults filled in, without validating: while the user types, a margin may be
 * out of range for a moment, and the form must show that at the field, not fail to draw.
 */
export function naskahOf(regency: RegencyInput): TataNaskah {
  return { ...DEFAULTS, ...(regency.tataNaskah ?? {}) } as TataNaskah;
}

export function TataNaskahFields({ form }: { form: UseFormReturn<ProfileValues> }) {
  const { control } = form;
  const lines = useFieldArray({ control, name: 'regency.tataNaskah.letterheadLines' });
  const composed = regencySchema.safeParse(form.watch('regency'));
  // The control that had the focus goes away with what it changed (a removed line, the whole list): the focus moves
  // to the nearest line, or to the button that brings the list back, instead of dropping to the page.
  const focusLine = (index: number) => setTimeout(() => form.setFocus(`regency.tataNaskah.letterheadLines.${index}.text`));
  const focusCustomise = () =>
    setTimeout(() => document.querySelector<HTMLElement>('[data-action="baris-kop-sendiri"]')?.focus());
  return (
    <>
      <Subtitle2 as="h2">Tata Naskah</Subtitle2>
      <FormChoice
        control={control}
        name="regency.tataNaskah.paper"
        label="Ukuran kertas"
        choices={PAPER_SIZES}
        labelOf={(p) => PAPER_LABEL[p]}
      />
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 8 }}>
        {(Object.keys(SIDES) as (keyof typeof SIDES)[]).map((side) => (
          <FormText key={side} control={control} name={`regency.tataNaskah.margins.${side}`} type="number" label={SIDES[side]} />
        ))}
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) 110px', gap: 8 }}>
        <FormChoice
          control={control}
          name="regency.tataNaskah.fontKorespondensi"
          label="Huruf surat & berita acara"
          choices={FONT_FAMILIES}
          labelOf={(f) => f}
        />
        <FormChoice
          control={control}
          name="regency.tataNaskah.fontPengaturan"
          label="Huruf masterplan & peraturan"
          choices={FONT_FAMILIES}
          labelOf={(f) => f}
        />
        <FormText control={control} name="regency.tataNaskah.fontSizePt" type="number" label="Ukuran (pt)" />
      </div>
      <Controller
        control={control}
        name="regency.tataNaskah.dateWordsCase"
        render={({ field }) => (
          <Checkbox
            ref={field.ref}
            label="Tulis bilangan tanggal dengan huruf awal kapital (Sembilan Belas November)"
            checked={field.value === 'title'}
            onChange={(_, d) => field.onChange(d.checked ? 'title' : 'lower')}
          />
        )}
      />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) 150px', gap: 8 }}>
        <FormChoice
          control={control}
          name="regency.tataNaskah.timeZone"
          label="Zona waktu"
          choices={TIME_ZONES}
          labelOf={(z) => TIME_ZONE_LABEL[z]}
        />
        <FormChoice
          control={control}
          name="regency.tataNaskah.signerNameCase"
          label="Penulisan nama penandatangan"
          choices={NAME_CASES}
          labelOf={(c) => NAME_CASE_LABEL[c]}
        />
        <FormText control={control} name="regency.tataNaskah.signatureSpaceMm" type="number" label="Ruang tanda tangan (mm)" />
      </div>
      <Subtitle2 as="h3">Baris kop</Subtitle2>
      {lines.fields.length === 0 ? (
        <Text size={200}>
          Kop disusun dari identitas daerah.{' '}
          <Button
            size="small"
            data-action="baris-kop-sendiri"
            disabledFocusable={!composed.success}
            onClick={() => {
              if (!composed.success) return;
              lines.replace(
                letterheadLines(composed.data).map((l) => ({ text: l.text, sizePt: l.sizePt, bold: l.bold ?? false })),
              );
              focusLine(0);
            }}
          >
            Ubah baris kop sendiri
          </Button>
        </Text>
      ) : (
        <>
          {/* A list of the lines only: its items are the lines, the buttons that change the list stand after it. */}
          <ol aria-label="Baris kop" style={{ display: 'grid', gap: 6, margin: 0, padding: 0, listStyle: 'none' }}>
            {lines.fields.map((line, i) => (
              <li
                key={line.id}
                style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 70px auto auto', gap: 6, alignItems: 'center' }}
              >
                <Controller
                  control={control}
                  name={`regency.tataNaskah.letterheadLines.${i}.text`}
                  render={({ field, fieldState }) => (
                    <Field validationState={fieldState.error ? 'error' : 'none'} validationMessage={fieldState.error?.message}>
                      <Input
                        ref={field.ref}
                        aria-label={`Baris kop ${i + 1}`}
                        value={field.value}
                        onBlur={field.onBlur}
                        onChange={(_, d) => field.onChange(d.value)}
                      />
                    </Field>
                  )}
                />
                <Controller
                  control={control}
                  name={`regency.tataNaskah.letterheadLines.${i}.sizePt`}
                  render={({ field, fieldState }) => (
                    <Input
                      ref={field.ref}
                      aria-label={`Ukuran baris kop ${i + 1}`}
                      aria-invalid={fieldState.error ? true : undefined}
                      type="number"
                      value={String(field.value ?? '')}
                      onBlur={field.onBlur}
                      onChange={(_, d) => field.onChange(d.value.trim() === '' ? null : Number(d.value))}
                    />
                  )}
                />
                <Controller
                  control={control}
                  name={`regency.tataNaskah.letterheadLines.${i}.bold`}
                  render={({ field }) => (
                    <Checkbox
                      ref={field.ref}
                      label="Tebal"
                      aria-label={`Tebal baris kop ${i + 1}`}
                      checked={!!field.value}
                      onChange={(_, d) => field.onChange(!!d.checked)}
                    />
                  )}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Delete16Regular />}
                  aria-label={`Hapus baris kop ${i + 1}`}
                  onClick={() => {
                    lines.remove(i);
                    if (lines.fields.length > 1) focusLine(Math.min(i, lines.fields.length - 2));
                    else focusCustomise();
                  }}
                />
              </li>
            ))}
          </ol>
          <div style={{ display: 'flex', gap: 8 }}>
            <Button
              size="small"
              icon={<Add16Regular />}
              disabledFocusable={lines.fields.length >= 8}
              onClick={() => {
                lines.append({ text: '', sizePt: 10, bold: false });
              }}
            >
              Tambah baris
            </Button>
            <Button
              size="small"
              onClick={() => {
                lines.replace([]);
                focusCustomise();
              }}
            >
              Susun lagi dari identitas daerah
            </Button>
          </div>
        </>
      )}
    </>
  );
}
