// The requests the Graph layer sends have the documented shape: method, URL path pattern, query forms,
// body shape and required headers. The emulator records what reached it.
import { createEmulator, createSeed, GraphEmulator, LoggedRequest } from "../../src/dev/emulator";
import { createGraph, toOfficeConversationId } from "../../src/graph";
import { DocRequest, filterForm, loadExample, shapeDiff, splitUrl } from "./shape";

const NOW = new Date("2026-11-25T15:00:00Z");
const seed = createSeed({ now: NOW });
const kestrel = seed.threads["kestrel-license"];

function setup(timeZone?: string) {
  const emu = createEmulator({ seed });
  const graph = createGraph({ getToken: async () => "layer-test", fetch: emu.fetch, timeZone });
  return { emu, graph };
}

function last(emu: GraphEmulator): LoggedRequest {
  const requests = emu.log.filter((l) => l.kind === "request");
  return requests[requests.length - 1];
}

function header(l: LoggedRequest, name: string): string | undefined {
  return Object.entries(l.headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
}

/** Documented URL path with its ids as wildcards → RegExp over our path. */
function pathPattern(docUrl: string, ids: string[] = []): RegExp {
  let path = splitUrl(docUrl).path.replace(/\/$/, "");
  for (const id of ids) path = path.replace(id, "\u0000");
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\u0000|\\\{id\\\}/g, "[^/]+");
  return new RegExp(`^${escaped}$`, "i");
}

function expectRequestLike(doc: DocRequest, sent: LoggedRequest, ids: string[] = []): void {
  expect(sent.method).toBe(doc.method);
  expect(splitUrl(sent.url).path).toMatch(pathPattern(doc.url, ids));
  expect(header(sent, "authorization")).toMatch(/^Bearer \S+/);
  for (const [k, v] of Object.entries(doc.headers)) {
    if (k.toLowerCase() === "content-type") expect(header(sent, k)).toMatch(/^application\/json/);
    else if (k.toLowerCase() === "prefer") expect(header(sent, k)?.split(/,\s*/)).toContain(v);
    else if (k.toLowerCase() !== "content-length") expect(header(sent, k)).toBeDefined();
  }
  if (doc.body !== null) expect(shapeDiff(doc.body, sent.body)).toEqual([]);
}

