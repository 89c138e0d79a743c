// The CLI's view of the outside world, injectable so tests run commands without touching the real process.
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Buffer>;
  cwd: string;
  /** Resolves once stdout has taken what was written (so a long run never queues its output in memory). */
  drained?: () => Promise<void>;
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
  drained: () => (process.stdout.writableNeedDrain ? new Promise((resolve) => process.stdout.once("drain", () => resolve())) : Promise.resolve()),
};

/** A mistake by the person running the command: printed as one line, never as a stack trace. */
export class UsageError extends Error {}

/** An input file that cannot be used (unreadable mail, a mail without a sender): one line naming the file, exit 1. */
export class InputFileError extends Error {}
