// The emulator's Graph semantics beyond the documented examples: time zones, schedules, paging, ids.
import { availabilityView, createEmulator, createSeed, generateBulkMailbox, GraphEmulator, resolveZone, THREADS } from "../../src/dev/emulator";
import type { StoredEvent } from "../../src/dev/emulator";

const NOW = new Date("2026-11-25T15:00:00Z");

async function get(emu: GraphEmulator, path: string, headers: Record<string, string> = {}, init: RequestInit = {}) {
  const res = await emu.handle(new Request(`https://graph.microsoft.com/v1.0${path}`, { ...init, headers: { Authorization: "Bearer t", ...headers } }));
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

const post = (emu: GraphEmulator, path: string, body: unknown, headers: Record<string, string> = {}) =>
  get(emu, path, { "Content-Type": "application/json", ...headers }, { method: "POST", body: JSON.stringify(body) });

describe("time zones", () => {
  it.each([
    ["Pacific Standard Time", "America/Los_Angeles"],
    ["W. Europe Standard Time", "Europe/Berlin"],
    ["India Standard Time", "Asia/Calcutta"],
    ["Europe/Paris", "Europe/Paris"],
    ["UTC", "UTC"],
    ["Mars Standard Time", null],
  ])("%s → %s", (name, zone) => expect(resolveZone(name)).toBe(zone));

  it("answers event times in the Prefer zone (Windows or IANA), UTC with 7 digits otherwise", async () => {
    const emu = createEmulator({ now: NOW });
    const id = emu.state.events.find((e) => e.subject === "Partners' meeting")!.id;
    const utc = await get(emu, `/me/events/${id}`);
    expect(utc.body.start).toEqual({ dateTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT14:00:00\.0000000$/), timeZone: "UTC" });
    const win = await get(emu, `/me/events/${id}`, { Prefer: 'outlook.timezone="Eastern Standard Time"' });
    expect(win.body.start.dateTime).toMatch(/T09:00:00\.0000000$/);
    expect(win.headers.get("Preference-Applied")).toBe('outlook.timezone="Eastern Standard Time"');
    const iana = await get(emu, `/me/events/${id}`, { Prefer: 'outlook.timezone="Asia/Kolkata"' });
    expect(iana.body.start).toEqual({ dateTime: expect.stringMatching(/T19:30:00\.0000000$/), timeZone: "Asia/Kolkata" });
    const bad = await get(emu, `/me/events/${id}`, { Prefer: 'outlook.timezone="Mars Standard Time"' });
    expect(bad.status).toBe(400);
  });

  it("seed variants: Windows names, IANA names, customTimeZone working hours", async () => {
    expect(createSeed({ now: NOW }).mailboxSettings.timeZone).toBe("Eastern Standard Time");
    expect(createSeed({ now: NOW, variant: "iana" }).mailboxSettings.timeZone).toBe("America/New_York");
    const custom = createSeed({ now: NOW, variant: "customTimeZone" }).mailboxSettings.workingHours?.timeZone as Record<string, unknown>;
    expect(custom["@odata.type"]).toBe("#microsoft.graph.customTimeZone");
    expect(custom.bias).toBe(300);
  });
});

