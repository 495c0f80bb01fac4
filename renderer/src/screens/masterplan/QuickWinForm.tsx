// The profile sheet of a quick-win programme: the problem, the existing service it sharpens, beneficiaries,
// indicator, schedule, budget and the selection criteria as a checklist. The app warns, as the clerk types, when the
// quick win fails its own criteria (a new call centre is a programme, not a quick win).
import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text } from '@fluentui/react-components';
import { Controller } from 'react-hook-form';
import { draftOf } from '../../../../shared/domain/common';
import {
  QUICK_WIN_CRITERIA,
  QUICK_WIN_CRITERIA_LABELS,
  quickWinProfileSchema,
  type ProgrammeItem,
  type QuickWinProfile,
} from '../../../../shared/domain/masterplan';
import { quickWinProblems } from '../../../../shared/masterplan/quick-win-criteria';
import { call } from '../../api/bridge';
import { useNotify } from '../../app/toast';
import { FormErrorBar } from '../../forms/form-error-bar';
import { FormText } from '../../forms/fields';
import { useSchemaForm } from '../../forms/use-schema-form';
import type { Draft } from '../../lib/draft';

type ProfileDraft = Draft<QuickWinProfile>;
const profileDraftSchema = draftOf(quickWinProfileSchema);

function emptyProfile(programmeId: number): ProfileDraft {
  return {
    id: null,
    programmeId,
    problem: '',
    existingService: null,
    beneficiaries: '',
    indicator: '',
    schedule: '',
    budget: null,
    criteria: {
      sharpensExisting: false,
      withinOneYear: false,
      lowCost: false,
      noNewInfrastructure: false,
      visibleBenefit: false,
    },
  };
}

export function QuickWinForm(props: { programme: ProgrammeItem; profile: QuickWinProfile | undefined; onSaved: () => void }) {
  const notify = useNotify();
  const { form, submit, error, ref } = useSchemaForm<ProfileDraft>({
    schema: profileDraftSchema,
    defaultValues: props.profile ?? emptyProfile(props.programme.id),
    onSave: async (draft) => {
      const saved = await call('masterplan.quickWins.save', draft);
      notify('Profil quick win tersimpan');
      props.onSaved();
      return saved;
    },
  });
  const { control } = form;
  const shown = form.watch();
  const problems = quickWinProblems(
    {
      problem: shown.problem ?? '',
      existingService: shown.existingService ?? null,
      criteria: shown.criteria,
    },
    props.programme,
  );
  return (
    <form
      ref={(el) => {
        ref.current = el;
      }}
      aria-label="Profil quick win"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={{ display: 'grid', gap: 8 }}
    >
      <Subtitle2 as="h3">Profil quick win</Subtitle2>
      <FormErrorBar error={error} errors={form.formState.errors} />
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Quick win ini belum memenuhi kriterianya</MessageBarTitle>
            <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <FormText control={control} name="problem" inputName="quick-win-problem" label="Masalah yang diatasi" multiline required />
      <FormText
        control={control}
        name="existingService"
        inputName="quick-win-service"
        label="Layanan yang sudah ada yang dipertajam"
        nullable
      />
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 8, alignItems: 'start' }}>
        <FormText control={control} name="beneficiaries" inputName="quick-win-beneficiaries" label="Penerima manfaat" required />
        <FormText control={control} name="indicator" inputName="quick-win-indicator" label="Indikator keberhasilan" required />
        <FormText
          control={control}
          name="schedule"
          inputName="quick-win-schedule"
          label="Jadwal"
          required
          placeholder="Januari–Juni 2024"
        />
        <FormText control={control} name="budget" inputName="quick-win-budget" label="Anggaran (Rp)" type="number" />
      </div>
      <div role="group" aria-label="Kriteria quick win" style={{ display: 'grid' }}>
        <Text weight="semibold">Kriteria quick win</Text>
        {QUICK_WIN_CRITERIA.map((c) => (
          <Controller
            key={c}
            control={control}
            name={`criteria.${c}`}
            render={({ field }) => (
              <Checkbox
                label={QUICK_WIN_CRITERIA_LABELS[c]}
                checked={field.value}
                onChange={(_, d) => field.onChange(!!d.checked)}
              />
            )}
          />
        ))}
      </div>
      <div>
        <Button appearance="primary" type="submit">
          Simpan profil quick win
        </Button>
      </div>
    </form>
  );
}
