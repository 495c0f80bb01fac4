// The three Bimtek paperwork kinds built from the rich programme: the Surat Undangan (korespondensi: Nomor/Sifat/
// Lampiran/Hal, Yth. or Daftar terlampir, acara, a.n., tembusan, lampiran of invitees), the Keputusan Bupati
// (penetapan: menimbang, mengingat, diktum, the Bupati without gelar, one lampiran per team) and the Laporan
// Pelaksanaan (sections, participants counted per instansi from the attendance, signed by the ketua Tim).
import { describe, expect, it } from 'vitest';
import type { DocumentModel, KeyValueBlock, ListBlock } from '../../../shared/document/model';
import { buildKeputusan } from '../../../shared/documents/keputusan';
import { buildLaporanBimtek } from '../../../shared/documents/laporan-bimtek';
import { buildUndangan, daysText, letterDate } from '../../../shared/documents/undangan';
import { bundleSchema, type Bundle } from '../../../shared/domain/bundle';
import { stagePaperworkSchema, decreeSchema } from '../../../shared/domain/paperwork';
import { formatDate } from '../../../shared/format/dates';
import { richBundle, richContexts } from '../../helpers/rich-regency';
import { flatBlocks, grids, tables, textOf } from './model-queries';

const keyValues = (m: DocumentModel) =>
  flatBlocks(m)
    .filter((b): b is KeyValueBlock => b.type === 'keyValue')
    .flatMap((b) => b.rows.map((r) => [r.key, r.value.map((v) => v.text).join('')] as const));
const lists = (m: DocumentModel) => flatBlocks(m).filter((b): b is ListBlock => b.type === 'list');

/** The rich programme with stage 4's paperwork and the decree as given. */
function withPaperwork(invitation: object = {}, report: object = {}, decree: object | null = null) {
  return richContexts((b: Bundle) => ({
    ...b,
    stagePaperwork: [stagePaperworkSchema.parse({ stageNumber: 4, invitation, report })],
    decree: decree ? decreeSchema.parse(decree) : null,
  }));
}

const positionOf = (b: Bundle, title: RegExp) => b.positions.find((p) => title.test(p.title))!.id;

