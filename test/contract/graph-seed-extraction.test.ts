// The seeded mailbox is realistic enough for the real engine: read through the Graph layer, each
// message's sender signature yields the number the seed documents (and the attorney's own signature,
// quoted in client replies, never leaks into the client's answer).
import { createEmulator, createSeed } from "../../src/dev/emulator";
import { createGraph, toMailMessage } from "../../src/graph";
import { extractContact } from "../../src/core";

const NOW = new Date("2026-11-25T15:00:00Z");
const seed = createSeed({ now: NOW });
const emu = createEmulator({ seed });
const graph = createGraph({ getToken: async () => "seed", fetch: emu.fetch });

const cases = Object.entries(seed.threads).flatMap(([key, t]) =>
  t.messageIds.map((id, i) => {
    const stored = seed.messages.find((m) => m.id === id)!;
    const person = seed.people.find((p) => p.address === stored.from.address)!;
    return [`${key}#${i} from ${person.key}`, id, person.expectedBest] as const;
  }),
);

describe("seeded signatures through the Graph layer and the core extractor", () => {
  it.each(cases)("%s", async (_name, id, expected) => {
    const message = await graph.getMessage(id);
    const found = extractContact(toMailMessage(message));
    expect(found.best?.e164 ?? null).toBe(expected?.e164 ?? null);
    expect(found.best?.ext ?? null).toBe(expected?.ext ?? null);
  });

  it("reads a parenthesised extension: the Japanese \"TEL: … (ext. 305)\"", async () => {
    const message = await graph.getMessage(seed.threads["sakura-nda"].messageIds[0]);
    expect(extractContact(toMailMessage(message)).best?.ext).toBe("305");
  });
});
