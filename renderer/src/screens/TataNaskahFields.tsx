// The Tata Naskah part of the profile: paper, margins, fonts and size, how dates are written in words, and the
// kop's own lines when the office does not want them composed from the profile.
import { Button, Checkbox, Field, Input, Option, Subtitle2, Text } from '@fluentui/react-components';
import { Dropdown } from '../components/fluent-id';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import {
  FONT_FAMILIES,
  PAPER_SIZES,
  NAME_CASES,
  regencySchema,
  tataNaskahSchema,
  TIME_ZONES,
  type LetterheadLine,
  type RegencyInput,
  type TataNaskah,
} from '../../../shared/domain/regency';
import { letterheadLines } from '../../../shared/documents/letterhead';
import { TextField } from '../components/TextField';

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

export function TataNaskahFields(props: {
  regency: RegencyInput;
  onChange: (patch: Partial<TataNaskah>) => void;
  error: (path: string) => string | undefined;
}) {
  const naskah = naskahOf(props.regency);
  const lines = naskah.letterheadLines;
  const setLine = (index: number, patch: Partial<LetterheadLine>) =>
    props.onChange({ letterheadLines: lines.map((l, i) => (i === index ? { ...l, ...patch } : l)) });
  const composed = regencySchema.safeParse(props.regency);
  return (
    <>
      <Subtitle2 as="h2">Tata Naskah</Subtitle2>
      <Field label="Ukuran kertas">
        <Dropdown
          aria-label="Ukuran kertas"
          value={PAPER_LABEL[naskah.paper]}
          selectedOptions={[naskah.paper]}
          onOptionSelect={(_, d) => props.onChange({ paper: d.optionValue as TataNaskah['paper'] })}
        >
          {PAPER_SIZES.map((p) => (
            <Option key={p} value={p}>
              {PAPER_LABEL[p]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 8 }}>
        {(Object.keys(SIDES) as (keyof typeof SIDES)[]).map((side) => (
          <TextField
            key={side}
            type="number"
            label={SIDES[side]}
            value={String(naskah.margins[side])}
            onChange={(v) => props.onChange({ margins: { ...naskah.margins, [side]: Number(v) } })}
            error={props.error(`tataNaskah.margins.${side}`)}
          />
        ))}
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) 110px', gap: 8 }}>
        {(['fontKorespondensi', 'fontPengaturan'] as const).map((key) => (
          <Field key={key} label={key === 'fontKorespondensi' ? 'Huruf surat & berita acara' : 'Huruf masterplan & peraturan'}>
            <Dropdown
              value={naskah[key]}
              selectedOptions={[naskah[key]]}
              onOptionSelect={(_, d) => props.onChange({ [key]: d.optionValue as TataNaskah[typeof key] })}
            >
              {FONT_FAMILIES.map((f) => (
                <Option key={f} value={f}>
                  {f}
                </Option>
              ))}
            </Dropdown>
          </Field>
        ))}
        <TextField
          type="number"
          label="Ukuran (pt)"
          value={String(naskah.fontSizePt)}
          onChange={(v) => props.onChange({ fontSizePt: Number(v) })}
          error={props.error('tataNaskah.fontSizePt')}
        />
      </div>
      <Checkbox
        label="Tulis bilangan tanggal dengan huruf awal kapital (Sembilan Belas November)"
        checked={naskah.dateWordsCase === 'title'}
        onChange={(_, d) => props.onChange({ dateWordsCase: d.checked ? 'title' : 'lower' })}
      />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) 150px', gap: 8 }}>
        <Field label="Zona waktu">
          <Dropdown
            aria-label="Zona waktu"
            value={TIME_ZONE_LABEL[naskah.timeZone]}
            selectedOptions={[naskah.timeZone]}
            onOptionSelect={(_, d) => props.onChange({ timeZone: d.optionValue as TataNaskah['timeZone'] })}
          >
            {TIME_ZONES.map((z) => (
              <Option key={z} value={z}>
                {TIME_ZONE_LABEL[z]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Penulisan nama penandatangan">
          <Dropdown
            aria-label="Penulisan nama penandatangan"
            value={NAME_CASE_LABEL[naskah.signerNameCase]}
            selectedOptions={[naskah.signerNameCase]}
            onOptionSelect={(_, d) => props.onChange({ signerNameCase: d.optionValue as TataNaskah['signerNameCase'] })}
          >
            {NAME_CASES.map((c) => (
              <Option key={c} value={c}>
                {NAME_CASE_LABEL[c]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <TextField
          type="number"
          label="Ruang tanda tangan (mm)"
          value={String(naskah.signatureSpaceMm)}
          onChange={(v) => props.onChange({ signatureSpaceMm: Number(v) })}
          error={props.error('tataNaskah.signatureSpaceMm')}
        />
      </div>
      <Subtitle2 as="h3">Baris kop</Subtitle2>
      {lines.length === 0 ? (
        <Text size={200}>
          Kop disusun dari identitas daerah.{' '}
          <Button
            size="small"
            disabled={!composed.success}
            onClick={() =>
              composed.success &&
              props.onChange({
                letterheadLines: letterheadLines(composed.data).map((l) => ({
                  text: l.text,
                  sizePt: l.sizePt,
                  bold: l.bold ?? false,
                })),
              })
            }
          >
            Ubah baris kop sendiri
          </Button>
        </Text>
      ) : (
        <div role="list" aria-label="Baris kop" style={{ display: 'grid', gap: 6 }}>
          {lines.map((line, i) => (
            <div
              key={i}
              role="listitem"
              style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 70px auto auto', gap: 6, alignItems: 'center' }}
            >
              <Field
                validationState={props.error(`tataNaskah.letterheadLines[${i}].text`) ? 'error' : 'none'}
                validationMessage={props.error(`tataNaskah.letterheadLines[${i}].text`)}
              >
                <Input aria-label={`Baris kop ${i + 1}`} value={line.text} onChange={(_, d) => setLine(i, { text: d.value })} />
              </Field>
              <Input
                aria-label={`Ukuran baris kop ${i + 1}`}
                type="number"
                value={String(line.sizePt)}
                onChange={(_, d) => setLine(i, { sizePt: Number(d.value) })}
              />
              <Checkbox label="Tebal" checked={line.bold} onChange={(_, d) => setLine(i, { bold: !!d.checked })} />
              <Button
                size="small"
                appearance="subtle"
                icon={<Delete16Regular />}
                aria-label={`Hapus baris kop ${i + 1}`}
                onClick={() => props.onChange({ letterheadLines: lines.filter((_, j) => j !== i) })}
              />
            </div>
          ))}
          <div style={{ display: 'flex', gap: 8 }}>
            <Button
              size="small"
              icon={<Add16Regular />}
              disabled={lines.length >= 8}
              onClick={() => props.onChange({ letterheadLines: [...lines, { text: '', sizePt: 10, bold: false }] })}
            >
              Tambah baris
            </Button>
            <Button size="small" onClick={() => props.onChange({ letterheadLines: [] })}>
              Susun lagi dari identitas daerah
            </Button>
          </div>
        </div>
      )}
    </>
  );
}