describe('Surat Undangan', () => {
  it('invites every OPD head and camat by default: Daftar terlampir, and the lampiran lists them with the same number', () => {
    const data = richContexts().undangan(undefined, '500.12/3/107.1/2021', 4);
    const model = buildUndangan(data);
    const text = textOf(model);
    expect(data.invitees.length).toBeGreaterThan(3);
    expect(text).toContain('Yth. Daftar terlampir');
    expect(keyValues(model)).toEqual(
      expect.arrayContaining([
        ['Nomor', '500.12/3/107.1/2021'],
        ['Sifat', 'Biasa'],
        ['Lampiran', '1 (satu) berkas'],
        ['Hal', 'Undangan Bimbingan Teknis Penyusunan Masterplan Smart City Tahap IV'],
        ['Hari, tanggal', daysText(data.days)],
      ]),
    );
    const invitees = tables(model).find((t) => t.header[0]!.cells[1]!.lines[0]![0]!.text === 'Jabatan')!;
    expect(invitees.rows.map((r) => r.cells[1]!.lines[0]![0]!.text)).toEqual(data.invitees.map((o) => o.jabatan));
    // The camat after the heads of the OPD.
    expect(data.invitees.at(-1)!.positions[0]!.role).toBe('camat');
    expect(text).toContain('LAMPIRAN SURAT BUPATI MINAHASA UTARA');
    // The letter and its lampiran are signed by the Bupati, with gelar (korespondensi).
    expect(grids(model).map((g) => g.cells.at(-1)!.name)).toEqual([
      'Joune Ganda, S.E., M.A.P., M.M., M.Si.',
      'Joune Ganda, S.E., M.A.P., M.M., M.Si.',
    ]);
    // A week before the first day when no date was given.
    const week = Date.parse(data.days[0]!.date) - Date.parse(letterDate(data));
    expect(week).toBe(7 * 24 * 3600 * 1000);
    expect(textOf(model)).toContain(`${data.regency.capital}, ${formatDate(letterDate(data))}`);
  });

  it('names a chosen few after Yth., without lampiran; signs a.n. the Bupati; lists the tembusan', () => {
    const plain = richContexts().undangan(undefined, null, 4);
    const ids = plain.invitees.slice(0, 2).map((o) => o.positions[0]!.positionId);
    const sekda = positionOf(bundleSchema.parse(richBundle()), /^Sekretaris Daerah/);
    const data = withPaperwork({
      inviteePositionIds: ids,
      signerPositionId: sekda,
      signerOnBehalfOf: 'Bupati Minahasa Utara',
      copiesTo: ['Bupati Minahasa Utara (sebagai laporan)', 'Arsip'],
      letterDate: '2021-11-10',
      nature: 'Segera',
    }).undangan(undefined, 'N/1', 4);
    const model = buildUndangan(data);
    const text = textOf(model);
    expect(text).not.toContain('Daftar terlampir');
    expect(text).not.toContain('DAFTAR UNDANGAN');
    expect(keyValues(model)).toEqual(
      expect.arrayContaining([
        ['Lampiran', '-'],
        ['Sifat', 'Segera'],
      ]),
    );
    const yth = lists(model)[0]!;
    expect(yth.items.map((i) => i.runs[0]!.text)).toEqual(plain.invitees.slice(0, 2).map((o) => o.jabatan));
    expect(text).toContain(`${data.regency.capital}, 10 November 2021`);
    const signer = grids(model)[0]!.cells.at(-1)!;
    expect(signer.headingLines[0]).toBe('a.n. BUPATI MINAHASA UTARA');
    expect(signer.headingLines.join(' ')).toContain('SEKRETARIS DAERAH');
    const tembusan = lists(model).at(-1)!;
    expect(tembusan.items.map((i) => i.runs[0]!.text)).toEqual(['Bupati Minahasa Utara (sebagai laporan);', 'Arsip.']);
  });

  it('refuses, in Indonesian, a letter nobody can sign', () => {
    const contexts = richContexts((b) => ({ ...b, positions: b.positions.filter((p) => p.role !== 'bupati') }));
    expect(() => buildUndangan(contexts.undangan(undefined, null, 4))).toThrow(/belum punya penandatangan/);
  });
});

