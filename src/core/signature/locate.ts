// Finding the sender's own signature block in the newest message.
//
// The block is anchored on the sender: the last short line that names them (From display name or address),
// else the last sign-off ("Regards,", "Mit freundlichen Grüßen") or "-- " delimiter. Numbers above the anchor
// are prose or other people's details; the block ends where a disclaimer or registration footer starts.
import type { Mailbox } from "../types";
import { PHONE_RUN } from "../phones";

export interface SenderBlock {
  /** Lines of the block, from the anchor to the end (exclusive of disclaimers). */
  lines: string[];
  /** Index of the first block line in the body's lines. */
  start: number;
  /** Index after the last block line. */
  end: number;
  /** What the block was anchored on. */
  anchor: "name" | "address" | "signoff" | "fallback" | "none";
}

const TITLES = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "jr", "sr", "ii", "iii", "iv", "esq", "cfa", "phd", "md", "pe", "llm", "mba", "cpa", "dipl", "ing", "mag", "von", "van", "der", "de", "la", "le", "du", "da", "di", "del", "the"]);

/** Lower-case name words of the sender, from the display name ("Doe, Jane" too) and the address local part. */
export function senderNameTokens(from: Mailbox): { first: string[]; last: string[]; local: string } {
  // One extraction asks for the same sender's tokens several times (block, sections, wording); the last
  // answer is kept, so its name probe (a regex) is built once per sender too. Callers only read tokens.
  const name = from.name ?? "";
  const address = from.address ?? "";
  if (lastTokens && lastTokens.name === name && lastTokens.address === address) return lastTokens.tokens;
  const tokens = computeNameTokens(from);
  lastTokens = { name, address, tokens };
  return tokens;
}
let lastTokens: { name: string; address: string; tokens: ReturnType<typeof computeNameTokens> } | null = null;

/**
 * "Robin Coxe via USRP-users": a mailing list that rewrites From (DMARC) keeps the person's name and gives the
 * list's address, which then names no one. True when the display name says so.
 */
export function isListRewritten(from: Mailbox | null | undefined): boolean {
  return /\S\s+via\s+\S/i.test(from?.name ?? "");
}

