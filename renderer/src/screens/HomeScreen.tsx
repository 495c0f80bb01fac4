// Beranda: the programme at a glance: the four Bimtek stages on a timeline, the closure, and what each document
// still lacks, each item a link to the screen where it is fixed.
import { Badge, Body1, Caption1, Card, CardHeader, Link, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { call } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { ErrorBar } from '../components/ErrorBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { useData } from '../hooks/use-data';
import { formatDate, formatDateRange } from '../../../shared/format/dates';
import { toRoman } from '../../../shared/format/roman';
import { PHASE_LABEL, phaseOf, type Phase } from '../../../shared/domain/status';
import { intentOf, readyItems } from './home-links';

const PHASE_COLOR: Record<Phase, 'success' | 'brand' | 'informative' | 'warning'> = {
  selesai: 'success',
  berlangsung: 'brand',
  terjadwal: 'informative',
  'belum-dijadwalkan': 'warning',
};

/** The local date as yyyy-mm-dd: the office's calendar day, not UTC's. */
const localToday = () => new Date().toLocaleDateString('sv-SE');

function PhaseBadge({ dates }: { dates: string[] }) {
  const phase = phaseOf(dates, localToday());
  return (
    <Badge appearance="tint" color={PHASE_COLOR[phase]} style={{ alignSelf: 'flex-start' }}>
      {PHASE_LABEL[phase]}
    </Badge>
  );
}

export function HomeScreen() {
  const { data, error, loading } = useData(() => call('status.summary'));
  const { go } = useNavigation();
  if (loading && !data) return <Spinner label="Memuat…" />;
  return (
    <>
      <ScreenHeader
        title={data?.regency ? `Smart City ${data.regency}` : 'Smart City Desk'}
        description={data?.year ? `Gerakan Menuju Smart City tahun ${data.year}` : 'Mulai dengan mengisi profil daerah.'}
      />
      <ErrorBar error={error} />
      {data && (
        <>
          <section
            aria-label="Tahapan Bimtek"
            style={{ display: 'grid', gridTemplateColumns: 'repeat(5, 1fr)', gap: 12, marginBottom: 20 }}
          >
            {data.stages.map((stage) => (
              <Card key={stage.number} size="small" aria-label={`Tahap ${toRoman(stage.number)}`}>
                <CardHeader
                  header={<Subtitle2>Tahap {toRoman(stage.number)}</Subtitle2>}
                  description={<Caption1>{stage.title ?? 'Belum diisi'}</Caption1>}
                />
                <Body1>
                  {stage.dates.length
                    ? formatDateRange(stage.dates[0]!, stage.dates[stage.dates.length - 1]!)
                    : 'Tanggal belum diisi'}
                </Body1>
                <Caption1>{stage.participants} peserta</Caption1>
                <PhaseBadge dates={stage.dates} />
              </Card>
            ))}
            <Card size="small" aria-label="Penutupan">
              <CardHeader
                header={<Subtitle2>Penutupan</Subtitle2>}
                description={<Caption1>{data.closure.venue ?? 'Tempat belum diisi'}</Caption1>}
              />
              <Body1>{data.closure.date ? formatDate(data.closure.date) : 'Tanggal belum diisi'}</Body1>
              <Caption1>
                {data.closure.signatories} penandatangan, {data.closure.mengetahui} mengetahui
              </Caption1>
              {/* The closure follows the four stages: it is not done while none of them has dates. */}
              <PhaseBadge dates={data.closure.date && data.stages.some((s) => s.dates.length > 0) ? [data.closure.date] : []} />
            </Card>
          </section>
          <section aria-label="Yang masih kurang">
            <Subtitle2 as="h2">Yang masih kurang</Subtitle2>
            {data.issues.length === 0 ? (
              <Body1 as="p">Semua data yang diperlukan dokumen sudah lengkap.</Body1>
            ) : (
              <ul style={{ paddingLeft: 18 }}>
                {data.issues.map((issue) => (
                  <li key={issue.message} style={{ marginBottom: 6 }}>
                    <Link onClick={() => go(issue.screen, intentOf(issue))}>{issue.message}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {readyItems(data).length > 0 && (
            <section aria-label="Yang sudah siap">
              <Subtitle2 as="h2">Yang sudah siap</Subtitle2>
              <ul style={{ paddingLeft: 18 }}>
                {readyItems(data).map((line) => (
                  <li key={line} style={{ marginBottom: 6 }}>
                    <Link onClick={() => go('dokumen')}>{line}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-label="Ringkasan data" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginTop: 12 }}>
            <Badge appearance="tint">{data.counts.units} OPD & kecamatan</Badge>
            <Badge appearance="tint">{data.counts.people} pejabat</Badge>
            <Badge appearance="tint">
              {data.counts.sectionsWritten} dari {data.counts.sections} subbab masterplan terisi
            </Badge>
            <Badge appearance="tint">{data.counts.programmes} program</Badge>
          </section>
          <Text as="p" size={200} style={{ marginTop: 24, color: '#666' }}>
            Data tersimpan di komputer ini dan tetap dapat dipakai tanpa internet.
          </Text>
        </>
      )}
    </>
  );
}
