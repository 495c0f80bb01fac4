// Which SQLite journal mode a database file gets. WAL needs shared memory (the -shm file mapped by every process)
// that network file systems do not provide reliably: on a share (\\server\share, a mapped network drive, a folder
// redirected to a server, an NFS or SMB mount) two computers, or one computer after a dropped connection, can corrupt
// the database. There the classic rollback journal (DELETE) is used; everywhere else WAL.
import { execFileSync } from 'node:child_process';
import { statfsSync } from 'node:fs';
import { dirname, parse } from 'node:path';

export type JournalMode = 'WAL' | 'DELETE';

export interface JournalModeOptions {
  /** Whether a path lies on a network drive that the path alone does not show (a mapped drive letter, a mount). */
  isRemote?: (file: string) => boolean;
}

/** A UNC path (\\server\share\…, //server/share/…, \\?\UNC\server\…), but not \\?\C:\… or \\.\ device paths. */
export function isUncPath(file: string): boolean {
  const p = file.replace(/\//g, '\\');
  if (/^\\\\\?\\UNC\\/i.test(p)) return true;
  if (/^\\\\[?.]\\/.test(p)) return false;
  return /^\\\\[^\\]+\\[^\\]+/.test(p);
}

/** DELETE on a network path or one the probe reports as remote; WAL otherwise. A probe that fails counts as local. */
export function journalModeFor(file: string, options: JournalModeOptions = {}): JournalMode {
  if (isUncPath(file)) return 'DELETE';
  try {
    if (options.isRemote?.(file)) return 'DELETE';
  } catch {
    // an unanswerable probe leaves the default
  }
  return 'WAL';
}

/** Linux file-system magic numbers of network file systems (statfs f_type): NFS, SMB, CIFS, SMB2, AFS, Coda, 9P. */
const NETWORK_FS_TYPES = new Set([0x6969, 0x517b, 0xff534d42, 0xfe534d42, 0x5346414f, 0x73757245, 0x01021997]);

/** Drive letters mapped to a share in `net use` output: lines such as "OK  Z:  \\server\share  Microsoft Windows Network". */
export function mappedDrivesFromNetUse(output: string): Set<string> {
  const drives = new Set<string>();
  for (const line of output.split(/\r?\n/)) {
    const m = /(?:^|\s)([A-Za-z]):\s+\\\\/.exec(line);
    if (m) drives.add(m[1]!.toUpperCase());
  }
  return drives;
}

/**
 * The real probe. Windows: a drive letter other than the system drive is looked up in `net use` (mapped network
 * drives); the system drive is never remote, so the usual %APPDATA% costs nothing. Linux: the folder's file-system
 * type. Elsewhere, and whenever the probe itself fails: local.
 */
export function isRemotePath(file: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32') {
    const drive = /^([A-Za-z]):/.exec(file)?.[1]?.toUpperCase();
    if (!drive) return false;
    const systemDrive = (process.env.SystemDrive ?? 'C:').slice(0, 1).toUpperCase();
    if (drive === systemDrive) return false;
    const output = execFileSync('net', ['use'], {
      encoding: 'utf8',
      timeout: 3000,
      windowsHide: true,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return mappedDrivesFromNetUse(output).has(drive);
  }
  if (platform === 'linux') {
    let dir = dirname(file);
    // The database may not exist yet: ask about its nearest existing folder.
    for (;;) {
      try {
        return NETWORK_FS_TYPES.has(statfsSync(dir).type);
      } catch {
        const up = dirname(dir);
        if (up === dir || dir === parse(dir).root) return false;
        dir = up;
      }
    }
  }
  return false;
}