function computeNameTokens(from: Mailbox): { first: string[]; last: string[]; local: string } {
  if (isListRewritten(from)) from = { name: (from.name ?? "").replace(/\s+via\s+\S.*$/i, ""), address: "" };
  let name = (from.name ?? "").replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>|"|[\w.+-]+@[\w.-]+/g, " ").trim();
  // "Assistant on behalf of Max DiOrio" (Outlook's delegate sending): the mailbox owner is the one who signs.
  name = name.replace(/^.*?\b(?:on behalf of|im Auftrag von|de la part de|en nombre de|per conto di)\s+/i, "");
  // Lotus Notes names carry the org path: "John Doe/Austin/IBM".
  name = name.replace(/^([^/]{3,60})\/[^\s/][^/]*(?:\/[^/]+)*$/, "$1").trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma && !/\b(inc|llc|ltd|gmbh|llp|jr|sr)\b/i.test(comma[2])) {
    // "Doe, Jane" is surname first; "Enrico Weigelt, metux IT consult" is a name and a firm or role.
    const nameLike = (part: string) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(part.trim());
    const surnameFirst = nameLike(comma[2]) && comma[1].trim().split(/\s+/).length <= 2;
    // "Martin, Jeremy J CIV USARMY CCDC C5ISR": surname, given names, then rank and unit in capitals.
    const given = /^((?:\p{Lu}\p{Ll}[\p{L}'’-]*)(?:\s+\p{Lu}\.?(?=\s|$))?)\s+\p{Lu}{2,}/u.exec(comma[2].trim());
    name = surnameFirst ? `${comma[2]} ${comma[1]}` : given && nameLike(comma[1]) && !comma[1].trim().includes(" ") ? `${given[1]} ${comma[1]}` : nameLike(comma[1]) ? comma[1] : `${comma[2]} ${comma[1]}`;
  }
  const words = name
    .toLowerCase()
    .split(/[\s,;/]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""))
    .filter((w) => w.length >= 2 && !TITLES.has(w));
  const local = (from.address ?? "").split("@")[0].toLowerCase().replace(/[^a-z]/g, "");
  const parts = (from.address ?? "").split("@")[0].toLowerCase().split(/[._-]+/).map((w) => w.replace(/[^a-z]/g, "")).filter((w) => w.length >= 3);
  if (words.length === 0) return { first: parts.slice(0, 1), last: parts.slice(1), local };
  return { first: words.slice(0, 1), last: words.slice(1), local };
}

const SIGN_OFF = new RegExp(
  String.raw`^\s*[-–]*\s*(?:` +
    [
      "(?:best|kind|warm|warmest|many|with best|with kind)?\\s*(?:regards|rgds|wishes)", "regards", "thanks?(?: you)?(?: again| very much| so much)?", "thx", "tia", "cheers", "sincerely(?: yours)?",
      "yours(?: truly| sincerely| faithfully)?", "respectfully(?: yours)?", "best", "all the best", "cordially", "take care", "talk soon",
      "mit freundlichen gr(?:ü|ue)(?:ß|ss)en", "freundliche gr(?:ü|ue)(?:ß|ss)e", "viele gr(?:ü|ue)(?:ß|ss)e", "beste gr(?:ü|ue)(?:ß|ss)e", "liebe gr(?:ü|ue)(?:ß|ss)e", "gru(?:ß|ss)", "gr(?:ü|ue)(?:ß|ss)e", "mfg", "lg", "vg",
      "cordialement", "bien (?:à|a) vous", "salutations(?: distinguées)?", "bien cordialement", "amitiés",
      "saludos(?: cordiales)?", "atentamente", "un saludo", "cordiali saluti", "saluti", "distinti saluti",
      "met vriendelijke groet(?:en)?", "vriendelijke groet(?:en)?", "groeten", "med vänliga hälsningar", "vänliga hälsningar", "hälsningar", "mvh", "med venlig hilsen", "hilsen",
      "s pozdravem", "pozdrawiam", "br", "brgds", "kr", "atenciosamente", "abraços",
    ].join("|") +
    // At most three more words ("Regards, Jane", "Thanks again Bob"), not a sentence.
    String.raw`)\b[,!./]?(?:\s*[\p{L}'’.,/-]+){0,3}\s*[,.!]?\s*$`,
  "iu",
);
const DELIMITER = /^\s*(?:--|---|__|—)\s*$/;
const DISCLAIMER = /\b(confidential|privileged|intended (?:solely |only )?for|intended recipient|if you (?:are not|have received)|this (?:e-?mail|message|communication|transmission)|disclaimer|virus|unsubscribe|mailing list|list info|archives?:|Geschäftsführ|Handelsregister|Amtsgericht|Registergericht|Sitz der Gesellschaft|HRB\s*\d|Registered (?:office|in|number|address)|Company (?:no|number|registration)|VAT (?:no|number|reg)|USt-?Id|Steuer-?Nr|vertraulich|Datenschutz|DSGVO|GDPR|privacy (?:policy|notice)|legal notice|listinfo|subscription|mailman|Vorstand|Aufsichtsrat|Registernummer|Firmenbuch|UID-?Nr|RCS\s|SIRE[NT]|capital social|KvK|Partita IVA|P\.\s?IVA|CIF:|Reg(?:istration)?\.? No|authori[sz]ed and regulated|regulated by the|avis de confidentialit|aviso legal|please consider the environment|informaci[óo]n confidencial|mensaje (?:es |y sus anexos )?confidencial|uso exclusivo del destinatario|destinataire|messaggio (?:è |e )?riservat|informazioni riservate)/i;
const MAILING_LIST_RULE = /^_{20,}\s*$/;

const REGISTER = /\b(?:HRB|Amtsgericht|Handelsregister|Registergericht|Geschäftsführ\p{L}*|Managing Directors?|Registered|Company (?:no|number|registration)|VAT|USt|Steuer\p{L}*|Vorstand|Aufsichtsrat|Registernummer|Firmenbuch|UID|KvK|RCS|SIRE[NT]|Partita IVA|P\.\s?IVA|CIF:|Reg(?:istration)?\.? No|capital social|Sitz)(?![\p{L}])/iu;

/** A company register line (court, register number, directors): a fact about the firm, not a legal notice. */
export function isRegisterLine(line: string): boolean {
  return REGISTER.test(line) && !isProse(line) && !/\b(confidential|privileged|intended|recipient|unsubscribe|mailing list|virus)\b/i.test(line);
}

/** A rule line followed (within three lines) by list or legal text. */
function footerFollows(lines: string[], i: number): boolean {
  let seen = 0;
  // Bounded: at most three non-blank lines, and blank runs are short (extract compacts long ones).
  for (let k = i + 1; k < lines.length && seen < 3 && k < i + 12; k++) {
    if (lines[k].trim() === "") continue;
    seen++;
    if (isDisclaimerLine(lines[k]) && !MAILING_LIST_RULE.test(lines[k].trim())) return true;
  }
  // A rule with nothing after it closes the message.
  return seen === 0;
}

/** A disclaimer, legal or registration footer, or mailing-list footer line. */
export function isDisclaimerLine(line: string): boolean {
  const t = line.trim();
  // A two-column signature line ("Amtsgericht Hildesheim | Fax: +49 ...") keeps its phone cell.
  const parts = cells(t);
  if (parts.length > 1 && parts.some((c) => PHONE_RUN.test(c) && !DISCLAIMER.test(c))) return false;
  if (MAILING_LIST_RULE.test(t)) return true;
  if (!DISCLAIMER.test(t)) return false;
  // A lone "Confidential" tag line is not a footer; legal footers are sentences or register lines.
  return t.length >= 40 || (t.match(/[\p{L}]{2,}/gu) ?? []).length >= 4 || /HRB|Amtsgericht|Handelsregister|Geschäftsführ|Registered|VAT|USt|Vorstand|Aufsichtsrat|KvK|RCS|SIRE/i.test(t);
}

const DISCLAIMER_ANYWHERE = new RegExp(DISCLAIMER.source, "gi");

/**
 * isDisclaimerLine of every line. A line in which DISCLAIMER matches nowhere is a footer only as a rule line,
 * so the disclaimer words are looked for in one pass over the text, not once per line and cell.
 */
function disclaimerLines(lines: string[]): boolean[] {
  const text = lines.join("\n");
  const has: boolean[] = new Array(lines.length).fill(false);
  let line = 0;
  let lineStart = 0;
  while (line < lines.length) {
    DISCLAIMER_ANYWHERE.lastIndex = lineStart;
    const m = DISCLAIMER_ANYWHERE.exec(text);
    if (!m) break;
    // The line the match starts on; the next search starts at the line after it.
    while (line < lines.length && m.index > lineStart + lines[line].length) lineStart += lines[line++].length + 1;
    if (line >= lines.length) break;
    has[line] = true;
    lineStart += lines[line++].length + 1;
  }
  return lines.map((l, i) => (has[i] ? isDisclaimerLine(l) : MAILING_LIST_RULE.test(l.trim())));
}

export function isSignOff(line: string): boolean {
  return line.trim().length <= 60 && (SIGN_OFF.test(line) || DELIMITER.test(line));
}

const FIRM_WORD = /\b(?:inc|llc|llp|ltd|gmbh|ag|kg|bv|b\.v\.|nv|n\.v\.|sa|s\.a\.|srl|s\.r\.l\.|sas|sarl|plc|corp|pty|oy|ab|legal|law|partners|associates|abogados|avocats|rechtsanw\p{L}*|& co)(?![\p{L}])/iu;
const EMAIL_OR_URL = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?:\/\/|www\.)\S+/gi;

