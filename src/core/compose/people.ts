// How to address people in a note: first names from display names as mail headers give them.
import type { Mailbox } from "../types";
import { oneLine } from "./html";

/** "Jane" from "Jane Okafor", "Okafor, Jane", "Dr. Jane Okafor" or "jane.okafor@…"; null when unknown. */
export function firstName(who: Mailbox | null | undefined): string | null {
  if (!who) return null;
  let name = oneLine(who.name).replace(/["']/g, "").replace(/\s*[([].*?[)\]]\s*/g, " ").trim();
  if (name.includes(",")) {
    const [last, rest] = name.split(",", 2);
    name = rest && rest.trim() && !/^(jr|sr|esq|phd|md|ii|iii)\.?$/i.test(rest.trim()) ? `${rest.trim()} ${last.trim()}` : last.trim();
  }
  name = name.replace(/^(mr|mrs|ms|miss|dr|prof|sir|dame)\.?\s+/i, "");
  const first = name.split(/\s+/)[0];
  if (first && /\p{L}/u.test(first) && !first.includes("@")) return first;
  const local = (who.address ?? "").split("@")[0];
  const guess = local.split(/[._-]/)[0];
  return guess && /^[a-z]{2,}$/i.test(guess) && local.includes(".") ? guess.charAt(0).toUpperCase() + guess.slice(1).toLowerCase() : null;
}

/** Display name on one line, or the address when the name is empty. */
export function displayName(who: Mailbox): string {
  const name = oneLine(who.name);
  return name ? name : oneLine(who.address);
}
