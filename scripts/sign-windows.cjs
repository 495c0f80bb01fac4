// Code signing hook for the Windows build (electron.builder.yml → win.signtoolOptions.sign). electron-builder calls
// it for every executable it signs: the app, the installer and the uninstaller. The certificate never lives in the
// repository: it comes from environment variables on the machine that builds, and without them the build is left
// unsigned (it still installs; Windows SmartScreen then warns, see README "Windows installer").
//
//   SCD_SIGN_PFX            path to a .pfx/.p12 file (a software certificate), with
//   SCD_SIGN_PFX_PASSWORD   its password
//   SCD_SIGN_SUBJECT        or: the subject name of a certificate in the Windows certificate store (a USB token
//                           or HSM, as EV and, since 2023, every new OV certificate must be)
//   SCD_SIGN_SHA1           or: its SHA-1 thumbprint
//   SCD_SIGN_TIMESTAMP_URL  RFC 3161 timestamp server (default http://timestamp.digicert.com)
//   SCD_SIGNTOOL            signtool.exe to use (default: signtool.exe on PATH, from the Windows SDK)
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS hook, as electron-builder loads it
const { execFileSync } = require('node:child_process');

const DEFAULT_TIMESTAMP = 'http://timestamp.digicert.com';

/**
 * The signtool command for one file, or null when no certificate is configured. `redacted` is the same command
 * with the password hidden, for the log.
 */
function signtoolCommand(env, file) {
  const tool = env.SCD_SIGNTOOL || 'signtool.exe';
  let certificate;
  let shown;
  if (env.SCD_SIGN_PFX) {
    if (!env.SCD_SIGN_PFX_PASSWORD) throw new Error('SCD_SIGN_PFX is set but SCD_SIGN_PFX_PASSWORD is not.');
    certificate = ['/f', env.SCD_SIGN_PFX, '/p', env.SCD_SIGN_PFX_PASSWORD];
    shown = ['/f', env.SCD_SIGN_PFX, '/p', '***'];
  } else if (env.SCD_SIGN_SHA1) {
    certificate = ['/sha1', env.SCD_SIGN_SHA1];
  } else if (env.SCD_SIGN_SUBJECT) {
    certificate = ['/n', env.SCD_SIGN_SUBJECT];
  } else {
    return null;
  }
  const common = [
    'sign',
    '/fd',
    'sha256',
    '/tr',
    env.SCD_SIGN_TIMESTAMP_URL || DEFAULT_TIMESTAMP,
    '/td',
    'sha256',
    '/d',
    'Smart City Desk',
  ];
  return {
    tool,
    args: [...common, ...certificate, file],
    redacted: [tool, ...common, ...(shown || certificate), file].join(' '),
  };
}

/** electron-builder's custom sign entry point. */
async function sign(configuration) {
  const command = signtoolCommand(process.env, configuration.path);
  if (command === null) {
    console.log(`  • not signed (no SCD_SIGN_* variable set): ${configuration.path}`);
    return;
  }
  console.log(`  • signing: ${command.redacted}`);
  // No shell: the path of the file and of the certificate may hold spaces.
  execFileSync(command.tool, command.args, { stdio: 'inherit', windowsHide: true });
}

module.exports = sign;
module.exports.default = sign;
module.exports.signtoolCommand = signtoolCommand;
