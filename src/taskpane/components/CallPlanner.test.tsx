/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, within } from "@testing-library/react";
import { createMemoryHost, createMemoryStorage, type MemoryHost } from "../../office/index";
import { createFakeServices, type FakeServices } from "../testing/fakeServices";
import { App } from "./App";

const ITEM = { itemId: "AAMk-msg_1", conversationId: "conv-1", subject: "Lease", from: { name: "Priya Natarajan", address: "priya@northwind.example" } };

function setup(services: FakeServices = createFakeServices(), storage = createMemoryStorage()) {
  const host = createMemoryHost({ item: ITEM, storage });
  const view = render(<App host={host} services={services} />);
  return { host, services, storage, view };
}

/** Sets an input's value and presses Enter: much faster than typing key by key in jsdom. */
function enter(field: HTMLElement, text: string) {
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: "Enter" });
}

// Fluent renders slowly in jsdom, and the machine running the suite may be busy.
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });

/** The proposed times (the booking choice is a radio group too). */
const slotRadios = () => within(screen.getByTestId("slot-list")).getAllByRole("radio");

async function ready() {
  return screen.findByRole("heading", { name: "Priya Natarajan" });
}

describe("taskpane flow", () => {
  beforeAll(() => {
    // jsdom lacks these; Fluent and the agenda editor call them
    window.requestAnimationFrame = (cb) => setTimeout(() => cb(0), 0) as unknown as number;
    // Fluent's dialog motion calls Element.animate, which jsdom lacks: finish every animation at once
    (Element.prototype as unknown as { animate: unknown }).animate ??= function () {
      const animation = {
        finished: Promise.resolve(),
        onfinish: null as null | (() => void),
        oncancel: null,
        playState: "finished",
        persist() {},
        cancel() {},
        finish() {},
        play() {},
        pause() {},
        reverse() {},
        commitStyles() {},
        addEventListener() {},
        removeEventListener() {},
        currentTime: 0,
        playbackRate: 1,
        effect: null,
      };
      setTimeout(() => animation.onfinish?.(), 0);
      return animation;
    };
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  });

  it("shows a skeleton while loading, then the client's direct dial with its signature line", async () => {
    setup();
    expect(screen.getByRole("status", { name: /reading the thread/i })).toBeTruthy();
    await ready();
    const dial = screen.getByTestId("dial-number");
    expect(within(dial).getByText("Direct dial")).toBeTruthy();
    expect(within(dial).getByText("+44 20 7484 5546")).toBeTruthy();
    expect(screen.getByTestId("dial-evidence").textContent).toBe("Direct: +44 20 7484 5546");
    expect(screen.getByRole("link", { name: /^Call \+44 20 7484 5546$/ }).getAttribute("href")).toBe("tel:+442074845546");
    expect(screen.getByRole("link", { name: /in Teams/ }).getAttribute("href")).toBe(
      "https://teams.microsoft.com/l/call/0/0?users=4:%2B442074845546",
    );
    // the main line is offered as a labelled fallback
    expect(screen.getByRole("button", { name: /Call main line \+44 20 7484 0000 instead/ })).toBeTruthy();
  });

  it("shows an inline error with Retry when Graph fails, and recovers", async () => {
    const services = createFakeServices();
    services.failNext.open = Object.assign(new Error("raw"), { userMessage: "Outlook is busy, try again." });
    setup(services);
    expect(await screen.findByText(/Outlook is busy/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await ready();
    expect(services.calls.open).toBe(2);
  });

  it("edits, reorders, adds and removes agenda items and uses them in the reply", async () => {
    const { host, services } = setup();
    await ready();
    fireEvent.click(screen.getByRole("button", { name: 'Move "Signed NDA (attachment mentioned)" up' }));
    fireEvent.click(screen.getByRole("button", { name: 'Remove "Status of the lease amendment"' }));
    enter(screen.getByRole("textbox", { name: "New agenda item" }), "Closing timeline");
    fireEvent.click(screen.getByRole("button", { name: 'Edit "Closing timeline"' }));
    enter(screen.getByRole("textbox", { name: "Edit agenda item" }), "Closing date");
    fireEvent.click(screen.getByRole("button", { name: "Create reply" }));
    expect(services.calls.reply[0].agenda.map((a) => a.text)).toEqual(["Signed NDA (attachment mentioned)", "Closing date"]);
    expect(services.calls.reply[0].offeredSlots).toHaveLength(3);
    expect(host.opened).toEqual([{ kind: "reply", htmlBody: expect.stringContaining("Closing date") }]);
  });

  it("moves the focused agenda item with Alt+Arrow keys", async () => {
    setup();
    await ready();
    const first = screen.getByRole("listitem", { name: /Agenda item 1 of 2: Status/ });
    first.focus();
    fireEvent.keyDown(first, { key: "ArrowDown", altKey: true });
    const items = within(screen.getByTestId("agenda-list")).getAllByRole("listitem");
    expect(items.map((i) => i.getAttribute("aria-label"))).toEqual([
      "Agenda item 1 of 2: Signed NDA (attachment mentioned)",
      "Agenda item 2 of 2: Status of the lease amendment",
    ]);
  });

  it("books once on a double click, disables the button while pending, and shows the result", async () => {
    const services = createFakeServices({}, { holdBookings: true });
    setup(services);
    await ready();
    const book = screen.getByRole("button", { name: "Hold time privately" });
    // The first proposed time is preselected, so Book works at once; the attorney picks another here.
    expect((book as HTMLButtonElement).disabled).toBe(false);
    expect((slotRadios()[0] as HTMLInputElement).checked).toBe(true);
    fireEvent.click(slotRadios()[1]);
    // a double click: two clicks before React re-renders the button as disabled
    const bookButton = screen.getByRole("button", { name: "Hold time privately" });
    fireEvent.click(bookButton);
    fireEvent.click(bookButton);
    expect(screen.getByRole("button", { name: /Booking/ })).toHaveProperty("disabled", true);
    await act(async () => services.releaseBookings());
    expect(await screen.findByTestId("booking-result")).toBeTruthy();
    expect(services.calls.book).toHaveLength(1);
    expect(services.calls.book[0].chosenSlot?.start).toBe("2030-01-07T15:00:00.000Z");
  });

  it("sends an invitation when asked: the button says so, and the confirmation says what happened", async () => {
    const services = createFakeServices();
    setup(services);
    await ready();
    expect(screen.getByText(/Nothing was sent|Hold the time privately/)).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "Send Priya an invitation" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Add a Teams meeting" }));
    fireEvent.click(screen.getByRole("button", { name: "Book and invite Priya" }));
    const result = await screen.findByTestId("booking-result");
    expect(result.textContent).toContain("Invitation sent");
    expect(result.textContent).toContain("Priya Natarajan (priya@northwind.example) has been sent an invitation with a Teams meeting");
    // the time is the attorney's clock, the zone named
    expect(result.textContent).toContain("Mon 7 Jan, 09:00 – 09:30 New York time");
    expect(services.calls.book[0].booking).toEqual({ inviteClient: true, teams: true });
  });

  it("a private hold says nothing was sent", async () => {
    const services = createFakeServices();
    setup(services);
    await ready();
    fireEvent.click(screen.getByRole("button", { name: "Hold time privately" }));
    const result = await screen.findByTestId("booking-result");
    expect(result.textContent).toContain("Time held privately");
    expect(result.textContent).toContain("Nothing was sent to Priya Natarajan.");
    expect(services.calls.book[0].booking).toEqual({ inviteClient: false, teams: false });
  });

  it("widens the search: the client's hours, edge times and how far out go to the plan and the booking", async () => {
    const services = createFakeServices();
    setup(services);
    await ready();
    fireEvent.click(screen.getByRole("button", { name: "Widen or narrow the search" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Client's hours (London): from" }), { target: { value: "07:00" } });
    fireEvent.click(screen.getByRole("switch", { name: "Include early and late times" }));
    fireEvent.click(screen.getByRole("button", { name: "Hold time privately" }));
    await screen.findByTestId("booking-result");
    expect(services.calls.book[0].search).toEqual({ attorneyHours: { start: "08:30", end: "17:30" }, clientHours: { start: "07:00", end: "17:30" }, includeEdges: false, edgeMinutes: 150 });
  });

  it("shows three times, more on request, and re-plans when the duration changes", async () => {
    setup();
    await ready();
    expect(slotRadios()).toHaveLength(3);
    fireEvent.click(screen.getByRole("button", { name: "More times" }));
    expect(slotRadios()).toHaveLength(6);
    // attorney in New York, client in London: both zones shown
    expect(screen.getAllByText(/your time \(New York\)/)).toHaveLength(6);
    expect(screen.getAllByText(/client \(London\)/)).toHaveLength(6);
    expect(slotRadios()[0].closest("span")?.textContent).toContain("09:00 – 09:30");
    fireEvent.change(screen.getByRole("combobox", { name: "Duration" }), { target: { value: "45" } });
    expect(slotRadios()[0].closest("span")?.textContent).toContain("09:00 – 09:45");
  });

  it("keeps agenda, slot, duration and typed number after the taskpane is closed and reopened", async () => {
    const storage = createMemoryStorage();
    const first = setup(createFakeServices(), storage);
    await ready();
    fireEvent.click(screen.getByRole("button", { name: 'Remove "Status of the lease amendment"' }));
    fireEvent.click(slotRadios()[2]);
    fireEvent.change(screen.getByRole("combobox", { name: "Duration" }), { target: { value: "15" } });
    fireEvent.click(screen.getByRole("button", { name: "Edit number" }));
    enter(screen.getByRole("textbox", { name: "Number to call" }), "020 7946 0958");
    await within(screen.getByTestId("dial-number")).findByText("+44 20 7946 0958");
    first.view.unmount(); // closing flushes the pending save
    await new Promise((r) => setTimeout(r, 10));

    setup(createFakeServices(), storage);
    await ready();
    expect(within(screen.getByTestId("agenda-list")).getAllByRole("listitem")).toHaveLength(1);
    expect((slotRadios()[2] as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("combobox", { name: "Duration" }) as HTMLSelectElement).value).toBe("15");
    expect(within(screen.getByTestId("dial-number")).getByText("+44 20 7946 0958")).toBeTruthy();
    expect(within(screen.getByTestId("dial-number")).getByText("Entered by you")).toBeTruthy();
  });

  it("rejects a typed number that is not a phone number", async () => {
    setup();
    await ready();
    fireEvent.click(screen.getByRole("button", { name: "Edit number" }));
    enter(screen.getByRole("textbox", { name: "Number to call" }), "12");
    expect(await screen.findByText("That is not a valid phone number.")).toBeTruthy();
  });

  it("says so when no number was found and lets the attorney type one", async () => {
    setup(createFakeServices({ best: null, numbers: [] }));
    await ready();
    expect(screen.getByText(/No phone number found in Priya Natarajan/)).toBeTruthy();
    enter(screen.getByRole("textbox", { name: "Number to call" }), "+1 212 555 0100");
    expect(await within(await screen.findByTestId("dial-number")).findByText("+1 212 555 0100")).toBeTruthy();
  });

  it("opens the voicemail follow-up as a new message to the client", async () => {
    const { host } = setup();
    await ready();
    fireEvent.click(screen.getByRole("button", { name: "Left a voicemail" }));
    expect(host.opened).toEqual([{ kind: "new", toRecipients: ["priya@northwind.example"], subject: "Sorry I missed you", htmlBody: "<p>voicemail</p>" }]);
  });

  it("shows the contact change first and never replaces a different number silently", async () => {
    const services = createFakeServices();
    services.contact = {
      id: "c9",
      displayName: "Priya Natarajan",
      emailAddresses: [{ name: "Priya Natarajan", address: "priya@northwind.example" }],
      businessPhones: ["+1 212 555 0199"],
      mobilePhone: null,
    };
    setup(services);
    await ready();
    fireEvent.click(screen.getByRole("button", { name: "Save number to contacts" }));
    // Tabster's modalizer can mark the surface aria-hidden in jsdom while it settles; the browser tests check it for real
    const dialog = await screen.findByRole("dialog", { hidden: true });
    const conflicts = await within(dialog).findAllByTestId("contact-conflict");
    expect(conflicts[0].textContent).toContain("+1 212 555 0199");
    expect(services.calls.saved).toHaveLength(0); // nothing written before the attorney confirms
    const confirm = within(dialog).getAllByRole("button", { hidden: true }).find((b) => !/^(Cancel|Close)$/.test(b.textContent ?? ""));
    if (confirm) {
      fireEvent.click(confirm);
      await screen.findByText(/Saved to Priya Natarajan|Nothing needed saving/);
    }
    // whatever was written kept the number the contact already had ("keep" is the default choice)
    for (const write of services.calls.saved) {
      const phones = (write.body as { businessPhones?: string[] }).businessPhones;
      if (phones) expect(phones).toContain("+1 212 555 0199");
    }
  });

  it("follows the Outlook theme", async () => {
    const { host } = setup();
    await ready();
    act(() => (host as MemoryHost).setTheme("dark"));
    // Fluent puts the theme's tokens on the provider element as CSS variables
    const provider = document.querySelector(".fui-FluentProvider") as HTMLElement;
    expect(provider).toBeTruthy();
  });
});
