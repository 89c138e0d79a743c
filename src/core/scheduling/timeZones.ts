// Zone handling for Graph payloads: Windows or IANA names, and the rule-based customTimeZone.
// All wall-clock maths goes through luxon; this module only turns Graph's zone descriptions into luxon zones.
import { DateTime, FixedOffsetZone, IANAZone, Zone } from "luxon";
import { WINDOWS_TO_IANA_MAP, findIana } from "windows-iana";
import { CustomTimeZone, DateTimeTimeZone, DAYS_OF_WEEK, GraphTimeZone, TimeZoneTransitionRule } from "./graphShapes";
import { InputError } from "./inputError";

// windows-iana lists CLDR's names, where a few zones still carry their pre-rename spelling first;
// people (and Graph's own IANA list) use the current ones.
const CURRENT_IANA_NAME: Record<string, string> = {
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Rangoon": "Asia/Yangon",
  "Europe/Kiev": "Europe/Kyiv",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "America/Godthab": "America/Nuuk",
  "Etc/UTC": "UTC",
};

/** Graph's placeholder names that carry no zone of their own. */
const UTC_ALIASES = new Set(["utc", "tzone://microsoft/utc", "coordinated universal time"]);

/**
 * The IANA name for a Graph zone name, which may be Windows ("W. Europe Standard Time") or IANA.
 * Returns null when the name is neither (e.g. "Customized Time Zone", "tzone://Microsoft/Custom").
 */
const resolved = new Map<string, string | null>();

export function toIanaZoneName(name: string): string | null {
  // getSchedule repeats one zone name on every item; the lookup (CLDR table, Intl validation) is not free.
  const cached = resolved.get(name);
  if (cached !== undefined) return cached;
  const iana = resolveIanaZoneName(name);
  if (resolved.size < 1000) resolved.set(name, iana);
  return iana;
}

function resolveIanaZoneName(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  if (UTC_ALIASES.has(trimmed.toLowerCase())) return "UTC";
  if (trimmed.includes("/") && IANAZone.isValidZone(trimmed)) return CURRENT_IANA_NAME[trimmed] ?? trimmed;
  const candidates = findIana(trimmed, "001");
  const found = candidates.length > 0 ? candidates : findIana(trimmed);
  const first = found.find((n) => IANAZone.isValidZone(n));
  if (first) return CURRENT_IANA_NAME[first] ?? first;
  // Short IANA names without a slash ("UTC", "GMT") are checked last so Windows names win.
  if (IANAZone.isValidZone(trimmed)) return trimmed;
  return null;
}

/** Like toIanaZoneName but throws an InputError naming `field` when the name is unknown. */
export function requireIanaZoneName(name: unknown, field: string): string {
  if (typeof name !== "string") throw new InputError(field, "expected a time zone name");
  const iana = toIanaZoneName(name);
  if (!iana) throw new InputError(field, `unknown time zone "${name}" (expected a Windows or IANA name)`);
  return iana;
}

function parseClock(value: string, field: string): { hour: number; minute: number } {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(String(value).trim());
  if (!m) throw new InputError(field, `expected a time like "09:00" or "09:00:00.0000000", got "${value}"`);
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) throw new InputError(field, `time out of range: "${value}"`);
  return { hour, minute };
}

/** Minutes after midnight of a Graph time-of-day string ("17:30:00.0000000" → 1050). */
export function clockMinutes(value: unknown, field: string): number {
  if (typeof value !== "string") throw new InputError(field, "expected a time like \"09:00\"");
  const { hour, minute } = parseClock(value, field);
  return hour * 60 + minute;
}

const MINUTE = 60_000;

/**
 * A Windows-style yearly rule zone (Graph customTimeZone): standard offset −bias, daylight offset
 * −(bias + daylightBias), switching on the nth weekday of a month at a local time. Southern-hemisphere
 * rules (daylight month after standard month) are handled by the wrap-around test in `isDaylight`.
 */
export class RuleBasedZone extends Zone {
  private readonly standardMinutes: number;
  private readonly daylightMinutes: number;
  private readonly toDaylight: TimeZoneTransitionRule | null;
  private readonly toStandard: TimeZoneTransitionRule | null;
  private readonly label: string;

