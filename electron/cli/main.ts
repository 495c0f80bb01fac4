// Command-line entry: `npm run cli -- <command>`. Exit codes: 0 success, 1 bad input, 2 anything unexpected.
import { Command, CommanderError } from 'commander';
import { pathToFileURL } from 'node:url';
import { dataCommands } from './data-commands';
import { renderCommand } from './render-command';
import { EXIT_BAD_INPUT, EXIT_OK, type Io, processIo, reportError } from './run-command';

export function buildProgram(io: Io): Command {
  const program = new Command('smart-city-desk')
    .description('Smart City Desk: basis data program Smart City dan dokumen resminya')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  for (const command of [...dataCommands(io), renderCommand(io)]) {
    program.addCommand(
      command.exitOverride().configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) }),
    );
  }
  return program;
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
