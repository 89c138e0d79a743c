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
  /** Unseen corpus only: "tune" (rules may be decided on it) or "held" (never tuned on). */
  split?: "tune" | "held";
  /** Unseen corpus only: the sender's likely IANA zone. */
  tz?: string | null;
  best_kind?: string | null;
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

/**
 * The unseen corpus (test/corpus/unseen/README.md): labelled public mail kept out of the repository, at
 * $DIALBACK_UNSEEN_CORPUS or ../unseen-corpus beside the project, in parts `<part>/labels.jsonl` +
 * `<part>/cases/<id>.eml`. Null when absent.
 */
export function unseenCorpusDir(root = path.resolve(__dirname, "../..")): string | null {
  const candidates = process.env.DIALBACK_UNSEEN_CORPUS ? [process.env.DIALBACK_UNSEEN_CORPUS] : [root, path.resolve(root, "../..")].map((b) => path.resolve(b, "../unseen-corpus"));
  for (const dir of candidates) {
    if (fs.existsSync(dir) && fs.readdirSync(dir).some((p) => fs.existsSync(path.join(dir, p, "labels.jsonl")))) return dir;
  }
  return null;
}

export function loadUnseenCorpus(dir: string): CorpusCase[] {
  return fs
    .readdirSync(dir)
    .sort()
    .filter((p) => fs.existsSync(path.join(dir, p, "labels.jsonl")))
    .flatMap((p) => loadCorpus(path.join(dir, p)).filter((c) => c.raw.length > 0));
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
    .map((label) => {
      const file = path.join(dir, "cases", `${label.id}.eml`);
      return { label, raw: fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0) };
    });
}

export interface CaseResult {
  id: string;
  tags: string[];
  bestOk: boolean;
  /** The answer came from quoted history written by someone else. */
  fromQuoted: boolean;
  /** The answer is a number in the message that is not the sender's: another person's. */
  wrongPerson: boolean;
  /** The engine flagged its answer as unsure (`best.unsure`). */
  flagged: boolean;
  /** Labelled zone, and whether the engine's zone matches it (null when unlabelled). */
  tzOk: boolean | null;
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

/** Every number libphonenumber finds anywhere in the message (newest text and quoted history). */
function allNumbers(message: MailMessage, region: string): Set<string> {
  const out = new Set<string>();
  for (const f of findNumbers(messageText(message), { defaultCountry: region as CountryCode, v2: true } as Parameters<typeof findNumbers>[1]) as unknown as Array<{ number: { number: string } }>) {
    out.add(f.number.number);
  }
  return out;
}

export function scoreCase(c: CorpusCase, message: MailMessage, result: ContactExtraction): CaseResult {
  const l = c.label;
  const got = result.best;
  const bestOk = (got?.e164 ?? null) === l.best && (got ? got.ext ?? null : null) === (l.best ? l.best_ext ?? null : null);
  const own = new Set(l.numbers.map((n) => n.e164));
  const region = l.region_hint ?? "US";
  const fromQuoted = !!got && !own.has(got.e164) && quotedNumbers(message, region).has(got.e164);
  // Not the sender's, and written in the message: someone else's line (a misread digit string is wrong, not this).
  const wrongPerson = !!got && !own.has(got.e164) && (fromQuoted || allNumbers(message, region).has(got.e164) || allNumbers(message, result.region ?? region).has(got.e164));
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
    wrongPerson,
    flagged: !!got?.unsure,
    tzOk: l.tz === undefined || l.tz === null ? null : result.timeZone === l.tz,
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
  wrongPerson: number;
  /** Wrong-person answers the engine did not flag as unsure: the ones an attorney would trust. */
  wrongPersonUnflagged: number;
  /** Share of labelled zones matched, or null when none is labelled. */
  tzAccuracy: number | null;
}

export function summarize(results: CaseResult[]): Summary {
  const kindsTotal = results.reduce((s, r) => s + r.kindsTotal, 0);
  return {
    cases: results.length,
    bestAccuracy: results.length ? results.filter((r) => r.bestOk).length / results.length : 0,
    kindAccuracy: kindsTotal ? results.reduce((s, r) => s + r.kindsRight, 0) / kindsTotal : 1,
    fromQuoted: results.filter((r) => r.fromQuoted).length,
    wrongPerson: results.filter((r) => r.wrongPerson).length,
    wrongPersonUnflagged: results.filter((r) => r.wrongPerson && !r.flagged).length,
    tzAccuracy: results.some((r) => r.tzOk !== null) ? results.filter((r) => r.tzOk).length / results.filter((r) => r.tzOk !== null).length : null,
  };
}
