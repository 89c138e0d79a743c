// Finding phone numbers on one signature line with libphonenumber-js (max metadata) and reading their labels.
import { findNumbers, getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js/max";
import type { CountryCode, NumberFound } from "libphonenumber-js/max";
import { labelAfter, labelBefore, type LabelKind, type LabelSpan } from "./labels";

/** Seven digits with only short separator runs between them: the cheap test before asking libphonenumber-js. */
export const PHONE_RUN = /\d(?:[\s().\/*-]{0,3}\d){6}/;

export interface PhoneOnLine {
  e164: string;
  ext: string | null;
  /** ISO country of the number, when libphonenumber-js knows it. */
  country: string | null;
  /** libphonenumber-js number type (MOBILE, TOLL_FREE, FIXED_LINE...), or null. */
  type: string | null;
  /** International format for people. */
  display: string;
  /** True when the number was written with its country code (+44, 0044). */
  international: boolean;
  label: LabelSpan | null;
  start: number;
  end: number;
}

const CALLING_CODES = new Set<string>();
function isCallingCode(cc: string): boolean {
  if (CALLING_CODES.size === 0) {
    for (const c of ["US", "GB", "DE", "FR", "IE", "NL", "BE", "CH", "AT", "IT", "ES", "PT", "SE", "NO", "DK", "FI", "PL", "CZ", "IL", "IN", "JP", "CN", "AU", "NZ", "BR", "MX", "ZA", "SG", "HK", "LU", "RU", "AE", "GR", "HU", "RO", "TR", "KR", "AR", "CL", "CO"] as CountryCode[]) {
      CALLING_CODES.add(getCountryCallingCode(c));
    }
  }
  return CALLING_CODES.has(cc);
}

/**
 * Rewrites international forms libphonenumber-js does not read: "0044 20..." (00 prefix) and "44 (0) 20..."
 * (country code without "+", followed by the trunk "(0)"). Keeps string length when it can so offsets hold.
 */
export function prepareLine(line: string): string {
  return line
    // Gmail's plain text marks bold with "*", even inside a number ("T: *+972-9-**7692289 *"); same length.
    .replace(/\*+/g, (m) => " ".repeat(m.length))
    // "(ext. 305)": libphonenumber-js reads an extension only when it is not parenthesised; same length kept.
    .replace(/\((\s*(?:ext|extn|extension|x)\.?\s*\d{1,6}\s*)\)/gi, " $1 ")
    // "ext. (77137)": the same, parentheses around the digits only.
    .replace(/\b((?:ext|extn|extension)\.?\s*)\((\d{1,6})\)/gi, (_m, word: string, digits: string) => `${word} ${digits} `)
    .replace(/\(\s*\+(\d{1,3})\s*(?:or|\/|od\.?|ou|o|oder)\s*0\s*\)\s*/gi, "+$1 ")
    .replace(/\+\s+(?=\d)/g, "+")
    // "++49 (0) 711…": a doubled plus, same length kept.
    .replace(/\+\+(?=\d)/g, " +")
    // "5101www.firm.com": a number run into a web address or word.
    .replace(/(\d)(?=(?:www\.|https?:|[A-Za-z]{4,}))/g, "$1 ")
    .replace(/(^|[^\d+\w])00[\s.]?([1-9]\d{0,2})(?=[\s.(/-]*\d)/g, (m, pre: string, cc: string) => (isCallingCode(cc) ? `${pre}+${cc}` : m))
    .replace(/(^|[^\d+\w])(\d{2,3})[\s.]*\(0\)/g, (m, pre: string, cc: string) => (isCallingCode(cc) ? `${pre}+${cc} ` : m));
}

let ALL_CODES: Set<string> | null = null;

/**
 * The line read as if its first digit group were a country code written without "+": "Tel : 886-3-5751185"
 * from Taiwan. Only a group that is a calling code and is followed by a separator; null when there is none.
 * Callers try this last, for a line no local reading explains, and keep only valid numbers.
 */
export function withBareCallingCode(line: string): string | null {
  ALL_CODES ??= new Set(getCountries().map((c) => getCountryCallingCode(c) as string));
  // "(33) 476 042 006": the code in parentheses, same length kept.
  const paren = /(^|[\s:])\(([1-9]\d{0,2})\)(?=\s?\d)/.exec(line);
  if (paren && ALL_CODES.has(paren[2]) && !/\d/.test(line.slice(0, paren.index))) {
    const at = paren.index + paren[1].length;
    return `${line.slice(0, at)}+${paren[2]} ${line.slice(at + paren[2].length + 2)}`;
  }
  const m = /(^|[\s:])([1-9]\d{1,2})(?=[\s.-]\(?\d)/.exec(line);
  if (!m || !ALL_CODES.has(m[2])) return null;
  const at = (m.index ?? 0) + m[1].length;
  if (/\d/.test(line.slice(0, at))) return null;
  // Keep offsets when a space precedes the code; else insert.
  return m[1] === " " ? `${line.slice(0, at - 1)}+${line.slice(at)}` : `${line.slice(0, at)}+${line.slice(at)}`;
}

function sharesCallingCode(region: string | null, callingCode: string): region is string {
  return !!region && callingCode !== "1" && isSupportedCountry(region) && getCountryCallingCode(region as CountryCode) === callingCode;
}

/** A found number passes if libphonenumber-js deems it valid, or (for a labelled line) at least possible. */
function scan(text: string, region: string | null, leniency: "VALID" | "POSSIBLE"): NumberFound[] {
  const defaultCountry = region && isSupportedCountry(region) ? (region as CountryCode) : undefined;
  try {
    return findNumbers(text, { defaultCountry, v2: true, leniency } as Parameters<typeof findNumbers>[1]) as unknown as NumberFound[];
  } catch {
    return [];
  }
}

/**
 * Every phone number on one line, with the label that names it. Between two numbers, a label word followed by
 * ":" or sitting right before the second number belongs to the second ("T: 1 F: 2"); one in parentheses or
 * right after the first number belongs to the first ("1 (office) 2 (cell)").
 */
export function findPhonesInLine(rawLine: string, region: string | null): PhoneOnLine[] {
  const stems = sharedStems(rawLine);
  const line = stems.line === rawLine ? prepareLine(rawLine) : prepareLine(stems.line);
  const digits = (line.match(/\d/g) ?? []).length;
  if (!/\d{2}/.test(line) || digits < 6) return [];
  let found = scan(line, region, "VALID");
  // Old or unusual allocations (long-gone NANP exchanges) fail validation; accept them when a phone label says so.
  // Such a number's ten national digits are all written on the line: fewer, and the second scan cannot keep one.
  if (found.length === 0 && digits >= 10 && /(?:tel|phone|ph|fax|mobile|cell|direct|office|[tpmfcd]\s*[:.])/i.test(line)) {
    // Only North American numbers of the right shape (area code and exchange not starting with 0 or 1):
    // elsewhere "possible" admits digit strings that are not phone numbers at all.
    found = scan(line, region, "POSSIBLE").filter((f) => f.number.isPossible() && /^\+1[2-9]\d{2}[2-9]\d{6}$/.test(f.number.number));
  }
  const out: PhoneOnLine[] = [];
  const stemOf = (f: NumberFound) => stems.suffixes.find((x) => x.at >= f.endsAt && x.at <= f.endsAt + 2);
  let prevTookSuffix = false;
  found.forEach((f, i) => {
    const n = f.number;
    const prevEnd = i > 0 ? found[i - 1].endsAt : 0;
    const nextStart = i + 1 < found.length ? found[i + 1].startsAt : line.length;
    const before = line.slice(prevEnd, f.startsAt);
    const after = line.slice(f.endsAt, nextStart);
    // Text the previous number took as its own trailing label is not this number's label too.
    let label: LabelSpan | null = prevTookSuffix ? null : labelBefore(before);
    prevTookSuffix = false;
    // The label before may really be the previous number's suffix, e.g. "555-1234 (office) 555-9876".
    if (label && i > 0 && /^\s*[-–,;]*\s*\(/.test(before) && /\)\s*[/,;|-]*\s*$/.test(before)) label = null;
    // "(206) 555-0100  Dir. 555-0142": a label followed by digits libphonenumber did not read labels those
    // digits, not the number before it.
    const suffix = i + 1 === found.length && /^\s*[\p{L}][\p{L}.]*\s*[:.]?\s*\d{3}/u.test(after) ? null : labelAfter(after);
    // Text between this number and the next names the next one unless it is parenthesised or ends in a
    // separator: "1, Fax 2" and "1 Fax: 2" label 2; "1 (office) 2" and "1 direct, 2 cell" label 1.
    // A label one space after a number and then a column gap ("+31 20 555 0142 direct   +31 20 555 0100
    // reception") names the number before the gap.
    const columnSuffix = /^ ?[\p{L}][\p{L}. -]{0,20}?(?:\s{3,}|\t)\s*[(+]?$/u.test(after) && !/:\s*[(+]?\s*$/.test(after);
    const suffixIsNext =
      i + 1 < found.length && labelBefore(after) !== null && !columnSuffix && !/^\s*[-–]*\s*\(/.test(after) && !/[,;/|]\s*[(+]?\s*$/.test(after);
    if (suffix && !suffixIsNext) {
      label = label && label.kind !== "generic" ? label : suffix;
      prevTookSuffix = true;
    }
    // A number announced for certain dates ("December 20+21  281-...", "until 5/3:") is a temporary line.
    const dated = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|until|through|thru|bis)\b\.?\s*\d{0,2}/i;
    if (!label && dated.test(before) && /\d/.test(before)) label = { text: before.trim(), kind: "other" };
    const raw = rawLine.slice(f.startsAt, f.endsAt);
    // A date ("2.03.2026", "2026-03-02", "03/02/2026") is never a number to dial, whatever a region's plan accepts.
    if (DATE_SHAPE.test(raw.trim())) return;
    // "Allerskehre 44 - 22309 Hamburg": house number and postcode before a town name is an address, not a phone.
    if (!label && !suffix && /\d{4,5}$/.test(raw) && /^\s+\p{Lu}\p{Ll}+/u.test(after) && !/^\s*\+/.test(raw)) return;
    // "338-7255 (6 lines) Ext. 170": an extension written after a short aside still belongs to the number, as
    // does one in parentheses ("03-5555-0142(内線1234)").
    const laterExt = n.ext ? null : /^\s*(?:\([^)]{0,24}\)\s*)?[,;(（]?\s*(?:ext|extn|extension|poste|分機|分机|内線|内线|내선)\.?\s*:?\s*(\d{1,6})(?!\d)/i.exec(after);
    out.push({
      e164: n.number,
      ext: n.ext ?? laterExt?.[1] ?? null,
      // Ranges shared by several regions (UK mobiles are also valid in Guernsey and Jersey) belong to the
      // region the line was read in when that is one of them.
      // North America is left alone: there the area code tells the US from Canada.
      country: sharesCallingCode(region, n.countryCallingCode) ? region : (n.country ?? null),
      // Number type and formatting cost as much as finding the number; most callers need them for few numbers.
      get type() {
        return n.getType() ?? null;
      },
      get display() {
        return n.formatInternational();
      },
      international: /^\s*\+|^\s*00/.test(raw) || line.slice(f.startsAt, f.endsAt).trimStart().startsWith("+"),
      label,
      start: f.startsAt,
      end: f.endsAt,
    });
    const stem = stemOf(f);
    if (stem && n.number.length > stem.digits.length + 4) {
      // "Tel/Fax: +49 89 5550 310/-319": the second line shares the first one's stem. A label naming both
      // roles gives the voice role to the first and the other role (usually fax) to the second.
      const sibling = parsePhoneNumberFromString(n.number.slice(0, -stem.digits.length) + stem.digits);
      if (sibling?.isPossible()) {
        const roles = (label?.text ?? "").split(/\s*\/\s*/);
        const secondRole = stem.label ?? (roles.length > 1 ? labelBefore(roles[roles.length - 1]) : null);
        if (roles.length > 1 && label) out[out.length - 1].label = labelBefore(roles[0]) ?? label;
        out.push({
          e164: sibling.number,
          ext: null,
          country: sibling.country ?? n.country ?? null,
          get type() {
            return sibling.getType() ?? null;
          },
          get display() {
            return sibling.formatInternational();
          },
          international: out[out.length - 1].international,
          label: secondRole ?? label,
          start: stem.at,
          end: stem.at + stem.length,
        });
      }
    }
  });
  return out;
}

const DATE_SHAPE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})$/;

interface StemSuffix {
  /** Offset in the line where the suffix text started. */
  at: number;
  length: number;
  digits: string;
  label: LabelSpan | null;
}

// "310/-319", "310, Fax: -319", "310 / -19": a second line written as the last digits of the first.
const STEM_SUFFIX = /(?<=\d)(\s*(?:\/|,|;)\s*(?:([\p{L}][\p{L}.]{0,12})\s*[:.]?\s*)?-\s?(\d{1,4}))(?![\d\s]*\d{3})/gu;

/** Shared-stem suffixes blanked out of the line (same length, so offsets hold) and remembered. */
function sharedStems(line: string): { line: string; suffixes: StemSuffix[] } {
  if (!line.includes("-") || !/\d\s*[/,;]\s*(?:[\p{L}.]{1,13}\s*[:.]?\s*)?-\s?\d/u.test(line)) return { line, suffixes: [] };
  const suffixes: StemSuffix[] = [];
  const blanked = line.replace(STEM_SUFFIX, (m: string, _all: string, word: string | undefined, digits: string, offset: number) => {
    const label = word ? labelBefore(word) : null;
    if (word && !label) return m;
    suffixes.push({ at: offset, length: m.length, digits, label });
    return " ".repeat(m.length);
  });
  return { line: blanked, suffixes };
}

export type { LabelKind };

/**
 * Countries of the numbers written with a country code on these lines ("+44 20...", "0049 ..."), cheaply:
 * only the "+..." runs are parsed, not every digit string.
 */
export function internationalCountries(lines: string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    if (raw.length > 300 || !/\+\s*\d|\b00\d|\d\s*\(0\)/.test(raw)) continue;
    for (const m of prepareLine(raw).matchAll(/\+\d[\d\s().\/-]{5,22}\d/g)) {
      const country = parsePhoneNumberFromString(m[0])?.country;
      if (country) out.push(country);
    }
  }
  return out;
}

// A short local form: 6 to 8 digits with separators, not part of a longer digit run.
const LOCAL_RUN = /(?<![\d+]|\d[-. ])\d{2,4}[-. ]?\d{3,4}(?!\d|[-. ]\d)/g;

/**
 * Numbers written without their area code beside a sibling that has one: "Tel: (206) 555-0100  Dir. 555-0142".
 * A run counts only behind a phone label (mobiles never share an area code), only where no number was found,
 * and only when the sibling's leading digits plus the run make a valid number of the sibling's country.
 */
let lastSibling: { e164: string; parsed: ReturnType<typeof parsePhoneNumberFromString> } | null = null;

export function localFormsInLine(rawLine: string, found: PhoneOnLine[], sibling: { e164: string } | null): PhoneOnLine[] {
  if (!sibling) return [];
  // Every scanned line of a block asks with the same sibling: parse it once.
  if (lastSibling?.e164 !== sibling.e164) lastSibling = { e164: sibling.e164, parsed: parsePhoneNumberFromString(sibling.e164) };
  const parsedSibling = lastSibling.parsed;
  if (!parsedSibling) return [];
  const national = parsedSibling.nationalNumber as string;
  const out: PhoneOnLine[] = [];
  for (const m of rawLine.matchAll(LOCAL_RUN)) {
    const at = m.index ?? 0;
    if (found.some((f) => at < f.end && at + m[0].length > f.start)) continue;
    const label = labelBefore(rawLine.slice(Math.max(0, at - 30), at));
    if (!label || label.kind === "mobile") continue;
    const digits = m[0].replace(/\D/g, "");
    if (digits.length < 6 || digits.length >= national.length) continue;
    const candidate = parsePhoneNumberFromString(`+${parsedSibling.countryCallingCode}${national.slice(0, national.length - digits.length)}${digits}`);
    if (!candidate?.isValid()) continue;
    out.push({
      e164: candidate.number,
      ext: null,
      country: candidate.country ?? null,
      get type() {
        return candidate.getType() ?? null;
      },
      get display() {
        return candidate.formatInternational();
      },
      international: false,
      label,
      start: at,
      end: at + m[0].length,
    });
  }
  return out;
}

