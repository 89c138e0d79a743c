// The direct-dial engine: message -> newest text -> sender's block -> labelled numbers -> best number to call.
import type { ContactExtraction, ContactSource, FoundNumber, MailMessage, PhoneKind } from "../types";
import { htmlToText, normalizeText, splitQuoted } from "../text";
import { continuesProse, findSenderBlock, isListRewritten, isProse, namesSender, leadNamesOther, introducesOthersNumbers, isRegisterIdLine, sectionRoleOf, senderNameTokens, type SectionRole, type SenderBlock } from "../signature";
import { PHONE_RUN, findPhonesInLine, internationalCountries, prepareLine, withBareCallingCode, isLabelOnly, localFormsInLine, type LabelSpan, type PhoneOnLine } from "../phones";
import { inferRegion, regionFromDomain, regionsOfLanguage } from "./region";
import { guessTimeZone, zoneAgreeingWithDate } from "./time-zone";
import { ownWordsNumbers } from "./own-words";

export interface ExtractOptions {
  /** Country for numbers without a country code when nothing in the message says otherwise. Default "US". */
  defaultRegion?: string;
  /**
   * Other messages of the conversation (any order). When the message has no number of the sender's, their
   * own earlier signature there is used, and the evidence says so.
   */
  thread?: MailMessage[];
}

/** Preference when choosing the number to dial; fax and other lines are never chosen. */
const PREFERENCE: PhoneKind[] = ["direct", "mobile", "main", "tollfree"];

/**
 * The text to read: text/plain when it is a real alternative, else the HTML converted to text. Some mailers
 * send a stub text part ("This is an HTML message") or a much shorter one; the HTML wins then.
 */
export function messageText(message: Pick<MailMessage, "text" | "html">): string {
  const text = message.text ? normalizeText(message.text) : "";
  if (!message.html) return text;
  const plainWords = (text.match(/[\p{L}\d]+/gu) ?? []).length;
  if (plainWords >= 5 && !/^\s*(this is (a|an) (html|multi-?part)|your (email|mail) client does not support)/i.test(text)) {
    // A text part that is far shorter than the HTML one is a stub.
    const html = htmlToText(message.html);
    const htmlWords = (html.match(/[\p{L}\d]+/gu) ?? []).length;
    return plainWords * 2 >= htmlWords ? text : html;
  }
  return htmlToText(message.html);
}

/**
 * At most two blank lines in a row: layout needs no more, and megabytes of blank lines (hostile or broken
 * HTML) would otherwise be carried through every later step.
 */
function compactBlankRuns(text: string): string {
  if (text.length < 100_000) return text;
  const out: string[] = [];
  let blanks = 0;
  for (const line of text.split("\n")) {
    if (line.trim() === "") {
      if (++blanks > 2) continue;
    } else blanks = 0;
    out.push(line);
  }
  return out.join("\n");
}


interface Candidate {
  phone: PhoneOnLine;
  label: LabelSpan | null;
  line: string;
  /** Whose section of the block the line is in (signature/sections.ts). */
  section: SectionRole;
}

