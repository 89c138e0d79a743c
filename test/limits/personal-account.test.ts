// Issue 16.6: personal Microsoft accounts (Outlook.com) can use nested app authentication, but Graph's
// getSchedule does not support them. The emulator refuses getSchedule like such an account (the error shape is
// undocumented; ours is 400 ErrorNotSupported); the add-in says so in words and reads free/busy from calendarView.
import { createEmulator, createSeed } from "../../src/dev/emulator";
import { createGraph, GraphError, isScheduleRefused } from "../../src/graph";
import { createDialbackServices, SCHEDULE_FALLBACK_NOTICE } from "../../src/taskpane/createDialbackServices";

const NOW = new Date("2026-11-25T15:00:00Z");
const seed = createSeed({ now: NOW });

function setup(personal: boolean) {
  const emulator = createEmulator({ seed });
  if (personal) emulator.faults.personal();
  const graph = createGraph({ getToken: async () => "t", fetch: emulator.fetch, backoffBaseMs: 1 });
  const services = createDialbackServices({ graph, now: () => NOW, owner: () => ({ name: seed.me.displayName, address: seed.me.mail }) });
  return { emulator, graph, services };
}

function clientMessage(threadKey: string) {
  const thread = seed.threads[threadKey];
  const id = [...thread.messageIds].reverse().find((m) => seed.messages.find((x) => x.id === m)?.from.address !== seed.me.mail)!;
  const m = seed.messages.find((x) => x.id === id)!;
  return { itemId: m.id, conversationId: m.conversationId, subject: m.subject, from: m.from, internetMessageId: m.internetMessageId };
}

const q = { address: seed.me.mail, start: "2026-11-25T15:00:00Z", end: "2026-12-09T15:00:00Z" };

describe("a personal account's mailbox", () => {
  it("the emulator refuses getSchedule with 400 ErrorNotSupported", async () => {
    const { graph } = setup(true);
    const err = await graph.getSchedule(q).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(GraphError);
    expect((err as GraphError).status).toBe(400);
    expect((err as GraphError).code).toBe("ErrorNotSupported");
    expect(isScheduleRefused(err)).toBe(true);
  });

  it("free/busy from calendarView blocks the same busy time getSchedule reports", async () => {
    const work = await setup(false).graph.getSchedule(q);
    const fallback = await setup(true).graph.freeBusyFromCalendarView(q);
    const key = (i: { start?: { dateTime?: string | null } | null }) => Date.parse(`${i.start?.dateTime?.replace(/Z$/, "")}Z`);
    const busyWork = (work.scheduleItems ?? []).filter((i) => i.status !== "free").map(key).sort();
    expect((fallback.scheduleItems ?? []).map(key).sort()).toEqual(busyWork);
    expect(busyWork.length).toBeGreaterThan(0);
  });

  it("the taskpane still proposes times and says in words why they come from the calendar", async () => {
    const { services } = setup(true);
    const session = await services.openSession(clientMessage("thameside-spa"));
    expect(session.scheduleNotice).toBe(SCHEDULE_FALLBACK_NOTICE);
    expect(session.scheduleNotice).toMatch(/personal Microsoft accounts such as Outlook\.com/);
    expect(session.plan({ durationMinutes: 30 }).slots.length).toBeGreaterThan(0);
    const work = await setup(false).services.openSession(clientMessage("thameside-spa"));
    expect(work.scheduleNotice).toBeNull();
  });
});
