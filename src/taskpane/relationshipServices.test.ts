// The relationship parts of the real services over the real Graph client and the emulator (in Node): the
// waiting status from the first paint, and the care-call context, scan and new-message note.
import { formatWaiting } from "../core/responsiveness";
import { CLIENTS, FORMER_CLIENTS, THREADS, createEmulator, createSeed } from "../dev/emulator/index";
import { createGraph } from "../graph/index";
import { createDialbackServices } from "./createDialbackServices";

const NOW = new Date("2026-11-25T15:00:00Z");
const seed = createSeed({ now: NOW });

function setup() {
  const emulator = createEmulator({ seed });
  const graph = createGraph({ getToken: async () => "dialback-demo-token", fetch: emulator.fetch, backoffBaseMs: 1 });
  const services = createDialbackServices({ graph, now: () => NOW, owner: () => ({ name: seed.me.displayName, address: seed.me.mail }) });
  emulator.resetStats();
  return { emulator, services };
}

/** The newest message of the thread that the client (not the attorney) sent: the one a person opens. */
function clientMessage(threadKey: string) {
  const thread = seed.threads[threadKey];
  const id = [...thread.messageIds].reverse().find((m) => seed.messages.find((x) => x.id === m)?.from.address !== seed.me.mail)!;
  const m = seed.messages.find((x) => x.id === id)!;
  return { itemId: m.id, conversationId: m.conversationId, subject: m.subject, from: m.from, internetMessageId: m.internetMessageId };
}

describe("waiting status on the open email", () => {
  it.each([
    // [thread, expected state, nudge]: the client wrote last a day ago / three hours ago; the attorney wrote last
    ["sierra-distribution", "waiting", true],
    ["kestrel-license", "waiting", false],
    ["vogel-supply", "answered", null],
  ] as const)("%s: %s", async (threadKey, state, nudge) => {
    const { emulator, services } = setup();
    const session = await services.openSession(clientMessage(threadKey));
    expect(emulator.stats.requests).toBe(1); // from the first paint's batch, no extra request
    const waiting = session.waiting!;
    expect(waiting.state).toBe(state);
    if (waiting.state === "waiting") {
      const thread = THREADS.find((t) => t.key === threadKey)!;
      const firstUnanswered = thread.messages.find((m, i) => m.from !== "attorney" && thread.messages.slice(i).every((n) => n.from !== "attorney"))!;
      expect(waiting.label).toBe(formatWaiting(firstUnanswered.hoursAgo * 3_600_000));
      expect(waiting.nudge).toBe(nudge);
      expect(waiting.client.address).toBe(CLIENTS.find((c) => c.key === thread.with)!.address);
    }
  });
});

describe("care calls", () => {
  it("gives the attorney's address and IANA zone from the mailbox settings", async () => {
    const { services } = setup();
    const context = await services.careCalls.context();
    expect(context.identity.ownAddresses).toEqual([seed.me.mail]);
    expect(context.timeZone).toBe("America/New_York"); // the seed's "Eastern Standard Time"
    expect(services.careCalls.now()).toEqual(NOW);
  });

  it("scans sent items, inbox and calendar, and a refresh from the watermarks is three requests", async () => {
    const { emulator, services } = setup();
    const first = await services.careCalls.scan({});
    const addresses = new Set([...(first.sent ?? []), ...(first.received ?? []), ...(first.meetings ?? [])].map((r) => r.address.toLowerCase()));
    for (const former of FORMER_CLIENTS) expect(addresses).toContain(former.address.toLowerCase());
    emulator.resetStats();
    await services.careCalls.scan({ watermarks: first.watermarks });
    expect(emulator.stats.requests).toBe(3);
  });

  it("composes a new keep-in-touch note to the client with three free times, and reads settings once", async () => {
    const { emulator, services } = setup();
    const former = FORMER_CLIENTS[0];
    await services.careCalls.context();
    emulator.resetStats();
    const email = await services.careCalls.composeCallRequest({ address: former.address, name: former.name, lastContact: "2025-06-01T10:00:00Z", lastContactKind: "mail", monthsSince: 17 });
    expect(emulator.stats.requests).toBe(1); // getSchedule only: the mailbox settings were read for the context
    expect(email.toRecipients).toEqual([former.address]);
    expect(email.subject).toBe("Let's set up a call");
    expect(email.html).toContain(`Hi ${former.name.split(" ")[0]},`);
    expect(email.html.match(/<li>/g)).toHaveLength(3);
  });
});
