// The only way values reach HTML in compose and booking: escaped text, and tel: links built from digits.
import { parsePhoneNumberFromString } from "libphonenumber-js";

// "=" too: harmless in text, and it keeps an escaped "onerror=" from reading as an attribute to any later,
// sloppier processing of the fragment (and to a reviewer's grep).
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;", "=": "&#61;" };

/** Text safe to place in HTML element content or a quoted attribute. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"'`=]/g, (c) => ESCAPES[c]);
}

/**
 * One line of plain text for headers and one-line fields (subjects, locations, names): line breaks, other
 * control characters and Unicode line separators become spaces, so no value can start a second header line.
 */
export function oneLine(value: unknown): string {
  return String(value ?? "").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ").trim();
}

/** A number the attorney will dial: E.164 plus an optional extension, as the extraction engine reports it. */
export interface DialNumber {
  e164: string;
  ext?: string | null;
  /** International format for people, e.g. "+44 20 7484 5546". */
  display?: string;
}

const E164 = /^\+[1-9]\d{5,14}$/;

/**
 * RFC 3966 `tel:` URI, or null when the number is not plain E.164: a link is only ever built from
 * digits we checked, so a hostile "number" can never become a `javascript:` or other href.
 */
export function telUri(n: DialNumber | null | undefined): string | null {
  if (!n || typeof n.e164 !== "string" || !E164.test(n.e164)) return null;
  const ext = n.ext && /^\d{1,10}$/.test(n.ext) ? `;ext=${n.ext}` : "";
  return `tel:${n.e164}${ext}`;
}

/** How the number reads to people: its display form (or E.164 in international format) with the extension. */
export function numberForPeople(n: DialNumber): string {
  const main = n.display && n.display.trim() ? n.display.trim() : international(n.e164);
  return n.ext ? `${main} ext. ${n.ext}` : main;
}

/** `<a href="tel:…">number</a>`, or the escaped number alone when it cannot be linked. */
export function telLinkHtml(n: DialNumber): string {
  const uri = telUri(n);
  const label = escapeHtml(numberForPeople(n));
  // telUri only ever returns "tel:+<digits>[;ext=<digits>]", so it goes into the attribute as it is.
  return uri ? `<a href="${uri}">${label}</a>` : label;
}

function international(e164: string): string {
  const parsed = typeof e164 === "string" ? parsePhoneNumberFromString(e164) : undefined;
  return parsed ? parsed.formatInternational() : String(e164 ?? "");
}