const probes = new WeakMap<object, RegExp>();
/** One regex for "any name part of the sender, or a 4+ letter start or end of their address local part". */
function nameProbe(tokens: ReturnType<typeof senderNameTokens>): RegExp {
  let re = probes.get(tokens);
  if (!re) {
    const words = [...tokens.first, ...tokens.last];
    // Any 4+ letter start of the local part contains its first four letters, any end its last four: those
    // two stand for all of them (the probe only says whether one occurs).
    if (tokens.local.length >= 5) words.push(tokens.local.slice(0, 4), tokens.local.slice(-4));
    const esc = words.filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    re = esc.length ? new RegExp(`(?:${esc.join("|")})`, "iu") : /(?!)/;
    probes.set(tokens, re);
  }
  return re;
}

/** Cells of a two-column signature line ("left text | Jane Doe", tab or wide-space separated). */
function cells(line: string): string[] {
  if (!/[|\t]|\s{3}/.test(line)) return [line];
  return line.split(/\s*\|\s*|\t+|\s{3,}/).filter((c) => c.trim() !== "");
}

/** True when a short line (or one cell of a two-column line) names the sender. */
export function namesSender(line: string, tokens: ReturnType<typeof senderNameTokens>): boolean {
  if (line.length > 200 || line.trim() === "") return false;
  // Cheap pre-check: most lines contain none of the sender's name parts.
  if (!nameProbe(tokens).test(line)) return false;
  const parts = cells(line);
  if (parts.length > 1 && parts.some((c) => namesSenderCell(c, tokens))) return true;
  return namesSenderCell(line, tokens);
}

