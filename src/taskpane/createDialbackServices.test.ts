// The real services over the real Graph client and the emulator (in Node, no browser): what the taskpane
// gets for a seeded client message, and that booking and contacts land in the mailbox as intended.
import { CLIENTS, createEmulator, createSeed, type GraphEmulator } from "../dev/emulator/index";
import { createGraph } from "../graph/index";
import { createDialbackServices } from "./createDialbackServices";
import type { CallDraft, CallSession, DialbackServices } from "./services";

const NOW = new Date("2026-11-25T15:00:00Z");
const seed = createSeed({ now: NOW });
const thameside = CLIENTS.find((c) => c.key === "thameside")!;

function setup(): { emulator: GraphEmulator; services: DialbackServices } {
  const emulator = createEmulator({ seed });
  const graph = createGraph({ getToken: async () => "dialback-demo-token", fetch: emulator.fetch, backoffBaseMs: 1 });
  const services = createDialbackServices({
    graph,
    now: () => NOW,
    owner: () => ({ name: seed.me.displayName, address: seed.me.mail }),
  });
  return { emulator, services };
}

function clientMessage(threadKey: string) {
  const thread = seed.threads[threadKey];
  const id = [...thread.messageIds].reverse().find((m) => seed.messages.find((x) => x.id === m)?.from.address !== seed.me.mail)!;
  const m = seed.messages.find((x) => x.id === id)!;
  return { itemId: m.id, conversationId: m.conversationId, subject: m.subject, from: m.from, internetMessageId: m.internetMessageId };
}

async function open(): Promise<{ emulator: GraphEmulator; services: DialbackServices; session: CallSession }> {
  const { emulator, services } = setup();
  emulator.resetStats();
  const session = await services.openSession(clientMessage("thameside-spa"));
  return { emulator, services, session };
}

function draft(session: CallSession, durationMinutes = 30): CallDraft & { chosenSlot: NonNullable<CallDraft["chosenSlot"]> } {
  const plan = session.plan({ durationMinutes });
  const best = plan.best!;
  return {
    durationMinutes,
    agenda: [...plan.agenda, { id: "x1", text: "Deed of assignment", source: "attorney" }],
    offeredSlots: plan.slots.slice(0, 3),
    chosenSlot: plan.slots[1],
    dial: { e164: best.e164, ext: best.ext, display: best.display ?? best.e164, kind: best.kind, line: best.line },
  };
}

