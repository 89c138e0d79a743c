// The Outlook contact as Graph returns it (reduced to the fields this module reads) and the save plan.
// Core may not import @microsoft/microsoft-graph-types; these mirror shared/contracts/graph/create-contact.

export interface GraphEmailAddress {
  name?: string | null;
  address?: string | null;
}

/** Graph `contact` resource, the fields a number save touches. */
export interface GraphContactLike {
  id?: string;
  displayName?: string | null;
  givenName?: string | null;
  surname?: string | null;
  companyName?: string | null;
  businessPhones?: string[] | null;
  homePhones?: string[] | null;
  mobilePhone?: string | null;
  emailAddresses?: GraphEmailAddress[] | null;
}

export type ContactField = "displayName" | "companyName" | "emailAddresses" | "businessPhones" | "mobilePhone";

/** One line of "what will change". `from` is null for an addition. */
export interface ContactChange {
  /** Stable within a plan; approve replacements by this id. */
  id: string;
  field: ContactField;
  from: string | null;
  to: string;
  kind: "add" | "replace";
}

/**
 * The contact already holds a different number where the extracted one would go. Nothing is overwritten
 * unless one of `replaceOptions` is approved; `added` says whether the new number goes in beside it anyway.
 */
export interface ContactConflict {
  field: "businessPhones" | "mobilePhone";
  /** The contact's current, different number(s) in that field. */
  existing: string[];
  /** The extracted number, formatted as it would be written. */
  extracted: string;
  /** True when the extracted number is added beside the existing one(s) without approval (a free slot). */
  added: boolean;
  /** Replacements the attorney may approve (kind "replace"), one per existing number. */
  replaceOptions: ContactChange[];
}

export interface ContactPlan {
  /** create: no contact yet; update: something to write or to decide; nothing: every number is already saved. */
  action: "create" | "update" | "nothing";
  contactId: string | null;
  /** What is written without further questions (all kind "add"). */
  changes: ContactChange[];
  conflicts: ContactConflict[];
  /** Extracted numbers the contact already has (compared as phone numbers, not strings). */
  alreadySaved: string[];
}

/** What to write for an approved plan: POST /me/contacts or PATCH /me/contacts/{id}. */
export type ContactWrite =
  | { method: "POST"; url: "/me/contacts"; body: Record<string, unknown> }
  | { method: "PATCH"; url: string; contactId: string; body: Record<string, unknown> };