describe("Graph layer requests vs documented requests", () => {
  it("getMessage: GET /me/messages/{id} with immutable ids", async () => {
    const { emu, graph } = setup();
    const m = await graph.getMessage(kestrel.messageIds[2]);
    expect(m.subject).toMatch(/^RE: License/);
    const sent = last(emu);
    expectRequestLike(loadExample("get-message", "request.json"), sent, ["AAMkADhMGAAA="]);
    expect(header(sent, "prefer")).toContain('IdType="ImmutableId"');
    expect(splitUrl(sent.url).query.$select.split(",")).toEqual(expect.arrayContaining(["body", "uniqueBody", "from", "toRecipients", "conversationId", "receivedDateTime"]));
    // The answer carries the immutable id the layer asked for.
    expect(m.id).toBe(emu.state.messages.find((x) => x.id === kestrel.messageIds[2])!.immutableId);
  });

  it("getThread: the filter-only form (never $orderby with the conversationId filter), Office.js id normalised", async () => {
    const { emu, graph } = setup();
    const thread = await graph.getThread(toOfficeConversationId(kestrel.conversationId));
    expect(thread.map((m) => m.receivedDateTime)).toEqual([...thread.map((m) => m.receivedDateTime)].sort().reverse());
    expect(thread).toHaveLength(3);
    const doc = loadExample<DocRequest>("list-messages-by-conversation", "constructed-not-doc.request.json");
    const sent = last(emu);
    expectRequestLike({ ...doc, headers: {} }, sent);
    const ours = splitUrl(sent.url).query;
    const documented = splitUrl(doc.url).query;
    expect(filterForm(ours.$filter)).toBe(filterForm(documented.$filter));
    expect(ours.$filter).toBe(`conversationId eq '${kestrel.conversationId}'`);
    expect(ours.$orderby).toBeUndefined();
    expect(Object.keys(ours).sort()).toEqual(Object.keys(documented).sort());
  });

  it("getThread leaves out a draft reply in progress", async () => {
    const { emu, graph } = setup();
    const original = emu.state.messages.find((m) => m.id === kestrel.messageIds[2])!;
    const res = await emu.handle(
      new Request(`https://graph.microsoft.com/v1.0/me/messages/${original.id}/createReply`, { method: "POST", headers: { Authorization: "Bearer t", "Content-Type": "application/json" }, body: JSON.stringify({ comment: "Draft" }) }),
    );
    expect(res.status).toBe(201);
    const thread = await graph.getThread(kestrel.conversationId);
    expect(thread).toHaveLength(3);
    expect(thread.some((m) => m.isDraft)).toBe(false);
  });

  it("getThread follows @odata.nextLink as given", async () => {
    const { emu, graph } = setup();
    // 120 messages in one conversation: three pages of 50.
    const base = emu.state.messages[0];
    for (let i = 0; i < 117; i++) emu.state.messages.push({ ...base, id: `${base.id}x${i}`, immutableId: `${base.immutableId}x${i}`, receivedAt: base.receivedAt + i * 1000, conversationId: kestrel.conversationId });
    const thread = await graph.getThread(kestrel.conversationId);
    expect(thread).toHaveLength(120);
    expect(emu.stats.requests).toBe(3);
  });

  it("getMailboxSettings: GET /me/mailboxSettings", async () => {
    const { emu, graph } = setup();
    const settings = await graph.getMailboxSettings();
    expect(settings.workingHours?.startTime).toBe("08:30:00.0000000");
    expectRequestLike(loadExample("get-mailbox-settings", "request.json"), last(emu));
  });

  it("getSchedule: POST /me/calendar/getSchedule, documented body, Prefer outlook.timezone", async () => {
    const { emu, graph } = setup("Pacific Standard Time");
    const s = await graph.getSchedule({ address: seed.me.mail, start: "2026-11-25T17:00:00Z", end: "2026-11-26T02:00:00Z", intervalMinutes: 60 });
    expect(s.availabilityView).toMatch(/^[0-4]{9}$/);
    expectRequestLike(loadExample("get-schedule", "request.json"), last(emu));
  });

  it("createEvent: POST /me/events with the documented body and transactionId", async () => {
    const { emu, graph } = setup("Pacific Standard Time");
    const doc = loadExample<DocRequest>("create-event", "request.json");
    const { transactionId, ...event } = doc.body as { transactionId: string };
    const created = await graph.createEvent(event, transactionId);
    expect(created.transactionId).toBe(transactionId);
    const sent = last(emu);
    expectRequestLike(doc, sent);
    expect((sent.body as { transactionId: string }).transactionId).toBe(transactionId);
  });

  it("createContact: POST /me/contacts with the documented body", async () => {
    const { emu, graph } = setup();
    const doc = loadExample<DocRequest>("create-contact", "request.json");
    const c = await graph.createContact(doc.body as object);
    expect(c.displayName).toBe("Pavel Bansky");
    expectRequestLike(doc, last(emu));
  });

  it("findContactByEmail: the documented emailAddresses/any filter", async () => {
    const { emu, graph } = setup();
    const found = await graph.findContactByEmail("Priya.Raman@kestrelbio.com");
    expect(found?.displayName).toBe("Priya Raman");
    const doc = loadExample<DocRequest>("people-contacts-lookup", "contacts-filter-by-email.request.json");
    const sent = last(emu);
    expectRequestLike(doc, sent);
    expect(filterForm(splitUrl(sent.url).query.$filter)).toBe(filterForm(splitUrl(doc.url).query.$filter));
    expect(await graph.findContactByEmail("nobody@example.com")).toBeNull();
  });

  it("updateContact: PATCH /me/contacts/{id}", async () => {
    const { emu, graph } = setup();
    const found = (await graph.findContactByEmail("dan@sierraridgevineyards.com"))!;
    const updated = await graph.updateContact(found.id!, { businessPhones: ["+1 707 555 0100 x214"], mobilePhone: "+1 707 555 0188" });
    expect(updated.businessPhones).toEqual(["+1 707 555 0100 x214"]);
    expect(updated.mobilePhone).toBe("+1 707 555 0188");
    expect(last(emu).method).toBe("PATCH");
  });

  it("loadFirstPaint: one POST /$batch with relative urls, ids, methods, Content-Type on the POST part", async () => {
    const { emu, graph } = setup("Eastern Standard Time");
    const fp = await graph.loadFirstPaint({
      messageId: kestrel.messageIds[2],
      conversationId: toOfficeConversationId(kestrel.conversationId),
      ownerAddress: seed.me.mail,
      scheduleStart: "2026-11-25T15:00:00Z",
      scheduleEnd: "2026-12-02T15:00:00Z",
    });
    expect([fp.message.ok, fp.thread.ok, fp.mailboxSettings.ok, fp.schedule.ok, fp.me.ok]).toEqual([true, true, true, true, true]);
    const sent = last(emu);
    const doc = loadExample<DocRequest>("batch", "request.json");
    expectRequestLike({ ...doc, body: null }, sent);
    const parts = (sent.body as { requests: { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown }[] }).requests;
    expect(parts.length).toBeLessThanOrEqual(20);
    for (const p of parts) {
      expect(shapeDiff({ id: "1", method: "GET", url: "/me" }, p)).toEqual([]);
      expect(p.url.startsWith("/")).toBe(true);
      if (p.body !== undefined) expect(Object.keys(p.headers ?? {}).map((k) => k.toLowerCase())).toContain("content-type");
    }
    // At most four parts can run at once (Outlook's concurrency limit): the rest wait on dependsOn.
    expect(parts.filter((p) => !(p as { dependsOn?: string[] }).dependsOn).length).toBeLessThanOrEqual(4);
  });
});

describe("getSchedule errors", () => {
  it("turns a schedule flagged with an error into a typed GraphError", async () => {
    const { graph } = setup();
    await expect(graph.getSchedule({ address: "nobody@elsewhere.example", start: "2026-11-25T00:00:00Z", end: "2026-11-26T00:00:00Z" })).rejects.toMatchObject({
      code: "ErrorMailRecipientNotFound",
      userMessage: "Outlook has no free/busy information for that mailbox (it is unknown or not shared).",
    });
  });
});
