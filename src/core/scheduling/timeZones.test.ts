import { IANAZone } from "luxon";
import { RuleBasedZone, graphDateTimeToMillis, toIanaZoneName } from "./timeZones";

describe("toIanaZoneName", () => {
  it.each([
    ["Pacific Standard Time", "America/Los_Angeles"],
    ["W. Europe Standard Time", "Europe/Berlin"],
    ["India Standard Time", "Asia/Kolkata"],
    ["Nepal Standard Time", "Asia/Kathmandu"],
    ["Cen. Australia Standard Time", "Australia/Adelaide"],
    ["GMT Standard Time", "Europe/London"],
    ["UTC", "UTC"],
    ["tzone://Microsoft/Utc", "UTC"],
    ["Europe/Paris", "Europe/Paris"],
    ["Asia/Calcutta", "Asia/Kolkata"],
    ["Customized Time Zone", null],
    ["Nowhere Standard Time", null],
  ])("%s → %s", (name, iana) => {
    expect(toIanaZoneName(name)).toBe(iana);
  });
});

describe("RuleBasedZone (Graph customTimeZone)", () => {
  const hourly = (year: number) => Array.from({ length: 366 * 24 }, (_, h) => Date.UTC(year, 0, 1) + h * 3_600_000);

  it.each([
    [
      "US Pacific rules",
      { bias: 480, standardOffset: { time: "02:00:00.0000000", dayOccurrence: 1, dayOfWeek: "sunday", month: 11 }, daylightOffset: { daylightBias: -60, time: "02:00:00.0000000", dayOccurrence: 2, dayOfWeek: "sunday", month: 3 } },
      "America/Los_Angeles",
    ],
    [
      "EU rules as Windows writes them (last Sunday, local time)",
      { bias: -60, standardOffset: { time: "03:00:00", dayOccurrence: 5, dayOfWeek: "sunday", month: 10 }, daylightOffset: { daylightBias: -60, time: "02:00:00", dayOccurrence: 5, dayOfWeek: "sunday", month: 3 } },
      "Europe/Berlin",
    ],
    [
      "southern hemisphere: Adelaide, half-hour bias",
      { bias: -570, standardOffset: { time: "03:00:00", dayOccurrence: 1, dayOfWeek: "sunday", month: 4 }, daylightOffset: { daylightBias: -60, time: "02:00:00", dayOccurrence: 1, dayOfWeek: "sunday", month: 10 } },
      "Australia/Adelaide",
    ],
    ["no daylight saving: India", { bias: -330, standardOffset: { time: "00:00", dayOccurrence: 0, dayOfWeek: "sunday", month: 0 }, daylightOffset: { daylightBias: 0, time: "00:00", dayOccurrence: 0, dayOfWeek: "sunday", month: 0 } }, "Asia/Kolkata"],
  ] as const)("%s match %s every hour of 2025 and 2026", (_label, rules, iana) => {
    const zone = new RuleBasedZone(rules as never);
    const reference = IANAZone.create(iana);
    for (const year of [2025, 2026]) {
      for (const ts of hourly(year)) expect([ts, zone.offset(ts)]).toEqual([ts, reference.offset(ts)]);
    }
  });
});

describe("RuleBasedZone with Graph's odd documented example (bias −200, daylightBias −100, southern rules)", () => {
  it("is UTC+3:20 in standard time and UTC+5:00 from October to May", () => {
    const zone = new RuleBasedZone({
      bias: -200,
      standardOffset: { time: "02:00:00.0000000", dayOccurrence: 4, dayOfWeek: "sunday", month: 5, year: 0 },
      daylightOffset: { daylightBias: -100, time: "02:00:00.0000000", dayOccurrence: 2, dayOfWeek: "sunday", month: 10, year: 0 },
    });
    expect(zone.offset(Date.UTC(2026, 6, 1))).toBe(200);
    expect(zone.offset(Date.UTC(2026, 11, 1))).toBe(300);
    expect(zone.offset(Date.UTC(2026, 1, 1))).toBe(300);
    expect(zone.formatOffset(Date.UTC(2026, 6, 1), "short")).toBe("+03:20");
  });
});

describe("graphDateTimeToMillis", () => {
  it.each([
    [{ dateTime: "2019-03-15T12:00:00.0000000", timeZone: "UTC" }, "2019-03-15T12:00:00.000Z"],
    [{ dateTime: "2019-03-15T12:00:00.0000000", timeZone: "Pacific Standard Time" }, "2019-03-15T19:00:00.000Z"],
    [{ dateTime: "2026-07-01T09:30:00", timeZone: "India Standard Time" }, "2026-07-01T04:00:00.000Z"],
  ])("%j", (value, iso) => {
    expect(new Date(graphDateTimeToMillis(value, "x")).toISOString()).toBe(iso);
  });
});
