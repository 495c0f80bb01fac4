// Readiness scores (1–5) per dimension on struktur, infrastruktur and suprastruktur, for the aspect as a whole or
// one of its sub-aspects, each with its evidence (data dukung); above them the heat map Buku I prints, as a shaded
// table of dimension × aspect.
import { Field, Option, tokens } from '@fluentui/react-components';
import { Controller } from 'react-hook-form';
import { draftOf } from '../../../../shared/domain/common';
import {
  READINESS_ASPECT_LABELS,
  READINESS_ASPECTS,
  readinessScoreSchema,
  type Dimension,
  type ReadinessAspect,
  type ReadinessScore,
} from '../../../../shared/domain/masterplan';
import { call } from '../../api/bridge';
import { Dropdown } from '../../components/fluent-id';
import { FormChoice, FormText } from '../../forms/fields';
import type { Draft } from '../../lib/draft';
import { SCORE_LABEL } from './labels';
import { FormRecordChoice } from './pickers';
import { RecordTable } from './RecordTable';

type ScoreDraft = Draft<ReadinessScore>;
const scoreDraftSchema = draftOf(readinessScoreSchema);

/** The aspect's score: its own when set, else the mean of its sub-aspects (rounded to one decimal). */
export function aspectScore(scores: readonly ReadinessScore[], dimensionId: number, aspect: ReadinessAspect) {
  const mine = scores.filter((s) => s.dimensionId === dimensionId && s.aspect === aspect);
  const whole = mine.find((s) => s.subAspect === null);
  if (whole) return { value: whole.score, derived: false };
  if (mine.length === 0) return null;
  return { value: Math.round((mine.reduce((n, s) => n + s.score, 0) / mine.length) * 10) / 10, derived: true };
}

