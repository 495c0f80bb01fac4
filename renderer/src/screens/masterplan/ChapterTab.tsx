// The "Bab dan subbab" tab: the volumes, chapters and sections as a tree, the skeleton templates, and the editor of
// the section chosen in the tree.
import { Button, Input, Subtitle2, Text, Tree, TreeItem, TreeItemLayout } from '@fluentui/react-components';
import { useState } from 'react';
import type { Chapter, MasterplanTemplate, Section, Volume } from '../../../../shared/domain/masterplan';
import { call } from '../../api/bridge';
import { useNavigation } from '../../app/navigation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SectionActions } from '../SectionActions';
import { SectionEditor } from '../SectionEditor';

type Run = (fn: () => Promise<unknown>, message?: string) => Promise<void>;

export function ChapterTab(props: {
  volumes: Volume[];
  chapters: Chapter[];
  sections: Section[];
  templates: Pick<MasterplanTemplate, 'id' | 'name'>[];
  run: Run;
  onChanged: () => void;
}) {
  const { confirmLeave, intent } = useNavigation();
  // Opened from Beranda for one empty chapter: that chapter's first section is open, the chapter unfolded.
  const wanted = intent?.kind === 'chapter' ? intent.title : null;
  const wantedChapter = wanted ? props.chapters.find((c) => c.title === wanted) : undefined;
  const [chosen, setSectionId] = useState<number | null>(null);
  const sectionId = chosen ?? (wantedChapter ? (props.sections.find((s) => s.chapterId === wantedChapter.id)?.id ?? null) : null);
  const [templateName, setTemplateName] = useState('');
  const [replaceAsk, setReplaceAsk] = useState<number | null | undefined>(undefined);
  const section = props.sections.find((s) => s.id === sectionId);
  const pick = (id: number) => void confirmLeave().then((leave) => leave && setSectionId(id));
  const apply = (templateId: number | null, replace = false) =>
    props.run(() => call('templates.apply', { templateId, replace }), 'Kerangka masterplan diterapkan');

  return (
    <div style={{ display: 'grid', gridTemplateColumns: '330px 1fr', gap: 20 }}>
      <div>
        {props.volumes.length === 0 ? (
          <Button appearance="primary" onClick={() => void apply(null)}>
            Mulai dari kerangka standar
          </Button>
        ) : (
          <Tree
            aria-label="Kerangka masterplan"
            defaultOpenItems={[...props.volumes.map((v) => `v${v.id}`), ...(wantedChapter ? [`c${wantedChapter.id}`] : [])]}
          >
            {props.volumes.map((v) => (
              <TreeItem key={v.id} itemType="branch" value={`v${v.id}`}>
                <TreeItemLayout>{v.title}</TreeItemLayout>
                <Tree>
                  {props.chapters
                    .filter((c) => c.volumeId === v.id)
                    .map((c) => (
                      <TreeItem key={c.id} itemType="branch" value={`c${c.id}`}>
                        <TreeItemLayout>{c.title}</TreeItemLayout>
                        <Tree>
                          {props.sections
                            .filter((s) => s.chapterId === c.id)
                            .map((s) => (
                              <TreeItem key={s.id} itemType="leaf" value={`s${s.id}`} onClick={() => pick(s.id)}>
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
            onClick={() => void props.run(() => call('templates.saveCurrent', { name: templateName }), 'Templat tersimpan')}
          >
            Simpan
          </Button>
        </div>
        <ul style={{ paddingLeft: 18 }}>
          <li>
            Kerangka standar{' '}
            <Button size="small" appearance="subtle" aria-label="Terapkan kerangka standar" onClick={() => setReplaceAsk(null)}>
              Terapkan
            </Button>
          </li>
          {props.templates.map((t) => (
            <li key={t.id}>
              {t.name}{' '}
              <Button
                size="small"
                appearance="subtle"
                aria-label={`Terapkan templat ${t.name}`}
                onClick={() => setReplaceAsk(t.id)}
              >
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
              siblings={props.sections.filter((s) => s.chapterId === section.chapterId)}
              run={props.run}
              onAdded={setSectionId}
            />
            <SectionEditor key={section.id} section={section} onSaved={props.onChanged} />
          </>
        ) : (
          <Text>Pilih subbab di kerangka untuk menulis isinya.</Text>
        )}
      </div>
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
    </div>
  );
}
