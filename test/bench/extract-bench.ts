// `npm run bench:extract`: accuracy and speed of the direct-dial engine on ../shared/corpus/signatures,
// beside two baselines measured in the same run: (a) the first number libphonenumber-js finds anywhere in the
// text, (b) MIME parsing plus text conversion alone (the speed floor extraction is compared with).
import * as fs from "node:fs";
import * as path from "node:path";
import { findNumbers } from "libphonenumber-js/max";
import { extractContact, messageText } from "../../src/core/extract";
import { parseEmail } from "../../src/core/mime";
import type { ContactExtraction, MailMessage } from "../../src/core/types";
import { corpusDir, loadCorpus, scoreCase, summarize, type CaseResult, type CorpusCase } from "./extract-scoring";

/** One pass of fn over every case; milliseconds per message. */
async function pass(cases: CorpusCase[], fn: (c: CorpusCase) => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  for (const c of cases) await fn(c);
  return (performance.now() - t0) / cases.length;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Messages per second of each pipeline. The machine is shared, so the pipelines run in alternating rounds and
 * each keeps its median round: a burst of load hits all of them alike instead of skewing one.
 */
async function rates(cases: CorpusCase[], fns: Record<string, (c: CorpusCase) => Promise<unknown>>, rounds = 9): Promise<Record<string, number>> {
  const times: Record<string, number[]> = {};
  for (const name of Object.keys(fns)) await pass(cases, fns[name]); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(fns)) (times[name] ??= []).push(await pass(cases, fn));
  }
  return Object.fromEntries(Object.entries(times).map(([name, t]) => [name, 1000 / median(t)]));
}

/** Baseline (a): the first number libphonenumber-js finds anywhere in the message text, region US. */
function firstNumber(message: MailMessage): ContactExtraction {
  const text = messageText(message);
  const found = findNumbers(text, { defaultCountry: "US", v2: true } as Parameters<typeof findNumbers>[1]) as unknown as Array<{ number: { number: string; ext?: string } }>;
  const f = found[0];
  const best = f ? { e164: f.number.number, ext: f.number.ext ?? null, kind: "direct" as const, label: null, line: "", confidence: 0.5 } : null;
  return { from: message.from, best, numbers: best ? [best] : [], region: "US", timeZone: null, signatureLines: [] };
}

/** The project root: the nearest folder above this file with a package.json (works from src and build). */
function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const subset = (rs: CaseResult[], tag: string) => rs.filter((r) => r.tags.includes(tag));

async function main(): Promise<number> {
  const dir = corpusDir(repoRoot());
  if (!dir) {
    console.error("bench:extract: corpus not found at ../shared/corpus/signatures");
    return 2;
  }
  const cases = loadCorpus(dir);
  const messages = new Map<string, MailMessage>();
  for (const c of cases) messages.set(c.label.id, await parseEmail(c.raw));

  const engine = cases.map((c) => scoreCase(c, messages.get(c.label.id)!, extractContact(messages.get(c.label.id)!)));
  const baseline = cases.map((c) => scoreCase(c, messages.get(c.label.id)!, firstNumber(messages.get(c.label.id)!)));

  const speed = await rates(cases, {
    parseOnly: async (c) => messageText(await parseEmail(c.raw)),
    full: async (c) => extractContact(await parseEmail(c.raw)),
    first: async (c) => firstNumber(await parseEmail(c.raw)),
  });
  const { parseOnly, full, first: firstRate } = speed;

  const rows: Array<[string, string, string, string, string, string]> = [];
  const row = (name: string, rs: CaseResult[], speed: string) => {
    const s = summarize(rs);
    rows.push([name, String(s.cases), pct(s.bestAccuracy), pct(s.kindAccuracy), String(s.fromQuoted), speed]);
  };
  row("engine: all", engine, `${full.toFixed(0)} msg/s`);
  for (const tag of ["thread", "html", "no_phone"]) row(`engine: ${tag}`, subset(engine, tag), "");
  row("(a) first number in text", baseline, `${firstRate.toFixed(0)} msg/s`);
  for (const tag of ["thread", "html", "no_phone"]) row(`(a): ${tag}`, subset(baseline, tag), "");
  rows.push(["(b) parse + text only", String(cases.length), "-", "-", "-", `${parseOnly.toFixed(0)} msg/s`]);

  const head: typeof rows[number] = ["run", "cases", "best acc.", "kind acc.", "from quoted", "speed"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`Direct-dial extraction on ${dir} (${cases.length} cases)\n`);
  console.log(fmt(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(fmt(r));
  const ratio = parseOnly / full;
  console.log(`\nextraction time / parse-only time: ${ratio.toFixed(2)}x (goal <= 2x)`);

  const failures = engine.filter((r) => !r.bestOk || r.fromQuoted);
  const resultsDir = path.join(repoRoot(), "test-results");
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, "extract-bench-failures.txt");
  fs.writeFileSync(
    file,
    failures.map((r) => `${r.id}\tgot ${r.got.e164 ?? "null"}${r.got.ext ? " x" + r.got.ext : ""} (${r.got.kind ?? "-"}) ${JSON.stringify(r.got.line)}\texpected ${r.expected.e164 ?? "null"}${r.expected.ext ? " x" + r.expected.ext : ""}${r.fromQuoted ? "\tFROM QUOTED" : ""}`).join("\n") + "\n",
  );
  console.log(`${failures.length} failing cases listed in ${path.relative(process.cwd(), file)}`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: Error) => {
    console.error(`bench:extract: ${e.message}`);
    process.exitCode = 1;
  },
);
