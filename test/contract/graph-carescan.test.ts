// The care-call scan on a 10,000-message mailbox: paged with $select, request count measured, and an
// incremental refresh from the stored watermarks at a few requests.
import { createEmulator, createSeed, generateBulkMailbox } from "../../src/dev/emulator";
import { createGraph, scanPaths } from "../../src/graph";

const NOW = new Date("2026-11-25T15:00:00Z");

function bigMailbox() {
  const emu = createEmulator({ seed: createSeed({ now: NOW }) });
  const bulk = generateBulkMailbox({ now: NOW, messages: 10_000, correspondents: 300, meetings: 300 });
  emu.state.messages.push(...bulk.messages);
  emu.state.events.push(...bulk.events);
  return { emu, bulk };
}

describe("care-call scan", () => {
  it("first scan of 10,000 messages: every record, about a dozen requests, narrow $select", async () => {
    const { emu } = bigMailbox();
    const graph = createGraph({ getToken: async () => "scan", fetch: emu.fetch });
    const batch = await graph.scanCorrespondents({ now: NOW });
    const sentMessages = emu.state.messages.filter((m) => m.folder === "sentitems");
    const inbox = emu.state.messages.filter((m) => m.folder === "inbox");
    expect(batch.received).toHaveLength(inbox.length);
    expect(batch.sent).toHaveLength(sentMessages.reduce((n, m) => n + m.to.length + m.cc.length, 0));
    expect(batch.meetings!.length).toBeGreaterThan(300);
    // Ten years back and one ahead is more than Graph's 1,825-day calendarView limit: three windows.
    const windows = emu.log.filter((l) => new URL(l.url).pathname.endsWith("/calendarView"));
    expect(windows).toHaveLength(3);
    for (const w of windows) {
      const q = new URL(w.url).searchParams;
      expect(Date.parse(q.get("endDateTime")!) - Date.parse(q.get("startDateTime")!)).toBeLessThanOrEqual(1825 * 86_400_000);
    }
    const expected = Math.ceil(sentMessages.length / 1000) + Math.ceil(inbox.length / 1000) + windows.length;
    expect(emu.stats.requests).toBe(expected);
    for (const l of emu.log) expect(new URL(l.url).searchParams.get("$select")).toBeTruthy();
    // The README states this figure: 14 requests (4 pages of sent items, 7 of inbox, 3 calendar windows; 3,974 + 6,054 messages, 315 events).
    expect(emu.stats.requests).toBe(14);
  });

  it("refresh from watermarks costs three requests and picks up only what is new", async () => {
    const { emu } = bigMailbox();
    const graph = createGraph({ getToken: async () => "scan", fetch: emu.fetch });
    const first = await graph.scanCorrespondents({ now: NOW });
    const later = new Date(NOW.getTime() + 3_600_000);
    const template = emu.state.messages.find((m) => m.folder === "inbox")!;
    emu.state.messages.push({
      ...template,
      id: "AAMkADnew=",
      immutableId: "AAkALnew",
      from: { name: "New Client", address: "new.client@example.org" },
      sentAt: later.getTime() - 60_000,
      receivedAt: later.getTime() - 59_000,
    });
    emu.resetStats();
    const refresh = await graph.scanCorrespondents({ now: later, watermarks: first.watermarks });
    expect(emu.stats.requests).toBe(3);
    expect(refresh.received!.map((r) => r.address)).toContain("new.client@example.org");
    // `ge` on the watermark re-reads the boundary item at most; never the whole mailbox.
    expect(refresh.received!.length).toBeLessThanOrEqual(2);
    expect(refresh.watermarks!.received).toBe(new Date(later.getTime() - 59_000).toISOString().replace(/\.000Z$/, "Z"));
  });

  it("builds rule-compliant queries: the sort property leads the filter", () => {
    const paths = scanPaths({ now: NOW, watermarks: { sent: "2026-01-01T00:00:00Z", received: "2026-01-02T00:00:00Z" } });
    const q = (p: string) => new URL(`https://graph.microsoft.com/v1.0${p}`).searchParams;
    expect(q(paths.sent).get("$filter")).toBe("sentDateTime ge 2026-01-01T00:00:00Z");
    expect(q(paths.sent).get("$orderby")).toBe("sentDateTime desc");
    expect(q(paths.received).get("$filter")).toBe("receivedDateTime ge 2026-01-02T00:00:00Z");
    for (const m of paths.meetings) expect(q(m).get("startDateTime")).toBeTruthy();
  });

  it("the emulator answers a calendarView range over 1,825 days as Graph does", async () => {
    const emu = createEmulator({ seed: createSeed({ now: NOW }) });
    const res = await emu.fetch(
      new Request("https://graph.microsoft.com/v1.0/me/calendarView?startDateTime=2016-11-25T00:00:00Z&endDateTime=2027-11-25T00:00:00Z", { headers: { Authorization: "Bearer t" } }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("ErrorInvalidRequest");
    expect(body.error.message).toContain("Maximum number of days: 1825");
    const ok = await emu.fetch(
      new Request("https://graph.microsoft.com/v1.0/me/calendarView?startDateTime=2022-11-26T00:00:00Z&endDateTime=2027-11-25T00:00:00Z", { headers: { Authorization: "Bearer t" } }),
    );
    expect(ok.status).toBe(200);
  });

  it("listSentTo and listMeetingsWith find the seeded correspondence", async () => {
    const emu = createEmulator({ seed: createSeed({ now: NOW }) });
    const graph = createGraph({ getToken: async () => "t", fetch: emu.fetch });
    const sent = await graph.listSentTo("grace.chen@meridiancapital.com.sg");
    expect(sent.map((m) => m.subject)).toEqual(["Fund III side letter"]);
    const meetings = await graph.listMeetingsWith("grace.chen@meridiancapital.com.sg", "2025-01-01T00:00:00Z", "2026-11-25T00:00:00Z");
    expect(meetings.map((m) => m.subject)).toEqual(["Dinner – Grace Chen (Meridian)"]);
  });
});
