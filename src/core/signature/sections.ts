// Sections of a signature block: the person's own lines, the firm's general contact lines, the firm's
// register footer. A number's section says whose line it is.
import type { Mailbox } from "../types";
import { isRegisterLine, namesSender, senderNameTokens } from "./locate";

/**
 * "own": the section names the sender or carries their address. "firm": it carries only a role address
 * (info@, office@) — the firm's switchboard. "register": a company register footer (court, HRB, directors)
 * that names neither. "plain": none of these, read as the sender's.
 */
export type SectionRole = "own" | "firm" | "register" | "plain";

const RULE = /^\s*(?:[_=~*-]\s*){10,}$/;
const ROLE_ADDRESS = /\b(?:info|office|contact|hello|sales|support|mail|kontakt|enquiries|inquiries|reception|admin|team|general)@[\w-]+(?:\.[\w-]+)+/i;
const ADDRESS = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/g;

/** The role of each line's section; sections are separated by blank lines and rule lines. */
export function sectionRoles(fullLines: string[], from: Mailbox): SectionRole[] {
  // Signature lines are short; only a line's head is read, which keeps hostile input linear.
  const lines = fullLines.map((l) => (l.length > 300 ? l.slice(0, 300) : l));
  const tokens = senderNameTokens(from);
  const own = (from.address ?? "").trim().toLowerCase();
  const roles: SectionRole[] = new Array(lines.length).fill("plain");
  let start = 0;
  const close = (end: number) => {
    const section = lines.slice(start, end);
    if (section.length > 0) {
      const addresses = section.flatMap((l) => l.match(ADDRESS) ?? []).map((a) => a.toLowerCase());
      const mine = (own !== "" && addresses.includes(own)) || section.some((l) => namesSender(l, tokens));
      const role: SectionRole = mine
        ? "own"
        : section.some(isRegisterLine)
          ? "register"
          : section.some((l) => ROLE_ADDRESS.test(l))
            ? "firm"
            : "plain";
      roles.fill(role, start, end);
    }
    start = end + 1;
  };
  lines.forEach((l, i) => {
    if (l.trim() === "" || RULE.test(l)) close(i);
  });
  close(lines.length);
  return roles;
}