describe("getSchedule", () => {
  const ev = (start: string, end: string, showAs: StoredEvent["showAs"]): StoredEvent =>
    ({ start: Date.parse(start), end: Date.parse(end), showAs, isCancelled: false }) as StoredEvent;

  it("merges overlapping items by strength: oof > busy > tentative > workingElsewhere > free", () => {
    const events = [
      ev("2026-11-25T09:00:00Z", "2026-11-25T12:00:00Z", "workingElsewhere"),
      ev("2026-11-25T10:00:00Z", "2026-11-25T11:00:00Z", "tentative"),
      ev("2026-11-25T10:30:00Z", "2026-11-25T11:00:00Z", "busy"),
      ev("2026-11-25T11:30:00Z", "2026-11-25T12:30:00Z", "oof"),
    ];
    expect(availabilityView(events, Date.parse("2026-11-25T08:00:00Z"), Date.parse("2026-11-25T13:00:00Z"), 30)).toBe("0044124330");
  });

  it("answers the owner's schedule and flags unknown recipients with an error", async () => {
    const emu = createEmulator({ now: NOW });
    const res = await post(emu, "/me/calendar/getSchedule", {
      schedules: [emu.state.me.mail, "someone@elsewhere.example"],
      startTime: { dateTime: "2026-11-23T00:00:00", timeZone: "Eastern Standard Time" },
      endTime: { dateTime: "2026-11-28T00:00:00", timeZone: "Eastern Standard Time" },
      availabilityViewInterval: 60,
    });
    expect(res.status).toBe(200);
    const [own, other] = res.body.value;
    expect(own.availabilityView).toHaveLength(5 * 24);
    expect(new Set(own.availabilityView)).toEqual(new Set(["0", "1", "2", "3", "4"]));
    // Private items keep their time but hide subject and location.
    expect(own.scheduleItems.find((i: { isPrivate: boolean }) => i.isPrivate)).not.toHaveProperty("subject");
    expect(other.error.responseCode).toBe("ErrorMailRecipientNotFound");
  });

  it.each([
    [{ availabilityViewInterval: 2 }, 400],
    [{ availabilityViewInterval: 1441 }, 400],
    [{ endTime: { dateTime: "2027-02-01T00:00:00", timeZone: "UTC" } }, 400],
    [{ startTime: { dateTime: "2026-11-23T00:00:00", timeZone: "Nowhere/Land" } }, 400],
    [{ schedules: [] }, 400],
  ])("rejects %o", async (override, status) => {
    const emu = createEmulator({ now: NOW });
    const body = { schedules: [emu.state.me.mail], startTime: { dateTime: "2026-11-23T00:00:00", timeZone: "UTC" }, endTime: { dateTime: "2026-11-24T00:00:00", timeZone: "UTC" }, ...override };
    expect((await post(emu, "/me/calendar/getSchedule", body)).status).toBe(status);
  });
});

describe("messages", () => {
  it("pages with $top and an absolute @odata.nextLink on the caller's origin", async () => {
    const emu = createEmulator({ now: NOW });
    const first = await get(emu, "/me/messages?$select=subject&$top=10");
    expect(first.body.value).toHaveLength(10);
    expect(first.body["@odata.nextLink"]).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/me\/messages\?.*%24skip=10/);
    const second = await get(emu, first.body["@odata.nextLink"].replace("https://graph.microsoft.com/v1.0", ""));
    expect(second.body.value[0].id).not.toBe(first.body.value[0].id);
    expect((await get(emu, "/me/messages?$top=1001")).status).toBe(400);
  });

  it("returns uniqueBody only when selected, and immutable ids on request", async () => {
    const emu = createEmulator({ now: NOW });
    const m = emu.state.messages[2];
    expect((await get(emu, `/me/messages/${m.id}`)).body).not.toHaveProperty("uniqueBody");
    const sel = await get(emu, `/me/messages/${m.id}?$select=uniqueBody`, { Prefer: 'IdType="ImmutableId"' });
    expect(sel.body.id).toBe(m.immutableId);
    expect(sel.body.uniqueBody.contentType).toBe("html");
    expect((await get(emu, `/me/messages/${m.immutableId}`)).status).toBe(200);
  });

  it("rejects an EWS-style id and a conversationId used as a message id (ErrorInvalidIdMalformed)", async () => {
    const emu = createEmulator({ now: NOW });
    const m = emu.state.messages.find((x) => /[-_]/.test(x.conversationId))!;
    expect((await get(emu, `/me/messages/${encodeURIComponent(m.conversationId)}`)).body.error.code).toBe("ErrorInvalidIdMalformed");
    expect((await get(emu, `/me/messages/${encodeURIComponent("AAMk+abc=")}`)).body.error.code).toBe("ErrorInvalidIdMalformed");
  });

  it("rejects $search combined with $filter or $orderby", async () => {
    const emu = createEmulator({ now: NOW });
    expect((await get(emu, `/me/messages?$search="to:x"&$orderby=receivedDateTime desc`)).status).toBe(400);
  });

  it("serves /users/{upn}/... as /me/... and 404s other users", async () => {
    const emu = createEmulator({ now: NOW });
    expect((await get(emu, `/users/${emu.state.me.userPrincipalName}/mailboxSettings`)).status).toBe(200);
    expect((await get(emu, "/users/someone@else.example/messages")).status).toBe(404);
  });
});

