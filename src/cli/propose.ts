import { CliIO, UsageError } from "./io";

// Placeholder until the scheduling engine lands (issue 5); replaced by the real command.
export async function runPropose(_args: string[], _io: CliIO): Promise<number> {
  throw new UsageError("propose is being built");
}