function HeatMap({ dimensions, scores }: { dimensions: readonly Dimension[]; scores: readonly ReadinessScore[] }) {
  // Lighter to darker brand shades for 1 to 5.
  const shade = (v: number) =>
    [
      tokens.colorPaletteRedBackground2,
      tokens.colorPaletteDarkOrangeBackground2,
      tokens.colorPaletteYellowBackground2,
      tokens.colorPaletteLightGreenBackground2,
      tokens.colorPaletteGreenBackground2,
    ][Math.min(4, Math.max(0, Math.round(v) - 1))];
  return (
    <table aria-label="Peta kesiapan" style={{ borderCollapse: 'collapse', fontSize: 13 }}>
      <thead>
        <tr>
          <th style={{ textAlign: 'left', padding: '4px 8px' }}>Dimensi</th>
          {READINESS_ASPECTS.map((a) => (
            <th key={a} style={{ padding: '4px 8px', minWidth: 110 }}>
              {READINESS_ASPECT_LABELS[a]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {dimensions.map((d) => (
          <tr key={d.id}>
            <th scope="row" style={{ textAlign: 'left', padding: '4px 8px', fontWeight: 400 }}>
              {d.name}
            </th>
            {READINESS_ASPECTS.map((a) => {
              const s = aspectScore(scores, d.id, a);
              return (
                <td
                  key={a}
                  style={{
                    textAlign: 'center',
                    padding: '4px 8px',
                    border: `1px solid ${tokens.colorNeutralStroke2}`,
                    background: s ? shade(s.value) : undefined,
                  }}
                >
                  {s ? `${String(s.value).replace('.', ',')}${s.derived ? ' (rerata)' : ''}` : '—'}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReadinessScores(props: {
  dimensions: readonly Dimension[];
  scores: readonly ReadinessScore[];
  onChanged: () => Promise<void> | void;
}) {
  const dim = (id: number) => props.dimensions.find((d) => d.id === id)?.name ?? '?';
  const empty: ScoreDraft = {
    id: null,
    dimensionId: props.dimensions[0]?.id ?? 0,
    aspect: 'struktur',
    subAspect: null,
    score: null as unknown as number,
    evidence: null,
  };
  const ordered = [...props.scores].sort(
    (a, b) =>
      props.dimensions.findIndex((d) => d.id === a.dimensionId) - props.dimensions.findIndex((d) => d.id === b.dimensionId) ||
      READINESS_ASPECTS.indexOf(a.aspect) - READINESS_ASPECTS.indexOf(b.aspect) ||
      (a.subAspect ?? '').localeCompare(b.subAspect ?? ''),
  );
  return (
    <div style={{ display: 'grid', gap: 14 }}>
      <HeatMap dimensions={props.dimensions} scores={props.scores} />
      <RecordTable<ReadinessScore, ScoreDraft>
        label="Nilai kesiapan"
        noun="nilai kesiapan"
        schema={scoreDraftSchema}
        empty={empty}
        rows={ordered}
        rowName={(s) => `${dim(s.dimensionId)} ${READINESS_ASPECT_LABELS[s.aspect]}${s.subAspect ? ` ${s.subAspect}` : ''}`}
        columns={[
          { header: 'Dimensi', width: 170, cell: (s) => dim(s.dimensionId) },
          { header: 'Aspek', width: 120, cell: (s) => READINESS_ASPECT_LABELS[s.aspect] },
          { header: 'Subaspek', width: 180, cell: (s) => s.subAspect ?? '(aspek keseluruhan)' },
          { header: 'Nilai', width: 110, cell: (s) => SCORE_LABEL[s.score] ?? s.score },
          { header: 'Data dukung', cell: (s) => s.evidence ?? '—' },
        ]}
        firstField="dimensionId"
        gridTemplateColumns="minmax(0, 1.2fr) 140px minmax(0, 1.2fr) 160px auto"
        fields={(control) => (
          <>
            <FormRecordChoice
              control={control}
              name="dimensionId"
              label="Dimensi"
              ariaLabel="Dimensi nilai"
              items={props.dimensions}
            />
            <FormChoice
              control={control}
              name="aspect"
              label="Aspek"
              ariaLabel="Aspek nilai"
              choices={READINESS_ASPECTS}
              labelOf={(a) => READINESS_ASPECT_LABELS[a]}
            />
            <FormText
              control={control}
              name="subAspect"
              inputName="score-subaspect"
              label="Subaspek"
              nullable
              placeholder="Kosong: aspek keseluruhan"
            />
            <Controller
              control={control}
              name="score"
              render={({ field, fieldState }) => (
                <Field
                  label="Nilai (1–5)"
                  required
                  validationState={fieldState.error ? 'error' : 'none'}
                  validationMessage={fieldState.error?.message}
                >
                  <Dropdown
                    ref={field.ref}
                    aria-label="Nilai kesiapan"
                    placeholder="Pilih nilai"
                    value={typeof field.value === 'number' ? (SCORE_LABEL[field.value] ?? '') : ''}
                    selectedOptions={[String(field.value ?? '')]}
                    onBlur={field.onBlur}
                    onOptionSelect={(_, d) => field.onChange(Number(d.optionValue))}
                  >
                    {[1, 2, 3, 4, 5].map((n) => (
                      <Option key={n} value={String(n)}>
                        {SCORE_LABEL[n]!}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              )}
            />
            <div style={{ gridColumn: '1 / 5' }}>
              <FormText
                control={control}
                name="evidence"
                inputName="score-evidence"
                label="Data dukung"
                nullable
                placeholder="Dokumen, SK, data yang menunjukkan nilai ini"
              />
            </div>
          </>
        )}
        save={(draft) => call('masterplan.readinessScores.save', draft)}
        remove={(s) => call('masterplan.readinessScores.remove', { id: s.id })}
        emptyText="Belum ada nilai kesiapan. Pilih dimensi dan aspek, beri nilai 1–5 dan data dukungnya."
        onChanged={props.onChanged}
      />
    </div>
  );
}
