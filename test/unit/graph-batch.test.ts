import { BatchPart, DEFAULT_RETRY_POLICY, PostBatch, runBatch } from "../../src/graph";

const policy = { ...DEFAULT_RETRY_POLICY, backoffBaseMs: 1, maxRetries: 3, maxTotalWaitMs: 1_000 };
const parts: BatchPart[] = [
  { id: "a", method: "GET", url: "/me" },
  { id: "b", method: "GET", url: "/me/mailboxSettings" },
  { id: "c", method: "GET", url: "/me/contacts", dependsOn: ["b"] },
  { id: "d", method: "POST", url: "/me/calendar/getSchedule", body: { schedules: [] } },
];

type Wire = { id: string; status: number; headers?: Record<string, string>; body?: unknown };

/** A fake $batch endpoint answering from a script of rounds, newest part first (any order). */
function scripted(rounds: ((id: string) => Wire)[]): { post: PostBatch; sent: { requests: { id: string; dependsOn?: string[]; headers?: Record<string, string> }[] }[] } {
  const sent: { requests: { id: string; dependsOn?: string[] }[] }[] = [];
  const post: PostBatch = async (body) => {
    const round = rounds[sent.length] ?? rounds[rounds.length - 1];
    sent.push(body as (typeof sent)[number]);
    return { responses: (body.requests as { id: string }[]).map((r) => round(r.id)).reverse() };
  };
  return { post, sent };
}

describe("runBatch", () => {
  it("matches responses to parts by id whatever their order, and adds Content-Type to parts with a body", async () => {
    const { post, sent } = scripted([(id) => ({ id, status: 200, body: { id } })]);
    const out = await runBatch(parts, post, policy);
    expect([...out.values()].every((o) => o.ok)).toBe(true);
    expect(out.get("c")).toMatchObject({ ok: true, body: { id: "c" } });
    expect(sent[0].requests.find((r) => r.id === "d")!.headers).toEqual({ "Content-Type": "application/json" });
  });

  it("retries only the throttled part, after its Retry-After", async () => {
    const { post, sent } = scripted([(id) => (id === "a" ? { id, status: 429, headers: { "Retry-After": "0.02" } } : { id, status: 200, body: {} }), (id) => ({ id, status: 200, body: {} })]);
    const started = Date.now();
    const out = await runBatch(parts, post, policy);
    expect(Date.now() - started).toBeGreaterThanOrEqual(19);
    expect(sent.map((s) => s.requests.map((r) => r.id))).toEqual([["a", "b", "c", "d"], ["a"]]);
    expect(out.get("a")).toMatchObject({ ok: true, attempts: 2 });
  });

  it("re-sends 424 dependants with their failed dependency, keeping the dependsOn between them", async () => {
    const { post, sent } = scripted([
      (id) => (id === "b" ? { id, status: 503 } : id === "c" ? { id, status: 424 } : { id, status: 200, body: {} }),
      (id) => ({ id, status: 200, body: {} }),
    ]);
    await runBatch(parts, post, policy);
    expect(sent[1].requests).toEqual([
      { id: "b", method: "GET", url: "/me/mailboxSettings" },
      { id: "c", method: "GET", url: "/me/contacts", dependsOn: ["b"] },
    ]);
  });

  it("does not retry a permanent failure, and runs its dependants on their own", async () => {
    const { post, sent } = scripted([(id) => (id === "b" ? { id, status: 404, body: { error: { code: "ErrorItemNotFound" } } } : id === "c" ? { id, status: 424 } : { id, status: 200, body: {} }), (id) => ({ id, status: 200, body: {} })]);
    const out = await runBatch(parts, post, policy);
    expect(out.get("b")).toMatchObject({ ok: false, error: { status: 404, code: "ErrorItemNotFound" } });
    expect(out.get("c")!.ok).toBe(true);
    expect(sent[1].requests).toEqual([{ id: "c", method: "GET", url: "/me/contacts" }]);
  });

  it("gives up within the bounds and reports the last failure per part", async () => {
    const { post, sent } = scripted([(id) => (id === "d" ? { id, status: 429, headers: { "retry-after": "0.01" }, body: { error: { code: "TooManyRequests" } } } : { id, status: 200, body: {} })]);
    const out = await runBatch(parts, post, policy);
    expect(sent).toHaveLength(policy.maxRetries + 1);
    const d = out.get("d")!;
    expect(d.ok).toBe(false);
    if (!d.ok) {
      expect(d.error.status).toBe(429);
      expect(d.error.attempts).toBe(policy.maxRetries + 1);
      expect(d.error.userMessage).toMatch(/\(throttled\); tried 4 times/);
    }
  });

  it("refuses more than 20 parts", async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: "GET" as const, url: "/me" }));
    await expect(runBatch(many, scripted([(id) => ({ id, status: 200 })]).post, policy)).rejects.toThrow(RangeError);
  });
});
