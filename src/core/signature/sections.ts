// Sections of a signature block: the person's own lines, the firm's general contact lines, the firm's
// register footer. A number's section says whose line it is.
import type { Mailbox } from "../types";
import { DASH_RULE, isRegisterLine, namesSender, senderNameTokens } from "./locate";

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
  const role = sectionRoleOf(fullLines, from);
  return fullLines.map((_l, i) => role(i));
}

/**
 * The same roles, each section's worked out only when a line of it is asked about: callers look at the few
 * lines that carry numbers.
 */
export function sectionRoleOf(fullLines: string[], from: Mailbox): (i: number) => SectionRole {
  // Signature lines are short; only a line's head is read, which keeps hostile input linear.
  const head = (i: number) => (fullLines[i].length > 300 ? fullLines[i].slice(0, 300) : fullLines[i]);
  const own = (from.address ?? "").trim().toLowerCase();
  // Section bounds: each line's section runs from sectionStart to sectionEnd (exclusive); separators are "plain".
  const n = fullLines.length;
  const separator: boolean[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const l = head(i);
    separator[i] = l.trim() === "" || RULE.test(l);
  }
  const roles: Array<SectionRole | undefined> = new Array(n);
  return (i: number): SectionRole => {
    if (i < 0 || i >= n || separator[i]) return "plain";
    const known = roles[i];
    if (known) return known;
    let start = i;
    while (start > 0 && !separator[start - 1]) start--;
    let end = i + 1;
    while (end < n && !separator[end]) end++;
    const section: string[] = [];
    for (let k = start; k < end; k++) section.push(head(k));
    const tokens = senderNameTokens(from);
    const addresses = section.flatMap((l) => l.match(ADDRESS) ?? []).map((a) => a.toLowerCase());
    const mine = (own !== "" && addresses.includes(own)) || section.some((l) => namesSender(l, tokens));
    // A section the "-- " delimiter itself opens is the signature the sender chose to send, a company one
    // with its register line included ("-- " / "SerNet GmbH - …" / "phone: …" / "AG Goettingen HRB…"): its
    // numbers are the firm's lines the sender gives, not a footer the mail server appended.
    const delimited = DASH_RULE.test(section[0] ?? "");
    const role: SectionRole = mine
      ? "own"
      : section.some(isRegisterLine)
        ? delimited ? "firm" : "register"
        : section.some((l) => ROLE_ADDRESS.test(l))
          ? "firm"
          : "plain";
    roles.fill(role, start, end);
    return role;
  };
}
