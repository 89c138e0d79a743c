// Saving the client's numbers to their Outlook contact: first a plan the attorney can read, then the Graph
// body for exactly what they approved. An existing different number is never replaced without approval.
import type { FoundNumber, Mailbox } from "../types";
import { formatForContact, phoneKey, regionOf } from "./phoneCompare";
import type { ContactChange, ContactConflict, ContactPlan, ContactWrite, GraphContactLike } from "./types";

/** Outlook shows two business numbers (Business, Business 2); more are not kept by every client. */
export const MAX_BUSINESS_PHONES = 2;
/** Graph keeps at most three email addresses on a contact. */
export const MAX_EMAIL_ADDRESSES = 3;

export interface ContactSaveInput {
  client: Mailbox;
  /** Numbers from the client's signature; direct and main go to business, mobile to mobile. */
  numbers: readonly FoundNumber[];
  organization?: string | null;
  /** Region for contact numbers written without a country code (the extraction's region). */
  region?: string | null;
}

interface Candidate {
  field: "businessPhones" | "mobilePhone";
  e164: string;
  ext: string | null;
  text: string;
}

const candidateKey = (c: Candidate): string => (c.ext ? `${c.e164};ext=${c.ext}` : c.e164);

/** True when a number stored on the contact is this candidate (compared as phone numbers). */
function holds(stored: string, c: Candidate, region: string | null): boolean {
  // Without a known region, a contact entry written without "+" is read in the candidate's own country.
  return phoneKey(stored, region ?? regionOf(c.e164)) === candidateKey(c);
}

/** The numbers worth saving, deduplicated: direct before main for business, the first mobile for mobile. */
function candidatesOf(numbers: readonly FoundNumber[]): Candidate[] {
  const rank: Partial<Record<FoundNumber["kind"], number>> = { direct: 0, main: 1, mobile: 2 };
  const out: Candidate[] = [];
  const sorted = numbers.filter((n) => rank[n.kind] !== undefined).sort((a, b) => (rank[a.kind] ?? 9) - (rank[b.kind] ?? 9));
  for (const n of sorted) {
    const field = n.kind === "mobile" ? "mobilePhone" : "businessPhones";
    if (out.some((c) => c.e164 === n.e164 && (c.ext ?? null) === (n.ext ?? null))) continue;
    if (field === "mobilePhone" && out.some((c) => c.field === "mobilePhone")) {
      // A second mobile has nowhere of its own to go; file it as business rather than drop it.
      out.push({ field: "businessPhones", e164: n.e164, ext: n.ext, text: formatForContact(n.e164, n.ext) });
      continue;
    }
    out.push({ field, e164: n.e164, ext: n.ext, text: formatForContact(n.e164, n.ext) });
  }
  return out;
}

/** Splits "Doe, Jane" or "Jane Q. Doe" for givenName/surname. */
export function splitPersonName(name: string): { givenName: string | null; surname: string | null } {
  const clean = name.replace(/\s+/g, " ").trim();
  if (!clean || clean.includes("@")) return { givenName: null, surname: null };
  const comma = clean.indexOf(",");
  if (comma > 0) return { givenName: clean.slice(comma + 1).trim() || null, surname: clean.slice(0, comma).trim() };
  const parts = clean.split(" ");
  if (parts.length === 1) return { givenName: parts[0], surname: null };
  return { givenName: parts.slice(0, -1).join(" "), surname: parts[parts.length - 1] };
}

function displayNameOf(client: Mailbox): string {
  const name = client.name?.trim();
  return name && name.toLowerCase() !== client.address.toLowerCase() ? name : client.address;
}

