// Masterplan: volumes and chapters with their sections (edited in the section editor), the skeleton templates,
// the programmes and quick wins, the six dimensions and their elements, the SWOT and the readiness notes.
import { Button, Input, Subtitle2, Tab, TabList, Text, Tree, TreeItem, TreeItemLayout } from '@fluentui/react-components';
import { useState } from 'react';
import { call } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBar } from '../components/ErrorBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { useAction } from '../hooks/use-action';
import { useData } from '../hooks/use-data';
import { ProgrammeTable } from './ProgrammeTable';
import { SectionActions } from './SectionActions';
import { SectionEditor } from './SectionEditor';
import { DimensionsPanel } from './DimensionsPanel';
import { MasterplanPlanForm } from './MasterplanPlanForm';
import { ReadinessList } from './ReadinessList';
import { SwotBoard } from './SwotBoard';

export function MasterplanScreen() {
  const data = useData(async () => ({
    volumes: await call('masterplan.volumes.list'),
    chapters: await call('masterplan.chapters.list'),
    sections: await call('masterplan.sections.list'),
    dimensions: await call('masterplan.dimensions.list'),
    elements: await call('masterplan.elements.list'),
    swot: await call('masterplan.swot.list'),
    programmes: await call('masterplan.programmes.list'),
    units: await call('units.list'),
    templates: await call('templates.list'),
    programme: await call('profile.getProgramme'),
  }));
  const readiness = useData(() => call('masterplan.readiness.list'));
  const [tab, setTab] = useState<'bab' | 'rencana' | 'program' | 'dimensi' | 'swot' | 'kesiapan'>('bab');
  const { confirmLeave, intent } = useNavigation();
  // Opened from Beranda for one empty chapter: that chapter's first section is open, the chapter unfolded.
  const wanted = intent?.kind === 'chapter' ? intent.title : null;
  const [chosen, setSectionId] = useState<number | null>(null);
  const wantedChapter = wanted ? data.data?.chapters.find((c) => c.title === wanted) : undefined;
  const sectionId =
    chosen ?? (wantedChapter ? (data.data?.sections.find((s) => s.chapterId === wantedChapter.id)?.id ?? null) : null);
  // Another section or tab replaces the section editor: ask first when it holds unsaved changes.
  const guarded =
    <T,>(set: (value: T) => void) =>
    (value: T) =>
      void confirmLeave().then((leave) => leave && set(value));
  const [templateName, setTemplateName] = useState('');
  const [replaceAsk, setReplaceAsk] = useState<number | null | undefined>(undefined);
  const { error, run: guard } = useAction(data.reload);
  const d = data.data;
  const section = d?.sections.find((s) => s.id === sectionId);
  const apply = (templateId: number | null, replace = false) =>
    guard(() => call('templates.apply', { templateId, replace }), 'Kerangka masterplan diterapkan');

  return (
    <>
      <ScreenHeader
        title="Masterplan"
        description="Buku, bab dan subbab masterplan, rencana (visi, misi, periode), program dan quick win, dimensi dan elemen, SWOT, serta kesiapan daerah."
      />
      <ErrorBar error={error ?? data.error} />
      <TabList selectedValue={tab} onTabSelect={(_, x) => guarded(setTab)(x.value as typeof tab)} style={{ marginBottom: 12 }}>
        <Tab value="bab">Bab dan subbab</Tab>
        <Tab value="rencana">Rencana (visi, misi, periode)</Tab>
        <Tab value="program">Program dan quick win</Tab>
        <Tab value="dimensi">Dimensi dan elemen</Tab>
        <Tab value="swot">SWOT per dimensi</Tab>
        <Tab value="kesiapan">Kesiapan daerah</Tab>
      </TabList>
      {d && tab === 'bab' && (
        <div style={{ display: 'grid', gridTemplateColumns: '330px 1fr', gap: 20 }}>
          <div>
            {d.volumes.length === 0 ? (
              <Button appearance="primary" onClick={() => void apply(null)}>
                Mulai dari kerangka standar
              </Button>
            ) : (
              <Tree
                aria-label="Kerangka masterplan"
                defaultOpenItems={[
                  ...d.volumes.map((v) => `v${v.id}`),
                  ...(wantedChapter ? [`c${wantedChapter.id}`] : []),
                ]}
              >
                {d.volumes.map((v) => (
                  <TreeItem key={v.id} itemType="branch" value={`v${v.id}`}>
                    <TreeItemLayout>{v.title}</TreeItemLayout>
                    <Tree>
                      {d.chapters
                        .filter((c) => c.volumeId === v.id)
                        .map((c) => (
                          <TreeItem key={c.id} itemType="branch" value={`c${c.id}`}>
                            <TreeItemLayout>{c.title}</TreeItemLayout>
                            <Tree>
                              {d.sections
                                .filter((s) => s.chapterId === c.id)
                                .map((s) => (
                                  <TreeItem
                                    key={s.id}
                                    itemType="leaf"
                                    value={`s${s.id}`}
                                    onClick={() => guarded(setSectionId)(s.id)}
                                  >
                                    <TreeItemLayout style={{ fontWeight: s.id === sectionId ? 600 : 400 }}>
                                      {s.title}
                                      {s.body.trim() === '' ? ' ·' : ''}
                                    </TreeItemLayout>
                                  </TreeItem>
                                ))}
                            </Tree>
                          </TreeItem>
                        ))}
                    </Tree>
                  </TreeItem>
                ))}
              </Tree>
            )}
            <Subtitle2 as="h2" style={{ display: 'block', marginTop: 16 }}>
              Templat kerangka
            </Subtitle2>
            <div style={{ display: 'flex', gap: 6, marginTop: 6 }}>
              <Input
                aria-label="Nama templat"
                placeholder="Nama templat kantor"
                value={templateName}
                onChange={(_, x) => setTemplateName(x.value)}
              />
              <Button
                disabled={!templateName.trim()}
                onClick={() => void guard(() => call('templates.saveCurrent', { name: templateName }), 'Templat tersimpan')}
              >
                Simpan
              </Button>
            </div>
            <ul style={{ paddingLeft: 18 }}>
              <li>
                Kerangka standar{' '}
                <Button size="small" appearance="subtle" onClick={() => setReplaceAsk(null)}>
                  Terapkan
                </Button>
              </li>
              {d.templates.map((t) => (
                <li key={t.id}>
                  {t.name}{' '}
                  <Button size="small" appearance="subtle" onClick={() => setReplaceAsk(t.id)}>
                    Terapkan
                  </Button>
                </li>
              ))}
            </ul>
          </div>
          <div>
            {section ? (
              <>
                <SectionActions
                  section={section}
                  siblings={d.sections.filter((s) => s.chapterId === section.chapterId)}
                  run={guard}
                  onAdded={setSectionId}
                />
                <SectionEditor key={section.id} section={section} onSaved={() => void data.reload()} />
              </>
            ) : (
              <Text>Pilih subbab di kerangka untuk menulis isinya.</Text>
            )}
          </div>
        </div>
      )}
      {tab === 'rencana' && <MasterplanPlanForm />}
      {d && tab === 'program' && (
        <ProgrammeTable
          programmes={d.programmes}
          dimensions={d.dimensions}
          elements={d.elements}
          units={d.units}
          year={d.programme?.year ?? new Date().getFullYear()}
          onChanged={() => void data.reload()}
        />
      )}
      {d && tab === 'swot' && <SwotBoard dimensions={d.dimensions} items={d.swot} run={guard} />}
      {d && tab === 'dimensi' && <DimensionsPanel dimensions={d.dimensions} elements={d.elements} run={guard} />}
      {d && tab === 'kesiapan' && (
        <ReadinessList
          notes={readiness.data ?? []}
          dimensions={d.dimensions}
          run={(fn, m) =>
            guard(async () => {
              await fn();
              await readiness.reload();
            }, m)
          }
        />
      )}
      <ConfirmDialog
        open={replaceAsk !== undefined}
        title="Terapkan kerangka?"
        confirmLabel="Terapkan"
        onCancel={() => setReplaceAsk(undefined)}
        onConfirm={() => {
          const id = replaceAsk ?? null;
          setReplaceAsk(undefined);
          void apply(id, true);
        }}
      >
        Buku, bab dan subbab sekarang diganti dengan kerangka ini. Teks subbab yang sudah ditulis ikut hilang; buat cadangan dulu
        bila ragu.
      </ConfirmDialog>
    </>
  );
}