function bareDigitsInText(line: string): boolean {
  const runs = line.match(/[+(]?\d[\d\s().\/-]*\d/g) ?? [];
  const letters = (line.replace(/[+(]?\d[\d\s().\/-]*\d/g, " ").match(/\p{L}{2,}/gu) ?? []).length;
  return letters >= 2 && runs.every((r) => /^\d+$/.test(r)) && !/(?:tel|phone|fax|mobile|cell|[tpmfcd]\s*[:.])/i.test(line);
}

/** Numbers on the block's signature lines (not prose), each with its own label or a label-only line above it. */
function candidatesIn(
  block: SenderBlock,
  from: MailMessage["from"],
  region: string | null,
  fallbackRegions: () => string[],
  offsetRegions: string[] = [],
  languageRegions: () => string[] = () => [],
  regionSource: ReturnType<typeof inferRegion>["source"] = "default",
): Candidate[] {
  const perLine: Candidate[][] = block.lines.map(() => []);
  const scanned: number[] = [];
  const sectionOf = sectionRoleOf(block.lines, from);
  const nameTokens = senderNameTokens(from);
  const sections: SectionRole[] = [];
  // After "David's phone numbers:" the number lines (blank lines aside) are David's, until other text; after
  // "…please contact:" so are the name and firm lines right under it ("Petra Lang" / "Tel. …").
  let othersFollow = false;
  let afterBlank = false;
  const othersCard = vCardOfOthers(block.lines, nameTokens);
  block.lines.forEach((line, i) => {
    // Seven digits with only separators between them, before asking libphonenumber-js (the costly step).
    const numberLine = line.length <= 300 && PHONE_RUN.test(line);
    if (!numberLine) {
      if (line.trim() === "") afterBlank = true;
      else if (!(othersFollow && !afterBlank && line.length <= 60 && !isProse(line) && !namesSender(line, nameTokens))) {
        othersFollow = introducesOthersNumbers(line);
        afterBlank = false;
      }
      return;
    }
    afterBlank = false;
    if (othersFollow) return;
    // A company register footer that names neither the sender nor their address ("Intel Deutschland GmbH /
    // Registered Address … / Tel: +49 89 99 8853-0") gives the firm's number, not the sender's.
    sections[i] = sectionOf(i);
    if (sections[i] === "register" || isRegisterIdLine(line)) return;
    if (isProse(line) || /^\s*>/.test(line) || continuesProse(block.lines, i)) return;
    if (leadNamesOther(line, nameTokens)) return;
    // "P.S. Tom's new number is 713-…": the words before the number give it to someone else.
    const firstDigit = line.search(/\d/);
    if (firstDigit > 0 && introducesOthersNumbers(line.slice(0, firstDigit))) return;
    // A pasted vCard of someone else ("FN:Tom Becker" … "TEL;TYPE=WORK:…").
    if (othersCard[i]) return;
    // In lines that name no one, a bare digit run inside other text ("… NFS reply xid 2726233309 reply") is
    // data, not a number someone wrote to be dialled.
    if (block.anchor === "fallback" && bareDigitsInText(line)) return;
    // Digits inside a web address ("…/attachments/20070601/44faef77/…") are never a phone number.
    const scanLine = /https?:\/\/|www\./i.test(line) ? line.replace(/(?:https?:\/\/|www\.)[^\s<>]+/gi, (u) => " ".repeat(u.length)) : line;
    // One reading per region: the fallbacks below may ask for the same region twice (domain, then offset).
    const readings = new Map<string | null, PhoneOnLine[]>();
    const readIn = (r: string | null) => {
      let p = readings.get(r);
      if (!p) readings.set(r, (p = findPhonesInLine(scanLine, r)));
      return p;
    };
    let phones = readIn(region);
    // A local number invalid in the inferred region may be written for another clue's region (the domain,
    // a +CC number in the prose, the default): "Direct: 020 7783 5530" from a .com sender in London.
    if (phones.length === 0 && (line.match(/\d/g) ?? []).length >= 7) {
      for (const alt of fallbackRegions()) {
        if (alt === region) continue;
        phones = readIn(alt);
        if (phones.length > 0) break;
      }
      // Last, the countries at the Date header's offset, only when they agree on one reading: at +01:00 an
      // Italian "0586 820355" also reads as German, and then nothing is known.
      const agreed = (regions: string[]) => {
        const found = regions.map(readIn).filter((p) => p.length > 0);
        const distinct = new Set(found.map((p) => p.map((x) => x.e164).join(",")));
        return distinct.size === 1 ? found[0] : null;
      };
      // A country the signature's address names is not overruled by mere offset or language guesses: an
      // address line's "No:21  34149" is no Finnish number in an Istanbul signature.
      const addressed = regionSource === "address";
      if (phones.length === 0 && offsetRegions.length > 0 && !addressed) {
        const alts = offsetRegions.filter((alt) => alt !== region);
        // When they disagree, the countries of the text's language among them may still agree.
        phones = agreed(alts) ?? agreed(alts.filter((alt) => languageRegions().includes(alt))) ?? [];
      }
      // Then the countries of the text's language alone ("電話: 02-89787668" in Chinese: only Taiwan reads it),
      // again only when they agree.
      if (phones.length === 0 && !addressed) {
        const langs = languageRegions().filter((alt) => alt !== region);
        if (langs.length > 0) phones = agreed(langs) ?? [];
      }
      // Last of all, a country code written without "+" ("Tel : 886-3-5751185 ext:8857"): only valid numbers.
      if (phones.length === 0) {
        const bare = withBareCallingCode(scanLine);
        if (bare) phones = findPhonesInLine(bare, null).filter((p) => p.international);
      }
    }
    // A reading in another region that starts inside a written "+41 (0) 1 …" drops the country the sender
    // wrote: never dial Dublin for a Zurich number libphonenumber no longer knows.
    // The prepared line (where "0044" reads "+44") is made once per line, and only when a reading needs it.
    const prepared = phones.some((p) => !p.international) ? prepareLine(scanLine) : null;
    if (prepared) phones = phones.filter((p) => {
      if (p.international) return true;
      const written = /\+\s?(\d{1,3})[\s().-]*(?:\(0\)[\s.-]*)?$/.exec(prepared.slice(Math.max(0, p.start - 12), p.start));
      return !written || p.e164.startsWith(`+${written[1]}`);
    });
    // "London +44 20 7946 0000 | Paris +33 1 45 55 00 00": numbers each behind a place or office name, none
    // behind a phone label, are the firm's offices, not the sender's lines.
    if (phones.length >= 2 && phones.every((p, k) => {
      const lead = scanLine.slice(k > 0 ? phones[k - 1].end : 0, p.start);
      return !p.label && /\p{Lu}\p{Ll}{2,}[^\d]{0,12}$/u.test(lead) && !namesSender(lead, nameTokens);
    })) return;
    const above = i > 0 ? (stackedLabel(block.lines, i) ?? isLabelOnly(block.lines[i - 1])) : null;
    scanned.push(i);
    phones.forEach((phone, k) => {
      const label = phone.label ?? (k === 0 && above ? above : null);
      perLine[i].push({ phone, label, line: line.trim(), section: sections[i] });
    });
  });
  // Short local forms take the area code of the block's first office number (not a mobile).
  const sibling = perLine.flat().find((c) => c.label?.kind !== "mobile" && c.phone.type !== "MOBILE");
  if (sibling) {
    for (const i of scanned) {
      const line = block.lines[i];
      for (const phone of localFormsInLine(line, perLine[i].map((c) => c.phone), sibling.phone)) {
        perLine[i].push({ phone, label: phone.label, line: line.trim(), section: sections[i] });
      }
      perLine[i].sort((a, b) => a.phone.start - b.phone.start);
    }
  }
  return perLine.flat();
}

/** Lines inside a vCard (BEGIN:VCARD … END:VCARD) whose FN or N names someone other than the sender. */
function vCardOfOthers(lines: string[], tokens: ReturnType<typeof senderNameTokens>): boolean[] {
  const out: boolean[] = new Array(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*BEGIN:VCARD\s*$/i.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && end - i < 60 && !/^\s*END:VCARD\s*$/i.test(lines[end])) end++;
    const card = lines.slice(i, end + 1);
    const name = card.map((l) => /^\s*(?:FN|N)(?:;[^:]*)?:(.*)$/i.exec(l)?.[1]).find((n) => n && n.trim()) ?? "";
    if (name && !namesSender(name.replace(/;/g, " "), tokens)) out.fill(true, i, end + 1);
    i = end;
  }
  return out;
}

/**
 * Labels stacked in one table cell and numbers in the next ("Telefon:" / "Fax:" over "+49 … 490-118" /
 * "+49 … 51-210"): the n-th bare number line under a run of label-only lines takes the n-th label, only when
 * there are as many labels as bare number lines.
 */
function stackedLabel(lines: string[], i: number): LabelSpan | null {
  const bare = (l: string) => /^\s*[+(]?\d/.test(l) && PHONE_RUN.test(l);
  if (!bare(lines[i])) return null;
  let first = i;
  while (first > 0 && bare(lines[first - 1])) first--;
  let last = i;
  while (last + 1 < lines.length && bare(lines[last + 1])) last++;
  const labels: LabelSpan[] = [];
  for (let k = first - 1; k >= 0; k--) {
    const label = isLabelOnly(lines[k]);
    if (!label) break;
    labels.unshift(label);
  }
  return labels.length >= 2 && labels.length === last - first + 1 ? labels[i - first] : null;
}

function kindOf(c: Candidate, hasExplicitDirect: boolean): PhoneKind {
  const labelKind = c.label?.kind ?? null;
  if (labelKind === "fax" || labelKind === "other" || labelKind === "mobile") return labelKind;
  if (c.phone.type === "TOLL_FREE" && labelKind !== "direct") return "tollfree";
  if (labelKind === "direct" || labelKind === "main") return labelKind;
  if (labelKind === null && c.phone.type === "MOBILE") return "mobile";
  // An unlabelled or generic number beside the firm's role address (info@, office@) is the firm's line.
  if (c.section === "firm") return "main";
  // A generic or unlabelled number is the person's own line, unless a separate direct line is shown.
  return hasExplicitDirect ? "main" : "direct";
}

function confidenceOf(kind: PhoneKind, c: Candidate, anchor: SenderBlock["anchor"]): number {
  let score = anchor === "name" || anchor === "address" ? 0.75 : anchor === "signoff" ? 0.6 : 0.45;
  if (c.label && c.label.kind !== "generic") score += 0.15;
  else if (c.label) score += 0.1;
  if (kind === "main" || kind === "tollfree") score -= 0.1;
  return Math.max(0.05, Math.min(0.98, Number(score.toFixed(2))));
}

const ORG = /\b(inc|llc|llp|ltd|limited|gmbh|ag|plc|corp|corporation|company|co\.|s\.a\.|sas|b\.v\.|n\.v\.|s\.r\.l\.|oy|ab|a\/s|pty|university|universit[yä]t|institute|bank|group|partners|associates|law|legal)\b/i;

/** What one text (a message body, or a quoted part) says about the sender's own numbers. */
interface BlockReading {
  block: SenderBlock;
  lines: string[];
  region: ReturnType<typeof inferRegion>;
  numbers: FoundNumber[];
  best: FoundNumber | null;
}

function pickBest(numbers: FoundNumber[]): FoundNumber | null {
  for (const kind of PREFERENCE) {
    const best = numbers.find((n) => n.kind === kind);
    if (best) return best;
  }
  return null;
}

/** The sender's block in `text` and the numbers on it. */
// Countries whose local numbers a sender at this UTC offset (minutes) most likely writes; tried only after the
// address, domain and +CC clues, for a number that reads in none of them.
const OFFSET_REGIONS: Record<string, string[]> = {
  "0": ["GB", "IE", "PT"], "60": ["DE", "FR", "IT", "ES", "NL", "BE", "CH", "AT", "SE", "NO", "DK", "PL", "CZ", "GB", "IE", "PT"],
  "120": ["DE", "FR", "IT", "ES", "NL", "BE", "CH", "AT", "SE", "NO", "DK", "PL", "CZ", "FI", "GR", "IL", "ZA", "RO"],
  "180": ["FI", "GR", "RO", "TR", "IL", "RU"], "330": ["IN"], "480": ["CN", "SG", "HK", "TW", "AU"], "540": ["JP", "KR"],
  "570": ["AU"], "600": ["AU"], "630": ["AU"], "660": ["AU"], "720": ["NZ"], "780": ["NZ"], "-180": ["BR", "AR"],
};
function regionsAtOffset(date: string | null | undefined): string[] {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(date ?? "");
  if (!m) return [];
  const minutes = (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  return OFFSET_REGIONS[String(minutes)] ?? [];
}

function readSenderBlock(text: string, from: MailMessage["from"], options: ExtractOptions, dateOffset?: string | null): BlockReading {
  const lines = text.split("\n");
  const block = findSenderBlock(lines, from);

  // Numbers written with a country code tell the region of their siblings written without one; only needed
  // (and only scanned for) when neither the address nor the domain says where the sender is.
  const international = () => internationalCountries(block.lines);
  const region = inferRegion(block.lines, from, international, options.defaultRegion ?? "US");
  let fallbackCache: string[] | null = null;
  const fallbackRegions = () => {
    if (fallbackCache) return fallbackCache;
    const out: string[] = [];
    const domain = regionFromDomain(from.address);
    if (domain) out.push(domain);
    out.push(...internationalCountries(lines.filter((l) => l.includes("+"))));
    out.push(options.defaultRegion ?? "US");
    fallbackCache = [...new Set(out)];
    return fallbackCache;
  };
  // The Date header's offset narrows where a sender with a .com/.org address sits: "0423 762 819" sent at +10:00.
  let languageCache: string[] | null = null;
  // The signature's own words first ("Tél :", "Courriel :" under English text): they say where its numbers are.
  const languageRegions = () => {
    if (!languageCache) {
      const own = regionsOfLanguage(block.lines.join("\n"));
      languageCache = own.length > 0 ? own : regionsOfLanguage(text);
    }
    return languageCache;
  };
  const candidates = candidatesIn(block, from, region.region, fallbackRegions, regionsAtOffset(dateOffset), languageRegions, region.source);

  const hasExplicitDirect = candidates.some((c) => c.label?.kind === "direct");
  const numbers: FoundNumber[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const key = `${c.phone.e164};${c.phone.ext ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = kindOf(c, hasExplicitDirect);
    numbers.push({
      e164: c.phone.e164,
      ext: c.phone.ext,
      kind,
      label: c.label?.text ?? null,
      line: c.line,
      confidence: confidenceOf(kind, c, block.anchor),
      country: c.phone.country,
      display: c.phone.display,
    });
  }
  return { block, lines, region, numbers, best: pickBest(numbers) };
}

/** Read one message and name the sender's numbers and the one to dial. Never throws on odd input. */
export function extractContact(message: MailMessage, options: ExtractOptions = {}): ContactExtraction {
  const from = message.from ?? { name: "", address: "" };
  const split = splitQuoted(compactBlankRuns(messageText(message)));
  const own = readSenderBlock(split.body, from, options, message.date);
  const who = firstNameOf(from);

  let reading = own;
  let source: ContactSource | null = own.best ? "signature" : null;
  let evidence = own.best ? `from ${who}'s signature in this email` : null;
  let unsure: string | null = null;
  let numbers = own.numbers;
  let best = own.best;

  {
    // The sender's own words about themselves: "my cell is 415-555-0177", "erreichen Sie mich unter …". Said in
    // this message, they are the number to call now (a trip, a new line), ahead of the signature's.
    const words = ownWordsNumbers(own.lines, own.block, own.region.region ?? options.defaultRegion ?? "US");
    const said = words.directive.filter((n) => PREFERENCE.includes(n.kind));
    if (said.length > 0 && !said.some((n) => n.e164 === best?.e164)) {
      numbers = [...numbers.filter((n) => !said.some((x) => x.e164 === n.e164)), ...said];
      best = pickBest(said);
      source = "own-words";
      evidence = `in ${who}'s own words in this email`;
    }
    // Offered ways to reach them ("I can be reached at …", "call us at …") join the signature's numbers; the
    // preference order picks among them, the signature's line first within a kind.
    const offered = words.offered.filter((n) => PREFERENCE.includes(n.kind) && !numbers.some((x) => x.e164 === n.e164));
    if (offered.length > 0) {
      numbers = [...numbers, ...offered];
      const pick = pickBest(source === "own-words" ? [best as FoundNumber, ...offered] : numbers);
      if (pick && offered.includes(pick)) {
        best = pick;
        source = "own-words";
        evidence = `in ${who}'s own words in this email`;
      }
    }
  }
  if (!best) {
    // A short reply without a signature ("Sent from my iPhone"): the sender's own earlier signature, quoted
    // below or in the conversation. Only a part the sender wrote; never another person's block.
    const earlier = earlierSignature(split.quoted, [...(options.thread ?? []), ...(message.attachedMessages ?? [])], message, from, options);
    if (earlier) {
      reading = earlier.reading;
      numbers = [...numbers, ...earlier.reading.numbers];
      best = earlier.reading.best;
      source = "earlier-signature";
      evidence = `from ${who}'s signature ${earlier.when}`;
      if (!earlier.addressMatched) unsure = `not sure this is ${who}'s number: the earlier message is matched by name only`;
    }
  }
  if (best && !unsure && reading.block.anchor === "fallback") {
    unsure = `not sure this is ${who}'s number: the lines it came from do not name ${who}`;
  }
  if (best) {
    const chosen: FoundNumber = best;
    best = { ...chosen, source: source ?? "signature", evidence: evidence ?? "", ...(unsure ? { unsure } : {}) };
    numbers = numbers.map((n) => (n === chosen ? (best as FoundNumber) : n));
  }

  const country = best?.country ?? own.region.region;
  const signatureText = reading.block.lines.join("\n");
  const result: ContactExtraction = {
    from,
    best,
    numbers,
    region: own.region.region,
    timeZone: best
      ? guessTimeZone(country, signatureText, message.date, best.e164)
      : // Without a number, nothing but guesses place the sender; the Date header's offset overrules a guess
        // that lies on another continent.
        zoneAgreeingWithDate(
          reading.block.lines.length > 0 ? guessTimeZone(country, signatureText, message.date) : guessTimeZone(own.region.source === "default" ? null : own.region.region, signatureText, message.date),
          message.date,
        ),
    organization: reading.block.lines.slice(1, 8).map((l) => l.trim()).find((l) => l.length <= 80 && ORG.test(l) && !/\d{3}/.test(l)) ?? null,
    signatureLines: reading.block.lines.map((l) => l.trimEnd()).filter((l, i, a) => l !== "" || (i > 0 && a[i - 1] !== "")),
    confidence: !best ? "none" : unsure ? "low" : "high",
  };
  if (!best) result.reason = noNumberReason(who, split, own);
  return result;
}

/** "Jane" from "Jane Okafor", "Okafor, Jane" or jane.okafor@…; "the sender" when nothing names them. */
function firstNameOf(from: MailMessage["from"]): string {
  const t = senderNameTokens(from);
  const word = t.first[0] ?? t.last[0] ?? "";
  return word ? word.charAt(0).toUpperCase() + word.slice(1) : "the sender";
}

/** Why there is no number, in words the card shows. */
function noNumberReason(who: string, split: ReturnType<typeof splitQuoted>, own: BlockReading): string {
  const othersNumbers = split.quoted.some((q) => PHONE_RUN.test(q.text)) || own.lines.some((l) => PHONE_RUN.test(l));
  return othersNumbers
    ? `${who} gave no number of their own; the numbers in this email belong to other people`
    : `${who} gave no phone number in this email`;
}

/** Same person: the same address, or (for quoted headers without one) the same first and last name. */
function samePerson(a: MailMessage["from"] | null | undefined, b: MailMessage["from"]): { same: boolean; byAddress: boolean } {
  if (!a) return { same: false, byAddress: false };
  // Through a list that rewrites From, every member has the list's address: only the names can tell.
  if (a.address && b.address && !isListRewritten(a) && !isListRewritten(b)) {
    const same = a.address.trim().toLowerCase() === b.address.trim().toLowerCase();
    return { same, byAddress: same };
  }
  const ta = senderNameTokens({ name: a.name ?? "", address: "" });
  const tb = senderNameTokens({ name: b.name ?? "", address: "" });
  const first = ta.first.length > 0 && ta.first[0] === tb.first[0];
  const last = ta.last.length > 0 && tb.last.length > 0 && ta.last[ta.last.length - 1] === tb.last[tb.last.length - 1];
  return { same: first && last, byAddress: false };
}

function earlierSignature(
  quoted: ReturnType<typeof splitQuoted>["quoted"],
  thread: MailMessage[],
  message: MailMessage,
  from: MailMessage["from"],
  options: ExtractOptions,
): { reading: BlockReading; when: string; addressMatched: boolean } | null {
  for (const part of quoted) {
    const match = samePerson(part.from, from);
    if (!match.same) continue;
    // The part's own text, without what it quoted in turn.
    const reading = readSenderBlock(splitQuoted(part.text).body, from, options);
    if (reading.best && reading.block.anchor !== "fallback") return { reading, when: "quoted below", addressMatched: match.byAddress };
  }
  // Deeper in the history ("> >> On 1 Mar, Maria <maria@…> wrote:"), only a part whose header gives the sender's
  // own address: a name alone that deep is too weak a clue, and the parts around it are other people's.
  for (let depth = 0, level = quoted; depth < 3 && level.length > 0; depth++) {
    const next = level.flatMap((part) => splitQuoted(part.text).quoted);
    for (const part of next) {
      if (!samePerson(part.from, from).byAddress) continue;
      const reading = readSenderBlock(splitQuoted(part.text).body, from, options);
      if (reading.best && reading.block.anchor !== "fallback") return { reading, when: "quoted further down", addressMatched: true };
    }
    level = next;
  }
  const mine = thread
    .filter((m) => {
      const id = m.id ?? m.messageId ?? null;
      // Messages without ids (an attached .eml) are only themselves.
      const same = m === message || (id !== null && id === (message.id ?? message.messageId ?? null));
      return !same && samePerson(m.from, from).byAddress;
    })
    .sort((a, b) => Date.parse(b.date ?? "") - Date.parse(a.date ?? ""));
  for (const m of mine) {
    const reading = readSenderBlock(splitQuoted(compactBlankRuns(messageText(m))).body, from, options, m.date);
    if (reading.best && reading.block.anchor !== "fallback") return { reading, when: m.date ? `on ${dayOf(m.date)}` : "in an earlier message", addressMatched: true };
  }
  return null;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** "3 March" from an ISO date, read in the date's own offset (the sender's day). */
function dayOf(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]}` : iso;
}
