/** @jest-environment jsdom */
import { useState } from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { careCallsForDay, emptyCareCallPrefs, mergeScan, type CareCallCandidate, type CareCallPrefs, type ContactRecord } from "../../core/carecalls";
import { CareCallsView, type CareCallsViewProps } from "./CareCallsView";
import { installJsdomShims } from "./testSetup";

const identity = { ownAddresses: ["alex@firm.com"] };
const now = new Date("2026-06-15T09:00:00Z");

function scanOf(monthsAgo: Record<string, number>) {
  const sent: ContactRecord[] = [];
  const received: ContactRecord[] = [];
  for (const [address, months] of Object.entries(monthsAgo)) {
    const date = new Date(now.getTime() - months * 30.5 * 86400000).toISOString();
    const name = address.split("@")[0].replace(/^./, (c) => c.toUpperCase());
    sent.push({ address, name, date, direction: "sent" });
    received.push({ address, name, date, direction: "received" });
  }
  return mergeScan(null, { scannedAt: now.toISOString(), sent, received }, identity);
}

const overdue = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`client${i}@c${i}.com`, 13 + i * 2]));
const scan = scanOf({ ...overdue, "recent@fresh.com": 2, "colleague@firm.com": 30 });

/** Holds the preferences like the taskpane does (there: roaming settings). */
function Harness(props: Partial<CareCallsViewProps> & { onSaved?: (p: CareCallPrefs) => void }) {
  const [prefs, setPrefs] = useState<CareCallPrefs>(props.prefs ?? emptyCareCallPrefs());
  return (
    <FluentProvider theme={webLightTheme}>
      <CareCallsView
        scan={scan}
        identity={identity}
        now={now}
        timeZone="UTC"
        locale="en-GB"
        onSchedule={() => {}}
        {...props}
        prefs={prefs}
        onPrefsChange={(p) => {
          setPrefs(p);
          props.onSaved?.(p);
        }}
      />
    </FluentProvider>
  );
}

const todayItems = () => within(screen.getByRole("list", { name: "Today's care calls" })).getAllByTestId("care-call");

describe("CareCallsView", () => {
  beforeAll(installJsdomShims);

  it("lists today's few overdue clients with their last contact, never colleagues or recent ones", () => {
    render(<Harness />);
    const items = todayItems();
    expect(items).toHaveLength(careCallsForDay("2026-06-15"));
    const text = items.map((li) => li.textContent ?? "").join("\n");
    expect(text).not.toMatch(/recent@fresh|colleague@firm/);
    expect(text).toMatch(/Last contact \d{1,2} \w{3} 20\d\d \(\d+ (months|years) ago, email both ways\)/);
  });

  it("starts the Schedule a call flow for the chosen client", async () => {
    const onSchedule = jest.fn<void, [CareCallCandidate]>();
    render(<Harness onSchedule={onSchedule} />);
    const first = todayItems()[0];
    const name = first.getAttribute("aria-label") as string;
    await userEvent.click(within(first).getByRole("button", { name: `Schedule a call with ${name}` }));
    expect(onSchedule).toHaveBeenCalledTimes(1);
    expect(onSchedule.mock.calls[0][0]).toMatchObject({ name, lastContactKind: "mail" });
    expect(onSchedule.mock.calls[0][0].monthsSince).toBeGreaterThanOrEqual(12);
  });

  it("dismisses for good (saved in the preferences) and can undo", async () => {
    const saved: CareCallPrefs[] = [];
    render(<Harness onSaved={(p) => saved.push(p)} />);
    const first = todayItems()[0];
    const name = first.getAttribute("aria-label") as string;
    await userEvent.click(within(first).getByRole("button", { name: `Dismiss ${name}` }));
    const address = Object.keys(saved[0].dismissed)[0];
    expect(address).toBe(`${name.toLowerCase()}@${name.toLowerCase().replace("client", "c")}.com`);
    expect(todayItems().map((li) => li.getAttribute("aria-label"))).not.toContain(name);
    expect(screen.getByText(`${name} will not be suggested again.`)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(saved[1].dismissed).toEqual({});
    expect(todayItems().map((li) => li.getAttribute("aria-label"))).toContain(name);
  });

  it("snoozes for one month", async () => {
    const saved: CareCallPrefs[] = [];
    render(<Harness onSaved={(p) => saved.push(p)} />);
    const first = todayItems()[0];
    const name = first.getAttribute("aria-label") as string;
    await userEvent.click(within(first).getByRole("button", { name: `Snooze ${name} for 1 month` }));
    expect(Object.values(saved[0].snoozed)).toEqual(["2026-07-15T09:00:00.000Z"]);
    expect(todayItems().map((li) => li.getAttribute("aria-label"))).not.toContain(name);
  });

  it("remembers earlier choices passed in", () => {
    const prefs: CareCallPrefs = { version: 1, dismissed: Object.fromEntries(Object.keys(overdue).slice(0, 10).map((a) => [a, now.toISOString()])), snoozed: {} };
    render(<Harness prefs={prefs} />);
    expect(todayItems().map((li) => li.getAttribute("aria-label")).sort()).toEqual(["Client10", "Client11"]);
  });

  it("shows everyone overdue on demand", async () => {
    render(<Harness />);
    const shown = todayItems().length;
    await userEvent.click(screen.getByRole("switch", { name: `Show ${12 - shown} more not contacted for 12 months` }));
    expect(within(screen.getByRole("list", { name: "Everyone overdue" })).getAllByTestId("care-call")).toHaveLength(12 - shown);
  });

  it("honours a longer threshold", () => {
    render(<Harness months={30} />);
    expect(todayItems().map((li) => li.getAttribute("aria-label")).sort()).toEqual(["Client10", "Client11", "Client9"]);
  });

  it.each<[string, Partial<CareCallsViewProps>, RegExp]>([
    ["a spinner during the first scan", { scan: null }, /Looking through your mail and calendar/],
    ["an empty state when nobody is overdue", { scan: scanOf({ "recent@fresh.com": 2 }) }, /Nobody to call today/],
    ["the scan error", { error: "Graph said no (429)", onRefresh: () => {} }, /Graph said no \(429\)/],
  ])("shows %s", (_label, props, text) => {
    render(<Harness {...props} />);
    expect(screen.getByText(text)).toBeTruthy();
  });

  it("retries and refreshes through the callback", async () => {
    const onRefresh = jest.fn();
    render(<Harness error="Network down" onRefresh={onRefresh} />);
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await userEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(onRefresh).toHaveBeenCalledTimes(2);
  });
});
