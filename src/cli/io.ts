// The CLI's view of the outside world, injectable so tests run commands without touching the real process.
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Buffer>;
  cwd: string;
}

export const processIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
  cwd: process.cwd(),
};

/** A mistake by the person running the command: printed as one line, never as a stack trace. */
export class UsageError extends Error {}

/** An input file that cannot be used (unreadable mail, a mail without a sender): one line naming the file, exit 1. */
export class InputFileError extends Error {}
