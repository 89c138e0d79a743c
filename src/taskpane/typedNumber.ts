// Kept apart from links.ts: it pulls in libphonenumber's metadata, which the taskpane loads only when
// the attorney types a number (or with the engine chunk), not before the first paint.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import type { DialNumber } from "./services";

/**
 * Reads a number the attorney typed. Numbers without a country code are read in the client's region.
 * Returns null when it is not a valid phone number, so the UI can say so instead of saving garbage.
 */
export function parseTypedNumber(input: string, defaultRegion: string | null): DialNumber | null {
  const text = input.trim();
  if (!text) return null;
  const parsed = parsePhoneNumberFromString(text, (defaultRegion ?? undefined) as CountryCode | undefined);
  if (!parsed || !parsed.isValid()) return null;
  return {
    e164: parsed.number,
    ext: parsed.ext ?? null,
    display: parsed.formatInternational(),
    kind: "typed",
    line: null,
  };
}
