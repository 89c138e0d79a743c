// A call agenda from an email thread: what the client asked, asked for and is waiting on, in the client's
// words, newest first; minus what the attorney already answered in a later reply.
import type { Mailbox, MailMessage } from "../types";
import { stableHashHex } from "../booking/stableHash";
import { readSentence } from "./classify";
import { detectLanguage, roughWords } from "./language";
import { addresses, keyTerms, overlap } from "./keyTerms";
import { defaultNewestText } from "./newestText";
import { elaborates, KIND_STRENGTH } from "./elaboration";
import { ownWords, sentenceRuns } from "./sentences";
import { templateItems } from "./templates";
import type { AgendaItem, AgendaOptions } from "./types";

/** Inline images, logos, signatures and vCards travel as attachments; they are not something to discuss. */
const INLINE_IMAGE = /^(image\d*|outlook-[\w-]+|logo[\w-]*|att\d+)\.(png|jpe?g|gif|bmp)$|\.(asc|p7s|p7m|vcf)$|^winmail\.dat$/i;

function addressOf(who: Mailbox | string | null | undefined): string | null {
  if (!who) return null;
  const a = typeof who === "string" ? who : who.address;
  return a ? a.trim().toLowerCase() : null;
}

function messageKey(m: MailMessage, index: number): string {
  return m.id ?? m.messageId ?? `message-${index + 1}`;
}

interface Candidate extends AgendaItem {
  terms: Set<string>;
  at: number;
}

/** A short label before a colon ("Eine erste Frage vorab:", "Una pregunta rápida:") frames the point; it is no part of what an answer must name. */
const LABEL = /^[^:?!.]{1,40}:\s+(?=\S)/u;
const pointOf = (sentence: string) => sentence.replace(LABEL, "");

