// Command-line entry: `npm run cli -- <command>`. Exit codes: 0 success, 1 bad input, 2 anything unexpected.
import { Command, CommanderError } from 'commander';
import { pathToFileURL } from 'node:url';
import { speakIndonesian, translateCommanderError } from './commander-text';
import { dataCommands } from './data-commands';
import { fillCommand } from './fill-command';
import { renderCommand } from './render-command';
import { EXIT_BAD_INPUT, EXIT_OK, type Io, processIo, reportError } from './run-command';

export function buildProgram(io: Io): Command {
  const output = {
    writeOut: (s: string) => io.out(s.trimEnd()),
    writeErr: (s: string) => io.err(s.trimEnd()),
    outputError: (s: string, write: (s: string) => void) => write(translateCommanderError(s.trimEnd())),
  };
  const program = new Command('smart-city-desk')
    .description('Smart City Desk: basis data program Smart City dan dokumen resminya')
    .exitOverride()
    .configureOutput(output);
  for (const command of [...dataCommands(io), renderCommand(io), fillCommand(io)]) {
    program.addCommand(speakIndonesian(command.exitOverride().configureOutput(output)));
  }
  return speakIndonesian(program);
}

export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    }
    return reportError(error, io);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
