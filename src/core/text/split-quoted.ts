// Separating the newest message from the quoted history below (or above, or between) it.
//
// Mail clients mark quoted history in a handful of ways; each is recognised by a small rule below:
// divider lines ("-----Original Message-----", forwarded-message markers, Outlook's underscore rule),
// reply header blocks ("From:/Sent:/To:/Subject:" in several languages, Lotus Notes "To:/cc:/Subject:"),
// attribution lines ("On <date>, <name> wrote:", also wrapped over several lines) and ">" quoting.
// Everything after the first divider or header block is history. ">" blocks before it are history too, which
// keeps bottom-posted and interleaved replies (the new text sits between or below the quotes) in the body.
import type { Mailbox } from "../types";
import { normalizeText } from "./normalize";

export interface QuotedPart {
  /** Divider, header and attribution lines that introduced this part. */
  headerLines: string[];
  /** The quoted author when the header names one. */
  from?: Mailbox | null;
  /** The quoted text, ">" markers removed. */
  text: string;
}

export interface SplitMessage {
  /** The newest message: the sender's own words and signature. */
  body: string;
  quoted: QuotedPart[];
}

const DIVIDER = new RegExp(
  String.raw`^[\s>*]*(?:-{2,}|_{2,}|={2,})?\s*(?:` +
    [
      "original message", "ursprüngliche nachricht", "originalnachricht", "message d'origine", "message original",
      "mensaje original", "mensagem original", "messaggio originale", "oorspronkelijk bericht", "originalmeddelande",
      "oprindelig meddelelse", "opprinnelig melding", "alkuperäinen viesti", "původní zpráva", "wiadomość oryginalna",
      "forwarded message", "weitergeleitete nachricht", "message transféré", "mensaje reenviado",
      "mensagem encaminhada", "messaggio inoltrato", "doorgestuurd bericht", "vidarebefordrat meddelande",
      "forwarded by\\b.*", "original text", "reply message",
    ].join("|") +
    String.raw`)\s*:?\s*(?:-{2,}|_{2,}|={2,})?\s*$`,
  "i",
);
const BEGIN_FORWARD = /^\s*(begin forwarded message|début du message réexpédié|anfang der weitergeleiteten nachricht|inicio del mensaje reenviado)\s*:\s*$/i;
const UNDERSCORE_RULE = /^\s*_{20,}\s*$/;
// GroupWise's reply header: '>>> "Campbell, Carolyn" <CCampbell@KSLAW.com> 01/02/01 11:12AM >>>'.
const GROUPWISE = /^\s*>>>\s*(.{1,200}?)\s+\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}\s*(?:[AP]M)?\s*>>>\s*$/i;

// Reply headers as Outlook writes them in each language (Japanese, Chinese and Korean with a full-width colon).
const FROM_KEYS =
  "from|von|de|da|van|från|fra|od|lähettäjä|от|feladó|afzender|remitente|expéditeur|kimden|avsändare|afsender|remetente|差出人|送信者|发件人|發件人|寄件者|寄件人|보낸 사람";
const OTHER_KEYS =
  "sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|à|a|objet|enviado|fecha|para|asunto|inviato|oggetto|verzonden|aan|onderwerp|skickat|till|ämne|sendt|til|emne|odesláno|komu|předmět|wysłano|temat|data|envoyé par|sent by|importance|priority" +
  "|enviada|assunto|tarih|kime|konu|lähetetty|vastaanottaja|aihe|küldve|címzett|tárgy|отправлено|кому|тема|дата" +
  "|送信日時|日付|宛先|件名|发送时间|發送時間|日期|时间|時間|收件人|收件者|主题|主題|主旨|抄送|副本|寄件日期|받는 사람|날짜|제목|참조";
const COLON = "[:：]";
const FROM_HEADER = new RegExp(String.raw`^[\s>]*\*?(?:${FROM_KEYS})\s*${COLON}\*?\s*\S`, "i");
const ANY_HEADER = new RegExp(String.raw`^[\s>]*\*?(?:${FROM_KEYS}|${OTHER_KEYS})\s*${COLON}\*?`, "i");
const LOTUS_TO = /^\s*to\s*:\s*\S/i;
const LOTUS_NEXT = /^\s*(cc|bcc|subject)\s*:/i;
const DATE_OR_AT = /(\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}|@)/;