describe('Keputusan Bupati', () => {
  it('decides with menimbang a., b., c., mengingat 1., 2., …, MEMUTUSKAN and the diktum KESATU to KEENAM', () => {
    const model = buildKeputusan(richContexts().keputusan(undefined, '500.12/4/107.1/2021'));
    const text = textOf(model);
    expect(model.font.family).toBe(richContexts().keputusan(undefined, null).regency.tataNaskah.fontPengaturan);
    const title = flatBlocks(model).find((b) => b.type === 'title')!;
    expect(title).toMatchObject({
      lines: ['KEPUTUSAN BUPATI MINAHASA UTARA'],
      number: '500.12/4/107.1/2021',
      subtitle: [
        'TENTANG',
        expect.stringMatching(/^PEMBENTUKAN DEWAN SMART CITY DAN TIM PELAKSANA SMART CITY KABUPATEN MINAHASA UTARA$/),
      ],
    });
    const [menimbang, mengingat] = lists(model);
    expect(menimbang).toMatchObject({ style: 'lower-alpha' });
    expect(menimbang!.items.every((i) => i.runs[0]!.text.startsWith('bahwa '))).toBe(true);
    expect(mengingat).toMatchObject({ style: 'decimal' });
    expect(text).toContain('MEMUTUSKAN:');
    expect(keyValues(model).map(([k]) => k)).toEqual(
      expect.arrayContaining(['Menetapkan', 'KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM']),
    );
    expect(keyValues(model).map(([k]) => k)).not.toContain('KETUJUH');
    // The Tim's standard tasks, as the default wording says them.
    expect(
      lists(model).some(
        (l) =>
          l.items.map((i) => i.runs[0]!.text)[0] ===
          'menyusun Masterplan Smart City beserta rencana aksi dan program percepatan (quick win);',
      ),
    ).toBe(true);
    expect(text).toContain('dibebankan pada Anggaran Pendapatan dan Belanja Daerah Kabupaten Minahasa Utara');
    expect(menimbang!.items[1]!.runs[0]!.text).toContain(
      'perlu dibentuk Dewan Smart City Kabupaten Minahasa Utara dan Tim Pelaksana',
    );
    expect(menimbang!.items[2]!.runs[0]!.text).toMatch(
      /perlu menetapkan Keputusan Bupati tentang Pembentukan Dewan Smart City dan Tim Pelaksana Smart City Kabupaten Minahasa Utara;$/,
    );
  });

  it('says what the office’s own decree wording says: considerations, tasks and the closing diktum, item per line', () => {
    const texts = {
      'keputusan-tim.menimbang':
        'bahwa {kepala_daerah} {nama_daerah} memandang perlu;\n\n  bahwa {tim} dibentuk untuk {tentang};  ',
      'keputusan-tim.tugas-dewan': 'mengarahkan;\nmengawasi.',
      'keputusan-tim.berlaku': 'Keputusan ini berlaku sejak {tahun}.',
    };
    const data = richContexts().keputusan(undefined, 'K/1');
    const model = buildKeputusan({ ...data, texts });
    const items = lists(model).map((l) => l.items.map((i) => i.runs[0]!.text));
    expect(items[0]).toEqual([
      'bahwa Bupati Minahasa Utara memandang perlu;',
      expect.stringMatching(
        /^bahwa Dewan Smart City Kabupaten Minahasa Utara dan Tim Pelaksana .* dibentuk untuk Pembentukan Dewan/,
      ),
    ]);
    expect(items).toContainEqual(['mengarahkan;', 'mengawasi.']);
    const last = keyValues(model)
      .filter(([k]) => k.startsWith('KE'))
      .at(-1)!;
    expect(last[1]).toBe(`Keputusan ini berlaku sejak ${data.programme.year}.`);
    // The decree's own considerations still come first: the template is the default only.
    const own = buildKeputusan({ ...data, texts, decree: { ...data.decree, considerations: ['bahwa sendiri;'] } });
    expect(lists(own)[0]!.items.map((i) => i.runs[0]!.text)).toEqual(['bahwa sendiri;']);
  });

  it('signs with the Bupati’s name without gelar (Pasal 44(1)), under the decree and under each lampiran', () => {
    const data = richContexts().keputusan(undefined, 'K/1');
    const model = buildKeputusan(data);
    const names = grids(model).map((g) => g.cells.at(-1)!.name);
    expect(names).toEqual(['Joune Ganda', 'Joune Ganda', 'Joune Ganda']);
    // One lampiran per team, each with every member.
    const membership = tables(model);
    expect(membership.map((t) => t.rows.length)).toEqual([data.dewan!.members.length, data.tim!.members.length]);
    expect(textOf(model)).toContain('LAMPIRAN I');
    expect(textOf(model)).toContain('LAMPIRAN II');
  });

  it('prints the office’s own menimbang, mengingat and date instead of the standard ones', () => {
    const data = withPaperwork(
      {},
      {},
      {
        considerations: ['bahwa ini pertimbangan kantor;'],
        legalBases: ['Peraturan Daerah Nomor 1 Tahun 2020;'],
        date: '2021-08-17',
        place: 'Airmadidi',
      },
    ).keputusan(undefined, null);
    const model = buildKeputusan(data);
    const [menimbang, mengingat] = lists(model);
    expect(menimbang!.items.map((i) => i.runs[0]!.text)).toEqual(['bahwa ini pertimbangan kantor;']);
    expect(mengingat!.items.map((i) => i.runs[0]!.text)).toEqual(['Peraturan Daerah Nomor 1 Tahun 2020;']);
    expect(keyValues(model)).toEqual(
      expect.arrayContaining([
        ['Ditetapkan di', 'Airmadidi'],
        ['pada tanggal', '17 Agustus 2021'],
      ]),
    );
  });

  it('refuses without the Dewan and the Tim, naming the screen', () => {
    const data = richContexts((b) => ({ ...b, teams: [], teamMembers: [] })).keputusan(undefined, null);
    expect(() => buildKeputusan(data)).toThrow('Dewan Smart City dan Tim Pelaksana belum diisi (menu Dewan & Tim Pelaksana).');
  });
});

