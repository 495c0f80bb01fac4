// The decisions behind `npm start`, `npm run dev` and `npm run dist:win`, kept free of side effects so that the Node
// tests cover them (tests/packaging/start-scripts.test.ts): how a command is spawned on each platform, what the
// messages say, and whether the app starts in Electron or falls back to the web shell.

/**
 * How to spawn `file args…`: directly, never through a shell, except npm.cmd on Windows, which Node (since the
 * 2024 batch-file fix) can only start through cmd.exe. Then every argument is quoted for cmd.exe, so a path under
 * `C:\Program Files\nodejs\` or a user folder with a space stays one argument.
 */
export function commandLine(file, args, platform = process.platform) {
  const viaShell = platform === 'win32' && /\.(cmd|bat)$/i.test(file);
  if (!viaShell) return { file, args: [...args], shell: false };
  return { file: quoteForCmd(file), args: args.map(quoteForCmd), shell: true };
}

/** One argument for cmd.exe: left alone when plain, else in double quotes (inner quotes doubled). */
export function quoteForCmd(arg) {
  const text = String(arg);
  if (text !== '' && !/[\s"&|<>^%!(),;=]/.test(text)) return text;
  return `"${text.replace(/"/g, '""')}"`;
}

/** prebuild-install's arguments for better-sqlite3 built for Electron's ABI. */
export function prebuildArgs({ electronVersion, arch = process.arch, platform = process.platform }) {
  return ['--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--platform=${platform}`];
}

/** node-gyp's arguments to compile better-sqlite3 against Electron's headers. */
export function gypArgs({ electronVersion, arch = process.arch }) {
  return [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    '--dist-url=https://electronjs.org/headers',
  ];
}

export const messages = {
  downloading: (version) => `Mengunduh Electron ${version} (sekali saja)…`,
  preparingSqlite: (version, abi) => `Menyiapkan better-sqlite3 untuk Electron ${version} (ABI ${abi}, sekali saja)…`,
  abiMismatch: (version, expected, known) =>
    `better-sqlite3 siap-pakai untuk Electron ${version} tidak dapat dipakai: Electron memakai ABI ${expected}, pengunduhnya mengira ${known ?? 'tidak diketahui'}.`,
  compileOnly: (version, platform = process.platform) =>
    `better-sqlite3 siap-pakai untuk Electron ${version} tidak dapat diunduh; satu-satunya jalan adalah mengompilasinya di komputer ini, ` +
    (platform === 'win32'
      ? 'yang memerlukan Visual Studio Build Tools (beban kerja "Desktop development with C++") dan Python 3.'
      : 'yang memerlukan Python 3, make dan kompilator C++ (di Debian/Ubuntu: apt-get install build-essential python3).') +
    ' Mencoba mengompilasi…',
  compileFailed: (version, platform = process.platform) =>
    `better-sqlite3 untuk Electron ${version} tidak dapat dikompilasi. ` +
    (platform === 'win32'
      ? 'Pasang Visual Studio Build Tools (beban kerja "Desktop development with C++") dan Python 3, atau sambungkan ke internet agar berkas siap-pakainya dapat diunduh, lalu jalankan lagi.'
      : 'Pasang build-essential dan python3, atau sambungkan ke internet agar berkas siap-pakainya dapat diunduh, lalu jalankan lagi.'),
  electronUnavailable: (version, log) =>
    `Electron ${version} tidak dapat diunduh (tidak ada internet, atau alamat unduhannya diblokir; rinciannya di ${log}): Smart City Desk dibuka di peramban saja, dengan basis data yang sama.`,
  sqliteUnavailable: (reason) => `${reason} Smart City Desk dibuka di peramban saja, dengan basis data yang sama.`,
};

/**
 * What `npm start` does once ensureElectron has run: start Electron when it and its SQLite are ready, otherwise one
 * Indonesian line and the web shell on the same default database.
 */
export function planStart(outcome) {
  if (outcome.status === 'ready') return { action: 'electron' };
  if (outcome.status === 'no-electron')
    return { action: 'web', message: messages.electronUnavailable(outcome.version, outcome.log) };
  if (outcome.status === 'no-sqlite') return { action: 'web', message: messages.sqliteUnavailable(outcome.reason) };
  throw new Error(`unknown outcome ${JSON.stringify(outcome)}`);
}
