// Commander's own words (its errors and the headings of --help) in Indonesian, like the rest of the CLI. Commander
// has no locale: its messages are rewritten by their known English shapes; anything not recognised passes as is.
import type { Command } from 'commander';

const ERRORS: [RegExp, (...groups: string[]) => string][] = [
  [/^error: unknown option '(.*)'$/, (flag) => `galat: opsi tidak dikenal '${flag}'`],
  [/^error: unknown command '(.*)'$/, (name) => `galat: perintah tidak dikenal '${name}'`],
  [/^error: missing required argument '(.*)'$/, (name) => `galat: argumen wajib '${name}' belum diberikan`],
  [/^error: option '(.*)' argument missing$/, (flags) => `galat: opsi '${flags}' perlu nilai`],
  [/^error: required option '(.*)' not specified$/, (flags) => `galat: opsi wajib '${flags}' belum diberikan`],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    (flags, value, choices) => `galat: nilai '${value}' untuk opsi '${flags}' tidak sah; pilihan: ${choices}.`,
  ],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\.(.*)$/,
    (flags, value) => `galat: nilai '${value}' untuk opsi '${flags}' tidak sah.`,
  ],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.*)'\.(?: Allowed choices are (.*)\.)?$/,
    (value, name, choices) =>
      `galat: nilai '${value}' untuk argumen '${name}' tidak sah${choices ? `; pilihan: ${choices}` : ''}.`,
  ],
  [
    /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (command, expected, got) =>
      `galat: terlalu banyak argumen${command ? ` untuk '${command}'` : ''}: seharusnya ${expected}, diberikan ${got}.`,
  ],
  [/^error: (.*) cannot be used with (.*)$/, (a, b) => `galat: ${a} tidak dapat dipakai bersama ${b}`],
  [/^\(Did you mean one of (.*)\?\)$/, (list) => `(Mungkin maksudnya salah satu dari ${list}?)`],
  [/^\(Did you mean (.*)\?\)$/, (one) => `(Mungkin maksudnya ${one}?)`],
];

/** One of commander's error messages (possibly several lines) in Indonesian. */
export function translateCommanderError(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, say] of ERRORS) {
        const match = pattern.exec(line);
        if (match) return say(...match.slice(1).map((g) => g ?? ''));
      }
      return line.replace(/^error: /, 'galat: ');
    })
    .join('\n');
}

const HEADINGS: Record<string, string> = {
  'Usage:': 'Pemakaian:',
  'Arguments:': 'Argumen:',
  'Options:': 'Opsi:',
  'Global Options:': 'Opsi umum:',
  'Commands:': 'Perintah:',
};

/** Puts commander's help and errors of this command (and its subcommands) in Indonesian. */
export function speakIndonesian(command: Command): Command {
  command
    .helpOption('-h, --help', 'tampilkan bantuan')
    .configureHelp({
      styleTitle: (title) => HEADINGS[title] ?? title,
      optionDescription(option) {
        const extra: string[] = [];
        if (option.argChoices) extra.push(`pilihan: ${option.argChoices.join(', ')}`);
        if (option.defaultValue !== undefined && !option.negate) extra.push(`bawaan: ${String(option.defaultValue)}`);
        return extra.length > 0 ? `${option.description} (${extra.join('; ')})` : option.description;
      },
    })
    .showHelpAfterError('(lihat --help untuk cara pakai)');
  if (command.commands.length > 0) command.helpCommand('help [perintah]', 'tampilkan bantuan sebuah perintah');
  return command;
}
