// `dialback` command line: extract numbers from mail files, or build a full call proposal.
import { CliIO, InputFileError, processIO, UsageError } from "./io";
import { runExtract } from "./extract";
import { runPropose } from "./propose";

const HELP = `dialback — find a client's direct dial and propose a call

Usage:
  dialback extract <file|dir|->... [--region XX] [--format json|table]
  dialback propose --eml FILE --context context.json [--format json|text]
  dialback --help
`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "extract":
        return await runExtract(rest, io);
      case "propose":
        return await runPropose(rest, io);
      case undefined:
      case "-h":
      case "--help":
      case "help":
        io.stdout(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}" (try: dialback --help)`);
    }
  } catch (e) {
    if (e instanceof InputFileError) {
      io.stderr(`dialback: ${e.message}\n`);
      return 1;
    }
    if (e instanceof UsageError) {
      io.stderr(`dialback: ${e.message}\n`);
      return 2;
    }
    io.stderr(`dialback: unexpected error: ${(e as Error).message}\n`);
    return 1;
  }
}
