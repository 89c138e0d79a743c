// Runs one large corpus case in a process of its own and measures it there: each stage at full size against
// the same case at SMALL_SCALE, interleaved (see compareCost in pipeline.ts). Start-up (loading the sources,
// building the inputs) happens before any measurement, so it never counts; the parent only guards against a
// hang, so a stuck stage fails the test in bounded time instead of holding the suite. Prints one JSON line.
//
//   node --import tsx test/hostile/run-case.ts engine <case-id>
//   node --import tsx test/hostile/run-case.ts cli-extract <case-id> <dir>
//   node --import tsx test/hostile/run-case.ts cli-propose <case-id> <dir> <context.json>
import * as fs from "node:fs";
import * as path from "node:path";
import { hostileCorpus, HostileCase } from "./corpus";
import { compareCost, extractor, growthBound, parse, RUN_GUARD_MS, runGuardMs, SMALL_SCALE } from "./pipeline";
import { htmlToText } from "../../src/core/text";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import type { FoundNumber } from "../../src/core/types";

/** One stage's cost at full size against the same case at SMALL_SCALE (ms per call, best of `rounds`). */
export interface StageCost {
  stage: string;
  subjectMs: number;
  referenceMs: number;
  ratio: number;
  maxRatio: number;
  rounds: number;
}

export interface EngineRun {
  stages: StageCost[];
  refused: { name: string; message: string } | null;
  best: FoundNumber | null;
  numbers: FoundNumber[];
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  cost: StageCost;
}

/** Moves the parent's hang guard to `ms` from now. */
function guard(ms: number): void {
  process.stderr.write(`guard ${ms}\n`);
}

async function measure<T>(stage: string, maxRatio: number, subject: () => Promise<T> | T, reference: () => unknown): Promise<{ cost: StageCost; value: T }> {
  // Report progress as we go, so a run stopped by the hang guard still says which stage was slow.
  guard(RUN_GUARD_MS);
  process.stderr.write(`${stage} started\n`);
  const cmp = await compareCost(subject, reference, maxRatio, (referenceMs) => guard(runGuardMs(referenceMs, maxRatio)));
  process.stderr.write(`${stage} done\n`);
  const round = (x: number) => Math.round(x * 100) / 100;
  const cost = { stage, subjectMs: round(cmp.subjectMs), referenceMs: round(cmp.referenceMs), ratio: round(cmp.ratio), maxRatio: round(maxRatio), rounds: cmp.rounds };
  return { cost, value: cmp.value };
}

function findCase(id: string): HostileCase {
  const c = hostileCorpus().find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return c;
}

async function engine(id: string): Promise<EngineRun> {
  const c = findCase(id);
  const { full, small, maxRatio } = growthBound(c);
  const stages: StageCost[] = [];
  const at = `at scale ${SMALL_SCALE}`;
  const parsed = await measure("parseEmail", maxRatio, () => parse(c, full), () => parse(c, small));
  stages.push(parsed.cost);
  if (!parsed.value.ok) return { stages, refused: { name: parsed.value.error.name, message: parsed.value.error.message }, best: null, numbers: [] };
  const message = parsed.value.message;
  const smallParsed = await parse(c, small);
  if (!smallParsed.ok) throw new Error(`${id} ${at} was refused (${smallParsed.error.message}) but not at full size: nothing to compare the later stages with`);
  const smallMessage = smallParsed.message;
  if (message.html) {
    const smallHtml = smallMessage.html;
    if (!smallHtml) throw new Error(`${id} ${at} has no HTML part but has one at full size`);
    const html = message.html;
    stages.push((await measure("htmlToText", maxRatio, () => htmlToText(html), () => htmlToText(smallHtml))).cost);
  }
  const extract = extractor();
  if (!extract) return { stages, refused: null, best: null, numbers: [] };
  const result = await measure("extractContact", maxRatio, () => extract(message), () => extract(smallMessage));
  stages.push(result.cost);
  return { stages, refused: null, best: result.value.best, numbers: result.value.numbers };
}

async function cli(argv: (file: string) => string[], full: string, small: string, maxRatio: number): Promise<CliRun> {
  const run = async (file: string) => {
    let stdout = "";
    let stderr = "";
    const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), readStdin: async () => Buffer.alloc(0), cwd: process.cwd() };
    const code = await main(argv(file), io);
    return { code, stdout, stderr };
  };
  const r = await measure("cli", maxRatio, () => run(full), () => run(small));
  return { ...r.value, cost: r.cost };
}

async function run(): Promise<void> {
  const [mode, id, dir, context] = process.argv.slice(2);
  if (mode === "engine") {
    process.stdout.write(JSON.stringify(await engine(id)) + "\n");
    return;
  }
  const c = findCase(id);
  const { full, small, maxRatio } = growthBound(c);
  const file = path.join(dir, `${c.id}.${c.ext}`);
  const smallFile = path.join(dir, `${c.id}-small.${c.ext}`);
  fs.writeFileSync(file, full);
  fs.writeFileSync(smallFile, small);
  try {
    const argv = (f: string) => (mode === "cli-propose" ? ["propose", "--eml", f, "--context", context] : ["extract", f]);
    process.stdout.write(JSON.stringify(await cli(argv, file, smallFile, maxRatio)) + "\n");
  } finally {
    fs.rmSync(file, { force: true });
    fs.rmSync(smallFile, { force: true });
  }
}

if (require.main === module) {
  run().catch((e: unknown) => {
    // An exception here is a crash of the code under test: say so on stdout for the parent to assert on.
    process.stdout.write(JSON.stringify({ crash: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }) + "\n");
  });
}