export function buildAgenda(thread: MailMessage[], options: AgendaOptions): AgendaItem[] {
  const client = addressOf(options.client);
  if (!client) throw new Error("buildAgenda: options.client needs an address");
  const attorney = addressOf(options.attorney ?? null);
  const newestText = options.newestText ?? defaultNewestText;
  const maxItems = options.maxItems ?? 8;
  const keepAnswered = options.keepAnswered ?? true;

  // Chronological position: Date headers when every message has one, else the thread's newest-first order.
  const useDates = thread.every((m) => !!m.date && Number.isFinite(Date.parse(m.date)));
  const dated = thread.map((m, i) => ({ m, i, at: useDates ? Date.parse(m.date as string) : -i }));

  const replies = dated
    .filter((d) => {
      const from = addressOf(d.m.from);
      return from !== client && (!attorney || from === attorney);
    })
    .map((d) => ({ at: d.at, terms: keyTerms(ownWords(newestText(d.m))) }));

  const items: Candidate[] = [];
  const newestFirst = [...dated].sort((a, b) => b.at - a.at);
  for (const d of newestFirst) {
    if (addressOf(d.m.from) !== client) continue;
    const source = messageKey(d.m, d.i);
    const at = d.at;
    const found: { text: string; kind: AgendaItem["kind"]; source?: string; attaches?: boolean; run?: number }[] = [];
    const files = (d.m.attachments ?? []).filter((a) => a.filename && !INLINE_IMAGE.test(a.filename));
    const own = ownWords(newestText(d.m));
    // The message's language is the prior for each sentence's own reading (short sentences say little).
    const lang = detectLanguage(roughWords(own.slice(0, 4000)), own.slice(0, 4000));
    let announced = false;
    for (const [runIndex, run] of sentenceRuns(own, lang).entries()) {
      // The item the previous sentence of this run made or folded into, and that sentence's key terms.
      let last: { item: (typeof found)[number]; terms: Set<string> } | null = null;
      for (const sentence of run) {
        const r = readSentence(sentence, lang);
        // A bare "Photo attached." names no point: the files go with the point before it.
        if (r.role !== "topic" && r.attaches && last) {
          last.item.attaches = true;
          announced = true;
          continue;
        }
        if (r.role !== "topic" || !r.kind) {
          last = null;
          continue;
        }
        // A sentence that goes on about the previous point ("Is that realistic given the bank consent?", "Das möchte
        // ich genau verstehen") is part of it: the first wording stays, the stronger kind wins.
        if (last && !r.attaches && elaborates(sentence, r.lang, last.terms)) {
          if (KIND_STRENGTH[r.kind] > KIND_STRENGTH[last.item.kind]) last.item.kind = r.kind;
          last.terms = keyTerms(sentence);
          continue;
        }
        // The sentence announcing a file says what it is about ("our comments on schedule 3 are attached"): it is the
        // item, with the client's sentence as source; the bare file list stands in only when no sentence announces it.
        if (r.attaches) announced = true;
        const item = { text: r.phrase, kind: r.kind, source: sentence, attaches: r.attaches, run: runIndex };
        found.push(item);
        last = { item, terms: keyTerms(sentence) };
      }
    }
    if (announced && files.length > 0) {
      // The first sentence announcing the files names them: "Signed lease (Lease signed.pdf)".
      const names = files.map((a) => a.filename).join(", ");
      const first = found.find((f) => f.attaches);
      if (first) first.text = `${first.text} (${names.length <= 80 ? names : `${files.length} files`})`;
    }
    // Worded for the email to the client as much as for the attorney's list.
    if (!announced) for (const a of files) found.push({ text: `The document you sent: ${a.filename}`, kind: "attachment" });
    // Items of this message and the run each came from, for answered context below.
    const made: { item: Candidate; run?: number; kind: AgendaItem["kind"] }[] = [];
    for (const f of found) {
      // Duplicates and answers are judged on the client's whole sentence: the short phrase has too few words.
      const terms = keyTerms(f.source ?? f.text);
      // The newest wording of a point wins; older repeats of it are dropped.
      // Files are only the same file by name; similar names ("Lease v1.pdf", "Lease v2.pdf") are different drafts.
      const fuzzy = f.kind !== "attachment" && terms.size >= 2;
      if (items.some((x) => x.text.toLowerCase() === f.text.toLowerCase() || (fuzzy && x.kind !== "attachment" && overlap(x.terms, terms) >= 0.8))) continue;
      const point = f.source ? keyTerms(pointOf(f.source)) : terms;
      const answered = f.kind !== "attachment" && replies.some((r) => r.at > at && addresses(point, r.terms));
      const item: Candidate = {
        id: `item-${stableHashHex(`${source}\n${f.text}`).slice(0, 12)}`,
        text: f.text,
        kind: f.kind,
        ...(f.source ? { source: f.source } : {}),
        sourceMessageId: source,
        ...(answered ? { answered: true } : {}),
        terms,
        at,
      };
      items.push(item);
      made.push({ item, run: f.run, kind: f.kind });
    }
    // A paragraph the attorney answered a point of is answered as a whole: its statements were the point's context
    // ("Nos llegó un requerimiento del SAT. ¿El plazo de 20 días es hábil o natural?"). Its own questions, requests
    // and files still need their own answer.
    const answeredRuns = new Set(made.filter((m) => m.item.answered && m.run !== undefined).map((m) => m.run));
    for (const m of made) if (m.kind === "topic" && m.run !== undefined && answeredRuns.has(m.run)) m.item.answered = true;
  }

  const open = items.filter((x) => !x.answered).slice(0, maxItems);
  const done = keepAnswered ? items.filter((x) => x.answered) : [];
  const result: AgendaItem[] = [...open, ...done].map(({ terms: _t, at: _a, ...item }) => item);
  const templates = new Set(options.templates ?? []);
  const fallback = options.fallbackTemplate === undefined ? "check-in" : options.fallbackTemplate;
  if (open.length === 0 && fallback) templates.add(fallback);
  for (const t of templates) result.push(...templateItems(t));
  return result;
}

/** The items a call should still cover: not answered. */
export function openItems(agenda: AgendaItem[]): AgendaItem[] {
  return agenda.filter((x) => !x.answered);
}
