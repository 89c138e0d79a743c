// The note after a call that went to voicemail: short, names the number tried, offers times or a call back.
import type { Mailbox } from "../types";
import type { AgendaItem } from "../agenda";
import type { ProposedSlot } from "../scheduling";
import { ComposedEmail, greeting, list, numberBlock, p, render, replySubject, signOff } from "./callRequest";
import { DialNumber, numberForPeople, oneLine, telLinkHtml } from "./html";
import { clockFrom, describeSlot } from "./timeWording";
import type { ClockStyle } from "./clock";

export interface VoicemailFollowUpInput {
  client: Mailbox;
  attorney: Mailbox;
  /** The number that was tried. */
  dialNumber: DialNumber | null;
  /** Where the client can call back (the attorney's direct line), if the attorney wants to give it. */
  callbackNumber?: DialNumber | null;
  slots?: ProposedSlot[];
  agenda?: AgendaItem[];
  threadSubject?: string | null;
  locale?: string;
  /** The attorney's clock (clockStyleOf(mailboxSettings)); wins over `locale`. */
  clock?: ClockStyle;
  /** "reply": the call was about a live matter (its subject is named); "care-call": a keep-in-touch call. */
  occasion?: "reply" | "care-call";
  /** The client's own newest words: the greeting follows their register, as in the call request. */
  clientText?: string | null;
}

export const VOICEMAIL_SUBJECT = "Sorry I missed you";

export function composeVoicemailFollowUp(input: VoicemailFollowUpInput): ComposedEmail {
  const occasion = input.occasion ?? (oneLine(input.threadSubject) ? "reply" : "care-call");
  const topic = replySubject(input.threadSubject, "").replace(/^Re: /, "");
  // A live matter is never called "nothing urgent": the add-in cannot know that.
  const why = occasion === "care-call" ? " Nothing urgent; I wanted to stay in touch and catch up." : topic ? ` I was calling about ${topic}.` : "";
  const clock = input.clock ?? clockFrom(input.locale);
  const tried = input.dialNumber
    ? p("I just tried you on ", { text: numberForPeople(input.dialNumber), html: telLinkHtml(input.dialNumber) }, ` and left a short voicemail.${why}`)
    : p(`I tried to reach you by phone just now.${why}`);
  const blocks = [p(greeting(input.client, input.clientText)), tried];
  const open = (input.agenda ?? []).filter((i) => !i.answered && i.kind !== "template");
  if (open.length > 0) blocks.push(p("These are the points I had in mind:"), list(open.map((i) => i.text)));
  const slots = input.slots ?? [];
  if (slots.length > 0) blocks.push(p("Would one of these times suit you instead?"), list(slots.map((s) => describeSlot(s, clock))));
  if (input.callbackNumber) {
    blocks.push(p("Or call me back whenever it suits you on ", { text: numberForPeople(input.callbackNumber), html: telLinkHtml(input.callbackNumber) }, "."));
  }
  blocks.push(input.dialNumber ? p("If another number is better for reaching you, just reply with it.") : numberBlock(null, ""));
  blocks.push(signOff(input.attorney));
  return { subject: replySubject(input.threadSubject, VOICEMAIL_SUBJECT), ...render(blocks) };
}