describe("seed", () => {
  it("is deterministic for a given now", () => {
    expect(JSON.stringify(createSeed({ now: NOW }))).toBe(JSON.stringify(createSeed({ now: NOW })));
  });

  it("gives every thread a conversation id that differs between the Office.js and Graph alphabets", () => {
    const seed = createSeed({ now: NOW });
    for (const t of Object.values(seed.threads)) expect(t.conversationId).toMatch(/[-_]/);
    expect(Object.keys(seed.threads)).toEqual(THREADS.map((t) => t.key));
  });

  it("quotes the attorney's signature inside client replies, with Outlook's divider", () => {
    const seed = createSeed({ now: NOW });
    const reply = seed.messages.find((m) => m.id === seed.threads["kestrel-license"].messageIds[2])!;
    expect(reply.bodyHtml).toContain('<div id="divRplyFwdMsg"');
    expect(reply.bodyHtml).toContain("D: +1 212 555 0147");
    expect(reply.uniqueBodyHtml).not.toContain("D: +1 212 555 0147");
    expect(reply.uniqueBodyHtml).toContain("Direct: +1 (617) 555-0142");
  });

  it("places the newest client message hours before now, and a calendar in the current week", () => {
    const seed = createSeed({ now: NOW });
    const newest = Math.max(...seed.messages.filter((m) => m.folder === "inbox").map((m) => m.receivedAt));
    expect(NOW.getTime() - newest).toBeLessThan(4 * 3_600_000);
    const week = seed.events.filter((e) => Math.abs(e.start - NOW.getTime()) < 7 * 86_400_000);
    expect(new Set(week.map((e) => e.showAs))).toEqual(new Set(["busy", "tentative", "oof", "workingElsewhere"]));
  });

  it("generates a deterministic 10,000-message mailbox", () => {
    const a = generateBulkMailbox({ now: NOW, messages: 10_000 });
    const b = generateBulkMailbox({ now: NOW, messages: 10_000 });
    expect(a.messages).toHaveLength(10_000);
    expect(a.messages[9_999]).toEqual(b.messages[9_999]);
    expect(new Set(a.messages.map((m) => m.id)).size).toBe(10_000);
  });
});

describe("mail folders", () => {
  it("answers well-known names and folder ids alike, with counts", async () => {
    const emu = createEmulator({ now: NOW });
    const inbox = await get(emu, "/me/mailFolders/Inbox");
    expect(inbox.body).toMatchObject({ displayName: "Inbox", totalItemCount: emu.state.messages.filter((m) => m.folder === "inbox").length });
    const byId = await get(emu, `/me/mailFolders/${inbox.body.id}/messages?$top=1000&$select=id`);
    const byName = await get(emu, "/me/mailFolders('inbox')/messages?$top=1000&$select=id");
    expect(byId.body.value).toEqual(byName.body.value);
    expect((await get(emu, "/me/mailFolders/nope/messages")).status).toBe(404);
  });
});

describe("unknown properties", () => {
  it.each([
    "/me/messages?$select=subjct",
    "/me/messages?$filter=recievedDateTime ge 2026-01-01T00:00:00Z",
    "/me/messages?$orderby=sentDate desc",
  ])("%s → 400 RequestBroker--ParseUri, as Graph answers a typo", async (path) => {
    const emu = createEmulator({ now: NOW });
    const res = await get(emu, path);
    expect([res.status, res.body.error.code]).toEqual([400, "RequestBroker--ParseUri"]);
  });
});

