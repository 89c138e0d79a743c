// The "Let's set up a call" note: written as the attorney would write it, in the client's time first.
import type { Mailbox } from "../types";
import type { AgendaItem } from "../agenda";
import type { ProposedSlot } from "../scheduling";
import { DialNumber, escapeHtml, numberForPeople, oneLine, telLinkHtml } from "./html";
import { displayName, firstName } from "./people";
import { describeSlot, clockFrom } from "./timeWording";
import { agendaPoints } from "./agendaPoints";
import type { ClockStyle } from "./clock";

export interface ComposedEmail {
  subject: string;
  /** HTML fragment for an Outlook reply body: paragraphs, a list and tel: links; every value escaped. */
  html: string;
  text: string;
}

export interface CallRequestInput {
  client: Mailbox;
  attorney: Mailbox;
  agenda: AgendaItem[];
  slots: ProposedSlot[];
  /** The number the attorney will call; null when none was found (the note then asks for one). */
  dialNumber: DialNumber | null;
  /** Why we are calling, one sentence in the attorney's voice; a default is chosen from the agenda. */
  purpose?: string;
  /** The thread's subject: the reply keeps it ("Re: …") so the note stays in the conversation. */
  threadSubject?: string | null;
  /** Locale for dates and times, e.g. "en-GB". Default "en-US". */
  locale?: string;
  /** The attorney's mailboxSettings timeFormat ("h:mm tt", "HH:mm"): 12- or 24-hour times. Default the locale's. */
  timeFormat?: string | null;
  /** The attorney's whole clock (clockStyleOf(mailboxSettings)); wins over `locale` and `timeFormat`. */
  clock?: ClockStyle;
  durationMinutes?: number;
  /**
   * What the note is for: "reply" answers a live matter in its thread; "care-call" is the keep-in-touch note
   * of the care-call list. Default "reply" when there is a thread subject, else "care-call".
   */
  occasion?: "reply" | "care-call";
  /** The client's own newest words: the greeting follows their register ("Dear Mr. Morgan" or "Hi Alex"). */
  clientText?: string | null;
}

export const CALL_REQUEST_SUBJECT = "Let's set up a call";

/** "Re: <thread subject>" when replying in a thread, else "Let's set up a call". */
export function replySubject(threadSubject: string | null | undefined, fallback = CALL_REQUEST_SUBJECT): string {
  const bare = oneLine(threadSubject).replace(/^\s*((re|aw|sv|fw|fwd|wg)\s*(\[\d+\])?\s*:\s*)+/i, "").trim();
  return bare ? `Re: ${bare}` : fallback;
}

interface Block {
  kind: "p" | "list";
  /** For "p": parts, each either plain text (escaped) or ready HTML. */
  parts?: { text: string; html?: string }[];
  items?: string[];
}

/** Renders the same blocks as escaped HTML and as plain text, so the two versions never drift apart. */
export function render(blocks: Block[]): { html: string; text: string } {
  const html = blocks
    .map((b) =>
      b.kind === "list"
        ? `<ul>${(b.items ?? []).map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`
        : `<p>${(b.parts ?? []).map((p) => p.html ?? escapeHtml(p.text).replace(/\n/g, "<br>")).join("")}</p>`,
    )
    .join("\n");
  // In the plain text a list hangs under the line that introduces it.
  const text = blocks
    .map((b, i) => {
      const body = b.kind === "list" ? (b.items ?? []).map((x) => `- ${x}`).join("\n") : (b.parts ?? []).map((x) => x.text).join("");
      return i === 0 ? body : `${b.kind === "list" ? "\n" : "\n\n"}${body}`;
    })
    .join("");
  return { html: `<div>\n${html}\n</div>`, text: `${text}\n` };
}

export function p(...parts: (string | { text: string; html: string })[]): Block {
  return { kind: "p", parts: parts.map((x) => (typeof x === "string" ? { text: x } : x)) };
}

export function list(items: string[]): Block {
  return { kind: "list", items };
}

export type Register = { kind: "formal" } | { kind: "first-name"; word: string };

