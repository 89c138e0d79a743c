// Which correspondents to suggest for a care call today.
//
// Everyone past the threshold is a candidate; each day a few are picked by weighted sampling without
// replacement (Efraimidis–Spirakis: key = u^(1/w), take the largest keys). u comes from a hash of the day and
// the address, so the pick is the same all day on every device and does not depend on input order; w grows
// with the time since the last contact, so the longest-neglected come up more often. Because each candidate's
// key is independent of the others, dismissing one leaves the rest of today's list in place.
import { DateTime } from "luxon";
import { isAutomatedAddress, makeInternalTest } from "./addresses";
import { isDismissed, isSnoozed } from "./prefs";
import { lastTwoWayContact, toMillis } from "./scan";
import type { CareCallCandidate, CareCallOptions, CareCallPrefs, CareCallScanState, FirmIdentity } from "./types";

export const DEFAULT_CARE_CALL_MONTHS = 12;
export const DEFAULT_CARE_CALLS_PER_DAY = { min: 3, max: 5 } as const;

/** The configured threshold, or the default when it is missing or not a positive number (a bad setting must not flag everyone). */
function thresholdMonths(options: CareCallOptions): number {
  const m = options.months;
  return typeof m === "number" && Number.isFinite(m) && m > 0 ? m : DEFAULT_CARE_CALL_MONTHS;
}

const AVERAGE_MONTH_MS = 30.436875 * 24 * 3600 * 1000;

/** 32-bit FNV-1a: small, fast and identical in every JavaScript engine. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The calendar day (YYYY-MM-DD) "now" falls on in the given zone. */
export function careCallDayKey(now: Date, timeZone = "utc"): string {
  const day = DateTime.fromJSDate(now, { zone: timeZone });
  return (day.isValid ? day : DateTime.fromJSDate(now, { zone: "utc" })).toISODate() as string;
}

/** How many suggestions to show on a given day: fixed per day, between min and max. */
export function careCallsForDay(dayKey: string, perDay: { min: number; max: number } = DEFAULT_CARE_CALLS_PER_DAY): number {
  if (!Number.isFinite(perDay.min) || !Number.isFinite(perDay.max)) perDay = DEFAULT_CARE_CALLS_PER_DAY;
  const min = Math.max(0, Math.floor(Math.min(perDay.min, perDay.max)));
  const max = Math.max(min, Math.floor(Math.max(perDay.min, perDay.max)));
  return min + (fnv1a(`count|${dayKey}`) % (max - min + 1));
}

/** Whole calendar months from one instant to another (UTC), e.g. 10 Jan → 9 Mar is 1. Plain arithmetic: it runs per candidate. */
export function wholeMonthsBetween(fromMs: number, now: Date): number {
  const a = new Date(fromMs);
  const b = now;
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  const intoMonth = (d: Date) => d.getTime() - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  if (intoMonth(b) < intoMonth(a)) months--;
  return Math.max(0, months);
}

/**
 * Every correspondent with a two-way contact, newest contact first. Dismissed, snoozed and internal/automated
 * addresses are left out; with `overdueOnly`, so are those contacted within the threshold or with a meeting ahead.
 */
export function listCareCallCandidates(
  state: CareCallScanState,
  prefs: CareCallPrefs,
  identity: FirmIdentity,
  options: CareCallOptions & { overdueOnly?: boolean },
): CareCallCandidate[] {
  const now = options.now;
  const months = thresholdMonths(options);
  const cutoff = DateTime.fromJSDate(now, { zone: "utc" }).minus({ months }).toMillis();
  const isInternal = makeInternalTest(identity);
  const out: { c: CareCallCandidate; ms: number }[] = [];
  for (const agg of Object.values(state.correspondents)) {
    if (isInternal(agg.address) || isAutomatedAddress(agg.address)) continue;
    if (isDismissed(prefs, agg.address) || isSnoozed(prefs, agg.address, now)) continue;
    const contact = lastTwoWayContact(agg, now);
    if (!contact) continue;
    if (options.overdueOnly) {
      if (contact.ms >= cutoff) continue;
      const next = toMillis(agg.nextMeeting);
      if (next !== null && next > now.getTime()) continue;
    }
    out.push({
      ms: contact.ms,
      c: {
        address: agg.address,
        name: agg.name,
        lastContact: new Date(contact.ms).toISOString(),
        lastContactKind: contact.kind,
        monthsSince: wholeMonthsBetween(contact.ms, now),
      },
    });
  }
  // Sorting on numbers, not on ISO strings parsed per comparison: this runs over every correspondent.
  return out.sort((a, b) => b.ms - a.ms || (a.c.address < b.c.address ? -1 : a.c.address > b.c.address ? 1 : 0)).map((x) => x.c);
}

export interface CareCallSuggestions {
  /** The day the pick belongs to (YYYY-MM-DD in the options' zone). */
  day: string;
  /** Today's few, most neglected first. */
  today: CareCallCandidate[];
  /** Everyone past the threshold (not dismissed or snoozed), oldest contact first. */
  overdue: CareCallCandidate[];
}

/** Today's care-call suggestions: a few (default 3–5) of the correspondents not contacted for N months. */
export function suggestCareCalls(
  state: CareCallScanState,
  prefs: CareCallPrefs,
  identity: FirmIdentity,
  options: CareCallOptions,
): CareCallSuggestions {
  const day = careCallDayKey(options.now, options.timeZone);
  const months = thresholdMonths(options);
  const overdue = listCareCallCandidates(state, prefs, identity, { ...options, overdueOnly: true }).reverse();
  const count = Math.min(overdue.length, careCallsForDay(day, options.perDay));
  const nowMs = options.now.getTime();
  const keyed = overdue.map((c) => {
    const weight = Math.max(1, (nowMs - Date.parse(c.lastContact)) / (months * AVERAGE_MONTH_MS));
    const u = (fnv1a(`${day}|${c.address}`) + 0.5) / 2 ** 32;
    return { c, key: Math.log(u) / weight };
  });
  keyed.sort((a, b) => b.key - a.key || a.c.address.localeCompare(b.c.address));
  const today = keyed
    .slice(0, count)
    .map((k) => k.c)
    .sort((a, b) => Date.parse(a.lastContact) - Date.parse(b.lastContact) || a.address.localeCompare(b.address));
  return { day, today, overdue };
}