describe('Laporan Pelaksanaan Bimtek', () => {
  it('names each facilitator with role and instansi, not repeating a role the instansi already begins with', () => {
    const data = richContexts().laporan(undefined, null, 4);
    const [first, second] = data.stage.facilitators;
    const facilitators = [
      { ...first!, role: 'Tenaga Ahli', institution: 'Tenaga Ahli Gerakan Menuju Smart City' },
      { ...second!, role: 'Narasumber', institution: 'Universitas Sam Ratulangi' },
    ];
    const model = buildLaporanBimtek({ ...data, stage: { ...data.stage, facilitators } });
    const items = flatBlocks(model).flatMap((b) =>
      b.type === 'list' ? b.items.map((i) => i.runs.map((r) => r.text).join('')) : [],
    );
    expect(items).toContain(`${first!.name} – Tenaga Ahli Gerakan Menuju Smart City`);
    expect(items).toContain(`${second!.name} – Narasumber, Universitas Sam Ratulangi`);
  });

  it('counts participants per instansi from the registrations and the attendance, and totals them', () => {
    const data = richContexts().laporan(undefined, null, 4);
    const registered = data.participants.reduce((n, r) => n + r.registered, 0);
    expect(registered).toBeGreaterThan(0);
    const model = buildLaporanBimtek(data);
    const table = tables(model).find((t) => t.header[0]!.cells[1]!.lines[0]![0]!.text === 'Instansi')!;
    const total = table.rows.at(-1)!;
    expect(total.cells[1]!.lines[0]![0]!.text).toBe(String(registered));
    if (data.attendanceKnown) {
      expect(table.header[0]!.cells.length).toBe(3 + data.days.length);
      data.days.forEach((_, d) =>
        expect(total.cells[2 + d]!.lines[0]![0]!.text).toBe(String(data.participants.reduce((n, r) => n + r.present[d]!, 0))),
      );
    }
  });

  it('has the nine sections in order, the standard kendala and penutup, a cover without footer, the ketua Tim signing', () => {
    const data = richContexts().laporan(undefined, null, 4);
    const model = buildLaporanBimtek(data);
    const headings = flatBlocks(model).flatMap((b) => (b.type === 'heading' ? [`${b.label} ${b.text}`] : []));
    expect(headings).toEqual([
      'I. DASAR',
      'II. MAKSUD DAN TUJUAN',
      'III. WAKTU DAN TEMPAT',
      'IV. PESERTA',
      'V. NARASUMBER',
      'VI. MATERI',
      'VII. HASIL',
      'VIII. KENDALA',
      'IX. PENUTUP',
    ]);
    expect(textOf(model)).toContain('Tidak terdapat kendala yang berarti.');
    expect(model.footer).toEqual({ pageNumbers: true, skipFirstPage: true, style: 'bottom-of-total' });
    expect(model.blocks.findIndex((b) => b.type === 'pageBreak')).toBeLessThan(
      model.blocks.findIndex((b) => b.type === 'heading'),
    );
    const signer = grids(model).at(-1)!.cells.at(-1)!;
    expect(signer.headingLines[0]).toBe('Ketua Tim Pelaksana Smart City');
    expect(signer.detailLines.join(' ')).toContain(`NIP.\u00a0`);
    expect(signer.detailLines.join(' ').replace(/\u00a0/g, ' ')).toContain(data.ketuaTimPelaksana!.nip!.slice(0, 8));
    if (data.stage.outputs.length) {
      expect(lists(model).find((l) => l.items.some((i) => i.runs[0]!.text === data.stage.outputs[0]))).toBeDefined();
    } else {
      expect(textOf(model)).toContain('Hasil tahap ini belum dicatat.');
    }
  });

  it('prints the office’s own dasar and kendala', () => {
    const model = buildLaporanBimtek(
      withPaperwork({}, { basis: ['Surat Tugas Nomor 1;'], obstacles: ['Jaringan internet terputus pada hari kedua.'] }).laporan(
        undefined,
        null,
        4,
      ),
    );
    const text = textOf(model);
    expect(text).toContain('Surat Tugas Nomor 1;');
    expect(text).toContain('Jaringan internet terputus pada hari kedua.');
    expect(text).not.toContain('Tidak terdapat kendala yang berarti.');
  });
});
