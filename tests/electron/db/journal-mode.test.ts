// The journal mode by where the database lives: WAL on a local disk, the rollback journal (DELETE) on a network
// share or a drive the probe reports as remote, and openDatabase sets what the rule decides.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { isUncPath, journalModeFor, mappedDrivesFromNetUse } from '../../../electron/db/journal-mode';
import { tempDir } from '../../helpers/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('journalModeFor', () => {
  it('uses DELETE on UNC paths, including redirected folders and long UNC paths', () => {
    for (const p of [
      '\\\\server\\share\\smart-city-desk.db',
      '//server/share/data/smart-city-desk.db',
      '\\\\fs01.pemkab.go.id\\Users$\\clerk\\AppData\\Roaming\\Smart City Desk\\smart-city-desk.db',
      '\\\\?\\UNC\\server\\share\\smart-city-desk.db',
    ]) {
      expect(isUncPath(p), p).toBe(true);
      expect(journalModeFor(p), p).toBe('DELETE');
    }
  });

  it('uses WAL on local paths, long local paths and device paths', () => {
    for (const p of [
      'C:\\Users\\clerk\\AppData\\Roaming\\Smart City Desk\\smart-city-desk.db',
      '\\\\?\\C:\\Users\\clerk\\smart-city-desk.db',
      '\\\\.\\C:\\data\\smart-city-desk.db',
      '/home/clerk/.config/Smart City Desk/smart-city-desk.db',
      'relative.db',
    ]) {
      expect(isUncPath(p), p).toBe(false);
      expect(journalModeFor(p), p).toBe('WAL');
    }
  });

  it('asks the probe about a mapped drive, and a probe that fails counts as local', () => {
    const asked: string[] = [];
    const remoteZ = (file: string) => {
      asked.push(file);
      return file.toUpperCase().startsWith('Z:');
    };
    expect(journalModeFor('Z:\\Kominfo\\smart-city-desk.db', { isRemote: remoteZ })).toBe('DELETE');
    expect(journalModeFor('D:\\Data\\smart-city-desk.db', { isRemote: remoteZ })).toBe('WAL');
    expect(asked).toEqual(['Z:\\Kominfo\\smart-city-desk.db', 'D:\\Data\\smart-city-desk.db']);
    const broken = () => {
      throw new Error('net use tidak tersedia');
    };
    expect(journalModeFor('Z:\\Kominfo\\smart-city-desk.db', { isRemote: broken })).toBe('WAL');
  });

  it('reads mapped drive letters from `net use` in English and Indonesian Windows', () => {
    const english = [
      'New connections will be remembered.',
      '',
      'Status       Local     Remote                    Network',
      '-------------------------------------------------------------------------------',
      'OK           Z:        \\\\fs01\\kominfo            Microsoft Windows Network',
      'Unavailable  Y:        \\\\fs02\\arsip              Microsoft Windows Network',
      '             \\\\fs01\\IPC$                          Microsoft Windows Network',
      'The command completed successfully.',
    ].join('\r\n');
    expect([...mappedDrivesFromNetUse(english)].sort()).toEqual(['Y', 'Z']);
    const indonesian =
      'Status       Lokal     Jarak jauh                Jaringan\r\nOK           s:        \\\\server\\bersama          Microsoft Windows Network\r\n';
    expect([...mappedDrivesFromNetUse(indonesian)]).toEqual(['S']);
    expect(mappedDrivesFromNetUse('There are no entries in the list.').size).toBe(0);
  });
});

describe('openDatabase and the journal mode', () => {
  it('sets WAL on a local folder and DELETE when the probe reports the folder remote', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const local = await openDatabase(join(dir, 'lokal.db'), { isRemote: () => false });
    expect(local.journalMode).toBe('WAL');
    expect(local.db.pragma('journal_mode', { simple: true })).toBe('wal');
    local.db.close();

    const probed: string[] = [];
    const remote = await openDatabase(join(dir, 'jaringan.db'), {
      isRemote: (file) => {
        probed.push(file);
        return true;
      },
    });
    expect(probed).toEqual([join(dir, 'jaringan.db')]);
    expect(remote.journalMode).toBe('DELETE');
    expect(remote.db.pragma('journal_mode', { simple: true })).toBe('delete');
    remote.db.close();
  });

  it('turns a WAL database moved to a share back to DELETE, and back to WAL when local again', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = join(dir, 'pindah.db');
    (await openDatabase(file, { isRemote: () => false })).db.close();
    const onShare = await openDatabase(file, { isRemote: () => true });
    expect(onShare.journalMode).toBe('DELETE');
    onShare.db.close();
    const back = await openDatabase(file, { isRemote: () => false });
    expect(back.journalMode).toBe('WAL');
    back.db.close();
  });
});
