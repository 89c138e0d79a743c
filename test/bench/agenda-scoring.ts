// The labelled agenda set (test/corpus/agenda/*.json) and its scoring, shared by the benchmark and the gate test.
// An item is right when it was read from a labelled topic sentence and its phrase is about it (matchesTopic);
// precision and recall are per thread, then averaged. Tuning split: set-a (a01–a24); held aside: set-b (b01–b24). Logistics sentences ("Are you free next week?") must never become items.
import * as fs from "node:fs";
import * as path from "node:path";
import { buildAgenda, defaultNewestText } from "../../src/core/agenda";
import type { AgendaItem } from "../../src/core/agenda";
import type { Mailbox, MailMessage } from "../../src/core/types";
import { deu, eng, fra, spa } from "stopword";

export interface AgendaThread {
  id: string;
  lang: string;
  author: string;
  attorney: Mailbox;
  client: Mailbox;
  messages: Array<{ id: string; from: Mailbox; to?: Mailbox[]; date?: string; subject?: string; text: string; attachments?: { filename: string }[] }>;
  topics: Array<{ sentence: string; phrase: string; message?: string; attachment?: string }>;
  logistics: string[];
  answered?: Array<{ sentence: string; message?: string }>;
}

export function agendaSetDir(root = path.resolve(__dirname, "../..")): string {
  // Compiled to build/node/test/bench, the repo root is three levels further up.
  for (const base of [root, path.resolve(root, "../..")]) {
    const dir = path.join(base, "test", "corpus", "agenda");
    if (fs.existsSync(dir)) return dir;
  }
  return path.join(root, "test", "corpus", "agenda");
}

export function loadAgendaSet(dir = agendaSetDir()): AgendaThread[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as AgendaThread);
}

export function threadMessages(t: AgendaThread): MailMessage[] {
  return t.messages.map((m) => ({ id: m.id, messageId: m.id, from: m.from, to: m.to ?? [], subject: m.subject ?? "", date: m.date ?? null, text: m.text, attachments: m.attachments ?? [] }));
}

const norm = (s: string) => s.toLowerCase().normalize("NFKC").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const words = (s: string) => new Set(norm(s).split(" ").filter((w) => w.length > 1));

/** Same sentence: one contains the other (and is not a fragment of it), or most words of the shorter are in the longer. */
export function sameSentence(a: string, b: string): boolean {
  const na = norm(a);
  const nb = norm(b);
  if (!na || !nb) return false;
  const [shortN, longN] = na.length <= nb.length ? [na, nb] : [nb, na];
  // A fragment ("Call", "By") is contained in many sentences without being one of them.
  if (longN.includes(shortN) && shortN.length >= longN.length * 0.5) return true;
  const wa = words(a);
  const wb = words(b);
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size < 3 || small.size < big.size * 0.4) return false;
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  return shared / small.size >= 0.7;
}

/** The sentence an item came from: its `source` when the engine gives one, else its text. */
export function itemSource(item: AgendaItem): string {
  const source = (item as AgendaItem & { source?: string }).source;
  return source && source.trim() ? source : item.text;
}

// Content words of a phrase: letters or digits, not a function word of any of the four languages.
const FUNCTION_WORDS = new Set([...eng, ...deu, ...fra, ...spa].map((w) => w.toLowerCase()));
const contentWords = (s: string) => [...words(s)].filter((w) => (w.length >= 3 || /\d/.test(w)) && !FUNCTION_WORDS.has(w));

/**
 * Honest matching: an item covers a labelled topic only when it was read from that sentence (its `source`) and
 * its phrase says what the sentence is about (a content word of the sentence). A file listed without a
 * sentence covers only a topic that names that file; it does not cover the sentence announcing it.
 */
function matchesTopic(item: AgendaItem, topic: AgendaThread["topics"][number]): boolean {
  const source = (item as AgendaItem & { source?: string }).source;
  if (topic.attachment && item.text.includes(topic.attachment)) return true;
  if (!source || !source.trim()) return false;
  if (!sameSentence(source, topic.sentence)) return false;
  const sentenceWords = new Set(contentWords(topic.sentence));
  return contentWords(item.text).some((w) => sentenceWords.has(w));
}

export interface ThreadScore {
  id: string;
  lang: string;
  author: string;
  items: number;
  topics: number;
  correct: number;
  found: number;
  precision: number;
  recall: number;
  /** Items that are labelled logistics: must always be zero. */
  logistics: string[];
  /** Items that match no label, and topics no item covers (for reading failures). */
  extra: string[];
  missed: string[];
}

/** Scores the open (not answered), non-template items of one agenda against a thread's labels. */
export function scoreAgenda(t: AgendaThread, agenda: Array<AgendaItem>): ThreadScore {
  const items = agenda.filter((i) => i.kind !== "template" && !i.answered);
  const correct = items.filter((i) => t.topics.some((topic) => matchesTopic(i, topic)));
  const found = t.topics.filter((topic) => items.some((i) => matchesTopic(i, topic)));
  const logistics = items.filter((i) => t.logistics.some((l) => sameSentence(itemSource(i), l)) && !t.topics.some((topic) => matchesTopic(i, topic)));
  return {
    id: t.id,
    lang: t.lang,
    author: t.author,
    items: items.length,
    topics: t.topics.length,
    correct: correct.length,
    found: found.length,
    precision: items.length === 0 ? 1 : correct.length / items.length,
    recall: t.topics.length === 0 ? 1 : found.length / t.topics.length,
    logistics: logistics.map((i) => itemSource(i)),
    extra: items.filter((i) => !correct.includes(i)).map((i) => `${i.text} <= ${itemSource(i)}`),
    missed: t.topics.filter((topic) => !found.includes(topic)).map((topic) => topic.sentence),
  };
}

/** The engine's agenda for a labelled thread. */
export function engineAgenda(t: AgendaThread): AgendaItem[] {
  return buildAgenda(threadMessages(t), { client: t.client, attorney: t.attorney, fallbackTemplate: null, maxItems: 20 });
}

/** Baseline: every sentence with a question mark in the client's own (unquoted) text. */
export function questionMarkAgenda(t: AgendaThread): AgendaItem[] {
  const out: AgendaItem[] = [];
  for (const m of threadMessages(t)) {
    if (m.from.address.toLowerCase() !== t.client.address.toLowerCase()) continue;
    const text = defaultNewestText(m).replace(/\s+/g, " ");
    for (const s of text.match(/[^.!?]*\?/g) ?? []) {
      if (s.trim()) out.push({ id: `q${out.length}`, text: s.trim(), source: s.trim(), kind: "question", sourceMessageId: m.id ?? "" });
    }
  }
  return out;
}

export interface AgendaSummary {
  threads: number;
  precision: number;
  recall: number;
  logisticsItems: number;
}

export function summarizeAgenda(scores: ThreadScore[]): AgendaSummary {
  const n = scores.length || 1;
  return {
    threads: scores.length,
    precision: scores.reduce((s, x) => s + x.precision, 0) / n,
    recall: scores.reduce((s, x) => s + x.recall, 0) / n,
    logisticsItems: scores.reduce((s, x) => s + x.logistics.length, 0),
  };
}