  constructor(tz: CustomTimeZone, field = "timeZone") {
    super();
    if (typeof tz.bias !== "number" || !Number.isFinite(tz.bias)) throw new InputError(`${field}.bias`, "expected a number of minutes");
    this.standardMinutes = -tz.bias;
    const daylight = tz.daylightOffset ?? null;
    const standard = tz.standardOffset ?? null;
    const hasDst = !!daylight && !!standard && daylight.month > 0 && standard.month > 0;
    this.toDaylight = hasDst ? daylight : null;
    this.toStandard = hasDst ? standard : null;
    this.daylightMinutes = hasDst ? -(tz.bias + (daylight?.daylightBias ?? -60)) : this.standardMinutes;
    if (hasDst) {
      for (const [rule, name] of [[daylight, "daylightOffset"], [standard, "standardOffset"]] as const) {
        if (!DAYS_OF_WEEK.includes(String(rule.dayOfWeek).toLowerCase() as never)) {
          throw new InputError(`${field}.${name}.dayOfWeek`, `unknown day "${rule.dayOfWeek}"`);
        }
        if (!(rule.dayOccurrence >= 1 && rule.dayOccurrence <= 5)) throw new InputError(`${field}.${name}.dayOccurrence`, "expected 1..5");
        if (!(rule.month >= 1 && rule.month <= 12)) throw new InputError(`${field}.${name}.month`, "expected 1..12");
        parseClock(rule.time, `${field}.${name}.time`);
      }
    }
    this.label = tz.name && tz.name.trim() ? tz.name : "Customized Time Zone";
  }

  override get type(): string {
    return "graph-custom";
  }
  override get name(): string {
    return this.label;
  }
  override get isUniversal(): boolean {
    return this.toDaylight === null;
  }
  override get isValid(): true {
    return true;
  }
  override offsetName(): string {
    return this.label;
  }
  override formatOffset(ts: number, format: "narrow" | "short" | "techie"): string {
    return FixedOffsetZone.instance(this.offset(ts)).formatOffset(ts, format);
  }
  override equals(other: Zone): boolean {
    return other === this;
  }

  override offset(ts: number): number {
    return this.isDaylight(ts) ? this.daylightMinutes : this.standardMinutes;
  }

  /** UTC millis of a rule's transition in `year`; the rule's time is local time before the change. */
  private transition(rule: TimeZoneTransitionRule, year: number, offsetBefore: number): number {
    const weekday = DAYS_OF_WEEK.indexOf(String(rule.dayOfWeek).toLowerCase() as never); // 0 = Sunday
    const { hour, minute } = parseClock(rule.time, "timeZone");
    const firstOfMonth = new Date(Date.UTC(year, rule.month - 1, 1));
    let day = 1 + ((weekday - firstOfMonth.getUTCDay() + 7) % 7) + (rule.dayOccurrence - 1) * 7;
    const daysInMonth = new Date(Date.UTC(year, rule.month, 0)).getUTCDate();
    while (day > daysInMonth) day -= 7; // occurrence 5 = "last"
    return Date.UTC(year, rule.month - 1, day, hour, minute) - offsetBefore * MINUTE;
  }

  private isDaylight(ts: number): boolean {
    if (!this.toDaylight || !this.toStandard) return false;
    const year = new Date(ts + this.standardMinutes * MINUTE).getUTCFullYear();
    const start = this.transition(this.toDaylight, year, this.standardMinutes);
    const end = this.transition(this.toStandard, year, this.daylightMinutes);
    return start < end ? ts >= start && ts < end : ts >= start || ts < end;
  }
}

function isCustomTimeZone(tz: GraphTimeZone): tz is CustomTimeZone {
  return typeof (tz as CustomTimeZone).bias === "number";
}

/** A luxon zone for a Graph `timeZone` object (`{name}` or customTimeZone). */
export function zoneFromGraph(tz: GraphTimeZone | null | undefined, field: string): Zone {
  if (!tz || typeof tz !== "object") throw new InputError(field, "expected a time zone object");
  if (isCustomTimeZone(tz)) return new RuleBasedZone(tz, field);
  return IANAZone.create(requireIanaZoneName((tz as { name: unknown }).name, `${field}.name`));
}

