/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { waitingForReply, type WaitingStatus } from "../../core/responsiveness";
import { WaitingBadge } from "./WaitingBadge";

const identity = { ownAddresses: ["alex@firm.com"] };
const jane = { address: "jane@acme.com", name: "Jane Doe" };
const status = (thread: { from: typeof jane; date: string }[], now: string): WaitingStatus => waitingForReply(thread, { now: new Date(now), identity });
const renderBadge = (s: WaitingStatus | null, onReply?: () => void) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <WaitingBadge status={s} timeZone="UTC" locale="en-GB" onReply={onReply} />
    </FluentProvider>,
  );

describe("WaitingBadge", () => {
  it.each<[string, WaitingStatus | null]>([
    ["no status yet", null],
    ["a thread without a client", { state: "none" }],
    ["an answered client", status([{ from: jane, date: "2026-03-04T09:00:00Z" }, { from: { address: "alex@firm.com", name: "Alex" }, date: "2026-03-04T10:00:00Z" }], "2026-03-04T15:00:00Z")],
  ])("shows nothing for %s", (_label, s) => {
    renderBadge(s);
    expect(screen.queryByTestId("waiting-badge")).toBeNull();
  });

  it("shows how long the client has waited, without a nudge inside the threshold", () => {
    renderBadge(status([{ from: jane, date: "2026-03-04T12:00:00Z" }], "2026-03-04T15:00:00Z"));
    const badge = screen.getByRole("status", { name: "Jane Doe is waiting 3 h for a reply" });
    expect(badge.textContent).toBe("waiting 3 hsince Wed 4 Mar, 12:00 UTC time");
    expect(screen.queryByText(/would help/)).toBeNull();
  });

  it("nudges gently past the threshold and offers a reply", async () => {
    const onReply = jest.fn();
    renderBadge(status([{ from: jane, date: "2026-03-03T09:00:00Z" }], "2026-03-05T10:00:00Z"), onReply);
    expect(screen.getByText("waiting 2 days")).toBeTruthy();
    expect(screen.getByText(/Jane Doe has been waiting 2 days for a reply \(since Tue 3 Mar, 09:00 UTC time\)/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Reply" }));
    expect(onReply).toHaveBeenCalledTimes(1);
  });
});
