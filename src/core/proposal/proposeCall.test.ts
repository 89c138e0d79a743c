import type { ContactExtraction, MailMessage } from "../types";
import { InputError } from "../scheduling";
import { ProposeCallInput, proposeCallWith } from "./proposeCall";
import { clientZoneFromDateHeader } from "./clientZone";

const client = { name: "Jane Okafor", address: "jane.okafor@acme-holdings.co.uk" };
const attorney = { name: "Alex Chen", address: "achen@chenlaw.com" };
const direct = { e164: "+442079460321", ext: null, kind: "direct" as const, label: "Direct", line: "Direct: +44 20 7946 0321", confidence: 0.95, display: "+44 20 7946 0321" };

function contact(timeZone: string | null): ContactExtraction {
  return { from: client, best: direct, numbers: [direct], region: "GB", timeZone, organization: "Acme Holdings Ltd", signatureLines: [] };
}

const message: MailMessage = {
  messageId: "<m1@acme>",
  from: client,
  to: [attorney],
  subject: "RE: Lease renewal",
  date: "2026-03-03T09:12:00+00:00",
  text: "Hi Alex,\n\nCould you confirm whether the landlord can still invoke the break clause?\n\nBest,\nJane",
};

const base: ProposeCallInput = {
  message,
  now: "2026-03-03T10:00:00-08:00",
  mailboxSettings: { timeZone: "Pacific Standard Time", workingHours: { daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"], startTime: "08:00", endTime: "17:00", timeZone: { name: "Pacific Standard Time" } } },
  schedule: { value: [{ scheduleItems: [] }] },
};

const noExtractor = () => {
  throw new Error("extractor should not run when contact is given");
};

describe("proposeCallWith", () => {
  it("puts number, agenda, client-zone slots, the email and the booking event together", () => {
    const r = proposeCallWith(noExtractor, { ...base, contact: contact("Europe/London") });
    expect(r.client).toMatchObject({ ...client, organization: "Acme Holdings Ltd", timeZone: "Europe/London", timeZoneSource: "signature" });
    expect(r.best?.e164).toBe("+442079460321");
    expect(r.agenda.map((i) => i.text)).toEqual(["Landlord can still invoke the break clause"]);
    expect(r.agenda[0].source).toBe("Could you confirm whether the landlord can still invoke the break clause?");
    expect(r.slots).toHaveLength(3);
    expect(r.slots.every((s) => s.clientTimeZone === "Europe/London" && s.timeZone === "America/Los_Angeles")).toBe(true);
    expect(r.email.subject).toBe("Re: Lease renewal");
    expect(r.email.text).toContain("+44 20 7946 0321");
    expect(r.event?.subject).toBe("Call with Jane Okafor");
    expect(Date.parse(r.slots[0].start)).toBe(Date.parse(`${r.event?.start.dateTime}-08:00`));
    expect(r.event?.transactionId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it("passes booking options and templates through to the event and agenda", () => {
    const r = proposeCallWith(noExtractor, { ...base, contact: contact("Europe/London"), booking: { inviteClient: true, teams: true, privateHold: true }, templates: ["feedback"] });
    expect(r.event).toMatchObject({ isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness", sensitivity: "private" });
    expect(r.event?.attendees?.[0].emailAddress.address).toBe(client.address);
    expect(r.agenda.filter((i) => i.kind === "template").map((i) => i.text)).toEqual(["What is working well?", "If we could do one thing better, what would it be?"]);
  });

  it("calls the extractor when no contact is given and passes the default region", () => {
    const seen: unknown[] = [];
    const r = proposeCallWith((m, o) => {
      seen.push([m.messageId, o?.defaultRegion]);
      return contact(null);
    }, { ...base, defaultRegion: "GB" });
    expect(seen).toEqual([["<m1@acme>", "GB"]]);
    expect(r.best).toEqual(direct);
  });

  it.each([
    ["given by hand wins", { clientTimeZone: "Asia/Tokyo" }, "Europe/London", "Asia/Tokyo", "given"],
    ["signature next", {}, "Europe/London", "Europe/London", "signature"],
    ["then the Date header's offset", { message: { ...message, date: "2026-03-03T09:12:00-05:00" } }, null, "UTC-5", "date-header"],
    ["a UTC Date header says nothing: attorney's zone", {}, null, "America/Los_Angeles", "attorney"],
  ])("client zone: %s", (_label, patch, signatureZone, zone, source) => {
    const r = proposeCallWith(noExtractor, { ...base, ...patch, contact: contact(signatureZone) } as ProposeCallInput);
    expect(r.client.timeZone).toBe(zone);
    expect(r.client.timeZoneSource).toBe(source);
    expect(r.slots[0].clientTimeZone).toBe(zone);
  });

  it("gives a reason and no event when the calendar is full", () => {
    const full = { value: [{ scheduleItems: [{ status: "busy", start: { dateTime: "2026-03-01T00:00:00", timeZone: "UTC" }, end: { dateTime: "2026-04-01T00:00:00", timeZone: "UTC" } }] }] };
    const r = proposeCallWith(noExtractor, { ...base, schedule: full, contact: contact("Europe/London") });
    expect(r.slots).toEqual([]);
    expect(r.reason).toBe("no time free in the next 10 working days: every hour both of you work is taken");
    expect(r.event).toBeNull();
    expect(r.email.text).toContain("Could you send me a few times for a call of about 30 minutes that suit you");
    expect(r.email.text).not.toMatch(/calendar is full/i);
  });

  it("reads the agenda from the whole thread", () => {
    const earlier: MailMessage = { ...message, messageId: "<m0@acme>", date: "2026-03-01T09:00:00+00:00", text: "Please send the signed NDA before the 31st." };
    const r = proposeCallWith(noExtractor, { ...base, thread: [message, earlier], contact: contact("Europe/London") });
    expect(r.agenda.map((i) => i.sourceMessageId)).toEqual(["<m1@acme>", "<m0@acme>"]);
  });

  it.each([
    ["message", { message: undefined }],
    ["message.from.address", { message: { ...message, from: { name: "x", address: "not-an-address" } } }],
    ["now", { now: undefined }],
    ["now", { now: "tomorrow-ish" }],
    ["mailboxSettings", { mailboxSettings: null }],
    ["mailboxSettings.timeZone", { mailboxSettings: { timeZone: "Middle Earth Time" } }],
    ["schedule", { schedule: "busy" }],
    ["callbackWindows[0].daysOfWeek", { callbackWindows: [{ daysOfWeek: [], startTime: "09:00", endTime: "10:00" }] }],
    ["durationMinutes", { durationMinutes: "30" }],
    ["clientTimeZone", { clientTimeZone: "Narnia" }],
    ["defaultRegion", { defaultRegion: "Britain" }],
    ["attorney.address", { attorney: { name: "A", address: "" } }],
    ["templates[1]", { templates: ["feedback", "sales-pitch"] }],
    ["locale", { locale: "not a locale!" }],
    ["booking.teams", { booking: { teams: "yes" } }],
    ["booking.reminderMinutes", { booking: { reminderMinutes: -1 } }],
  ])("throws an InputError naming %s", (field, patch) => {
    let caught: unknown;
    try {
      proposeCallWith(noExtractor, { ...base, contact: contact(null), ...patch } as unknown as ProposeCallInput);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).field).toBe(field);
  });
});

describe("clientZoneFromDateHeader", () => {
  it.each([
    ["2026-03-03T09:12:00+05:30", "UTC+5:30"],
    ["2026-03-03T09:12:00-08:00", "UTC-8"],
    ["2026-03-03T09:12:00+05:45", "UTC+5:45"],
    ["2026-03-03T09:12:00+00:00", null],
    [null, null],
    ["garbage", null],
  ])("%s → %s", (date, zone) => {
    expect(clientZoneFromDateHeader(date)).toBe(zone);
  });
});