/** The primary IANA zone of every Windows zone (CLDR territory "001"), computed once. */
let primaryZones: string[] | null = null;

function primaryIanaZones(): string[] {
  if (!primaryZones) {
    // Regional variants ("Pacific Standard Time (Mexico)") share clocks with their main zone; the main one wins.
    const entries = WINDOWS_TO_IANA_MAP.filter((e) => e.territory === "001");
    const ordered = [...entries.filter((e) => !e.windowsName.includes("(")), ...entries.filter((e) => e.windowsName.includes("("))];
    const names = ordered.map((e) => CURRENT_IANA_NAME[e.iana[0]] ?? e.iana[0]);
    primaryZones = [...new Set(names)].filter((n) => IANAZone.isValidZone(n));
  }
  return primaryZones;
}

const DAY_MS = 86_400_000;

/**
 * A named zone that keeps the same clock as a rule-based custom zone for the year around `at` (checked at
 * noon UTC every day), so slots can be labelled "America/Los_Angeles" and booked as "Pacific Standard Time"
 * rather than as a bare offset. Windows' own zones are the candidates, as custom rules are copies of them.
 */
export function namedEquivalent(zone: RuleBasedZone, at: number): IANAZone | null {
  const samples = Array.from({ length: 366 }, (_, i) => at - 183 * DAY_MS + i * DAY_MS);
  const quick = [samples[0], samples[91], samples[183], samples[274]];
  for (const name of primaryIanaZones()) {
    const candidate = IANAZone.create(name);
    if (quick.some((t) => candidate.offset(t) !== zone.offset(t))) continue;
    if (samples.every((t) => candidate.offset(t) === zone.offset(t))) return candidate;
  }
  return null;
}

/** An IANA name when the zone has one, else a fixed-offset label such as "UTC-8" for reporting. */
export function zoneLabel(zone: Zone, at: number): string {
  if (zone instanceof IANAZone) return zone.name;
  if (zone instanceof RuleBasedZone) return FixedOffsetZone.instance(zone.offset(at)).name;
  return zone.name;
}

/** Epoch millis of a Graph `dateTimeTimeZone` (7 fractional digits, no offset, zone beside it). */
export function graphDateTimeToMillis(value: DateTimeTimeZone | null | undefined, field: string): number {
  if (!value || typeof value !== "object" || typeof value.dateTime !== "string") {
    throw new InputError(field, "expected { dateTime, timeZone }");
  }
  const zone = requireIanaZoneName(value.timeZone ?? "UTC", `${field}.timeZone`);
  // The common case, getSchedule without a Prefer header: UTC wall clock, no offset. Date.UTC is exact
  // here and far cheaper than a luxon parse, which matters with hundreds of calendar items.
  const plain = zone === "UTC" && /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/.exec(value.dateTime.trim());
  if (plain) {
    const [, y, mo, d, h, mi, sec, frac] = plain;
    const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +(sec ?? 0), Math.floor(Number(`0.${frac ?? 0}`) * 1000));
    const back = new Date(ms);
    if (back.getUTCMonth() === +mo - 1 && back.getUTCDate() === +d && +h < 24) return ms;
  }
  // Graph omits the offset; if one is present anyway (hand-written context), it wins.
  const dt = DateTime.fromISO(value.dateTime, { zone, setZone: false });
  if (!dt.isValid) throw new InputError(`${field}.dateTime`, `not a date-time: "${value.dateTime}"`);
  return dt.toMillis();
}

/** Epoch millis of an ISO 8601 string that must carry an offset or Z. */
export function isoToMillis(value: unknown, field: string): number {
  if (typeof value !== "string") throw new InputError(field, "expected an ISO 8601 date-time with offset");
  if (!/(Z|[+-]\d{2}(:?\d{2})?)$/i.test(value.trim())) {
    throw new InputError(field, `"${value}" has no offset; write it like 2026-03-02T09:00:00Z or …+01:00`);
  }
  const dt = DateTime.fromISO(value.trim(), { setZone: true });
  if (!dt.isValid) throw new InputError(field, `not a date-time: "${value}"`);
  return dt.toMillis();
}
