/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { dismissCareCall, emptyCareCallPrefs, snoozeCareCall, type ScanBatch, type ScanWatermarks } from "../../core/carecalls";
import { createLocalSettings, createMemoryStorage } from "../../office/index";
import { CARE_CALL_PREFS_KEY, careCallScanKey, useCareCalls } from "./useCareCalls";

const identity = { ownAddresses: ["alex@firm.com"] };
const now = new Date("2026-06-15T09:00:00Z");

type ScanArgs = { watermarks?: Partial<ScanWatermarks>; since?: string };

/** A fake Graph scan: everything on the first call, only newer mail when given watermarks. */
function fakeScan(batches: ScanBatch[]) {
  const calls: ScanArgs[] = [];
  const scan = jest.fn(async (args: ScanArgs) => {
    calls.push(args);
    const batch = batches[Math.min(calls.length - 1, batches.length - 1)];
    return batch;
  });
  return { scan, calls };
}

const first: ScanBatch = {
  scannedAt: "2026-06-15T08:00:00.000Z",
  sent: [{ address: "jane@acme.com", date: "2024-01-10T10:00:00Z", direction: "sent", name: "Jane" }],
  received: [{ address: "jane@acme.com", date: "2024-01-09T10:00:00Z", direction: "received", name: "Jane" }],
  meetings: [],
};
const later: ScanBatch = {
  scannedAt: "2026-06-15T09:00:00.000Z",
  received: [{ address: "bob@beta.com", date: "2026-06-15T08:30:00Z", direction: "received" }],
  sent: [],
  meetings: [],
};

describe("useCareCalls", () => {
  it("scans everything once, stores the state, and refreshes from the watermarks", async () => {
    const storage = createMemoryStorage();
    const settings = createLocalSettings(createMemoryStorage());
    const { scan, calls } = fakeScan([first, later]);
    const { result } = renderHook(() => useCareCalls({ scan, settings, storage, identity, since: "2020-01-01T00:00:00Z", now: () => now }));
    await waitFor(() => expect(result.current.scan).not.toBeNull());
    expect(calls[0]).toEqual({ since: "2020-01-01T00:00:00Z" });
    expect(result.current.scan?.correspondents["jane@acme.com"].lastSent).toBe("2024-01-10T10:00:00.000Z");
    expect(JSON.parse(storage.getItem(careCallScanKey(identity)) as string).watermarks.sent).toBe("2024-01-10T10:00:00.000Z");

    await act(() => result.current.refresh());
    expect(calls[1]).toEqual({ watermarks: { sent: "2024-01-10T10:00:00.000Z", received: "2024-01-09T10:00:00.000Z", meetings: "2026-06-15T08:00:00.000Z" } });
    expect(Object.keys(result.current.scan?.correspondents ?? {}).sort()).toEqual(["bob@beta.com", "jane@acme.com"]);
    expect(result.current.loading).toBe(false);
  });

  it("starts from the stored scan and skips the refresh when it is fresh", async () => {
    const storage = createMemoryStorage();
    const settings = createLocalSettings(createMemoryStorage());
    const seed = fakeScan([first]);
    const one = renderHook(() => useCareCalls({ scan: seed.scan, settings, storage, identity, now: () => now }));
    await waitFor(() => expect(one.result.current.scan).not.toBeNull());
    one.unmount();

    const again = fakeScan([later]);
    const two = renderHook(() => useCareCalls({ scan: again.scan, settings, storage, identity, now: () => new Date("2026-06-15T08:05:00Z") }));
    expect(two.result.current.scan?.correspondents["jane@acme.com"]).toBeDefined();
    expect(again.scan).not.toHaveBeenCalled();
  });

  it("keeps dismiss and snooze in roaming settings, dropping expired snoozes", async () => {
    const roaming = createMemoryStorage();
    const settings = createLocalSettings(roaming);
    const { scan } = fakeScan([first]);
    const { result } = renderHook(() => useCareCalls({ scan, settings, identity, now: () => now }));
    await waitFor(() => expect(result.current.scan).not.toBeNull());
    let prefs = dismissCareCall(emptyCareCallPrefs(), "jane@acme.com", now);
    prefs = snoozeCareCall(prefs, "old@x.com", new Date("2025-01-01T00:00:00Z"));
    prefs = snoozeCareCall(prefs, "bob@beta.com", now);
    act(() => result.current.setPrefs(prefs));
    await waitFor(() => expect(roaming.getItem(`dialback:${CARE_CALL_PREFS_KEY}`)).not.toBeNull());
    const stored = JSON.parse(roaming.getItem(`dialback:${CARE_CALL_PREFS_KEY}`) as string);
    expect(Object.keys(stored.dismissed)).toEqual(["jane@acme.com"]);
    expect(Object.keys(stored.snoozed)).toEqual(["bob@beta.com"]);

    // A new session reads them back.
    const next = renderHook(() => useCareCalls({ scan, settings: createLocalSettings(roaming), identity, now: () => now }));
    expect(Object.keys(next.result.current.prefs.dismissed)).toEqual(["jane@acme.com"]);
    await waitFor(() => expect(next.result.current.scan).not.toBeNull());
  });

  it("reports a failed scan and lets the attorney retry", async () => {
    const scan = jest.fn().mockRejectedValueOnce(new Error("429 ApplicationThrottled")).mockResolvedValueOnce(first);
    const { result } = renderHook(() => useCareCalls({ scan, settings: createLocalSettings(createMemoryStorage()), identity, now: () => now }));
    await waitFor(() => expect(result.current.error).toBe("429 ApplicationThrottled"));
    expect(result.current.scan).toBeNull();
    await act(() => result.current.refresh());
    expect(result.current.error).toBeNull();
    expect(result.current.scan).not.toBeNull();
  });

  it("runs one scan at a time", async () => {
    let resolve: (b: ScanBatch) => void = () => {};
    const scan = jest.fn(() => new Promise<ScanBatch>((r) => (resolve = r)));
    const { result } = renderHook(() => useCareCalls({ scan, settings: createLocalSettings(createMemoryStorage()), identity, now: () => now }));
    // The mount already started a scan; both clicks join it.
    act(() => {
      void result.current.refresh();
      void result.current.refresh();
    });
    expect(scan).toHaveBeenCalledTimes(1);
    await act(async () => resolve(first));
    await waitFor(() => expect(result.current.loading).toBe(false));
  });
});
