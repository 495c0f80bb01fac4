// The masterplan's programmes: name, dimension and element, responsible OPD, horizon, years, budget and its
// source, quick-win flag; added and edited in place.
import {
  Button,
  Checkbox,
  Dropdown,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import {
  BUDGET_SOURCES,
  HORIZON_LABELS,
  HORIZONS,
  type Dimension,
  type Element,
  type ProgrammeItem,
} from '../../../shared/domain/masterplan';
import type { Unit } from '../../../shared/domain/organisation';
import { formatRupiah } from '../../../shared/format/rupiah';
import { call, CallError } from '../api/bridge';
import { UnitDropdown } from '../components/UnitDropdown';
import { ErrorBar } from '../components/ErrorBar';
import { TextField } from '../components/TextField';
import { asCallError } from '../hooks/use-data';
import { RemoveButton } from '../components/RemoveButton';

type Draft = Omit<ProgrammeItem, 'id'> & { id: number | null };

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
  const save = async () => {
    if (!draft) return;
    try {
      await call('masterplan.programmes.save', draft);
      setDraft(null);
      setError(null);
      props.onChanged();
    } catch (e) {
      setError(asCallError(e));
    }
  };
  const dim = (id: number) => props.dimensions.find((d) => d.id === id)?.name ?? '?';
  const fresh = (): Draft => ({
    id: null,
    name: '',
    description: null,
    dimensionId: props.dimensions[0]?.id ?? 0,
    elementId: null,
    unitId: null,
    horizon: 'pendek',
    startYear: props.year + 1,
    endYear: props.year + 1,
    budgetEstimate: null,
    budgetSource: 'APBD',
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
          <TextField
            label="Nama program"
            value={draft.name}
            onChange={(v) => setDraft({ ...draft, name: v })}
            error={error?.fieldMessage('name')}
          />
          <Dropdown
            aria-label="Dimensi"
            value={dim(draft.dimensionId)}
            selectedOptions={[String(draft.dimensionId)]}
            onOptionSelect={(_, d) => setDraft({ ...draft, dimensionId: Number(d.optionValue), elementId: null })}
          >
            {props.dimensions.map((d) => (
              <Option key={d.id} value={String(d.id)}>
                {d.name}
              </Option>
            ))}
          </Dropdown>
          <Dropdown
            aria-label="Elemen"
            value={props.elements.find((e) => e.id === draft.elementId)?.name ?? '—'}
            selectedOptions={[String(draft.elementId ?? '')]}
            onOptionSelect={(_, d) => setDraft({ ...draft, elementId: d.optionValue ? Number(d.optionValue) : null })}
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
          <UnitDropdown
            label="OPD penanggung jawab"
            units={props.units}
            value={draft.unitId}
            onChange={(unitId) => setDraft({ ...draft, unitId })}
          />
          <Dropdown
            aria-label="Jangka"
            value={HORIZON_LABELS[draft.horizon]}
            selectedOptions={[draft.horizon]}
            onOptionSelect={(_, d) => setDraft({ ...draft, horizon: d.optionValue as Draft['horizon'] })}
          >
            {HORIZONS.map((h) => (
              <Option key={h} value={h}>
                {HORIZON_LABELS[h]}
              </Option>
            ))}
          </Dropdown>
          <TextField
            label="Tahun mulai"
            type="number"
            value={String(draft.startYear)}
            onChange={(v) => setDraft({ ...draft, startYear: Number(v) })}
            error={error?.fieldMessage('startYear')}
          />
          <TextField
            label="Tahun selesai"
            type="number"
            value={String(draft.endYear)}
            onChange={(v) => setDraft({ ...draft, endYear: Number(v) })}
            error={error?.fieldMessage('endYear')}
          />
          <TextField
            label="Perkiraan anggaran (Rp)"
            type="number"
            value={draft.budgetEstimate === null ? '' : String(draft.budgetEstimate)}
            onChange={(v) => setDraft({ ...draft, budgetEstimate: v === '' ? null : Number(v) })}
            error={error?.fieldMessage('budgetEstimate')}
          />
          <Dropdown
            aria-label="Sumber dana"
            value={draft.budgetSource ?? '—'}
            selectedOptions={[draft.budgetSource ?? '']}
            onOptionSelect={(_, d) => setDraft({ ...draft, budgetSource: (d.optionValue || null) as Draft['budgetSource'] })}
          >
            {BUDGET_SOURCES.map((b) => (
              <Option key={b} value={b}>
                {b}
              </Option>
            ))}
          </Dropdown>
          <Checkbox
            label="Quick win"
            checked={draft.isQuickWin}
            onChange={(_, d) => setDraft({ ...draft, isQuickWin: !!d.checked })}
          />
          <div style={{ display: 'flex', gap: 6 }}>
            <Button appearance="primary" onClick={() => void save()}>
              Simpan program
            </Button>
            <Button onClick={() => setDraft(null)}>Batal</Button>
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
            <TableHeaderCell>Program</TableHeaderCell>
            <TableHeaderCell>Dimensi</TableHeaderCell>
            <TableHeaderCell>Jangka</TableHeaderCell>
            <TableHeaderCell>Tahun</TableHeaderCell>
            <TableHeaderCell>Anggaran</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.programmes.map((p) => (
            <TableRow key={p.id}>
              <TableCell>
                {p.name}
                {p.isQuickWin ? ' (quick win)' : ''}
              </TableCell>
              <TableCell>{dim(p.dimensionId)}</TableCell>
              <TableCell>{HORIZON_LABELS[p.horizon]}</TableCell>
              <TableCell>{p.startYear === p.endYear ? p.startYear : `${p.startYear}–${p.endYear}`}</TableCell>
              <TableCell>{p.budgetEstimate === null ? '—' : formatRupiah(p.budgetEstimate)}</TableCell>
              <TableCell>
                <Button size="small" appearance="subtle" onClick={() => setDraft(p)}>
                  Ubah
                </Button>
                <RemoveButton
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
