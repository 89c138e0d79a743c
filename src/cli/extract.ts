import { CliIO, UsageError } from "./io";

// Placeholder until the extraction engine lands (issue 3); replaced by the real command.
export async function runExtract(_args: string[], _io: CliIO): Promise<number> {
  throw new UsageError("extract is being built");
}
