// The signing hook's command (certificate only from the environment, password never logged, no shell) and the
// update check (only with an address the office wrote into pembaruan.json; failures logged, never shown).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readUpdateConfig, startUpdates, type Updater } from '../../electron/main/updates';

const require = createRequire(import.meta.url);
const { signtoolCommand } = require('../../scripts/sign-windows.cjs') as {
  signtoolCommand(
    env: Record<string, string | undefined>,
    file: string,
  ): { tool: string; args: string[]; redacted: string } | null;
};

const installer = 'C:\\Users\\Budi Santoso\\smart city desk\\dist\\Smart City Desk Setup 0.1.0.exe';

describe('scripts/sign-windows.cjs', () => {
  it('leaves the build unsigned when no certificate is configured', () => {
    expect(signtoolCommand({}, installer)).toBeNull();
  });

  it('signs with a .pfx and its password, SHA-256 with an RFC 3161 timestamp; the log hides the password', () => {
    const command = signtoolCommand(
      { SCD_SIGN_PFX: 'D:\\sertifikat kantor\\kominfo.pfx', SCD_SIGN_PFX_PASSWORD: 'rahasia' },
      installer,
    )!;
    expect(command.tool).toBe('signtool.exe');
    expect(command.args).toEqual([
      'sign',
      '/fd',
      'sha256',
      '/tr',
      'http://timestamp.digicert.com',
      '/td',
      'sha256',
      '/d',
      'Smart City Desk',
      '/f',
      'D:\\sertifikat kantor\\kominfo.pfx',
      '/p',
      'rahasia',
      installer,
    ]);
    expect(command.redacted).not.toContain('rahasia');
    expect(command.redacted).toContain('/p ***');
  });

  it('signs with a certificate in the Windows store (token or HSM) by subject or thumbprint, and a chosen timestamp server', () => {
    expect(signtoolCommand({ SCD_SIGN_SUBJECT: 'Dinas Kominfo Kabupaten X' }, installer)!.args).toEqual(
      expect.arrayContaining(['/n', 'Dinas Kominfo Kabupaten X']),
    );
    const bySha1 = signtoolCommand(
      { SCD_SIGN_SHA1: 'ab12', SCD_SIGN_TIMESTAMP_URL: 'http://ts.example', SCD_SIGNTOOL: 'C:\\SDK\\signtool.exe' },
      installer,
    )!;
    expect(bySha1.tool).toBe('C:\\SDK\\signtool.exe');
    expect(bySha1.args).toEqual(expect.arrayContaining(['/sha1', 'ab12', '/tr', 'http://ts.example']));
  });

  it('refuses a .pfx without its password', () => {
    expect(() => signtoolCommand({ SCD_SIGN_PFX: 'a.pfx' }, installer)).toThrow(/SCD_SIGN_PFX_PASSWORD/);
  });
});

describe('updates', () => {
  it('reads the address from pembaruan.json (https or http, with a byte-order mark), else none', () => {
    expect(readUpdateConfig('{"url":"https://intranet.example/scd"}')).toEqual({ url: 'https://intranet.example/scd/' });
    expect(readUpdateConfig('\uFEFF{"url":"http://10.0.0.5/pembaruan/"}')).toEqual({ url: 'http://10.0.0.5/pembaruan/' });
    expect(readUpdateConfig(null)).toBeNull();
    expect(readUpdateConfig('rusak')).toBeNull();
    expect(readUpdateConfig('{"url":"file://server/share"}')).toBeNull();
    expect(readUpdateConfig('{"alamat":"https://x"}')).toBeNull();
  });

  function fakeUpdater(fail = false) {
    const listeners: Record<string, (arg: never) => void> = {};
    const updater = {
      autoDownload: false,
      autoInstallOnAppQuit: false,
      feed: null as unknown,
      setFeedURL(options: unknown) {
        this.feed = options;
      },
      checkForUpdates: () => (fail ? Promise.reject(new Error('ECONNREFUSED')) : Promise.resolve(null)),
      on(event: string, listener: (arg: never) => void) {
        listeners[event] = listener;
        return updater;
      },
    };
    return { updater, listeners };
  }

  it('uses the generic provider at that address, downloads in the background and installs on quit', async () => {
    const { updater, listeners } = fakeUpdater();
    const notes: string[] = [];
    await startUpdates(
      updater as unknown as Updater,
      { url: 'https://intranet.example/scd/' },
      (m) => notes.push(m),
      () => {},
    );
    expect(updater.feed).toEqual({ provider: 'generic', url: 'https://intranet.example/scd/' });
    expect(updater.autoDownload && updater.autoInstallOnAppQuit).toBe(true);
    (listeners['update-downloaded'] as (i: { version: string }) => void)({ version: '0.2.0' });
    expect(notes).toEqual(['Smart City Desk 0.2.0 sudah diunduh dan akan dipasang saat aplikasi ditutup.']);
  });

  it('only logs an unreachable server', async () => {
    const { updater } = fakeUpdater(true);
    const logged: string[] = [];
    const notes: string[] = [];
    await startUpdates(
      updater as unknown as Updater,
      { url: 'https://x/' },
      (m) => notes.push(m),
      (m) => logged.push(m),
    );
    expect(logged).toEqual(['Pemeriksaan pembaruan gagal:']);
    expect(notes).toEqual([]);
  });
});
