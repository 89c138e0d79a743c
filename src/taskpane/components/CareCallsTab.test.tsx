/** @jest-environment jsdom */
// The taskpane's two views: "This email" (with the waiting badge) and "Care calls" (list → new message).
import { act, configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ContactRecord } from "../../core/carecalls";
import { createMemoryHost, createMemoryStorage } from "../../office/index";
import { installJsdomShims } from "../carecalls/testSetup";
import { createFakeServices, type FakeServices } from "../testing/fakeServices";
import { App } from "./App";

const ITEM = { itemId: "AAMk-msg_1", conversationId: "conv-1", subject: "Lease", from: { name: "Priya Natarajan", address: "priya@northwind.example" } };

// jest cannot run the native dynamic import behind the lazy tab; load the same module synchronously.
jest.mock("./careCallsChunk", () => ({
  loadCareCallsTab: async () => ({ default: (jest.requireActual("./CareCallsTab") as typeof import("./CareCallsTab")).CareCallsTab }),
}));

jest.setTimeout(120_000); // Fluent renders slowly in jsdom on a busy machine
configure({ asyncUtilTimeout: 15_000 });

/** Two-way mail with two clients, 20 and 2 months before the fake clock (2030-01-07). */
function seedScan(services: FakeServices) {
  const clients = [
    { address: "old@client.example", name: "Olga Old", date: "2028-05-02T15:00:00Z" },
    { address: "new@client.example", name: "Nina New", date: "2029-11-01T15:00:00Z" },
  ];
  const records = (direction: ContactRecord["direction"]) => clients.map((c): ContactRecord => ({ ...c, direction }));
  services.scanResult = { scannedAt: "2030-01-07T12:00:00.000Z", sent: records("sent"), received: records("received"), meetings: [] };
}

function setup(services: FakeServices) {
  const host = createMemoryHost({ item: ITEM, storage: createMemoryStorage() });
  render(<App host={host} services={services} />);
  return host;
}

describe("taskpane views", () => {
  beforeAll(installJsdomShims);

  it("opens on This email; Care calls lists the overdue client and Schedule a call opens a new message", async () => {
    const services = createFakeServices();
    seedScan(services);
    const host = setup(services);
    await screen.findByRole("heading", { name: "Priya Natarajan" });
    expect(screen.getByRole("tab", { name: "This email" }).getAttribute("aria-selected")).toBe("true");
    expect(services.calls.scans).toBe(0); // nothing scanned until the tab is opened

    await userEvent.click(screen.getByRole("tab", { name: "Care calls" }));
    const list = await screen.findByRole("list", { name: "Today's care calls" });
    const items = within(list).getAllByTestId("care-call");
    expect(items.map((i) => i.getAttribute("aria-label"))).toEqual(["Olga Old"]);
    expect(services.calls.scans).toBe(1);

    await userEvent.click(within(items[0]).getByRole("button", { name: "Schedule a call with Olga Old" }));
    await act(async () => undefined);
    expect(services.calls.callRequests.map((c) => c.address)).toEqual(["old@client.example"]);
    expect(host.opened).toEqual([{ kind: "new", toRecipients: ["old@client.example"], subject: "Let's set up a call", htmlBody: "<p>Hi Olga Old</p>" }]);

    // back on the email, the plan is still there (not re-read)
    await userEvent.click(screen.getByRole("tab", { name: "This email" }));
    expect(screen.getByRole("heading", { name: "Priya Natarajan" })).toBeTruthy();
    expect(services.calls.open).toBe(1);
  });

  it("says why when the new message cannot be prepared, and opens nothing", async () => {
    const services = createFakeServices();
    seedScan(services);
    services.careCalls.composeCallRequest = async () => {
      throw new Error("Your calendar could not be read.");
    };
    const host = setup(services);
    await userEvent.click(await screen.findByRole("tab", { name: "Care calls" }));
    const list = await screen.findByRole("list", { name: "Today's care calls" });
    await userEvent.click(within(list).getByRole("button", { name: "Schedule a call with Olga Old" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Could not start the message to Olga Old.");
    expect(alert.textContent).toContain("Your calendar could not be read.");
    expect(host.opened).toEqual([]);
  });

  it("shows how long the client has been waiting on the open email, with a Reply on the nudge", async () => {
    const services = createFakeServices();
    services.waiting = {
      state: "waiting",
      client: { name: "Priya Natarajan", address: "priya@northwind.example" },
      since: "2030-01-06T14:00:00Z",
      unanswered: 1,
      elapsedMs: 26 * 3_600_000,
      workingMs: 9 * 3_600_000,
      label: "waiting 1 day",
      nudge: true,
    };
    const host = setup(services);
    const badge = await screen.findByTestId("waiting-badge");
    expect(badge.textContent).toContain("waiting 1 day");
    await userEvent.click(within(badge).getByRole("button", { name: "Reply" }));
    expect(host.opened).toEqual([{ kind: "reply", htmlBody: "" }]);
  });

  it("shows no waiting badge once the firm has answered", async () => {
    const services = createFakeServices();
    services.waiting = { state: "answered", client: { name: "Priya", address: "priya@northwind.example" }, repliedAt: "2030-01-06T14:00:00Z" };
    setup(services);
    await screen.findByRole("heading", { name: "Priya Natarajan" });
    expect(screen.queryByTestId("waiting-badge")).toBeNull();
  });
});