describe("createDialbackServices over the emulator", () => {
  it("opens a session with one Graph request and plans the client's direct dial and times", async () => {
    const { emulator, session } = await open();
    expect(emulator.stats.requests).toBe(1);
    const plan = session.plan({ durationMinutes: 30 });
    expect(plan.client.email).toBe(thameside.address);
    expect(plan.best?.e164).toBe(thameside.expectedBest!.e164);
    expect(plan.slots.length).toBeGreaterThanOrEqual(3);
    expect(plan.attorneyTimeZone).toBe("America/New_York");
    expect(plan.client.timeZone).toBe("Europe/London");
    // another duration re-plans without Graph
    const longer = session.plan({ durationMinutes: 60 });
    expect(Date.parse(longer.slots[0].end) - Date.parse(longer.slots[0].start)).toBe(3_600_000);
    expect(emulator.stats.requests).toBe(1);
  });

  it("composes the reply with the attorney's agenda, the offered times and the number", async () => {
    const { session } = await open();
    const d = draft(session);
    const reply = session.composeReply(d);
    expect(reply.toRecipients).toEqual([thameside.address]);
    expect(reply.html).toContain("Deed of assignment");
    expect(reply.html).toContain(`tel:${thameside.expectedBest!.e164}`);
    const voicemail = session.composeVoicemail(d);
    expect(voicemail.html).toContain(`tel:${thameside.expectedBest!.e164}`);
  });

  it("writes an extension once in the reply", async () => {
    const { services } = setup();
    const session = await services.openSession(clientMessage("sierra-distribution"));
    const plan = session.plan({ durationMinutes: 30 });
    expect(plan.best?.ext).toBe("214");
    const best = plan.best!;
    const reply = session.composeReply({
      durationMinutes: 30,
      agenda: plan.agenda,
      offeredSlots: plan.slots.slice(0, 3),
      chosenSlot: null,
      dial: { e164: best.e164, ext: best.ext, display: best.display ?? best.e164, kind: best.kind, line: best.line },
    });
    expect(reply.html.match(/ext\. 214/g)).toHaveLength(1);
  });

  it("books the chosen slot once however often it is asked", async () => {
    const { emulator, session } = await open();
    const d = draft(session);
    const before = emulator.state.events.length;
    const [a, b] = await Promise.all([session.book(d), session.book(d)]);
    const again = await session.book(d);
    expect(emulator.state.events.length).toBe(before + 1);
    expect(new Set([a.eventId, b.eventId, again.eventId]).size).toBe(1);
    // the Graph layer asks for immutable ids
    const event = emulator.state.events.find((e) => e.id === a.eventId || e.immutableId === a.eventId)!;
    expect(event.start).toBe(Date.parse(d.chosenSlot.start));
    expect(event.originalStartTimeZone).toBe("Eastern Standard Time");
  });

  it("plans the contact save first, writes only when told, and keeps a different saved number", async () => {
    const { services, emulator } = setup();
    const sierra = CLIENTS.find((c) => c.key === "sierra")!;
    const session = await services.openSession(clientMessage("sierra-distribution"));
    const plan = session.plan({ durationMinutes: 30 });
    const before = JSON.stringify(emulator.state.contacts);
    const proposal = await services.contacts.propose({ client: { name: sierra.name, address: sierra.address }, numbers: plan.numbers, organization: sierra.company, region: "US" });
    expect(JSON.stringify(emulator.state.contacts)).toBe(before); // proposing writes nothing
    expect(proposal.plan.action).toBe("update");
    expect(proposal.plan.conflicts.length).toBeGreaterThan(0);
    await services.contacts.save(proposal, []); // keep every existing number
    const stored = emulator.state.contacts.find((c) => c.emailAddresses?.some((e) => e.address === sierra.address))!;
    expect(stored.businessPhones).toContain("+1 707 555 0111");
  });

  it("creates a contact for a new client", async () => {
    const { services, emulator } = setup();
    const session = await services.openSession(clientMessage("thameside-spa"));
    const plan = session.plan({ durationMinutes: 30 });
    const proposal = await services.contacts.propose({ client: { name: thameside.name, address: thameside.address }, numbers: plan.numbers, organization: null, region: "GB" });
    expect(proposal.plan.action).toBe("create");
    expect(await services.contacts.save(proposal, [])).toBe(true);
    const stored = emulator.state.contacts.filter((c) => c.emailAddresses?.some((e) => e.address === thameside.address));
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored[0].businessPhones)).toContain("20 7946 0321");
  });

  it("reports a missing message as an error the UI can show", async () => {
    const { services } = setup();
    await expect(services.openSession({ ...clientMessage("thameside-spa"), itemId: "AAMk-missing" })).rejects.toHaveProperty("userMessage");
  });
});

describe("what the taskpane shows is inert text", () => {
  it("drops bidi override controls from the client's name and signature evidence", async () => {
    const { emulator, services } = setup();
    const target = clientMessage("thameside-spa");
    const stored = emulator.state.messages.find((m) => m.id === target.itemId)!;
    stored.from = { ...stored.from, name: `Oliver \u202Enotrebmep\u202C` };
    const session = await services.openSession(target);
    const plan = session.plan({ durationMinutes: 30 });
    expect(plan.client.name).toBe("Oliver notrebmep");
    for (const n of plan.numbers) expect(n.line).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});