function namesSenderCell(line: string, tokens: ReturnType<typeof senderNameTokens>): boolean {
  const t = (/@|www\.|:\/\//.test(line) ? line.replace(EMAIL_OR_URL, " ") : line).trim();
  if (!t || t.length > 80) return false;
  const words = t.toLowerCase().split(/[^\p{L}'-]+/u).filter(Boolean);
  if (words.length === 0 || words.length > 9) return false;
  const has = (w: string) => words.includes(w);
  const first = tokens.first.some(has);
  const last = tokens.last.some((w) => w.length >= 2 && has(w));
  if (first && last) return true;
  // A last name alone is a name line unless it reads like a date or sentence ("May 5", "Brown is ...").
  // "Bellini Legal BV", "Smith & Co LLP": a firm named after the sender is the firm's line, not theirs.
  if (last && !/\d/.test(t.replace(/[\d\s().+-]{7,}/g, "")) && words.length <= 6 && !(FIRM_WORD.test(t) && !first)) return true;
  if (first && words.length <= 4 && !/:/.test(t)) return true;
  // Address-derived: "jberry" names "John Berry" lines through the surname.
  if (tokens.local.length >= 5 && words.length <= 5) {
    return words.some((w) => w.length >= 4 && (tokens.local.endsWith(w) || tokens.local.startsWith(w)));
  }
  return false;
}

/** A "-- " delimiter whose next lines (three, blank lines aside) are a list or legal footer, not a signature. */
function introducesFooter(lines: string[], i: number): boolean {
  if (!DELIMITER.test(lines[i])) return false;
  let seen = 0;
  for (let k = i + 1; k < lines.length && seen < 3 && k < i + 12; k++) {
    if (lines[k].trim() === "") continue;
    seen++;
    if (isDisclaimerLine(lines[k])) return true;
  }
  return false;
}

/**
 * A sign-off that ends a legal footer's paragraph ("…please delete it immediately and notify the sender. /
 * Thank you for your collaboration."): the footer's closing words, not the sender's.
 */
function closesFooterParagraph(disclaimer: boolean[], lines: string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 12 && lines[k].trim() !== ""; k--) if (disclaimer[k]) return true;
  return false;
}

// A heading line that names a person: "Mr. Joe Kelliher", "Magnus Ward".
const PERSON_NAME = /^\s*(?:(?:[Mm]rs?|[Mm]s|[Dd]r|[Pp]rof)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}\s*,?\s*$/u;
const NOT_PERSON = /\b(inc|llc|llp|ltd|gmbh|corp|company|bank|banking|group|finance|energy|services|department|university|institute|office|association|research|partners|law|hotel|street|avenue|road|suite)\b/i;
// "my new coordinates", "reach me at the following numbers", "my contact details".
const FIRST_PERSON_CONTACT = /\b(my|me|i)\b.{0,60}\b(coordinates|contact|details|numbers?|phone|cell|mobile|reach)\b/i;

// Not the phones lexicon (phones/labels.ts): that one counts "No", "Nr" and "#" as labels, and register lines
// use those words for their ids ("Registered in England and Wales No. 04812345").
const LABEL_WORD = /\b(?:tel|tél|phone|ph|fax|mobile?|mob|cell|direct|dial|main|office|home|work|toll|free|switchboard|reception|hotline|line|desk|voice|pager|zentrale|durchwahl|telefon|handy|mobil|portable|ligne|m[óo]vil|celular|tel[ée]fono)\b/i;

/** A register line with no phone label ("Registered in England and Wales No. 04812345"): its digits are ids. */
export function isRegisterIdLine(line: string): boolean {
  return isRegisterLine(line) && !LABEL_WORD.test(line) && !/(?:^|[\s|])[tfmp]\s*[:.]/i.test(line);
}

/**
 * A number line that opens with another person's name in a list or in prose: "Aquila:  Elsa Johnston
 * 214-927-9464", "Steve Rafferty, 412-395-3268." The number is that person's, not the sender's.
 */
export function leadNamesOther(line: string, tokens: ReturnType<typeof senderNameTokens>): boolean {
  const digit = line.search(/[+(]?\d/);
  if (digit <= 0) return false;
  const lead = line.slice(0, digit);
  // "Org: Name" (a contact list), "Name," (prose naming someone and their number), or "Name - " / "Name<tab>"
  // (a list or a table of people, one per line or row).
  const m = /(?:^|:)\s*([^:,\t]{3,60}?) *(,|\s[-–—]|\t|)\s*$/.exec(lead);
  if (!m) return false;
  const name = m[1];
  const listed = /:/.test(lead) || m[2] !== "";
  return listed && PERSON_NAME.test(name) && !NOT_PERSON.test(name) && !LABEL_WORD.test(name) && !namesSender(name, tokens);
}

// A line introducing someone else's details: "David's phone numbers:", "her cell is", "seine Nummer:".
const OTHER_INTRO = /(?:\b\p{Lu}\p{Ll}+['’]s|\b(?:his|her|their|seine?|ihre?|sa|son|su|sus))\s+(?:\p{L}+\s+){0,2}(?:numbers?|phones?|cell|mobile|contact|details|coordinates|line|nummer|telefon|handy|num[ée]ro|t[ée]l[ée]phone|portable|tel[ée]fono|m[óo]vil)\b/u;
// "For billing questions please contact our billing team:", "In dringenden Fällen wenden Sie sich bitte an:": a
// line sending the reader to someone else, ending in a colon, introduces that someone's lines.
const CONTACT_ELSEWHERE = /\b(?:contact|call|reach|ring|wenden sie sich(?: bitte)? an|kontaktieren sie|contacter|contactez|appelez|llame|contacte|póngase en contacto con|contattare|contatti)\b(?!\s+(?:me|us|mich|uns|moi|nous|me|nos)\b)[^.!?:]{0,60}:\s*$/i;
export function introducesOthersNumbers(line: string): boolean {
  return line.length <= 120 && (OTHER_INTRO.test(line) || CONTACT_ELSEWHERE.test(line));
}

// Seven or more digits with short separator runs: bounded backtracking, unlike [\d\s().-]{6,}\d.
const LABEL_ONLY = /^(?:direct|main|mobile|cell|phone|tel|fax|office|home|work|switchboard|reception)(?:\s+\w+)?$/i;
const WORDY = /[\p{L}]{2,}/gu;

/**
 * The tail of a wrapped sentence ("...please call Anna" / "directly at 212-272-2727."): a line right under a
 * prose line that does not start with a label or a number of its own.
 */
export function continuesProse(lines: string[], i: number): boolean {
  if (i === 0) return false;
  const prev = lines[i - 1];
  if (prev.trim() === "" || !isProse(prev) || /[.!?:]\s*$/.test(prev)) return false;
  // "info@metux.net -- +49-151-…" under a tagline: an address and a number are no sentence's tail.
  const words = (lines[i].replace(EMAIL_OR_URL, " ").match(WORDY) ?? []).length;
  // "work tel.: +7 (495) …" under a long department name: a phone label before the number makes it a signature line.
  const digit = lines[i].search(/\d/);
  if (digit > 0 && LABEL_WORD.test(lines[i].slice(0, digit))) return false;
  return /^\s*\p{Ll}/u.test(lines[i]) && !LABEL_START.test(lines[i]) && words >= 2;
}
const LABEL_START = /^\s*(?:tel|phone|ph|fax|mobile|mob|cell|direct|office|main|t|m|f|p|d|c|o)\b/i;

/** A line that is running text rather than a signature line: many words around any number. */
export function isProse(line: string): boolean {
  const parts = cells(line);
  // "Jaewan Kim (김재완) | Software Engineer in Google Korea |": pipes lay out a signature; each cell is read alone.
  if (parts.length > 1 && line.includes("|")) return parts.some(isProseCell);
  if (parts.length > 1) {
    const withDigits = parts.filter((c) => /\d/.test(c));
    if (withDigits.length > 0 && withDigits.some((c) => !isProseCell(c))) return false;
  }
  return isProseCell(line);
}

function isProseCell(line: string): boolean {
  const t = (/@|www\.|:\/\//.test(line) ? line.replace(EMAIL_OR_URL, " ") : line).replace(/\+?\d(?:[\s().\/-]{0,3}\d){5,}/g, " ");
  const words = t.match(WORDY) ?? [];
  if (words.length >= 8) return true;
  // Pronouns and verbs of addressing the reader, never the articles an address line also has ("de la").
  return words.length >= 5 && /(?<![\p{L}])(call|reach|contact|at|is|my|me|please|number|if|you|can|will|or|and|the|on|vous|nous|je|pouvez|joindre|appeler|ich|sie|mich|bitte|können|erreichen|usted|puede|llame|llamar|può|chiamare|contattare)(?![\p{L}])/iu.test(t) && /[a-z]{3,}\s+[a-z]{2,}\s+[a-z]{2,}/.test(t);
}

/**
 * The sender's block in the newest message's lines. Prefers the last name line that has phone-like lines after
 * it, then the last name line, then the last sign-off, then (no anchor at all) the last run of contact lines.
 */
/** The "-- " signature delimiter alone on its line. */
export const DASH_RULE = /^\s*--\s*$/;

export function findSenderBlock(fullLines: string[], from: Mailbox): SenderBlock {
  // Signature lines are short; rules look at a line's head only, which keeps them linear on hostile input.
  const lines = fullLines.map((l) => (l.length > 300 ? l.slice(0, 300) : l));
  const tokens = senderNameTokens(from);
  const nameLines: number[] = [];
  let signOff = -1;
  // Per-line facts, computed once: the scans below look at each line several times.
  const disclaimer = disclaimerLines(lines);
  // Where the block must stop: a legal or list footer. A rule line ("_____") is a list footer only when list
  // or legal text follows it, and a short register line ("HRB 165235 Munich, Office: …") sits inside a
  // company footer whose contact lines may follow it.
  const stops = disclaimer.map((d, i) => d && (MAILING_LIST_RULE.test(lines[i].trim()) ? footerFollows(lines, i) : !isRegisterLine(lines[i])));
  const contact = lines.map((l, i) => PHONE_RUN.test(l) && !isProse(l) && !continuesProse(lines, i));
  const nextDisclaimer: number[] = new Array(lines.length + 1).fill(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) nextDisclaimer[i] = stops[i] ? i : nextDisclaimer[i + 1];
  for (let i = 0; i < lines.length; i++) {
    if (disclaimer[i]) continue;
    if (isSignOff(lines[i]) && !introducesFooter(lines, i) && !closesFooterParagraph(disclaimer, lines, i)) {
      // A second "--" under the sender's named contact lines opens a mailer's footer ("Message envoyé grâce à
      // OBM"), not another signature: the signature the name opened stays.
      const namedAbove = DASH_RULE.test(lines[i]) && nameLines.some((n) => n > signOff && i - n <= 12 && contact.slice(n, i).some(Boolean));
      if (!namedAbove) signOff = i;
    } else if (namesSender(lines[i], tokens)) nameLines.push(i);
  }
  const disclaimerAfter = (start: number) => nextDisclaimer[Math.min(lines.length, start + 1)];
  const hasPhoneAfter = (i: number) => {
    const end = Math.min(disclaimerAfter(i), i + 16);
    for (let k = i; k < end; k++) if (contact[k]) return true;
    return false;
  };
  let start = -1;
  let anchor: SenderBlock["anchor"] = "none";
  const withPhones = nameLines.filter((i) => i >= signOff - 3 && hasPhoneAfter(i));
  if (withPhones.length > 0) {
    start = withPhones[withPhones.length - 1];
    anchor = "name";
  } else if (nameLines.length > 0 && nameLines[nameLines.length - 1] >= signOff) {
    start = nameLines[nameLines.length - 1];
    anchor = "name";
  } else if (signOff >= 0) {
    start = signOff;
    anchor = "signoff";
  }
  if (anchor === "name") {
    // Contact lines stacked right above the name ("C: 713...", then the name) belong to the block.
    // One blank line may separate them ("C: 713-417-0383", blank, name), unless those lines close someone
    // else's block (a colleague's name right above them).
    let first = start;
    let crossed = false;
    for (let k = start - 1; k >= 0 && k > signOff && start - k <= 4; k--) {
      if (contact[k]) first = k;
      else if (lines[k].trim() === "" && k > 0 && contact[k - 1]) crossed = true;
      else break;
    }
    const above = first - 1;
    const ownRun = above < 0 || lines[above].trim() === "" || above === signOff || nameLines.includes(above);
    start = crossed && !ownRun ? start : first;
  }
  if (start >= 0 && !hasPhoneAfter(start)) {
    // Numbers the sender gave above the sign-off as their own: "Below are my current coordinates", or a block
    // with their personal e-mail address.
    const cluster = contactClusterAbove(lines, start, tokens);
    if (cluster >= 0) {
      return { lines: lines.slice(cluster, start + 1), start: cluster, end: start + 1, anchor };
    }
  }
  if (start < 0) {
    // No anchor: the last run of contact lines (short lines with numbers) at the end of the message.
    let last = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
      if (disclaimer[i]) continue;
      if (contact[i]) {
        last = i;
        break;
      }
    }
    if (last < 0) return { lines: [], start: lines.length, end: lines.length, anchor: "none" };
    let k = last;
    while (k > 0 && last - k < 10 && !isProse(lines[k - 1]) && !(lines[k - 1].trim() === "" && (k < 2 || lines[k - 2].trim() === "" || isProse(lines[k - 2])))) k--;
    // Someone else's details pasted in ("Mr. Joe Kelliher / Advisor / 202-586-1060") are not the sender's.
    const heading = lines.slice(k, last + 1).find((l) => l.trim() !== "");
    const senderKnown = tokens.first.length + tokens.last.length > 0;
    // The sender's own address in the run (a name the From header does not give: "Marcy Brinegar … /
    // brinconsult@aol.com") makes it theirs.
    const address = (from.address ?? "").trim().toLowerCase();
    const runEnd = Math.min(disclaimerAfter(last), last + 6);
    const ownAddress = address.includes("@") && lines.slice(k, runEnd).some((l) => l.toLowerCase().includes(address));
    if (!ownAddress && senderKnown && heading && ((PERSON_NAME.test(heading) && !NOT_PERSON.test(heading) && !namesSender(heading, tokens)) || leadNamesOther(heading, tokens))) {
      return { lines: [], start: lines.length, end: lines.length, anchor: "none" };
    }
    start = k;
    anchor = ownAddress ? "address" : "fallback";
  }
  const end = blockEnd(lines, start, disclaimerAfter(start), tokens, contact);
  return { lines: fullLines.slice(start, end), start, end, anchor };
}

/** The sender's own address (its local part) in the few lines below: the name there is theirs after all. */
function ownAddressBelow(lines: string[], i: number, tokens: ReturnType<typeof senderNameTokens>): boolean {
  if (!tokens.local) return false;
  return lines.slice(i, i + 8).some((l) => (l.match(/[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []).some((a) => a.split("@")[0].toLowerCase().replace(/[^a-z]/g, "") === tokens.local));
}

/** Words of a job title ("Systems Engineer", "Senior Counsel"), which a name check alone takes for a name. */
const JOB_TITLE = /\b(?:engineer|manager|director|developer|counsel|partner|associate|president|officer|consultant|architect|administrator|analyst|lead|head|senior|principal|chief|vice|specialist|adviser|advisor|attorney|lawyer|solicitor|professor|student|researcher|scientist|support|sales|marketing|technical|software|systems?|product|project|program|owner|founder|assistant|secretary|paralegal|accountant|maintainer|member|staff|team|intern|fellow|editor|designer|coordinator|executive|ingenieur|ingénieur|geschäftsführer|leiter|entwickler|directeur|responsable|gerente|ingeniero|abogado|avocat|rechtsanwalt)\b/i;

/** Signatures are short: a block never runs past this many lines. */
const MAX_BLOCK_LINES = 80;

/**
 * Where the sender's block ends: the disclaimer, the length bound, or another person's contact lines after
 * the sender's own ("Mark Whitt 303-575-6473 / Cell ... / Theresa Staab 303-575-6485 / Cell ...").
 */
function blockEnd(lines: string[], start: number, limit: number, tokens: ReturnType<typeof senderNameTokens>, contact: boolean[]): number {
  const end = Math.min(limit, start + MAX_BLOCK_LINES);
  let sawNumber = false;
  for (let i = start; i < end; i++) {
    // A paragraph of running text (two prose lines in a row) is a message, not a signature: the block has run
    // into history whose header was not recognised.
    if (i > start && i + 1 < end && isProse(lines[i]) && isProse(lines[i + 1]) && !isDisclaimerLine(lines[i])) return i;
    // Another person's name alone on a line after a gap (two blank lines), before any number of the sender's:
    // their signature, left under the sender's name when a bottom-posted quote lost its ">" levels.
    if (i > start + 2 && !sawNumber && lines[i - 1].trim() === "" && lines[i - 2].trim() === "" && PERSON_NAME.test(lines[i]) && !NOT_PERSON.test(lines[i]) && !JOB_TITLE.test(lines[i]) && !namesSender(lines[i], tokens) && !LABEL_ONLY.test(lines[i].trim()) && !ownAddressBelow(lines, i, tokens)) {
      return i;
    }
    if (i > start && sawNumber) {
      // Only a name written with its own number on the same line: titles like "Senior Counsel" also look like names.
      const lead = lines[i].replace(/[\s:]*[+(]?\d[\d\s().\/-]*$/, "").trim();
      if (contact[i] && lead && lead !== lines[i].trim() && PERSON_NAME.test(lead) && !NOT_PERSON.test(lead) && !namesSender(lead, tokens) && !LABEL_ONLY.test(lead)) {
        return i;
      }
    }
    if (contact[i]) sawNumber = true;
  }
  return end;
}

/** Start of a run of contact lines above `before` that the sender introduces as their own, or -1. */
function contactClusterAbove(lines: string[], before: number, tokens: ReturnType<typeof senderNameTokens>): number {
  for (let i = before - 1; i >= 0; i--) {
    if (!PHONE_RUN.test(lines[i]) || isProse(lines[i])) continue;
    // Walk to the first line of the run.
    let k = i;
    while (k > 0 && lines[k - 1].trim() !== "" && !isProse(lines[k - 1])) k--;
    let end = i;
    while (end + 1 < before && lines[end + 1].trim() !== "" && !isProse(lines[end + 1])) end++;
    const leadIn = lines.slice(Math.max(0, k - 3), k).join(" ");
    const run = lines.slice(k, end + 1);
    const ownEmail = run.some((l) => (l.match(/[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []).some((a) => {
      const local = a.split("@")[0].toLowerCase().replace(/[^a-z]/g, "");
      return [...tokens.first, ...tokens.last].some((t) => t.length >= 3 && local.includes(t));
    }));
    return FIRST_PERSON_CONTACT.test(leadIn) || ownEmail ? k : -1;
  }
  return -1;
}
