// Cross-record checks for a bundle whose records are individually valid: unique ids, unique natural keys,
// and references that point at records that exist (and at the right kind of record).
import type { z } from 'zod';
import type { bundleShape } from './bundle';
import { masterplanBookReferenceProblems } from './bundle-references-masterplan';
import { stagePhotoReferenceProblems } from './bundle-references-photos';

type Shape = z.output<typeof bundleShape>;
export interface ReferenceProblem {
  path: (string | number)[];
  message: string;
}

interface Keyed {
  id: number;
}

function indexById<T extends Keyed>(items: readonly T[], path: string, label: string, out: ReferenceProblem[]) {
  const map = new Map<number, T>();
  items.forEach((item, i) => {
    if (map.has(item.id)) out.push({ path: [path, i, 'id'], message: `id ${item.id} dipakai lebih dari satu ${label}` });
    else map.set(item.id, item);
  });
  return map;
}

function uniqueBy<T>(
  items: readonly T[],
  key: (t: T) => string,
  path: (i: number) => (string | number)[],
  what: string,
  out: ReferenceProblem[],
) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) out.push({ path: path(i), message: `${what} "${k}" muncul lebih dari sekali` });
    seen.add(k);
  });
}

export function bundleReferenceProblems(b: Shape): ReferenceProblem[] {
  const out: ReferenceProblem[] = [];
  const ref = (ok: boolean, path: (string | number)[], message: string) => {
    if (!ok) out.push({ path, message });
  };

  const units = indexById(b.units, 'units', 'unit', out);
  uniqueBy(
    b.units,
    (u) => u.name.toLowerCase(),
    (i) => ['units', i, 'name'],
    'nama unit',
    out,
  );
  b.units.forEach((u, i) => {
    ref(u.parentId === null || units.has(u.parentId), ['units', i, 'parentId'], `unit induk dengan id ${u.parentId} tidak ada`);
  });
  b.units.forEach((u, i) => {
    // Walk up the parents: a cycle (A under B under A) would make every unit list loop.
    const seen = new Set<number>([u.id]);
    for (let parent = u.parentId; parent !== null; parent = units.get(parent)?.parentId ?? null) {
      if (seen.has(parent)) {
        out.push({
          path: ['units', i, 'parentId'],
          message: 'unit induk membentuk lingkaran (unit menjadi induk dirinya sendiri)',
        });
        break;
      }
      seen.add(parent);
    }
  });
  const people = indexById(b.people, 'people', 'orang', out);
  const nips = new Set<string>();
  b.people.forEach((p, i) => {
    if (p.nip && nips.has(p.nip)) out.push({ path: ['people', i, 'nip'], message: `NIP ${p.nip} sudah dipakai orang lain` });
    if (p.nip) nips.add(p.nip);
  });
  const positions = indexById(b.positions, 'positions', 'jabatan', out);
  b.positions.forEach((p, i) => {
    ref(people.has(p.personId), ['positions', i, 'personId'], `orang dengan id ${p.personId} tidak ada`);
    ref(p.unitId === null || units.has(p.unitId), ['positions', i, 'unitId'], `unit dengan id ${p.unitId} tidak ada`);
  });

  const teams = indexById(b.teams, 'teams', 'tim', out);
  uniqueBy(
    b.teams,
    (t) => t.kind,
    (i) => ['teams', i, 'kind'],
    'jenis tim',
    out,
  );
  indexById(b.teamMembers, 'teamMembers', 'anggota tim', out);
  b.teamMembers.forEach((m, i) => {
    ref(teams.has(m.teamId), ['teamMembers', i, 'teamId'], `tim dengan id ${m.teamId} tidak ada`);
    ref(people.has(m.personId), ['teamMembers', i, 'personId'], `orang dengan id ${m.personId} tidak ada`);
    const pos = m.positionId === null ? undefined : positions.get(m.positionId);
    ref(
      m.positionId === null || pos !== undefined,
      ['teamMembers', i, 'positionId'],
      `jabatan dengan id ${m.positionId} tidak ada`,
    );
    ref(!pos || pos.personId === m.personId, ['teamMembers', i, 'positionId'], 'jabatan ini milik orang lain');
  });

  uniqueBy(
    b.stages,
    (s) => String(s.number),
    (i) => ['stages', i, 'number'],
    'tahap',
    out,
  );
  const stageNumbers = new Set(b.stages.map((s) => s.number));
  indexById(b.stageFacilitators, 'stageFacilitators', 'fasilitator', out);
  uniqueBy(
    b.stageFacilitators,
    (f) => `tahap ${f.stageNumber}, orang ${f.personId}`,
    (i) => ['stageFacilitators', i, 'personId'],
    'fasilitator',
    out,
  );
  b.stageFacilitators.forEach((f, i) => {
    ref(stageNumbers.has(f.stageNumber), ['stageFacilitators', i, 'stageNumber'], `tahap ${f.stageNumber} tidak ada di stages`);
    ref(people.has(f.personId), ['stageFacilitators', i, 'personId'], `orang dengan id ${f.personId} tidak ada`);
  });
  const days = indexById(b.stageDays, 'stageDays', 'hari Bimtek', out);
  b.stageDays.forEach((d, i) => {
    ref(stageNumbers.has(d.stageNumber), ['stageDays', i, 'stageNumber'], `tahap ${d.stageNumber} tidak ada di stages`);
  });
  uniqueBy(
    b.stageDays,
    (d) => `${d.stageNumber}/${d.date}`,
    (i) => ['stageDays', i, 'date'],
    'tanggal pada tahap yang sama',
    out,
  );
  indexById(b.participants, 'participants', 'peserta', out);
  uniqueBy(
    b.participants,
    (p) => `tahap ${p.stageNumber}, orang ${p.personId}`,
    (i) => ['participants', i, 'personId'],
    'peserta',
    out,
  );
  b.participants.forEach((p, i) => {
    ref(stageNumbers.has(p.stageNumber), ['participants', i, 'stageNumber'], `tahap ${p.stageNumber} tidak ada di stages`);
    ref(people.has(p.personId), ['participants', i, 'personId'], `orang dengan id ${p.personId} tidak ada`);
    const pos = p.positionId === null ? undefined : positions.get(p.positionId);
    ref(
      p.positionId === null || pos !== undefined,
      ['participants', i, 'positionId'],
      `jabatan dengan id ${p.positionId} tidak ada`,
    );
    ref(!pos || pos.personId === p.personId, ['participants', i, 'positionId'], 'jabatan ini milik orang lain');
    p.attendedDayIds.forEach((dayId, j) => {
      const day = days.get(dayId);
      ref(day !== undefined, ['participants', i, 'attendedDayIds', j], `hari dengan id ${dayId} tidak ada`);
      ref(
        !day || day.stageNumber === p.stageNumber,
        ['participants', i, 'attendedDayIds', j],
        `hari ${dayId} bukan bagian dari tahap ${p.stageNumber}`,
      );
    });
  });

  // The paperwork of a stage: one record per stage that exists, invitees and signer among the positions.
  uniqueBy(
    b.stagePaperwork,
    (w) => `tahap ${w.stageNumber}`,
    (i) => ['stagePaperwork', i, 'stageNumber'],
    'dokumen',
    out,
  );
  b.stagePaperwork.forEach((w, i) => {
    ref(stageNumbers.has(w.stageNumber), ['stagePaperwork', i, 'stageNumber'], `tahap ${w.stageNumber} tidak ada di stages`);
    w.invitation.inviteePositionIds.forEach((positionId, j) =>
      ref(
        positions.has(positionId),
        ['stagePaperwork', i, 'invitation', 'inviteePositionIds', j],
        `jabatan dengan id ${positionId} tidak ada`,
      ),
    );
    const signer = w.invitation.signerPositionId;
    ref(
      signer === null || positions.has(signer),
      ['stagePaperwork', i, 'invitation', 'signerPositionId'],
      `jabatan dengan id ${signer} tidak ada`,
    );
  });

  out.push(...stagePhotoReferenceProblems(b.stagePhotos, stageNumbers));

  indexById(b.textTemplates, 'textTemplates', 'templat teks', out);
  uniqueBy(
    b.textTemplates,
    (t) => `${t.kind}.${t.part}`,
    (i) => ['textTemplates', i, 'part'],
    'templat teks',
    out,
  );

  if (b.closure) {
    const c = b.closure;
    for (const field of ['presidingPositionId', 'firstPartyPositionId', 'secondPartyPositionId'] as const) {
      const value = c[field];
      ref(value === null || positions.has(value), ['closure', field], `jabatan dengan id ${value} tidak ada`);
    }
    indexById(c.signatories, 'closure.signatories', 'penandatangan', out);
    uniqueBy(
      c.signatories,
      (s) => `${s.kind}: orang ${s.personId}`,
      (i) => ['closure', 'signatories', i, 'personId'],
      'penandatangan',
      out,
    );
    c.signatories.forEach((s, i) => {
      ref(people.has(s.personId), ['closure', 'signatories', i, 'personId'], `orang dengan id ${s.personId} tidak ada`);
      s.positionIds.forEach((positionId, j) => {
        const pos = positions.get(positionId);
        ref(pos !== undefined, ['closure', 'signatories', i, 'positionIds', j], `jabatan dengan id ${positionId} tidak ada`);
        ref(!pos || pos.personId === s.personId, ['closure', 'signatories', i, 'positionIds', j], 'jabatan ini milik orang lain');
      });
    });
  }

  const m = b.masterplan;
  const volumes = indexById(m.volumes, 'masterplan.volumes', 'buku', out);
  uniqueBy(
    m.volumes,
    (v) => v.code,
    (i) => ['masterplan', 'volumes', i, 'code'],
    'kode buku',
    out,
  );
  const chapters = indexById(m.chapters, 'masterplan.chapters', 'bab', out);
  m.chapters.forEach((c, i) =>
    ref(volumes.has(c.volumeId), ['masterplan', 'chapters', i, 'volumeId'], `buku dengan id ${c.volumeId} tidak ada`),
  );
  indexById(m.sections, 'masterplan.sections', 'subbab', out);
  m.sections.forEach((s, i) =>
    ref(chapters.has(s.chapterId), ['masterplan', 'sections', i, 'chapterId'], `bab dengan id ${s.chapterId} tidak ada`),
  );
  const dimensions = indexById(m.dimensions, 'masterplan.dimensions', 'dimensi', out);
  uniqueBy(
    m.dimensions,
    (d) => d.code,
    (i) => ['masterplan', 'dimensions', i, 'code'],
    'kode dimensi',
    out,
  );
  const elements = indexById(m.elements, 'masterplan.elements', 'elemen', out);
  m.elements.forEach((e, i) =>
    ref(
      dimensions.has(e.dimensionId),
      ['masterplan', 'elements', i, 'dimensionId'],
      `dimensi dengan id ${e.dimensionId} tidak ada`,
    ),
  );
  indexById(m.readiness, 'masterplan.readiness', 'catatan kesiapan', out);
  m.readiness.forEach((r, i) =>
    ref(
      r.dimensionId === null || dimensions.has(r.dimensionId),
      ['masterplan', 'readiness', i, 'dimensionId'],
      `dimensi dengan id ${r.dimensionId} tidak ada`,
    ),
  );
  indexById(m.swot, 'masterplan.swot', 'butir SWOT', out);
  m.swot.forEach((s, i) =>
    ref(dimensions.has(s.dimensionId), ['masterplan', 'swot', i, 'dimensionId'], `dimensi dengan id ${s.dimensionId} tidak ada`),
  );
  indexById(m.programmes, 'masterplan.programmes', 'program', out);
  uniqueBy(
    m.programmes.filter((p) => p.code !== null),
    (p) => p.code!.toUpperCase(),
    (i) => ['masterplan', 'programmes', m.programmes.indexOf(m.programmes.filter((p) => p.code !== null)[i]!), 'code'],
    'kode program',
    out,
  );
  m.programmes.forEach((p, i) => {
    ref(
      dimensions.has(p.dimensionId),
      ['masterplan', 'programmes', i, 'dimensionId'],
      `dimensi dengan id ${p.dimensionId} tidak ada`,
    );
    const el = p.elementId === null ? undefined : elements.get(p.elementId);
    ref(
      p.elementId === null || el !== undefined,
      ['masterplan', 'programmes', i, 'elementId'],
      `elemen dengan id ${p.elementId} tidak ada`,
    );
    ref(
      !el || el.dimensionId === p.dimensionId,
      ['masterplan', 'programmes', i, 'elementId'],
      'elemen ini bukan bagian dari dimensi program',
    );
    ref(
      p.unitId === null || units.has(p.unitId),
      ['masterplan', 'programmes', i, 'unitId'],
      `unit dengan id ${p.unitId} tidak ada`,
    );
  });

  out.push(...masterplanBookReferenceProblems(m, units));

  indexById(b.templates, 'templates', 'templat', out);
  uniqueBy(
    b.templates,
    (t) => t.name.toLowerCase(),
    (i) => ['templates', i, 'name'],
    'nama templat',
    out,
  );
  uniqueBy(
    b.numbering.counters,
    (c) => String(c.year),
    (i) => ['numbering', 'counters', i, 'year'],
    'tahun penghitung',
    out,
  );
  const numbers = indexById(b.documentNumbers, 'documentNumbers', 'nomor dokumen', out);
  const active = b.documentNumbers.map((n, i) => ({ n, i })).filter(({ n }) => n.status === 'aktif');
  uniqueBy(
    active,
    ({ n }) => `${n.kind} ${n.subjectKey}`,
    (k) => ['documentNumbers', active[k]!.i, 'subjectKey'],
    'nomor aktif untuk dokumen',
    out,
  );
  const sequenced = b.documentNumbers.map((n, i) => ({ n, i })).filter(({ n }) => n.seq !== null);
  uniqueBy(
    sequenced,
    ({ n }) => `${n.year}/${n.seq}`,
    (k) => ['documentNumbers', sequenced[k]!.i, 'seq'],
    'nomor urut pada tahun yang sama',
    out,
  );
  indexById(b.documentRenders, 'documentRenders', 'catatan dokumen', out);
  b.documentRenders.forEach((r, i) =>
    ref(
      r.numberId === null || numbers.has(r.numberId),
      ['documentRenders', i, 'numberId'],
      `nomor dokumen dengan id ${r.numberId} tidak ada`,
    ),
  );
  // A uid names one record of its list (the database refuses a second, but without saying where).
  const lists: [string[], readonly { uid: string | null }[]][] = [
    [['units'], b.units],
    [['people'], b.people],
    [['positions'], b.positions],
    [['teams'], b.teams],
    [['teamMembers'], b.teamMembers],
    [['stages'], b.stages],
    [['stageFacilitators'], b.stageFacilitators],
    [['stageDays'], b.stageDays],
    [['participants'], b.participants],
    [['stagePaperwork'], b.stagePaperwork],
    [['textTemplates'], b.textTemplates],
    [['closure', 'signatories'], b.closure?.signatories ?? []],
    ...(
      [
        'volumes',
        'chapters',
        'sections',
        'dimensions',
        'elements',
        'readiness',
        'swot',
        'programmes',
        'statistics',
        'regulations',
        'applications',
        'readinessScores',
        'elementGaps',
        'goals',
        'strategies',
        'monitoring',
        'quickWins',
      ] as const
    ).map((key): [string[], readonly { uid: string | null }[]] => [['masterplan', key], m[key]]),
    [['templates'], b.templates],
    [['documentNumbers'], b.documentNumbers],
    [['documentRenders'], b.documentRenders],
  ];
  for (const [path, items] of lists) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (item.uid === null) return;
      const uid = item.uid.toLowerCase();
      if (seen.has(uid)) out.push({ path: [...path, i, 'uid'], message: `uid ${item.uid} dipakai lebih dari satu data` });
      seen.add(uid);
    });
  }
  return out;
}