// The verb, then at most a "(a)" gender ending or a parenthesised date ("írta (időpont: 2026. márc. 2.)"), then ":".
// A lookbehind, not \b: \b knows only ASCII letters, so "\bнаписал" never matched.
const ATTRIBUTION_END = /(?:(?<![\p{L}])(?:wrote|writes|schrieb|a écrit|escribió|escreveu|ha scritto|schreef|geschreven|skrev|napisał|pisze|kirjoitti|napsal|írta|написал|написала|пише|έγραψε|đã viết|menulis|a scris|yazdı)|寫道|写道|書きました|작성)(?:\s*\([^()]{0,80}\))?\s*[:：]?\s*$/iu;
// Attributions with the author after the verb: "Am 04.05.2026 um 09:00 schrieb Bob Roe <bob@x.de>:".
const ATTRIBUTION_VERB_FIRST = /^\s*(on|am|le|el|em|il|op|den|dne)\b.{0,200}\b(wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef|skrev|napsal|napisał)\b.{0,160}:\s*$/i;
const ATTRIBUTION_START = /^\s*(on|am|le|el|em|il|op|den|dne|w dniu|в|quoting|citando|zitat von)\b/i;

const MAX_PROBE = 400;
const isQuoteLine = (l: string) => /^\s*>/.test(l);
const isBlank = (l: string) => l.trim() === "";

/** Index of the first line of a reply header block starting at i, or -1. */
function headerBlockAt(lines: string[], i: number): number {
  const line = lines[i];
  if (FROM_HEADER.test(line)) {
    let headers = 0;
    for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) if (ANY_HEADER.test(lines[j])) headers++;
    if (headers >= 1) return i;
  }
  // Lotus Notes: "Name@ORG / date" lines, then "To:", "cc:", "Subject:".
  if (LOTUS_TO.test(line)) {
    let next = false;
    for (let j = i + 1; j < Math.min(lines.length, i + 30); j++) {
      if (LOTUS_NEXT.test(lines[j])) {
        next = true;
        break;
      }
    }
    if (!next) return -1;
    let start = i;
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
      if (isBlank(lines[k])) continue;
      if (!DATE_OR_AT.test(lines[k]) || lines[k].length > 120) break;
      start = k;
    }
    return start;
  }
  return -1;
}

/** Attribution ("On ... wrote:") ending at line i, possibly wrapped over up to 3 lines; returns its first line. */
// Lotus Notes: '"Bob Smith" <bob@x.com> wrote on 03/02/2026 09:00:00 AM:', "… schrieb am 02.03.2026 09:00:".
const ATTRIBUTION_WROTE_ON = /\b(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef)\s+(?:on|am|le|el|il|op)\b.{1,80}[:：]\s*$/i;

const ADDRESS_COLON_END = /<[^<>\s]+@[^<>\s]+>\s*[:：]\s*$/;
function attributionEndingAt(lines: string[], i: number): number {
  if (isQuoteLine(lines[i])) return -1;
  if (ATTRIBUTION_VERB_FIRST.test(lines[i])) return i;
  if (lines[i].length < 300 && ATTRIBUTION_WROTE_ON.test(lines[i])) return i;
  // Gmail in Russian and other languages writes no verb: "пт, 29 мая 2020 г. в 01:18, Name <addr>:". A line
  // ending in "<address>:" whose own or preceding line has a clock time is an attribution.
  if (ADDRESS_COLON_END.test(lines[i])) {
    for (let k = i; k >= Math.max(0, i - 2); k--) {
      if (k < i && isBlank(lines[k])) break;
      if (/\d{1,2}:\d{2}/.test(lines[k])) return k;
    }
  }
  if (!ATTRIBUTION_END.test(lines[i])) return -1;
  for (let k = i; k >= Math.max(0, i - 2); k--) {
    if (k < i && isBlank(lines[k])) break;
    if (ATTRIBUTION_START.test(lines[k])) return k;
  }
  // "Jane Doe <jane@x.com> wrote:" without a leading "On".
  return lines[i].length < 200 ? i : -1;
}

