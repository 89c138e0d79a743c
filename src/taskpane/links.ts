import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import type { DialNumber } from "./services";

/** RFC 3966 tel: URI; the extension rides along as ";ext=" so phones that support it dial it. */
export function telHref(dial: Pick<DialNumber, "e164" | "ext">): string {
  return `tel:${dial.e164}${dial.ext ? `;ext=${dial.ext}` : ""}`;
}

/** Teams "call this number" deep link (PSTN users are addressed as 4:<E.164>). */
export function teamsCallHref(dial: Pick<DialNumber, "e164">): string {
  return `https://teams.microsoft.com/l/call/0/0?users=4:${encodeURIComponent(dial.e164)}`;
}

/** Text for the clipboard: the number as people read it, plus the extension. */
export function dialText(dial: Pick<DialNumber, "display" | "ext">): string {
  return dial.ext ? `${dial.display} ext. ${dial.ext}` : dial.display;
}

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
