// The masterplan's programmes: code, name, dimension and element, responsible OPD, horizon, years, every funding
// source with its amount, quick-win flag; added and edited in place.
import {
  Button,
  Checkbox,
  Field,
  Input,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { Dropdown } from '../components/fluent-id';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import {
  BUDGET_SOURCES,
  HORIZON_LABELS,
  HORIZONS,
  programmeBudget,
  programmeItemFields,
  programmeItemRules,
  type Dimension,
  type Element,
  type ProgrammeItem,
} from '../../../shared/domain/masterplan';
import type { Unit } from '../../../shared/domain/organisation';
import { formatRupiah } from '../../../shared/format/rupiah';
import { draftOf } from '../../../shared/domain/common';
import { call, CallError, type Problem } from '../api/bridge';
import { UnitDropdown } from '../components/UnitDropdown';
import { ErrorBar } from '../components/ErrorBar';
import { TextField } from '../components/TextField';
import { asCallError } from '../hooks/use-data';
import { RemoveButton } from '../components/RemoveButton';
import type { Draft as RecordDraft } from '../lib/draft';
import { blankToNull, messageFor, validate } from '../lib/validate';

type Draft = RecordDraft<ProgrammeItem>;
type Funding = Draft['fundings'][number];
const draftSchema = draftOf(programmeItemFields, programmeItemRules);

export function ProgrammeTable(props: {
  programmes: ProgrammeItem[];
  dimensions: Dimension[];
  elements: Element[];
  units: Unit[];
  year: number;
  onChanged: () => void;
}) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const err = (path: string) => messageFor(problems, path) ?? error?.fieldMessage(path);
  const save = async () => {
    if (!draft) return;
    const found = validate(draftSchema, draft);
    setProblems(found);
    if (found.length) {
      setError(new CallError(`Periksa isian yang ditandai (${found.length}).`, 'validation', found));
      return;
    }
    try {
      await call('masterplan.programmes.save', draft);
      setDraft(null);
      setError(null);
      props.onChanged();
    } catch (e) {
      const failed = asCallError(e);
      setError(failed);
      setProblems(failed.problems);
    }
  };
  // Once a save was refused, every edit checks again, so that a message goes as soon as its field is right.
  const change = (next: Draft) => {
    setDraft(next);
    if (problems.length > 0) setProblems(validate(draftSchema, next));
  };
  const setFunding = (index: number, patch: Partial<Funding>) =>
    draft && change({ ...draft, fundings: draft.fundings.map((f, i) => (i === index ? { ...f, ...patch } : f)) });
  const dim = (id: number) => props.dimensions.find((d) => d.id === id)?.name ?? '?';
  const fresh = (): Draft => ({
    id: null,
    code: null,
    name: '',
    description: null,
    dimensionId: props.dimensions[0]?.id ?? 0,
    elementId: null,
    unitId: null,
    horizon: 'pendek',
    startYear: props.year + 1,
    endYear: props.year + 1,
    fundings: [{ source: 'APBD', amount: null }],
    isQuickWin: false,
    sortOrder: 0,
  });
  return (
    <div>
      <ErrorBar error={error} />
      {draft && (
        <div
          aria-label="Formulir program"
          style={{ display: 'grid', gridTemplateColumns: '2fr 1fr 1fr 1fr', gap: 8, alignItems: 'end', marginBottom: 12 }}
        >
          <div style={{ display: 'grid', gridTemplateColumns: '110px minmax(0, 1fr)', gap: 8 }}>
            <TextField
              label="Kode program"
              name="programme-code"
              value={draft.code}
              onChange={(v) => change({ ...draft, code: blankToNull(v) })}
              error={err('code')}
              placeholder="GOV-01"
            />
            <TextField
              label="Nama program"
              name="programme-name"
              value={draft.name}
              onChange={(v) => change({ ...draft, name: v })}
              error={err('name')}
            />
          </div>
          <Field label="Dimensi">
            <Dropdown
              aria-label="Dimensi"
              value={dim(draft.dimensionId)}
              selectedOptions={[String(draft.dimensionId)]}
              onOptionSelect={(_, d) => change({ ...draft, dimensionId: Number(d.optionValue), elementId: null })}
            >
              {props.dimensions.map((d) => (
                <Option key={d.id} value={String(d.id)}>
                  {d.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label="Elemen">
            <Dropdown
              aria-label="Elemen"
              value={props.elements.find((e) => e.id === draft.elementId)?.name ?? '—'}
              selectedOptions={[String(draft.elementId ?? '')]}
              onOptionSelect={(_, d) => change({ ...draft, elementId: d.optionValue ? Number(d.optionValue) : null })}
            >
              <Option value="">—</Option>
              {props.elements
                .filter((e) => e.dimensionId === draft.dimensionId)
                .map((e) => (
                  <Option key={e.id} value={String(e.id)}>
                    {e.name}
                  </Option>
                ))}
            </Dropdown>
          </Field>
          <Field label="OPD penanggung jawab">
            <UnitDropdown
              label="OPD penanggung jawab"
              units={props.units}
              value={draft.unitId}
              onChange={(unitId) => change({ ...draft, unitId })}
            />
          </Field>
          <Field label="Jangka">
            <Dropdown
              aria-label="Jangka"
              value={HORIZON_LABELS[draft.horizon]}
              selectedOptions={[draft.horizon]}
              onOptionSelect={(_, d) => change({ ...draft, horizon: d.optionValue as Draft['horizon'] })}
            >
              {HORIZONS.map((h) => (
                <Option key={h} value={h}>
                  {HORIZON_LABELS[h]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <TextField
            label="Tahun mulai"
            type="number"
            value={String(draft.startYear)}
            onChange={(v) => change({ ...draft, startYear: Number(v) })}
            error={err('startYear')}
          />
          <TextField
            label="Tahun selesai"
            type="number"
            value={String(draft.endYear)}
            onChange={(v) => change({ ...draft, endYear: Number(v) })}
            error={err('endYear')}
          />
          <div role="group" aria-label="Sumber dana" style={{ gridColumn: 'span 2', display: 'grid', gap: 4 }}>
            {draft.fundings.map((f, i) => (
              <div
                key={i}
                style={{ display: 'grid', gridTemplateColumns: '150px minmax(0, 1fr) auto', gap: 6, alignItems: 'start' }}
              >
                <Field
                  label={i === 0 ? 'Sumber dana' : undefined}
                  validationState={err(`fundings[${i}].source`) ? 'error' : 'none'}
                  validationMessage={err(`fundings[${i}].source`)}
                >
                  <Dropdown
                    aria-label={`Sumber dana ${i + 1}`}
                    value={f.source}
                    selectedOptions={[f.source]}
                    onOptionSelect={(_, d) => setFunding(i, { source: d.optionValue as Funding['source'] })}
                  >
                    {BUDGET_SOURCES.map((b) => (
                      <Option key={b} value={b}>
                        {b}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
                <Field
                  label={i === 0 ? 'Perkiraan anggaran (Rp)' : undefined}
                  validationState={err(`fundings[${i}].amount`) ? 'error' : 'none'}
                  validationMessage={err(`fundings[${i}].amount`)}
                >
                  <Input
                    aria-label={`Anggaran sumber dana ${i + 1}`}
                    type="number"
                    value={f.amount === null ? '' : String(f.amount)}
                    onChange={(_, d) => setFunding(i, { amount: d.value === '' ? null : Number(d.value) })}
                  />
                </Field>
                <Button
                  appearance="subtle"
                  icon={<Delete16Regular />}
                  aria-label={`Hapus sumber dana ${i + 1}`}
                  style={{ marginTop: i === 0 ? 22 : 0 }}
                  onClick={() => change({ ...draft, fundings: draft.fundings.filter((_, j) => j !== i) })}
                />
              </div>
            ))}
            <div>
              <Button
                size="small"
                icon={<Add16Regular />}
                disabled={draft.fundings.length >= 10}
                onClick={() => {
                  const unused = BUDGET_SOURCES.find((b) => !draft.fundings.some((f) => f.source === b)) ?? 'Lainnya';
                  change({ ...draft, fundings: [...draft.fundings, { source: unused, amount: null }] });
                }}
              >
                Tambah sumber dana
              </Button>
            </div>
          </div>
          <Checkbox
            label="Quick win"
            checked={draft.isQuickWin}
            onChange={(_, d) => change({ ...draft, isQuickWin: !!d.checked })}
          />
          <div style={{ display: 'flex', gap: 6 }}>
            <Button appearance="primary" onClick={() => void save()}>
              Simpan program
            </Button>
            <Button
              onClick={() => {
                setDraft(null);
                setProblems([]);
                setError(null);
              }}
            >
              Batal
            </Button>
          </div>
        </div>
      )}
      {!draft && (
        <Button onClick={() => setDraft(fresh())} disabled={props.dimensions.length === 0} style={{ marginBottom: 8 }}>
          Tambah program
        </Button>
      )}
      <Table aria-label="Program smart city" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: 90 }}>Kode</TableHeaderCell>
            <TableHeaderCell>Program</TableHeaderCell>
            <TableHeaderCell>Dimensi</TableHeaderCell>
            <TableHeaderCell>Jangka</TableHeaderCell>
            <TableHeaderCell>Tahun</TableHeaderCell>
            <TableHeaderCell>Anggaran dan sumber</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.programmes.length === 0 && (
            <TableRow>
              <TableCell colSpan={7}>Belum ada program. Isi formulir di atas untuk menambahkan program pertama.</TableCell>
            </TableRow>
          )}
          {props.programmes.map((p) => (
            <TableRow key={p.id}>
              <TableCell>{p.code ?? '—'}</TableCell>
              <TableCell>
                {p.name}
                {p.isQuickWin ? ' (quick win)' : ''}
              </TableCell>
              <TableCell>{dim(p.dimensionId)}</TableCell>
              <TableCell>{HORIZON_LABELS[p.horizon]}</TableCell>
              <TableCell>{p.startYear === p.endYear ? p.startYear : `${p.startYear}–${p.endYear}`}</TableCell>
              <TableCell>
                {programmeBudget(p) === null ? '—' : formatRupiah(programmeBudget(p)!)}
                {p.fundings.length > 0 && (
                  <div style={{ fontSize: 12 }}>
                    {p.fundings.map((f) => (f.amount === null ? f.source : `${f.source} ${formatRupiah(f.amount)}`)).join('; ')}
                  </div>
                )}
              </TableCell>
              <TableCell>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={`Ubah program ${p.name}`}
                  onClick={() => {
                    setDraft(p);
                    setProblems([]);
                  }}
                >
                  Ubah
                </Button>
                <RemoveButton
                  label={`Hapus program ${p.name}`}
                  question={{ title: 'Hapus program?', message: `Program "${p.name}" dihapus dari masterplan.` }}
                  onRemove={() =>
                    call('masterplan.programmes.remove', { id: p.id }).then(props.onChanged, (e: unknown) =>
                      setError(asCallError(e)),
                    )
                  }
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