/** Where hard history starts: a divider, a reply header block, or an attribution followed by unquoted text. */
function findHistoryStart(lines: string[], from = 0): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (GROUPWISE.test(line)) return i;
    if (isQuoteLine(line)) continue;
    if (DIVIDER.test(line) || BEGIN_FORWARD.test(line)) return i;
    if (UNDERSCORE_RULE.test(line)) {
      for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) if (FROM_HEADER.test(lines[j])) return i;
    }
    const header = headerBlockAt(lines, i);
    if (header >= 0) return header;
    // "On Mon, Mar 2, 2026 at 9:00 AM Bob <bob@x.com> wrote:" over text without ">" (the blockquote was lost
    // on the way to text): the history starts at the attribution. It must carry a date or an address, so a
    // sentence ending "as Bob wrote:" stays the sender's.
    const attribution = attributionEndingAt(lines, i);
    if (attribution >= 0 && /\d|@/.test(lines.slice(attribution, i + 1).join(" "))) {
      let k = i + 1;
      while (k < lines.length && isBlank(lines[k])) k++;
      if (k < lines.length && !isQuoteLine(lines[k])) return attribution;
    }
  }
  return lines.length;
}

function parseMailbox(s: string): Mailbox | null {
  const addr = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/.exec(s)?.[0] ?? "";
  let name = s
    .replace(/\[?mailto:[^\]\s]*\]?/gi, "")
    .replace(/<[^>]*>/g, "")
    .replace(addr, "")
    .replace(/["*]/g, "")
    .trim();
  name = name.replace(/^[,;\s]+|[,;\s]+$/g, "");
  if (!name && !addr) return null;
  return { name, address: addr };
}

const FROM_FIELD = new RegExp(String.raw`^[\s>]*\*?(?:${FROM_KEYS})\s*${COLON}\*?\s*(.+)$`, "i");

function fromOfHeader(headerLines: string[], textLines: string[]): Mailbox | null {
  for (const l of headerLines) {
    const gw = GROUPWISE.exec(l);
    if (gw) return parseMailbox(gw[1]);
  }
  for (const l of [...headerLines, ...textLines.slice(0, 8)]) {
    const m = FROM_FIELD.exec(l);
    if (m) return parseMailbox(m[1]);
  }
  const attribution = headerLines.join(" ");
  const verbFirst = /\b(?:schrieb|a écrit|escribió|escreveu|ha scritto|schreef|skrev|napsal|napisał|wrote)\s+(.+?)\s*:\s*$/i.exec(attribution);
  if (verbFirst && /\p{L}/u.test(verbFirst[1])) return parseMailbox(verbFirst[1]);
  const m = /(?:,\s*|\bat\b[^,]*,?\s*|^)([^,]*?)\s*(?:wrote|schrieb|a écrit|escribió|writes)/i.exec(attribution);
  if (m) return parseMailbox(m[1].replace(/^.*\d{1,2}:\d{2}(?:\s*[AP]M)?\s*/i, ""));
  const lotus = headerLines.find((l) => l.includes("@") && !/^\s*(to|cc)\s*:/i.test(l));
  return lotus ? parseMailbox(lotus.replace(/@\S+$/, "")) : null;
}

function unquote(lines: string[]): string {
  // A plain character class, not a repeated group: a megabyte of ">" must not overflow the regex stack.
  return lines.map((l) => (/^\s*>/.test(l) ? l.replace(/^[\s>]*/, "") : l)).join("\n").trim();
}

/** True for lines that belong to a part's introduction: dividers, header fields and their continuations. */
function isHeaderish(lines: string[], i: number, inHeader: boolean): boolean {
  const line = lines[i];
  if (DIVIDER.test(line) || BEGIN_FORWARD.test(line) || UNDERSCORE_RULE.test(line) || ANY_HEADER.test(line) || GROUPWISE.test(line)) return true;
  if (isBlank(line)) return inHeader && i + 1 < lines.length && ANY_HEADER.test(lines[i + 1]);
  // Lotus Notes sender and date lines above "To:", or a wrapped "To:" list.
  if (DATE_OR_AT.test(line) && line.length <= 120) {
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) if (ANY_HEADER.test(lines[j]) || DIVIDER.test(lines[j])) return true;
  }
  return inHeader && /^\s+\S/.test(line) === false && /[,;]\s*$/.test(lines[i - 1] ?? "");
}

/** Split history after `start` into parts at each further divider or header block. */
const MAX_HISTORY_PARTS = 500;

