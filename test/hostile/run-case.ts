// Runs one large corpus case in a process of its own, so the test can stop it at its time bound: a hang or a
// quadratic step then fails the test in seconds instead of holding the suite for minutes. Prints one JSON line.
//
//   node --import tsx test/hostile/run-case.ts engine <case-id>
//   node --import tsx test/hostile/run-case.ts cli-extract <case-id> <dir>
//   node --import tsx test/hostile/run-case.ts cli-propose <case-id> <dir> <context.json>
import * as fs from "node:fs";
import * as path from "node:path";
import { hostileCorpus } from "./corpus";
import { extractor, parse } from "./pipeline";
import { htmlToText } from "../../src/core/text";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import type { FoundNumber } from "../../src/core/types";

export interface EngineRun {
  stages: { stage: string; ms: number }[];
  refused: { name: string; message: string } | null;
  best: FoundNumber | null;
  numbers: FoundNumber[];
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

async function engine(id: string): Promise<EngineRun> {
  const c = hostileCorpus().find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  const bytes = c.bytes();
  const stages: EngineRun["stages"] = [];
  const time = async <T>(stage: string, fn: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    stages.push({ stage, ms: Math.round(performance.now() - t0) });
    // Report progress as we go, so a run stopped at its bound still says which stage was slow.
    process.stderr.write(`${stage} done\n`);
    return out;
  };
  process.stderr.write("parseEmail started\n");
  const parsed = await time("parseEmail", () => parse(c, bytes));
  if (!parsed.ok) return { stages, refused: { name: parsed.error.name, message: parsed.error.message }, best: null, numbers: [] };
  const message = parsed.message;
  if (message.html) {
    process.stderr.write("htmlToText started\n");
    await time("htmlToText", () => htmlToText(message.html!));
  }
  const extract = extractor();
  if (!extract) return { stages, refused: null, best: null, numbers: [] };
  process.stderr.write("extractContact started\n");
  const result = await time("extractContact", () => extract(message));
  return { stages, refused: null, best: result.best, numbers: result.numbers };
}

async function cli(argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), readStdin: async () => Buffer.alloc(0), cwd: process.cwd() };
  const t0 = performance.now();
  const code = await main(argv, io);
  return { code, stdout, stderr, ms: Math.round(performance.now() - t0) };
}

async function run(): Promise<void> {
  const [mode, id, dir, context] = process.argv.slice(2);
  if (mode === "engine") {
    process.stdout.write(JSON.stringify(await engine(id)) + "\n");
    return;
  }
  const c = hostileCorpus().find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  const file = path.join(dir, `${c.id}.${c.ext}`);
  fs.writeFileSync(file, c.bytes());
  try {
    const argv = mode === "cli-propose" ? ["propose", "--eml", file, "--context", context] : ["extract", file];
    process.stdout.write(JSON.stringify(await cli(argv)) + "\n");
  } finally {
    fs.rmSync(file, { force: true });
  }
}

if (require.main === module) {
  run().catch((e: unknown) => {
    // An exception here is a crash of the code under test: say so on stdout for the parent to assert on.
    process.stdout.write(JSON.stringify({ crash: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }) + "\n");
  });
}
