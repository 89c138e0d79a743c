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
  // the engine's display form may already carry the extension
  if (!dial.ext || new RegExp(`(ext|x)\\.?\\s*${dial.ext}\\s*$`, "i").test(dial.display)) return dial.display;
  return `${dial.display} ext. ${dial.ext}`;
}