function splitHistory(fullLines: string[]): QuotedPart[] {
  const lines = fullLines.map((l) => (l.length > MAX_PROBE ? l.slice(0, MAX_PROBE) : l));
  const parts: QuotedPart[] = [];
  let i = 0;
  while (i < lines.length) {
    const headerLines: string[] = [];
    // Collect the divider and header lines introducing this part.
    while (i < lines.length && headerLines.length < 40 && isHeaderish(lines, i, headerLines.length > 0)) {
      headerLines.push(lines[i]);
      i++;
    }
    // A part that opens with an attribution ("On 1 Mar, Maria <maria@…> wrote:") over unquoted text: the
    // attribution is its header and names who wrote it.
    if (headerLines.length === 0) {
      for (let j = i; j < Math.min(lines.length, i + 3) && !isBlank(lines[j]); j++) {
        if (attributionEndingAt(lines, j) !== i) continue;
        if (/\d|@/.test(lines.slice(i, j + 1).join(" "))) {
          headerLines.push(...lines.slice(i, j + 1));
          i = j + 1;
        }
        break;
      }
    }
    // Real threads have tens of parts; past the bound the rest is one part (hostile mail repeats headers 10^5 times).
    const next = i < lines.length && parts.length < MAX_HISTORY_PARTS ? findHistoryStart(lines, i + 1) : lines.length;
    const text = fullLines.slice(i, next);
    if (headerLines.length > 0 || text.some((l) => !isBlank(l))) {
      parts.push({ headerLines, from: fromOfHeader(headerLines, lines.slice(i, Math.min(next, i + 8))), text: unquote(text) });
    }
    i = Math.max(next, i + 1);
  }
  return parts;
}

/**
 * Separate the newest message from quoted history. Works on plain text; for HTML first run htmlToText, which
 * marks blockquotes with ">" and reply dividers with QUOTE_MARKER. Never throws.
 */
export function splitQuoted(text: string): SplitMessage {
  const full = normalizeText(text ?? "").split("\n");
  // Dividers, headers and attributions are short lines; matching only a line's head keeps every rule linear
  // on hostile input (a megabyte-long line of spaces or dashes).
  const lines = full.map((l) => (l.length > MAX_PROBE ? l.slice(0, MAX_PROBE) : l));
  const historyStart = findHistoryStart(lines);
  const bodyLines: string[] = [];
  const quoted: QuotedPart[] = [];
  let i = 0;
  while (i < historyStart) {
    if (isQuoteLine(lines[i])) {
      let j = i;
      while (j < historyStart && (isQuoteLine(lines[j]) || (isBlank(lines[j]) && j + 1 < historyStart && isQuoteLine(lines[j + 1])))) j++;
      // An attribution just above the ">" block belongs to it.
      const headerLines: string[] = [];
      let k = bodyLines.length - 1;
      while (k >= 0 && isBlank(bodyLines[k])) k--;
      if (k >= 0) {
        const lastLines = bodyLines.slice(Math.max(0, k - 2), k + 1);
        const start = attributionEndingAt(lastLines, lastLines.length - 1);
        if (start >= 0) headerLines.push(...bodyLines.splice(Math.max(0, k - 2) + start));
      }
      const block = full.slice(i, j);
      quoted.push({ headerLines: headerLines.filter((l) => !isBlank(l)), from: fromOfHeader(headerLines, []), text: unquote(block) });
      i = j;
      continue;
    }
    bodyLines.push(full[i]);
    i++;
  }
  // An attribution line right before the history divider ("On ... wrote:" then "-----Original Message-----").
  let k = bodyLines.length - 1;
  while (k >= 0 && isBlank(bodyLines[k])) k--;
  const history = full.slice(historyStart);
  if (k >= 0 && history.length > 0) {
    const lastLines = bodyLines.slice(Math.max(0, k - 2), k + 1);
    const start = attributionEndingAt(lastLines, lastLines.length - 1);
    if (start >= 0) history.unshift(...bodyLines.splice(Math.max(0, k - 2) + start));
  }
  // A loop, not push(...parts): spreading a very long array overflows the call stack.
  if (history.length > 0) for (const part of splitHistory(history)) quoted.push(part);
  // trimEnd, not /\s+$/: the regex is quadratic on megabytes of blank lines followed by text.
  return { body: bodyLines.join("\n").trimEnd(), quoted };
}
