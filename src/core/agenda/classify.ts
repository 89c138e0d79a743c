// Which sentences of a client's email belong on a call agenda, and as what.
import type { AgendaKind } from "./types";

/** Small talk ends in "?" too; it is not agenda. */
const PLEASANTRY = /^(and )?(how are (you|things)|how('s| is) (it going|everything|the family|life)|hope (you|all|this|everything)|how was (your|the) (weekend|holiday|trip|vacation|summer)|did you have a (good|nice)|any news\??$|right\?$|ok\?$|thoughts\?$)/i;

const INDIRECT_QUESTION = new RegExp(
  [
    "\\blet (me|us) know (if|whether|what|when|how|who|which|your)\\b",
    "\\b(could|can|would) you (please )?(confirm|advise|clarify|tell|explain|check|let)\\b",
    "\\bI('m| am| was)? wondering (if|whether|what|how|when)\\b",
    "\\bI wonder (if|whether)\\b",
    "\\bplease (advise|confirm|clarify|explain)\\b",
    "\\b(I|we)('d| would) (like|love) to (know|understand|discuss|talk about|go over)\\b",
    "\\bnot sure (if|whether|what|how)\\b",
    "\\b(your|any) (thoughts|views|advice) on\\b",
  ].join("|"),
  "i",
);

const REQUEST = new RegExp(
  [
    "\\bplease (send|provide|forward|review|share|sign|return|look|prepare|draft|update|call|file|circulate|check)\\b",
    "\\b(could|can|would) you (please )?(send|provide|forward|review|share|sign|look|prepare|draft|update|file|circulate)\\b",
    "\\b(we|I) (still )?need\\b",
    "\\b(we|I)('re| are| am)? (still )?waiting (for|on)\\b",
    "\\bwaiting (for|on)\\b",
    // "outstanding" as a status, not as praise ("outstanding students").
    "\\b(is|are|still|remains?|currently) (pending|outstanding)\\b",
    "\\b(pending|outstanding) (items?|invoices?|payments?|issues?|points?|questions?|matters?|documents?|signatures?|balance|amount)\\b",
    "\\bneed(s)? to be (signed|filed|sent|reviewed|done|completed|submitted)\\b",
    "\\b(follow|following) up on\\b",
    "\\b(remind|reminder)\\b",
  ].join("|"),
  "i",
);

const MONTH = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)";
const WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)";
const DATE_WORDS = [
  `(the )?\\d{1,2}(st|nd|rd|th)( of ${MONTH})?`,
  `\\d{1,2}(st|nd|rd|th)? ${MONTH}`,
  `${MONTH} \\d{1,2}(st|nd|rd|th)?`,
  `(this |next )?${WEEKDAY}`,
  "(the )?end of (the |this |next )?(day|week|month|quarter|year)",
  "(tomorrow|tonight|today|next week|next month|eod|cob|close of business)",
  "\\d{1,2}[/.]\\d{1,2}([/.]\\d{2,4})?",
  "(q[1-4])",
].join("|");
const DEADLINE = new RegExp(`\\b(by|before|no later than|not later than|until|till|due( on| by)?|deadline( is| of)?|expires?( on)?|closing( on)?)\\s+(${DATE_WORDS})\\b|\\bdeadline\\b|\\bdue date\\b`, "i");

/** The kind of agenda item a sentence is, or null when it is not one. */
export function classifySentence(sentence: string): Exclude<AgendaKind, "template"> | null {
  const s = sentence.trim();
  // Fewer than four words is a reflex ("Please advise.", "Thoughts?") or a footer ("Do You Yahoo!?").
  if (s.split(/\s+/).length < 4 || PLEASANTRY.test(s)) return null;
  if (/\?["')\]]*$/.test(s)) return "question";
  if (DEADLINE.test(s)) return "deadline";
  if (INDIRECT_QUESTION.test(s)) return "question";
  if (REQUEST.test(s)) return "request";
  if (ATTACHMENT.test(s)) return "attachment";
  return null;
}

/** "I've attached the signed lease", "Enclosed is the invoice": a document the call may need to cover. */
const ATTACHMENT = /\b(attached|enclosed|attaching|enclosing)\b/i;

const LEAD_IN = /^(also|and|so|but|finally|lastly|separately|one more thing|oh and|plus|p\.?s\.?|secondly|firstly|thirdly)[,:;]?\s+/i;

/** Trimmed to the point: lead-in words off, first letter up, at most `max` characters at a word boundary. */
export function shorten(sentence: string, max = 160): string {
  let s = sentence.trim().replace(/^[-_=*~\s]{2,}/, "").replace(LEAD_IN, "");
  s = s.charAt(0).toUpperCase() + s.slice(1);
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:\s]+$/, "")}…`;
}
