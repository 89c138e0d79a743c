// Dismiss and snooze: a small state object in, a new one out, so the taskpane can keep it in roaming settings.
import { DateTime } from "luxon";
import { normaliseAddress } from "./addresses";
import type { CareCallPrefs } from "./types";

export function emptyCareCallPrefs(): CareCallPrefs {
  return { version: 1, dismissed: {}, snoozed: {} };
}

function keyOf(address: string): string {
  const key = normaliseAddress(address);
  if (!key) throw new RangeError(`not an email address: ${address}`);
  return key;
}

/** Never suggest this correspondent again (e.g. not a client). */
export function dismissCareCall(prefs: CareCallPrefs, address: string, now: Date): CareCallPrefs {
  const key = keyOf(address);
  const snoozed = { ...prefs.snoozed };
  delete snoozed[key];
  return { ...prefs, dismissed: { ...prefs.dismissed, [key]: now.toISOString() }, snoozed };
}

export function undismissCareCall(prefs: CareCallPrefs, address: string): CareCallPrefs {
  const dismissed = { ...prefs.dismissed };
  delete dismissed[keyOf(address)];
  return { ...prefs, dismissed };
}

/** Hide this correspondent for a while (default one calendar month); a later snooze replaces an earlier one. */
export function snoozeCareCall(prefs: CareCallPrefs, address: string, now: Date, duration: { months?: number; days?: number } = { months: 1 }): CareCallPrefs {
  const until = DateTime.fromJSDate(now, { zone: "utc" }).plus(duration).toUTC().toISO() as string;
  return { ...prefs, snoozed: { ...prefs.snoozed, [keyOf(address)]: until } };
}

export function isSnoozed(prefs: CareCallPrefs, address: string, now: Date): boolean {
  const until = prefs.snoozed[address.toLowerCase()];
  return until !== undefined && Date.parse(until) > now.getTime();
}

export function isDismissed(prefs: CareCallPrefs, address: string): boolean {
  return Object.prototype.hasOwnProperty.call(prefs.dismissed, address.toLowerCase());
}

/** Drops snoozes that have run out, so the roaming-settings blob does not grow forever. */
export function pruneCareCallPrefs(prefs: CareCallPrefs, now: Date): CareCallPrefs {
  const snoozed = Object.fromEntries(Object.entries(prefs.snoozed).filter(([, until]) => Date.parse(until) > now.getTime()));
  return { ...prefs, snoozed };
}

function stringRecord(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    const key = normaliseAddress(k);
    if (key && typeof v === "string" && !Number.isNaN(Date.parse(v))) out[key] = v;
  }
  return out;
}

/** Reads preferences back from storage: anything malformed is dropped rather than trusted. */
export function parseCareCallPrefs(stored: unknown): CareCallPrefs {
  let value = stored;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return emptyCareCallPrefs();
    }
  }
  if (typeof value !== "object" || value === null) return emptyCareCallPrefs();
  const v = value as { version?: unknown; dismissed?: unknown; snoozed?: unknown };
  if (v.version !== 1) return emptyCareCallPrefs();
  return { version: 1, dismissed: stringRecord(v.dismissed), snoozed: stringRecord(v.snoozed) };
}