const FORMAL_OPENING = /^\s*(dear|sehr geehrte[rs]?|estimad[oa]s?|cher|ch[eè]re|gentile|egregio)\s+(mr|mrs|ms|miss|mx|dr|prof|herr|frau|m|mme|sr|sra|sig|sig\.ra)\b\.?\s+\S/iu;
const OPENING = /^\s*(hi|hello|hey|dear|hallo|liebe[rs]?|bonjour|hola|ciao)\b[ ,]*(\p{L}[\p{L}'-]*)?/iu;

/** How the client opened their newest message: with a title and surname, or a first name (and which word). */
export function registerOf(clientText: string | null | undefined): Register | null {
  const first = (clientText ?? "").split(/\n/).map((l) => l.trim()).find((l) => l.length > 0);
  if (!first) return null;
  if (FORMAL_OPENING.test(first)) return { kind: "formal" };
  const m = OPENING.exec(first);
  if (!m) return null;
  const word = m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase();
  return { kind: "first-name", word };
}

const ACADEMIC = /^(dr|prof|professor)$/i;

/**
 * "Dr. Vogel" when the client gives the title themselves, in their From name or their own signature line
 * ("Dr. Katrin Vogel"); a gendered title is never guessed, so otherwise null.
 */
function titleAndSurname(named: string, clientText: string | null | undefined): string | null {
  const words = named.replace(/,.*$/, "").split(/\s+/).filter(Boolean);
  const surname = words[words.length - 1]?.replace(/[^\p{L}'’-]/gu, "");
  if (!surname || words.length < 2) return null;
  // "Dr." and "Prof." are abbreviations; "Professor" is written out.
  const title = (t: string) => (/^professor$/i.test(t) ? "Professor" : `${t.charAt(0).toUpperCase()}${t.slice(1).toLowerCase()}.`);
  const head = words[0].replace(/\.$/, "");
  if (ACADEMIC.test(head)) return `${title(head)} ${surname}`;
  const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const signed = new RegExp(String.raw`^\s*(Dr|Prof|Professor)\.?\s+(?:[\p{L}.'’-]+\s+){0,2}${esc}\s*$`, "imu").exec(clientText ?? "");
  return signed ? `${title(signed[1])} ${surname}` : null;
}

/**
 * The greeting in the client's register: "Dear Dr. Sato," / "Dear Haruto Sato," when they wrote with a title
 * and surname (the add-in does not guess a title it was not given), "Dear Katrin," or "Hi Priya," when they
 * used a first name, "Hi Jane," when their opening says nothing.
 */
export function greeting(client: Mailbox, clientText?: string | null): string {
  const register = registerOf(clientText);
  if (register?.kind === "formal") {
    const full = displayName(client);
    const named = full && !full.includes("@") ? full.replace(/\s*[([].*?[)\]]\s*/g, " ").trim() : null;
    const titled = named ? titleAndSurname(named, clientText) : null;
    return titled ? `Dear ${titled},` : named ? `Dear ${named},` : "Dear Sir or Madam,";
  }
  const name = firstName(client);
  if (!name) return register?.word === "Dear" ? "Dear client," : "Hello,";
  const word = register && ["Hi", "Hello", "Dear"].includes(register.word) ? register.word : "Hi";
  return `${word} ${name},`;
}

export function signOff(attorney: Mailbox): Block {
  return p(`Best regards,\n${firstName(attorney) ?? displayName(attorney)}`);
}

export function numberBlock(dialNumber: DialNumber | null, verb: string): Block {
  if (!dialNumber) return p("What is the best number to reach you on? I'll call you at the time you pick.");
  return p(`${verb} `, { text: numberForPeople(dialNumber), html: telLinkHtml(dialNumber) }, ". If another number is better for you, just reply with it.");
}

export function composeCallRequest(input: CallRequestInput): ComposedEmail {
  const points = agendaPoints(input.agenda);
  const fromThread = points?.fromThread ?? false;
  const occasion = input.occasion ?? (oneLine(input.threadSubject) ? "reply" : "care-call");
  const topic = replySubject(input.threadSubject, "").replace(/^Re: /, "");
  const clock = input.clock ?? clockFrom(input.locale, input.timeFormat);
  const purpose =
    input.purpose?.trim() ||
    (occasion === "care-call"
      ? "It has been a while since we last spoke, and I'd like to set up a short call to stay in touch and hear how things are going."
      : `Thanks for your note${topic ? ` on ${topic}` : ""}; a call would be quicker to go through it${fromThread ? " together" : ""}.`);
  const minutes = input.durationMinutes ?? durationOf(input.slots[0]);
  const blocks: Block[] = [p(greeting(input.client, input.clientText)), p(purpose)];
  if (points) blocks.push(p(points.heading), list(points.items));
  if (input.slots.length > 0) {
    blocks.push(
      p(`Would one of these times work for you${minutes ? ` (about ${minutes} minutes)` : ""}?`),
      list(input.slots.map((s) => describeSlot(s, clock))),
      p("If none of them suits, send me a couple of times that do and I'll make one work."),
    );
  } else {
    blocks.push(p(`Could you send me a few times${minutes ? ` for a call of about ${minutes} minutes` : ""} that suit you, with your time zone? I'll make one of them work.`));
  }
  blocks.push(numberBlock(input.dialNumber, "I'll call you on"), signOff(input.attorney));
  return { subject: replySubject(input.threadSubject), ...render(blocks) };
}

function durationOf(slot: ProposedSlot | undefined): number | null {
  if (!slot) return null;
  const ms = Date.parse(slot.end) - Date.parse(slot.start);
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 60_000) : null;
}
