/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ContactRecord, ScanBatch } from "../../core/carecalls";
import { createLocalSettings, createMemoryStorage } from "../../office/index";
import { CareCallsPanel } from "./CareCallsPanel";
import { installJsdomShims } from "./testSetup";

const now = new Date("2026-06-15T09:00:00Z");
const identity = { ownAddresses: ["alex@firm.com"] };

function batch(): ScanBatch {
  const records = (direction: ContactRecord["direction"]) =>
    Array.from({ length: 6 }, (_, i): ContactRecord => ({ address: `c${i}@client${i}.com`, name: `Client ${i}`, date: `2024-0${i + 1}-10T10:00:00Z`, direction }));
  return { scannedAt: now.toISOString(), sent: records("sent"), received: records("received"), meetings: [] };
}

describe("CareCallsPanel", () => {
  beforeAll(installJsdomShims);

  it("scans, lists, and keeps a dismissal in roaming settings across sessions", async () => {
    const roaming = createMemoryStorage();
    const local = createMemoryStorage();
    const scan = jest.fn(async () => batch());
    const ui = (
      <FluentProvider theme={webLightTheme}>
        <CareCallsPanel scan={scan} settings={createLocalSettings(roaming)} storage={local} identity={identity} onSchedule={() => {}} clock={() => now} timeZone="UTC" />
      </FluentProvider>
    );
    const first = render(ui);
    const list = await screen.findByRole("list", { name: "Today's care calls" });
    const item = within(list).getAllByTestId("care-call")[0];
    const name = item.getAttribute("aria-label") as string;
    await userEvent.click(within(item).getByRole("button", { name: `Dismiss ${name}` }));
    expect(roaming.getItem("dialback:careCallPrefs")).toContain("@client");
    first.unmount();

    // Next session: the stored scan is fresh (no new scan), and the dismissed client stays away.
    render(ui);
    const again = await screen.findByRole("list", { name: "Today's care calls" });
    expect(within(again).queryByRole("listitem", { name })).toBeNull();
    expect(scan).toHaveBeenCalledTimes(1);
  });
});