describe("$count", () => {
  it("reports the size of the filtered collection beside one page", async () => {
    const emu = createEmulator({ now: NOW });
    const res = await get(emu, "/me/mailFolders/inbox/messages?$count=true&$top=2&$select=id");
    expect(res.body["@odata.count"]).toBe(emu.state.messages.filter((m) => m.folder === "inbox").length);
    expect(res.body.value).toHaveLength(2);
  });
});

describe("delta queries", () => {
  const follow = async (emu: GraphEmulator, link: string, headers: Record<string, string> = {}) => get(emu, link.replace("https://graph.microsoft.com/v1.0", ""), headers);

  it("messages/delta: a paged first sync, then only what changed, with removals", async () => {
    const emu = createEmulator({ now: NOW });
    const prefer = { Prefer: "odata.maxpagesize=5" };
    const inboxCount = emu.state.messages.filter((m) => m.folder === "inbox").length;
    let res = await get(emu, "/me/mailFolders('inbox')/messages/delta?$select=subject,from,receivedDateTime", prefer);
    const seen: { subject: string }[] = [...res.body.value];
    while (res.body["@odata.nextLink"]) {
      res = await follow(emu, res.body["@odata.nextLink"], prefer);
      seen.push(...res.body.value);
    }
    expect(seen).toHaveLength(inboxCount);
    expect(Object.keys(seen[0]).sort()).toEqual(["@odata.etag", "from", "id", "receivedDateTime", "subject"]);
    const deltaLink = res.body["@odata.deltaLink"];
    expect(deltaLink).toMatch(/\/me\/mailFolders\('inbox'\)\/messages\/delta\?\$deltatoken=/);

    // Nothing changed: an empty round.
    const quiet = await follow(emu, deltaLink);
    expect(quiet.body.value).toEqual([]);

    // One new message, one read, one deleted.
    const [first, second] = emu.state.messages.filter((m) => m.folder === "inbox");
    emu.state.messages.push({ ...first, id: "AAMkADnewone=", immutableId: "AAkALnewone", subject: "New instruction", receivedAt: NOW.getTime() });
    second.isRead = !second.isRead;
    emu.state.messages.splice(emu.state.messages.indexOf(first), 1);
    const changes = await follow(emu, quiet.body["@odata.deltaLink"]);
    const byId = Object.fromEntries(changes.body.value.map((v: { id: string }) => [v.id, v]));
    expect(Object.keys(byId).sort()).toEqual([first.id, second.id, "AAMkADnewone="].sort());
    expect(byId[first.id]["@removed"]).toEqual({ reason: "deleted" });
    // The token remembered the $select of the first request.
    expect(Object.keys(byId["AAMkADnewone="]).sort()).toEqual(["@odata.etag", "from", "id", "receivedDateTime", "subject"]);
  });

  it("calendarView/delta keeps the first request's window and reports new events", async () => {
    const emu = createEmulator({ now: NOW });
    const first = await get(emu, "/me/calendarView/delta?startDateTime=2026-11-23T00:00:00Z&endDateTime=2026-12-07T00:00:00Z", { Prefer: "odata.maxpagesize=100" });
    expect(first.body.value.length).toBeGreaterThan(5);
    const link = first.body["@odata.deltaLink"];
    await post(emu, "/me/events", { subject: "Call with Dan", start: { dateTime: "2026-11-30T17:00:00", timeZone: "UTC" }, end: { dateTime: "2026-11-30T17:30:00", timeZone: "UTC" } });
    await post(emu, "/me/events", { subject: "Far away", start: { dateTime: "2027-03-01T17:00:00", timeZone: "UTC" }, end: { dateTime: "2027-03-01T17:30:00", timeZone: "UTC" } });
    const next = await get(emu, link.replace("https://graph.microsoft.com/v1.0", ""));
    expect(next.body.value.map((e: { subject: string }) => e.subject)).toEqual(["Call with Dan"]);
  });

  it("an unknown token is 410 SyncStateNotFound", async () => {
    const emu = createEmulator({ now: NOW });
    const res = await get(emu, "/me/mailFolders/inbox/messages/delta?$deltatoken=nope");
    expect([res.status, res.body.error.code]).toEqual([410, "SyncStateNotFound"]);
  });
});
