// Phone numbers compared and written as numbers, not strings: "+1 (212) 555-0100" is "+12125550100".
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

function asRegion(region: string | null | undefined): CountryCode | undefined {
  return region && /^[A-Z]{2}$/.test(region.toUpperCase()) ? (region.toUpperCase() as CountryCode) : undefined;
}

/** E.164 plus extension ("+12125550100;ext=12"), or null when the text is not a phone number. */
export function phoneKey(text: string | null | undefined, defaultRegion?: string | null): string | null {
  if (!text || !text.trim()) return null;
  const parsed = parsePhoneNumberFromString(text, asRegion(defaultRegion));
  if (parsed && parsed.isPossible()) return parsed.ext ? `${parsed.number};ext=${parsed.ext}` : parsed.number;
  return null;
}

/**
 * True when both texts name the same line. Numbers libphonenumber cannot read (odd contact entries)
 * fall back to comparing their digits, so junk never matches a real number by accident.
 */
export function samePhoneNumber(a: string | null | undefined, b: string | null | undefined, defaultRegion?: string | null): boolean {
  const ka = phoneKey(a, defaultRegion);
  const kb = phoneKey(b, defaultRegion);
  if (ka && kb) return ka === kb;
  const digits = (s: string | null | undefined) => (s ?? "").replace(/\D/g, "");
  return ka === null && kb === null && digits(a).length >= 5 && digits(a) === digits(b);
}

/** The form written to the contact: international format, " ext. 12" when there is an extension. */
export function formatForContact(e164: string, ext?: string | null): string {
  const parsed = parsePhoneNumberFromString(e164);
  const base = parsed ? parsed.formatInternational() : e164;
  return ext ? `${base} ext. ${ext}` : base;
}

/** The country (ISO alpha-2) an E.164 number belongs to, or null. */
export function regionOf(e164: string): string | null {
  return parsePhoneNumberFromString(e164)?.country ?? null;
}