/** What saving the extracted numbers to this contact (or a new one, when `existing` is null) would do. */
export function planContactSave(existing: GraphContactLike | null, input: ContactSaveInput): ContactPlan {
  const region = input.region ?? null;
  const candidates = candidatesOf(input.numbers);
  const changes: ContactChange[] = [];
  const conflicts: ContactConflict[] = [];
  const alreadySaved: string[] = [];
  let seq = 0;
  const change = (c: Omit<ContactChange, "id">): ContactChange => ({ id: `${c.field}:${c.kind}:${seq++}`, ...c });

  if (!existing) {
    changes.push(change({ field: "displayName", from: null, to: displayNameOf(input.client), kind: "add" }));
    changes.push(change({ field: "emailAddresses", from: null, to: input.client.address, kind: "add" }));
    if (input.organization?.trim()) changes.push(change({ field: "companyName", from: null, to: input.organization.trim(), kind: "add" }));
    let business = 0;
    for (const c of candidates) {
      if (c.field === "mobilePhone") changes.push(change({ field: "mobilePhone", from: null, to: c.text, kind: "add" }));
      else if (business++ < MAX_BUSINESS_PHONES) changes.push(change({ field: "businessPhones", from: null, to: c.text, kind: "add" }));
    }
    return { action: "create", contactId: null, changes, conflicts, alreadySaved };
  }

  const business = [...(existing.businessPhones ?? [])].filter((p) => p && p.trim());
  const mobile = existing.mobilePhone?.trim() || null;
  const everywhere = [...business, ...(mobile ? [mobile] : []), ...(existing.homePhones ?? [])];
  let freeBusinessSlots = Math.max(0, MAX_BUSINESS_PHONES - business.length);
  let mobileTaken = mobile !== null;

  for (const c of candidates) {
    if (everywhere.some((p) => holds(p, c, region))) {
      alreadySaved.push(c.text);
      continue;
    }
    if (c.field === "mobilePhone") {
      if (!mobileTaken) {
        changes.push(change({ field: "mobilePhone", from: null, to: c.text, kind: "add" }));
        mobileTaken = true;
      } else if (mobile !== null && !conflicts.some((x) => x.field === "mobilePhone")) {
        conflicts.push({
          field: "mobilePhone",
          existing: [mobile],
          extracted: c.text,
          added: false,
          replaceOptions: [change({ field: "mobilePhone", from: mobile, to: c.text, kind: "replace" })],
        });
      }
      continue;
    }
    const others = business.filter((p) => !candidates.some((k) => holds(p, k, region)));
    const added = freeBusinessSlots > 0;
    if (added) {
      changes.push(change({ field: "businessPhones", from: null, to: c.text, kind: "add" }));
      freeBusinessSlots--;
    }
    if (others.length > 0) {
      conflicts.push({
        field: "businessPhones",
        existing: others,
        extracted: c.text,
        added,
        replaceOptions: others.map((p) => change({ field: "businessPhones", from: p, to: c.text, kind: "replace" })),
      });
    }
  }

  const emails = (existing.emailAddresses ?? []).map((e) => e.address?.trim().toLowerCase()).filter(Boolean);
  if (!emails.includes(input.client.address.trim().toLowerCase()) && emails.length < MAX_EMAIL_ADDRESSES) {
    changes.push(change({ field: "emailAddresses", from: null, to: input.client.address, kind: "add" }));
  }
  if (!existing.companyName?.trim() && input.organization?.trim()) {
    changes.push(change({ field: "companyName", from: null, to: input.organization.trim(), kind: "add" }));
  }
  const phoneWork = changes.some((c) => c.field === "businessPhones" || c.field === "mobilePhone") || conflicts.length > 0;
  return {
    action: phoneWork ? "update" : "nothing",
    contactId: existing.id ?? null,
    // Email and company are only filled in alongside a number; on their own they are not worth a write.
    changes: phoneWork ? changes : [],
    conflicts,
    alreadySaved,
  };
}

/**
 * The Graph request for a plan, writing its additions and only the replacements named in `approved`
 * (by change id). At most one replacement per conflict is taken (the first approved). Returns null when
 * nothing would be written. `existing` must be the contact the plan was made from.
 */
export function contactWriteFor(
  plan: ContactPlan,
  existing: GraphContactLike | null,
  input: Pick<ContactSaveInput, "client">,
  approved: readonly string[] = [],
): ContactWrite | null {
  const approvedSet = new Set(approved);
  if (plan.action === "nothing") return null;
  if (plan.action === "create") {
    const value = (field: ContactChange["field"]) => plan.changes.filter((c) => c.field === field).map((c) => c.to);
    const displayName = value("displayName")[0] ?? input.client.address;
    const { givenName, surname } = splitPersonName(displayName);
    const body: Record<string, unknown> = {
      displayName,
      emailAddresses: [{ address: input.client.address, name: displayName }],
      businessPhones: value("businessPhones"),
    };
    if (givenName) body.givenName = givenName;
    if (surname) body.surname = surname;
    if (value("companyName")[0]) body.companyName = value("companyName")[0];
    if (value("mobilePhone")[0]) body.mobilePhone = value("mobilePhone")[0];
    return { method: "POST", url: "/me/contacts", body };
  }
  if (!existing || !plan.contactId) throw new Error("an update plan needs the existing contact and its id");

  let business = [...(existing.businessPhones ?? [])].filter((p) => p && p.trim());
  let mobile: string | null = existing.mobilePhone ?? null;
  const body: Record<string, unknown> = {};
  let businessChanged = false;
  for (const conflict of plan.conflicts) {
    const chosen = conflict.replaceOptions.find((o) => approvedSet.has(o.id));
    if (!chosen) continue;
    if (chosen.field === "mobilePhone") {
      mobile = chosen.to;
      body.mobilePhone = mobile;
    } else {
      // Replace in place; if the same number was also added to a free slot, it moves instead of doubling.
      business = business.map((p) => (p === chosen.from ? chosen.to : p));
      businessChanged = true;
    }
  }
  for (const c of plan.changes) {
    if (c.field === "businessPhones") {
      if (!business.includes(c.to)) business.push(c.to);
      businessChanged = true;
    } else if (c.field === "mobilePhone") {
      body.mobilePhone = c.to;
    } else if (c.field === "companyName") {
      body.companyName = c.to;
    } else if (c.field === "emailAddresses") {
      body.emailAddresses = [...(existing.emailAddresses ?? []), { address: c.to, name: input.client.name || c.to }];
    }
  }
  if (businessChanged) body.businessPhones = business.slice(0, Math.max(MAX_BUSINESS_PHONES, (existing.businessPhones ?? []).length));
  const phoneWrite = "businessPhones" in body || "mobilePhone" in body;
  if (!phoneWrite) return null;
  return { method: "PATCH", url: `/me/contacts/${encodeURIComponent(plan.contactId)}`, contactId: plan.contactId, body };
}
