// The "Let's set up a call" note: written as the attorney would write it, in the client's time first.
import type { Mailbox } from "../types";
import type { AgendaItem } from "../agenda";
import type { ProposedSlot } from "../scheduling";
import { DialNumber, escapeHtml, numberForPeople, oneLine, telLinkHtml } from "./html";
import { displayName, firstName } from "./people";
import { describeSlot } from "./timeWording";

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
  durationMinutes?: number;
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

export function greeting(client: Mailbox): string {
  const name = firstName(client);
  return name ? `Hi ${name},` : "Hello,";
}

export function signOff(attorney: Mailbox): Block {
  return p(`Best regards,\n${firstName(attorney) ?? displayName(attorney)}`);
}

export function numberBlock(dialNumber: DialNumber | null, verb: string): Block {
  if (!dialNumber) return p("What is the best number to reach you on? I'll call you at the time you pick.");
  return p(`${verb} `, { text: numberForPeople(dialNumber), html: telLinkHtml(dialNumber) }, ". If another number is better for you, just reply with it.");
}

export function composeCallRequest(input: CallRequestInput): ComposedEmail {
  const open = input.agenda.filter((i) => !i.answered);
  const fromThread = open.filter((i) => i.kind !== "template");
  const purpose =
    input.purpose?.trim() ||
    (fromThread.length > 0
      ? "I'd like to set up a short call to go through the points from your recent emails and make sure you have what you need from us. This isn't a sales call; it's how I like to stay in touch."
      : "It has been a while, and I'd like to set up a short call just to stay in touch and hear how things are going. No agenda of mine to sell you on; I simply find a conversation beats a long email chain.");
  const minutes = input.durationMinutes ?? durationOf(input.slots[0]);
  const blocks: Block[] = [p(greeting(input.client)), p(purpose)];
  if (open.length > 0) {
    blocks.push(p(fromThread.length > 0 ? "Here is what I'd like to cover:" : "A few things I'd love to hear about:"), list(open.map((i) => i.text)));
  }
  if (input.slots.length > 0) {
    blocks.push(
      p(`Would one of these times work for you${minutes ? ` (about ${minutes} minutes)` : ""}?`),
      list(input.slots.map((s) => describeSlot(s, input.locale))),
      p("If none of them suits, send me a couple of times that do and I'll make one work."),
    );
  } else {
    blocks.push(p("My calendar is full for the next couple of weeks; could you send me a few times that suit you, and I'll make one of them work?"));
  }
  blocks.push(numberBlock(input.dialNumber, "I'll call you on"), signOff(input.attorney));
  return { subject: replySubject(input.threadSubject), ...render(blocks) };
}

function durationOf(slot: ProposedSlot | undefined): number | null {
  if (!slot) return null;
  const ms = Date.parse(slot.end) - Date.parse(slot.start);
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 60_000) : null;
}
