// Decides what "Save number to contacts" will do, before it does it, so the UI can show the change and
// never replace a different number without the attorney saying so.
import type { ContactWrite, DialNumber, SavedContact } from "./services";

export type ContactChange =
  | { kind: "create"; write: ContactWrite }
  | { kind: "unchanged"; contact: SavedContact }
  | { kind: "add"; contact: SavedContact; write: ContactWrite }
  /** The contact has other numbers: the attorney picks "add beside" (write) or "replace" (replaceWrite). */
  | { kind: "conflict"; contact: SavedContact; existing: string[]; write: ContactWrite; replaceWrite: ContactWrite };

const digits = (s: string) => s.replace(/[^\d+]/g, "").replace(/^00/, "+");

/** Numbers match when their digits match, or one is the other's national tail (contacts often lack +CC). */
export function sameNumber(a: string, b: string): boolean {
  const x = digits(a);
  const y = digits(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const bare = (s: string) => s.replace(/^\+/, "");
  const [shorter, longer] = bare(x).length <= bare(y).length ? [bare(x), bare(y)] : [bare(y), bare(x)];
  return shorter.length >= 7 && longer.endsWith(shorter.replace(/^0/, ""));
}

export function planContactChange(
  client: { name: string; email: string; organization: string | null },
  dial: DialNumber,
  existing: SavedContact | null,
): ContactChange {
  const isMobile = dial.kind === "mobile";
  const number = dial.ext ? `${dial.e164} x${dial.ext}` : dial.e164;
  if (!existing) {
    return {
      kind: "create",
      write: {
        displayName: client.name || client.email,
        email: client.email,
        companyName: client.organization,
        businessPhones: isMobile ? [] : [number],
        mobilePhone: isMobile ? number : null,
      },
    };
  }
  const current = [...existing.businessPhones, ...(existing.mobilePhone ? [existing.mobilePhone] : [])];
  if (current.some((n) => sameNumber(n, dial.e164))) return { kind: "unchanged", contact: existing };
  const base = { id: existing.id, displayName: existing.displayName, email: existing.email };
  if (isMobile) {
    const write = { ...base, businessPhones: existing.businessPhones, mobilePhone: number };
    if (!existing.mobilePhone) return { kind: "add", contact: existing, write };
    // Graph has one mobile slot: "add beside" files the new mobile as a business number instead.
    return {
      kind: "conflict",
      contact: existing,
      existing: [existing.mobilePhone],
      write: { ...base, businessPhones: [...existing.businessPhones, number], mobilePhone: existing.mobilePhone },
      replaceWrite: write,
    };
  }
  const write = { ...base, businessPhones: [...existing.businessPhones, number], mobilePhone: existing.mobilePhone };
  if (existing.businessPhones.length === 0) return { kind: "add", contact: existing, write };
  return {
    kind: "conflict",
    contact: existing,
    existing: existing.businessPhones,
    write,
    replaceWrite: { ...base, businessPhones: [number], mobilePhone: existing.mobilePhone },
  };
}
