import type { AgendaItem } from "../agenda";
import { buildCallEvent, buildTentativeHolds, graphDateTime, HOLD_CATEGORY } from "./callEvent";
import { callTransactionId } from "./transactionId";

const client = { name: "Jane Okafor", address: "jane.okafor@acme-holdings.com" };
const slot = { start: "2026-03-03T08:00:00-08:00", end: "2026-03-03T08:30:00-08:00", timeZone: "America/Los_Angeles" };
const dial = { e164: "+442074845546", ext: "12", display: "+44 20 7484 5546" };
const agenda: AgendaItem[] = [
  { id: "1", text: "Can the landlord still invoke the break clause?", kind: "question", sourceMessageId: "m" },
  { id: "2", text: "Old point", kind: "question", sourceMessageId: "m", answered: true },
];

describe("buildCallEvent", () => {
  it("books a private note in the attorney's calendar by default: busy, reminder, tel: link and agenda, no attendees", () => {
    const e = buildCallEvent({ client, slot, dialNumber: dial, agenda, messageId: "<abc@acme>" });
    expect(e).toMatchObject({
      subject: "Call with Jane Okafor",
      start: { dateTime: "2026-03-03T08:00:00", timeZone: "Pacific Standard Time" },
      end: { dateTime: "2026-03-03T08:30:00", timeZone: "Pacific Standard Time" },
      showAs: "busy",
      isReminderOn: true,
      reminderMinutesBeforeStart: 10,
      sensitivity: "normal",
      location: { displayName: "Phone +44 20 7484 5546 ext. 12" },
      transactionId: callTransactionId("<abc@acme>", slot.start),
    });
    expect(e.body.contentType).toBe("HTML");
    expect(e.body.content).toContain('<a href="tel:+442074845546;ext=12">');
    expect(e.body.content).toContain("break clause");
    expect(e.body.content).not.toContain("Old point");
    expect(e.attendees).toBeUndefined();
    expect(e.isOnlineMeeting).toBeUndefined();
  });

  it.each([
    [{ inviteClient: true }, { attendees: [{ emailAddress: { address: client.address, name: "Jane Okafor" }, type: "required" }] }],
    [{ privateHold: true }, { sensitivity: "private" }],
    [{ teams: true, inviteClient: true }, { isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" }],
    [{ reminderMinutes: 0 }, { isReminderOn: false }],
    [{ reminderMinutes: 15 }, { isReminderOn: true, reminderMinutesBeforeStart: 15 }],
  ])("option %j", (options, expected) => {
    expect(buildCallEvent({ client, slot, dialNumber: dial, agenda, ...options })).toMatchObject(expected);
  });

  it("escapes a hostile client name and agenda in the body while the subject stays plain text", () => {
    const evil = { name: '<img src=x onerror=alert(1)>', address: "x@evil.test" };
    const e = buildCallEvent({ client: evil, slot, dialNumber: { e164: "javascript:alert(1)" }, agenda: [{ id: "1", text: "<script>alert(1)</script>", kind: "question", sourceMessageId: "m" }] });
    expect(e.body.content).not.toMatch(/<script|<img|href="javascript:/i);
    expect(e.body.content).toContain("&lt;script&gt;");
    expect(e.subject).toBe("Call with <img src=x onerror=alert(1)>"); // Graph treats subject as text
  });

  it("keeps subject, location and attendee name on one line whatever the name holds", () => {
    const e = buildCallEvent({ client: { name: "Jane\r\nBcc: evil@example.com", address: "j@x.test" }, slot, dialNumber: { e164: "+442074845546", display: "+44\n20" }, agenda: [], inviteClient: true });
    expect(e.subject).toBe("Call with Jane Bcc: evil@example.com");
    expect(e.location?.displayName).toBe("Phone +44 20");
    expect(e.attendees?.[0].emailAddress.name).toBe("Jane Bcc: evil@example.com");
  });

  it("sends a zone without a Windows name as UTC", () => {
    expect(graphDateTime("2026-03-03T08:00:00-08:00", "UTC-8")).toEqual({ dateTime: "2026-03-03T16:00:00", timeZone: "UTC" });
    expect(graphDateTime("2026-07-01T09:30:00+05:45", "Asia/Kathmandu")).toEqual({ dateTime: "2026-07-01T09:30:00", timeZone: "Nepal Standard Time" });
  });
});

describe("callTransactionId", () => {
  it("is GUID-shaped and the same for the same message and instant, however the instant is written", () => {
    const id = callTransactionId("<abc@acme>", "2026-03-03T08:00:00-08:00");
    expect(id).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-8[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(callTransactionId("<abc@acme>", "2026-03-03T16:00:00Z")).toBe(id);
  });

  it.each([
    ["another message", "<other@acme>", "2026-03-03T08:00:00-08:00"],
    ["another slot", "<abc@acme>", "2026-03-03T08:15:00-08:00"],
  ])("differs for %s", (_l, message, start) => {
    expect(callTransactionId(message, start)).not.toBe(callTransactionId("<abc@acme>", "2026-03-03T08:00:00-08:00"));
  });

  it("spreads 10,000 distinct inputs over 10,000 distinct ids", () => {
    const ids = new Set(Array.from({ length: 10_000 }, (_, i) => callTransactionId(`<m${i % 100}@x>`, new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 100) * 900_000).toISOString())));
    expect(ids.size).toBe(10_000);
  });
});

describe("buildTentativeHolds", () => {
  it("holds every proposed slot privately and tentatively, each with its own transaction id", () => {
    const slots = [slot, { ...slot, start: "2026-03-04T09:00:00-08:00", end: "2026-03-04T09:30:00-08:00" }];
    const holds = buildTentativeHolds(slots, { client, dialNumber: dial, messageId: "<abc@acme>" });
    expect(holds).toHaveLength(2);
    for (const h of holds) expect(h).toMatchObject({ showAs: "tentative", sensitivity: "private", isReminderOn: false, categories: [HOLD_CATEGORY] });
    expect(holds[0].transactionId).not.toBe(holds[1].transactionId);
    expect(holds[0].transactionId).not.toBe(callTransactionId("<abc@acme>", slot.start));
    expect(holds[1].start).toEqual({ dateTime: "2026-03-04T09:00:00", timeZone: "Pacific Standard Time" });
  });
});

describe("the event body and the reply carry one agenda, one time format", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { composeCallRequest, clockStyleOf } = require("../compose") as typeof import("../compose");
  const tokyo = {
    start: "2026-12-01T09:00:00-05:00",
    end: "2026-12-01T09:30:00-05:00",
    timeZone: "America/New_York",
    clientStart: "2026-12-01T23:00:00+09:00",
    clientEnd: "2026-12-01T23:30:00+09:00",
    clientTimeZone: "Asia/Tokyo",
  };
  const points: AgendaItem[] = [
    ...agenda,
    { id: "3", text: "Redline of section 4.2", kind: "deadline", sourceMessageId: "m" },
    { id: "4", text: "How is business?", kind: "template", sourceMessageId: "template" },
  ];
  const items = (html: string) => [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
  const clock = clockStyleOf({ dateFormat: "MM/dd/yyyy", timeFormat: "h:mm tt", language: { locale: "en-US" } });

  it.each([false, true])("lists exactly the reply's points (inviteClient %s)", (inviteClient) => {
    const reply = composeCallRequest({ client, attorney: { name: "Alex Morgan", address: "a@firm.test" }, agenda: points, slots: [], dialNumber: dial, threadSubject: "Lease", clock });
    const event = buildCallEvent({ client, slot: tokyo, dialNumber: dial, agenda: points, inviteClient, clock });
    const replyPoints = items(reply.html).filter((i) => !/your time|Would one/.test(i));
    expect(replyPoints).toEqual(["Can the landlord still invoke the break clause?", "Redline of section 4.2", "How is business?"]);
    expect(items(event.body.content)).toEqual(replyPoints);
  });

  it("writes the call's time the attorney's way, each zone named", () => {
    const hold = buildCallEvent({ client, slot: tokyo, dialNumber: dial, agenda, privateHold: true, clock });
    expect(hold.body.content).toContain("Tue, Dec 1, 9:00 AM – 9:30 AM New York time (11:00 PM – 11:30 PM in Tokyo, the client&#39;s time)");
    const h24 = buildCallEvent({ client, slot: tokyo, dialNumber: dial, agenda, clock: clockStyleOf({ dateFormat: "dd/MM/yyyy", timeFormat: "HH:mm", language: { locale: "en-GB" } }) });
    expect(h24.body.content).toContain("Tue 1 Dec, 09:00 – 09:30 New York time (23:00 – 23:30 in Tokyo");
  });

  it("an invitation is written to the client; a hold is the attorney's own note; Teams only with an invitation", () => {
    const invite = buildCallEvent({ client, slot: tokyo, dialNumber: dial, agenda, inviteClient: true, teams: true, clock });
    expect(invite.body.content).toContain("I&#39;ll call you on");
    expect(invite.body.content).toContain("What we&#39;ll cover:");
    expect(invite).toMatchObject({ isOnlineMeeting: true, attendees: [{ emailAddress: { address: client.address } }] });
    const hold = buildCallEvent({ client, slot: tokyo, dialNumber: dial, agenda, privateHold: true, teams: true, clock });
    expect(hold.body.content).toContain("Call with Jane Okafor:");
    expect(hold.attendees).toBeUndefined();
    expect(hold.isOnlineMeeting).toBeUndefined();
    expect(hold.sensitivity).toBe("private");
  });
});
