// Corpus loading and scoring for the direct-dial engine, shared by the benchmark and the corpus accuracy test.
import * as fs from "node:fs";
import * as path from "node:path";
import { findNumbers } from "libphonenumber-js/max";
import type { CountryCode } from "libphonenumber-js/max";
import { extractContact, messageText } from "../../src/core/extract";
import { parseEmail } from "../../src/core/mime";
import { splitQuoted } from "../../src/core/text";
import type { ContactExtraction, MailMessage } from "../../src/core/types";

export interface CorpusLabel {
  id: string;
  sender: string;
  region_hint: string | null;
  numbers: Array<{ e164: string; ext: string | null; kind: string }>;
  best: string | null;
  best_ext: string | null;
  notes?: string;
  tags: string[];
}

export interface CorpusCase {
  label: CorpusLabel;
  raw: Buffer;
}

/** The signature corpus beside the project (../shared/corpus/signatures), or null when it is absent. */
export function corpusDir(root = path.resolve(__dirname, "../..")): string | null {
  // Compiled to build/node/test/bench, the repo root is three levels further up.
  for (const base of [root, path.resolve(root, "../..")]) {
    const dir = path.resolve(base, "../shared/corpus/signatures");
    if (fs.existsSync(path.join(dir, "labels.jsonl"))) return dir;
  }
  return null;
}

export function loadCorpus(dir: string): CorpusCase[] {
  return fs
    .readFileSync(path.join(dir, "labels.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusLabel)
    .map((label) => ({ label, raw: fs.readFileSync(path.join(dir, "cases", `${label.id}.eml`)) }));
}

export interface CaseResult {
  id: string;
  tags: string[];
  bestOk: boolean;
  /** The answer came from quoted history written by someone else. */
  fromQuoted: boolean;
  kindsRight: number;
  kindsTotal: number;
  got: { e164: string | null; ext: string | null; kind: string | null; line: string | null };
  expected: { e164: string | null; ext: string | null };
}

/** Numbers of the quoted parts (other people's), as E.164, to detect answers taken from quoted senders. */
function quotedNumbers(message: MailMessage, region: string): Set<string> {
  const out = new Set<string>();
  for (const q of splitQuoted(messageText(message)).quoted) {
    for (const f of findNumbers(q.text, { defaultCountry: region as CountryCode, v2: true } as Parameters<typeof findNumbers>[1]) as unknown as Array<{ number: { number: string } }>) {
      out.add(f.number.number);
    }
  }
  return out;
}

export function scoreCase(c: CorpusCase, message: MailMessage, result: ContactExtraction): CaseResult {
  const l = c.label;
  const got = result.best;
  const bestOk = (got?.e164 ?? null) === l.best && (got ? got.ext ?? null : null) === (l.best ? l.best_ext ?? null : null);
  const own = new Set(l.numbers.map((n) => n.e164));
  const fromQuoted = !!got && !own.has(got.e164) && quotedNumbers(message, l.region_hint ?? "US").has(got.e164);
  let kindsRight = 0;
  for (const n of l.numbers) {
    const found = result.numbers.find((f) => f.e164 === n.e164 && (f.ext ?? null) === (n.ext ?? null));
    if (found && found.kind === n.kind) kindsRight++;
  }
  return {
    id: l.id,
    tags: l.tags,
    bestOk,
    fromQuoted,
    kindsRight,
    kindsTotal: l.numbers.length,
    got: { e164: got?.e164 ?? null, ext: got?.ext ?? null, kind: got?.kind ?? null, line: got?.line ?? null },
    expected: { e164: l.best, ext: l.best_ext },
  };
}

/** Parse and extract every case; throws only if the engine itself throws. */
export async function runCorpus(cases: CorpusCase[]): Promise<CaseResult[]> {
  const out: CaseResult[] = [];
  for (const c of cases) {
    const message = await parseEmail(c.raw);
    out.push(scoreCase(c, message, extractContact(message)));
  }
  return out;
}

export interface Summary {
  cases: number;
  bestAccuracy: number;
  kindAccuracy: number;
  fromQuoted: number;
}

export function summarize(results: CaseResult[]): Summary {
  const kindsTotal = results.reduce((s, r) => s + r.kindsTotal, 0);
  return {
    cases: results.length,
    bestAccuracy: results.length ? results.filter((r) => r.bestOk).length / results.length : 0,
    kindAccuracy: kindsTotal ? results.reduce((s, r) => s + r.kindsRight, 0) / kindsTotal : 1,
    fromQuoted: results.filter((r) => r.fromQuoted).length,
  };
}
