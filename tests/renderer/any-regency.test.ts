// The fields a regency unlike the demo needs, entered as a clerk would in real Chromium against the real services:
// kode wilayah and time zone, a unit under its parent, an official holding a second office as Plt., a non-ASN
// facilitator entered on the Bimtek screen, Pihak Pertama and Pihak Kedua, one signature over two positions, the
// berita acara's own paragraphs, and the masterplan's visi and misi. Each is saved, the page reloaded, and seen again.
// Wrong values (a kode wilayah without its dot, a daring stage without its link) show their message at the field
// and save nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openScreen, type RunningApp, startApp } from './harness';

let browser: Browser;
let app: RunningApp;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  app = await startApp(browser);
  page = app.page;
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const main = () => page.getByRole('main');
const toast = (text: string | RegExp) => page.getByText(text).first();
/** The Fluent field (label, control and message) around the control with this name. */
const fieldOf = (name: string | RegExp) =>
  main()
    .locator('.fui-Field')
    .filter({ has: page.getByLabel(name, { exact: typeof name === 'string' }) })
    .last();

async function choose(dropdownLabel: string, option: string | RegExp): Promise<void> {
  await main().getByRole('combobox', { name: dropdownLabel, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Types into a searchable picker and takes the first option that matches. */
async function pick(comboboxLabel: string, typed: string, option: RegExp): Promise<void> {
  const box = main().getByRole('combobox', { name: comboboxLabel, exact: true });
  await box.click();
  await box.pressSequentially(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** Reloads the page (everything shown comes from the database again) and opens the screen. */
async function reloadAt(screen: string): Promise<void> {
  await page.reload();
  await page.getByRole('navigation').waitFor();
  await openScreen(page, screen);
}

describe('a regency unlike the demo', () => {
  it('refuses kode wilayah "1208" at its field and saves nothing; then saves 12.08 with WITA and signer names in capitals', async () => {
    await openScreen(page, 'Profil Daerah & Kop Surat');
    await main().getByLabel('Nama daerah').fill('Simalungun');
    await main().getByLabel('Kode wilayah (Kemendagri)').fill('1208');
    await main().getByLabel('Provinsi').fill('Sumatera Utara');
    await main().getByLabel('Ibu kota').fill('Pematang Raya');
    await main().getByLabel('Alamat').fill('Jalan Asahan Km. 3, Pematang Raya');
    await main().getByLabel('Tahun program').fill('2021');
    await choose('Zona waktu', /^WITA/);
    await choose('Penulisan nama penandatangan', 'Huruf kapital, gelar tetap');
    await main().getByRole('spinbutton', { name: 'Ruang tanda tangan (mm)' }).fill('30');
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => fieldOf('Kode wilayah (Kemendagri)').textContent())
      .toContain('kode wilayah harus berformat PP.KK (misalnya 12.08)');
    expect(app.db.services.profile.getRegency()).toBeNull();

    await main().getByLabel('Kode wilayah (Kemendagri)').fill('12.08');
    await page.keyboard.press('Control+s');
    await toast('Profil daerah tersimpan').waitFor();
    const regency = app.db.services.profile.getRegency()!;
    expect(regency.regionCode).toBe('12.08');
    expect(regency.tataNaskah.timeZone).toBe('WITA');
    expect(regency.tataNaskah.signerNameCase).toBe('upper');
    expect(regency.tataNaskah.signatureSpaceMm).toBe(30);

    await reloadAt('Profil Daerah & Kop Surat');
    expect(await main().getByLabel('Kode wilayah (Kemendagri)').inputValue()).toBe('12.08');
    expect(await main().getByRole('combobox', { name: 'Zona waktu' }).textContent()).toMatch(/^WITA/);
    expect(await main().getByRole('combobox', { name: 'Penulisan nama penandatangan' }).textContent()).toBe(
      'Huruf kapital, gelar tetap',
    );
    await main().getByText('Tata Naskah').scrollIntoViewIfNeeded();
    await app.screenshot('v2-profil-tata-naskah');
  });

  it('puts a UPTD under its dinas and lists it under the parent', async () => {
    await openScreen(page, 'OPD & Kecamatan');
    const name = main().getByRole('textbox', { name: /^Nama( \*)?$/ });
    await choose('Jenis unit', 'Dinas');
    await name.fill('Dinas Pariwisata');
    await main().getByRole('button', { name: 'Tambah' }).click();
    await main().getByRole('cell', { name: 'Dinas Pariwisata', exact: true }).waitFor();
    await choose('Jenis unit', 'UPTD');
    await name.fill('UPTD Museum Simalungun');
    await choose('Unit induk', 'Dinas Pariwisata');
    await main().getByRole('button', { name: 'Tambah' }).click();
    const rows = main().getByRole('table', { name: 'Daftar OPD dan kecamatan' }).getByRole('row');
    await rows.filter({ hasText: 'UPTD Museum Simalungun' }).waitFor();
    const units = app.db.services.units.list();
    const dinas = units.find((u) => u.name === 'Dinas Pariwisata')!;
    expect(units.find((u) => u.name === 'UPTD Museum Simalungun')).toMatchObject({ kind: 'uptd', parentId: dinas.id });
    // The child follows its parent, indented and naming it.
    expect(await rows.nth(2).textContent()).toMatch(/↳ UPTD Museum Simalungun.*UPTD.*Dinas Pariwisata/);
    await app.screenshot('v2-opd-induk');
  });

  it('records an official who heads one dinas and is Plt. of another, shown as printed', async () => {
    await openScreen(page, 'Pejabat');
    await main().getByRole('button', { name: 'Tambah pejabat' }).click();
    await main()
      .getByRole('textbox', { name: /^Nama( \*)?$/ })
      .fill('Hotman Sinaga');
    await main().getByLabel('Gelar belakang').fill('S.Sos., M.Si.');
    await main().getByLabel('NIP').fill('19700815 199803 1 004');
    // Digit 15 of the NIP is 1: laki-laki, filled in as the NIP is typed.
    expect(await main().getByRole('combobox', { name: 'Jenis kelamin' }).textContent()).toBe('Laki-laki');
    await choose('Eselon', /^II\.b$/);
    await main().getByRole('button', { name: 'Simpan pejabat' }).click();
    await toast('Hotman Sinaga tersimpan').waitFor();
    expect(app.db.services.people.list()[0]).toMatchObject({ asn: true, gender: 'L', eselon: 'II.b' });

    await main().getByRole('button', { name: 'Tambah jabatan' }).click();
    await main()
      .getByRole('textbox', { name: /^Jabatan( \*)?$/ })
      .fill('Kepala Dinas Pariwisata');
    await main().getByRole('checkbox', { name: 'Tambahkan nama daerah' }).check();
    await expect
      .poll(() => main().getByLabel('Jabatan tercetak').textContent())
      .toBe('Tercetak: Kepala Dinas Pariwisata Kabupaten Simalungun');
    await main().getByRole('button', { name: 'Simpan jabatan' }).click();
    await toast('Jabatan tersimpan').waitFor();

    await main().getByRole('button', { name: 'Tambah jabatan' }).click();
    await main()
      .getByRole('textbox', { name: /^Jabatan( \*)?$/ })
      .fill('Kepala Dinas Perpustakaan dan Kearsipan');
    await choose('Status jabatan', 'Plt.');
    await choose('Peran', 'Kepala OPD');
    await main().getByRole('button', { name: 'Simpan jabatan' }).click();
    const held = main().getByRole('list', { name: 'Jabatan yang dipegang' });
    await held.getByText('Plt. Kepala Dinas Perpustakaan dan Kearsipan').waitFor();
    expect(await held.textContent()).toContain('Kepala Dinas Pariwisata Kabupaten Simalungun');
    expect(app.db.services.positions.list().map((p) => [p.title, p.status, p.withRegion])).toEqual([
      ['Kepala Dinas Pariwisata', 'definitif', true],
      ['Kepala Dinas Perpustakaan dan Kearsipan', 'plt', false],
    ]);

    // A second official for Pihak Kedua, entered the same way.
    await main().getByRole('button', { name: 'Tambah pejabat' }).click();
    await main()
      .getByRole('textbox', { name: /^Nama( \*)?$/ })
      .fill('Rosmawati Damanik');
    await main().getByLabel('NIP').fill('19750304 200003 2 001');
    await main().getByRole('button', { name: 'Simpan pejabat' }).click();
    await toast('Rosmawati Damanik tersimpan').waitFor();
    await main().getByRole('button', { name: 'Tambah jabatan' }).click();
    await main()
      .getByRole('textbox', { name: /^Jabatan( \*)?$/ })
      .fill('Kepala Dinas Komunikasi dan Informatika');
    await main().getByRole('checkbox', { name: 'Tambahkan nama daerah' }).check();
    await main().getByRole('button', { name: 'Simpan jabatan' }).click();
    await main()
      .getByRole('list', { name: 'Jabatan yang dipegang' })
      .getByText(/Komunikasi/)
      .waitFor();
    expect(app.db.services.people.list().find((p) => p.name === 'Rosmawati Damanik')?.gender).toBe('P');

    await reloadAt('Pejabat');
    const list = main().getByRole('list', { name: 'Daftar pejabat' });
    await expect
      .poll(() => list.textContent())
      .toContain('Kepala Dinas Pariwisata Kabupaten Simalungun; Plt. Kepala Dinas Perpustakaan dan Kearsipan');
    await list.getByText('Hotman Sinaga, S.Sos., M.Si.').click();
    await main().getByRole('list', { name: 'Jabatan yang dipegang' }).waitFor();
    await app.screenshot('v2-pejabat');
  });

  it('hides and clears NIP, pangkat and eselon for a non-ASN person', async () => {
    await main().getByRole('button', { name: 'Tambah pejabat' }).click();
    await main()
      .getByRole('textbox', { name: /^Nama( \*)?$/ })
      .fill('Andi Pratama');
    await main().getByLabel('NIP').fill('19800101 200501 1 001');
    await main().getByRole('radio', { name: 'Non-ASN' }).check();
    expect(await main().getByLabel('NIP').count()).toBe(0);
    expect(await main().getByRole('combobox', { name: 'Pangkat' }).count()).toBe(0);
    await main().getByLabel('Instansi').fill('Universitas Simalungun');
    await main().getByRole('button', { name: 'Simpan pejabat' }).click();
    await toast('Andi Pratama tersimpan').waitFor();
    expect(app.db.services.people.list().find((p) => p.name === 'Andi Pratama')).toMatchObject({
      asn: false,
      nip: null,
      pangkat: null,
      eselon: null,
      institution: 'Universitas Simalungun',
    });
    await expect
      .poll(() => main().getByRole('list', { name: 'Daftar pejabat' }).textContent())
      .toContain('Non-ASN (Universitas Simalungun)');
    await app.screenshot('v2-pejabat-non-asn');
  });

  it('orders the Dewan with its SK, a ketua harian and a role in words (refused at the field while empty)', async () => {
    await openScreen(page, 'Dewan & Tim Pelaksana');
    const dewan = main().locator('.fui-Card').filter({ hasText: 'Dewan Smart City' }).first();
    await dewan.getByLabel('Nomor SK').fill('188.45/1234/Diskominfo/2021');
    await dewan.getByLabel('Tanggal SK').fill('2021-08-02');
    await dewan.getByRole('button', { name: 'Simpan tim' }).click();
    await dewan.getByRole('button', { name: 'Tambah anggota' }).waitFor();
    expect(app.db.services.teams.list()[0]).toMatchObject({ skNumber: '188.45/1234/Diskominfo/2021', skDate: '2021-08-02' });

    const add = async (typed: string, person: RegExp, role: string, roleText?: string) => {
      await dewan.getByRole('button', { name: 'Tambah anggota' }).click();
      const box = dewan.getByRole('combobox', { name: 'Anggota baru' });
      await box.click();
      await box.pressSequentially(typed);
      await page.getByRole('option', { name: person }).first().click();
      await dewan.getByRole('combobox', { name: 'Peran anggota' }).click();
      await page.getByRole('option', { name: role, exact: true }).click();
      if (roleText !== undefined) {
        await dewan.getByRole('button', { name: 'Tambah', exact: true }).click();
        await expect
          .poll(() =>
            dewan
              .locator('.fui-Field')
              .filter({ has: page.getByLabel('Peran (ditulis)') })
              .textContent(),
          )
          .toContain('tuliskan peran anggota ini');
        expect(app.db.services.teamMembers.list()).toHaveLength(1);
        await dewan.getByLabel('Peran (ditulis)').fill(roleText);
      }
      await dewan.getByRole('button', { name: 'Tambah', exact: true }).click();
    };
    await add('Hotman', /Hotman Sinaga/, 'Ketua Harian');
    await dewan.getByRole('listitem').filter({ hasText: 'Hotman Sinaga' }).waitFor();
    await add('Rosma', /Rosmawati Damanik/, 'Lainnya', 'Koordinator Bidang Governance');
    const members = dewan.getByRole('list', { name: 'Anggota Dewan Smart City' }).getByRole('listitem');
    await expect.poll(() => members.count()).toBe(2);
    await dewan.getByRole('button', { name: 'Naikkan Rosmawati Damanik' }).click();
    await expect
      .poll(async () => (await members.first().textContent()) ?? '')
      .toContain('Koordinator Bidang Governance: Rosmawati Damanik');
    const people = app.db.services.people.list();
    const ordered = app.db.services.teamMembers
      .list()
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((m) => [people.find((p) => p.id === m.personId)?.name, m.role, m.roleText]);
    expect(ordered).toEqual([
      ['Rosmawati Damanik', 'lainnya', 'Koordinator Bidang Governance'],
      ['Hotman Sinaga', 'ketua_harian', null],
    ]);
    expect(await members.nth(1).textContent()).toContain(
      'Ketua Harian: Hotman Sinaga, S.Sos., M.Si. (Kepala Dinas Pariwisata Kabupaten Simalungun)',
    );
    await app.screenshot('v2-dewan-tim');
  });

  it('refuses a daring stage without its meeting link at the field and saves nothing; then saves it with the link', async () => {
    await openScreen(page, 'Bimtek');
    await main().getByLabel('Judul').fill('Bimbingan Teknis I: Penyusunan Analisis Strategis');
    await main().getByLabel('Nama tempat').fill('Ruang Rapat Diskominfo');
    await main().getByLabel('Kota').fill('Pematang Raya');
    await choose('Bentuk kegiatan', 'Daring');
    await main().getByRole('button', { name: 'Simpan tahap' }).click();
    await expect.poll(() => fieldOf('Tautan rapat').textContent()).toContain('Bimtek daring atau hybrid memerlukan tautan rapat');
    expect(app.db.services.bimtek.stages.list()).toEqual([]);

    await main().getByLabel('Tautan rapat').fill('https://zoom.us/j/81234567890');
    await main().getByRole('button', { name: 'Simpan tahap' }).click();
    await toast('Tahap I tersimpan').waitFor();
    expect(app.db.services.bimtek.stages.list()[0]).toMatchObject({
      title: 'Bimbingan Teknis I: Penyusunan Analisis Strategis',
      venueName: 'Ruang Rapat Diskominfo',
      venueCity: 'Pematang Raya',
      mode: 'daring',
      meetingLink: 'https://zoom.us/j/81234567890',
    });
  });

  it('enters a facilitator from the ministry as a new non-ASN person, and an official as moderator', async () => {
    const box = main().getByRole('form', { name: 'Narasumber baru' });
    await box.getByRole('radio', { name: 'Orang baru (non-ASN)' }).check();
    // Nothing typed yet: the message is at the field and no one is saved.
    await box.getByRole('button', { name: 'Tambah narasumber' }).click();
    await expect.poll(() => fieldOf('Instansi narasumber').textContent()).toContain('tuliskan instansinya');
    expect(app.db.services.people.list()).toHaveLength(3);

    await box.getByLabel('Nama narasumber').fill('Rini Wulandari');
    await box.getByLabel('Instansi narasumber').fill('Direktorat Jenderal Aplikasi Informatika, Kementerian Kominfo');
    await box.getByRole('button', { name: 'Tambah narasumber' }).click();
    const list = main().getByRole('list', { name: 'Daftar narasumber' });
    await list.getByText('Rini Wulandari').waitFor();

    await box.getByRole('radio', { name: 'Orang yang sudah tercatat' }).check();
    await pick('Pilih narasumber', 'Rosma', /Rosmawati Damanik/);
    await box.getByLabel('Peran').fill('Moderator');
    await box.getByRole('button', { name: 'Tambah narasumber' }).click();
    await list.getByText(/Rosmawati Damanik/).waitFor();

    const rini = app.db.services.people.list().find((p) => p.name === 'Rini Wulandari')!;
    expect(rini).toMatchObject({
      asn: false,
      nip: null,
      pangkat: null,
      institution: 'Direktorat Jenderal Aplikasi Informatika, Kementerian Kominfo',
    });
    expect(app.db.services.bimtek.facilitators.list().map((f) => [f.personId, f.role, f.stageNumber])).toEqual([
      [rini.id, 'Narasumber', 1],
      [app.db.services.people.list().find((p) => p.name === 'Rosmawati Damanik')!.id, 'Moderator', 1],
    ]);

    await reloadAt('Bimtek');
    const shown = await main().getByRole('list', { name: 'Daftar narasumber' }).textContent();
    expect(shown).toContain(
      'Rini Wulandari, Direktorat Jenderal Aplikasi Informatika, Kementerian Kominfo — Narasumber (non-ASN)',
    );
    expect(shown).toContain('Rosmawati Damanik, Kepala Dinas Komunikasi dan Informatika Kabupaten Simalungun — Moderator');
    expect(await main().getByLabel('Tautan rapat').inputValue()).toBe('https://zoom.us/j/81234567890');
    await app.screenshot('v2-bimtek-narasumber');
  });

  it('sets Pihak Pertama and Pihak Kedua, the berita acara, and one signature over two positions (one Plt.)', async () => {
    await openScreen(page, 'Penutupan & Komitmen');
    await main().getByLabel('Tanggal penutupan').fill('2021-11-19');
    await pick('Pihak Pertama', 'Hotman', /Hotman Sinaga — Kepala Dinas Pariwisata Kabupaten Simalungun/);
    await pick('Pihak Kedua', 'Rosma', /Rosmawati Damanik — Kepala Dinas Komunikasi/);
    await main().getByLabel('Judul berita acara').fill('Berita Acara Penutupan Bimbingan Teknis Smart City');
    await main().getByLabel('Jam selesai').fill('16.30');
    await main().getByRole('spinbutton', { name: 'Rangkap' }).fill('2');
    const pokok = main().getByRole('group', { name: 'Pokok berita acara' });
    await pokok.getByRole('button', { name: 'Tambah paragraf' }).click();
    await pokok.getByRole('button', { name: 'Tambah paragraf' }).click();
    await pokok.getByRole('textbox', { name: 'Paragraf pokok 1', exact: true }).fill('Kedua belah pihak menyepakati masterplan.');
    await pokok
      .getByRole('textbox', { name: 'Paragraf pokok 2', exact: true })
      .fill('Bimbingan teknis tahap IV telah dilaksanakan.');
    await pokok.getByRole('button', { name: 'Naikkan Paragraf pokok 2' }).click();
    await main()
      .getByLabel('Judul komitmen (satu baris judul per baris)')
      .fill('KOMITMEN BERSAMA\nPEMERINTAH KABUPATEN SIMALUNGUN');

    await pick('Tambah penandatangan', 'Pariwisata', /Hotman Sinaga — Kepala Dinas Pariwisata/);
    await main()
      .getByRole('combobox', { name: 'Tambah jabatan penandatangan 1' })
      .selectOption({ label: 'Plt. Kepala Dinas Perpustakaan dan Kearsipan' });
    await pick('Tambah penandatangan', 'Rosma', /Rosmawati Damanik/);
    await main().getByRole('combobox', { name: 'Peran penandatangan 2' }).selectOption({ label: 'Mengetahui (berita acara)' });
    const first = 'Kepala Dinas Pariwisata Kabupaten Simalungun dan Plt. Kepala Dinas Perpustakaan dan Kearsipan';
    expect(await main().getByLabel('Jabatan penandatangan 1').textContent()).toBe(first);
    await page.keyboard.press('Control+s');
    await toast('Penutupan dan penandatangan tersimpan').waitFor();

    const positions = app.db.services.positions.list();
    const idOf = (title: string) => positions.find((p) => p.title === title)!.id;
    const closure = app.db.services.closure.get()!;
    expect(closure).toMatchObject({
      firstPartyPositionId: idOf('Kepala Dinas Pariwisata'),
      secondPartyPositionId: idOf('Kepala Dinas Komunikasi dan Informatika'),
      beritaAcaraTitle: 'Berita Acara Penutupan Bimbingan Teknis Smart City',
      beritaAcaraPoints: ['Bimbingan teknis tahap IV telah dilaksanakan.', 'Kedua belah pihak menyepakati masterplan.'],
      closingTime: '16.30',
      copies: 2,
      commitmentTitle: 'KOMITMEN BERSAMA\nPEMERINTAH KABUPATEN SIMALUNGUN',
    });
    expect(closure.signatories.map((s) => [s.positionIds, s.kind])).toEqual([
      [[idOf('Kepala Dinas Pariwisata'), idOf('Kepala Dinas Perpustakaan dan Kearsipan')], 'penandatangan'],
      [[idOf('Kepala Dinas Komunikasi dan Informatika')], 'mengetahui_berita_acara'],
    ]);

    await reloadAt('Penutupan & Komitmen');
    await expect.poll(() => main().getByLabel('Jabatan penandatangan 1').textContent()).toBe(first);
    expect(await main().getByRole('combobox', { name: 'Pihak Pertama', exact: true }).inputValue()).toBe(
      'Hotman Sinaga — Kepala Dinas Pariwisata Kabupaten Simalungun',
    );
    expect(await main().getByRole('combobox', { name: 'Pihak Kedua', exact: true }).inputValue()).toMatch(/^Rosmawati Damanik/);
    expect(await pokok.getByRole('textbox', { name: 'Paragraf pokok 1', exact: true }).inputValue()).toBe(
      'Bimbingan teknis tahap IV telah dilaksanakan.',
    );
    expect(await main().getByRole('combobox', { name: 'Peran penandatangan 2' }).inputValue()).toBe('mengetahui_berita_acara');
    await app.screenshot('v2-penutupan');
    await main().getByRole('list', { name: 'Urutan penandatangan' }).scrollIntoViewIfNeeded();
    await app.screenshot('v2-penutupan-penandatangan');
  });

  it('writes the masterplan visi, misi and period on the Rencana tab', async () => {
    await openScreen(page, 'Masterplan');
    await main()
      .getByRole('tab', { name: /Rencana/ })
      .click();
    await main().getByLabel('Periode: tahun awal').fill('2022');
    await main().getByLabel('Periode: tahun akhir').fill('2026');
    await main().getByLabel('Visi').fill('Simalungun cerdas, melayani dan berdaya saing');
    const misi = main().getByRole('group', { name: 'Misi' });
    await misi.getByRole('button', { name: 'Tambah misi' }).click();
    await misi.getByRole('button', { name: 'Tambah misi' }).click();
    await misi
      .getByRole('textbox', { name: 'Misi 1', exact: true })
      .fill('Mewujudkan tata kelola pemerintahan berbasis elektronik');
    await misi.getByRole('textbox', { name: 'Misi 2', exact: true }).fill('Meningkatkan layanan publik digital');
    const pendek = main().getByRole('group', { name: 'Jangka Pendek' });
    await pendek.getByLabel('Dari tahun').fill('2022');
    await pendek.getByLabel('Sampai tahun').fill('2023');
    await page.keyboard.press('Control+s');
    await toast('Rencana masterplan tersimpan').waitFor();
    expect(app.db.services.masterplan.plan.get()).toMatchObject({
      periodStart: 2022,
      periodEnd: 2026,
      vision: 'Simalungun cerdas, melayani dan berdaya saing',
      missions: ['Mewujudkan tata kelola pemerintahan berbasis elektronik', 'Meningkatkan layanan publik digital'],
      horizons: { pendek: { startYear: 2022, endYear: 2023 }, menengah: null, panjang: null },
    });

    await reloadAt('Masterplan');
    await main()
      .getByRole('tab', { name: /Rencana/ })
      .click();
    await expect.poll(() => main().getByLabel('Visi').inputValue()).toBe('Simalungun cerdas, melayani dan berdaya saing');
    expect(
      await main().getByRole('group', { name: 'Misi' }).getByRole('textbox', { name: 'Misi 2', exact: true }).inputValue(),
    ).toBe('Meningkatkan layanan publik digital');
    await app.screenshot('v2-masterplan-rencana');
  });

  it('shows a horizon ending before it starts at its field and saves nothing', async () => {
    const menengah = main().getByRole('group', { name: 'Jangka Menengah' });
    await menengah.getByLabel('Dari tahun').fill('2025');
    await menengah.getByLabel('Sampai tahun').fill('2024');
    await page.keyboard.press('Control+s');
    await expect
      .poll(() =>
        menengah
          .locator('.fui-Field')
          .filter({ has: page.getByLabel('Sampai tahun') })
          .textContent(),
      )
      .toContain('tahun akhir tidak boleh sebelum tahun awal');
    expect(app.db.services.masterplan.plan.get().horizons.menengah).toBeNull();
    await menengah.getByLabel('Sampai tahun').fill('2026');
    await page.keyboard.press('Control+s');
    await expect.poll(() => app.db.services.masterplan.plan.get().horizons.menengah).toEqual({ startYear: 2025, endYear: 2026 });
    expect(app.problems).toEqual([]);
  });
});
