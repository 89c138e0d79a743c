// The attorney's whole flow in the simulated Outlook host, against the Graph emulator in the page.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { CLIENTS } from "../../src/dev/emulator/seedData";
import { clockRange, clockStyleOf, wallClock as clockWall } from "../../src/core/compose/clock";
import { launchBrowser, shot, type LaunchedBrowser } from "./support/browser";
import { type RunningServer } from "./support/demoServer";
import { closeDemoSession, startDemoSession } from "./support/demoSession";
import { bookedEvents, graphRequests, openDemo, openTaskpane, openedForms, taskpane } from "./support/demoPage";

const CLIENT = CLIENTS.find((c) => c.key === "thameside")!;
const THREAD = "thameside-spa";
const ADDED = "Deed of assignment for the Felixstowe lease";
const EDITED = "Deed of assignment (Felixstowe) and data room index";

const digits = (s: string) => s.replace(/\D/g, "");
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");
/** The attorney's clock in the demo mailbox (MM/dd/yyyy, h:mm tt, en-US): "Fri, Nov 27, 10:15 AM – 11:00 AM". */
const CLOCK = clockStyleOf({ dateFormat: "MM/dd/yyyy", timeFormat: "h:mm tt", language: { locale: "en-US" } });
const wallClock = (start: number, end: number, timeZone: string) => plain(clockRange(clockWall(start, timeZone), clockWall(end, timeZone), CLOCK));

let server: RunningServer;
let browser: LaunchedBrowser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  ({ server, browser, page } = await startDemoSession(errors));
}, 600_000);

afterAll(() => closeDemoSession({ server, browser }));

describe("Schedule a call in the simulated Outlook", () => {
  let chosenStart = "";
  let chosenLabel = "";

  it("opens a client's email and shows the direct dial with the signature line it came from, after one Graph request", async () => {
    await openDemo(page, server.url, THREAD);
    await shot(page, "01-message-open");
    await page.evaluate(() => (window as unknown as { dialbackDemo: { resetGraphRequests(): void } }).dialbackDemo.resetGraphRequests());
    await openTaskpane(page);
    const dial = page.getByTestId("dial-number");
    await expectText(dial, "Direct dial");
    const shown = await dial.getByLabel(/Number to call/).textContent();
    expect((shown ?? "").replace(/\D/g, "")).toBe(CLIENT.expectedBest!.e164.replace(/\D/g, ""));
    const evidence = (await page.getByTestId("dial-evidence").textContent()) ?? "";
    expect(CLIENT.signature).toContain(evidence.trim());
    expect(await taskpane(page).getByRole("link", { name: /^Call \+[\d ]+$/ }).getAttribute("href")).toBe(`tel:${CLIENT.expectedBest!.e164}`);
    expect(await graphRequests(page)).toBe(1); // first paint is one $batch round trip
    await shot(page, "02-taskpane-client-card");
  });

  it("edits the agenda: add, reorder, edit, remove", async () => {
    const pane = taskpane(page);
    const list = page.getByTestId("agenda-list");
    const before = await list.getByRole("listitem").count();
    await pane.getByRole("textbox", { name: "New agenda item" }).fill(ADDED);
    await pane.getByRole("button", { name: "Add", exact: true }).click();
    await pane.getByRole("button", { name: `Move "${ADDED}" up` }).click();
    await pane.getByRole("button", { name: `Edit "${ADDED}"` }).click();
    await pane.getByRole("textbox", { name: "Edit agenda item" }).fill(EDITED);
    await pane.getByRole("button", { name: "Save", exact: true }).click();
    const first = await list.getByRole("listitem").first().getAttribute("aria-label");
    await pane.getByRole("button", { name: /^Remove "/ }).first().click();
    const texts = await list.getByRole("listitem").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    expect(texts).toHaveLength(before); // +1 added, -1 removed
    expect(texts.some((t) => t.endsWith(EDITED))).toBe(true);
    expect(texts).not.toContain(first);
    await shot(page, "03-agenda-edited");
  });

  it("offers three times in both zones, more on request, and a duration choice", async () => {
    const pane = taskpane(page);
    await pane.getByRole("combobox", { name: "Duration" }).selectOption("45");
    const radios = pane.getByTestId("slot-list").getByRole("radio");
    expect(await radios.count()).toBe(3);
    await expectText(pane.getByTestId("slot-list"), "your time (New York)");
    await expectText(pane.getByTestId("slot-list"), "client (London)");
    await pane.getByRole("button", { name: "More times" }).click();
    expect(await radios.count()).toBeGreaterThan(3);
    await radios.nth(1).check();
    chosenStart = await radios.nth(1).inputValue();
    chosenLabel = plain((await radios.nth(1).locator("xpath=ancestor::*[contains(@class,'fui-Radio')][1]").textContent()) ?? "");
    expect(chosenLabel).toMatch(/–/);
    await shot(page, "04-slots");
  });

  it("Create reply opens the reply form with purpose, agenda, times and the number", async () => {
    await taskpane(page).getByRole("button", { name: "Create reply" }).click();
    const form = page.getByTestId("compose-form");
    await form.waitFor();
    expect(await form.getAttribute("data-kind")).toBe("reply");
    const forms = await openedForms(page);
    const html = plain(forms[forms.length - 1].htmlBody);
    expect(html).toContain(EDITED);
    expect(html).toContain(`tel:${CLIENT.expectedBest!.e164}`);
    // the chosen time, as the client reads it (London), is among the offered times
    const clientTime = plain(new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZone: CLIENT.timeZone }).format(new Date(chosenStart)));
    expect(html).toContain(clientTime);
    // and the simulated Outlook shows that body in its compose form
    const body = page.frameLocator("[data-testid=compose-body]");
    await expectText(body.locator("body"), EDITED);
    await shot(page, "05-reply-form");
    await form.getByRole("button", { name: "Discard" }).click();
  });

  it("books the chosen slot once, even on a double click, at the right time in the attorney's zone", async () => {
    const book = taskpane(page).getByRole("button", { name: "Hold time privately", exact: true });
    await book.dblclick();
    await page.getByTestId("booking-result").waitFor();
    await taskpane(page).getByRole("button", { name: "Booked" }).waitFor();
    const events = await bookedEvents(page);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event.start).toBe(Date.parse(chosenStart));
    expect(event.end - event.start).toBe(45 * 60_000);
    expect(event.originalStartTimeZone).toBe("Eastern Standard Time");
    // the wall-clock time the attorney picked ("your time (New York)") is the event's time in New York
    expect(chosenLabel).toContain(`${wallClock(event.start, event.end, "America/New_York")} your time (New York)`);
    expect(chosenLabel).toContain(`${wallClock(event.start, event.end, CLIENT.timeZone)} client (London)`);
    expect(event.bodyHtml).toContain(EDITED);
    await shot(page, "06-booked");
  });

  it("keeps the edits, the slot, the duration and the booking after closing and reopening the taskpane", async () => {
    await page.getByRole("button", { name: "Close add-in" }).click();
    await taskpane(page).waitFor({ state: "detached" });
    await openTaskpane(page);
    const pane = taskpane(page);
    const texts = await page.getByTestId("agenda-list").getByRole("listitem").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    expect(texts.some((t) => t.endsWith(EDITED))).toBe(true);
    expect(await pane.getByRole("combobox", { name: "Duration" }).inputValue()).toBe("45");
    expect(await pane.locator(`input[type=radio][value="${chosenStart}"]`).isChecked()).toBe(true);
    await pane.getByRole("button", { name: "Booked" }).waitFor();
    expect(await bookedEvents(page)).toHaveLength(1);
    await shot(page, "07-reopened");
  });

  it("Left a voicemail opens a follow-up to the client", async () => {
    await taskpane(page).getByRole("button", { name: "Left a voicemail" }).click();
    const form = page.getByTestId("compose-form");
    await form.waitFor();
    expect(await form.getAttribute("data-kind")).toBe("new");
    expect(await page.getByTestId("compose-to").textContent()).toBe(CLIENT.address);
    const forms = await openedForms(page);
    expect(forms[forms.length - 1].htmlBody).toContain(`tel:${CLIENT.expectedBest!.e164}`);
    await shot(page, "08-voicemail-follow-up");
    await form.getByRole("button", { name: "Discard" }).click();
  });

  it("saves the number to contacts after showing the change (new contact)", async () => {
    await taskpane(page).getByRole("button", { name: "Save number to contacts" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(`Create a contact for ${CLIENT.name}`).waitFor();
    expect(await contactPhones(page, CLIENT.address)).toBeNull(); // nothing written before confirming
    await shot(page, "09-contact-create");
    await dialog.getByRole("button", { name: "Create contact" }).click();
    await taskpane(page).getByText(/^Saved to /).waitFor();
    const saved = await contactPhones(page, CLIENT.address);
    expect(saved?.businessPhones.map(digits)).toContain(digits(CLIENT.expectedBest!.e164));
  });

  it("follows the selection to another client and never replaces a different saved number silently", async () => {
    const sierra = CLIENTS.find((c) => c.key === "sierra")!;
    await page.locator("nav[aria-label=Inbox] button", { hasText: sierra.name }).first().click();
    await taskpane(page).getByRole("heading", { name: sierra.name }).waitFor({ timeout: 30_000 });
    const before = await contactPhones(page, sierra.address);
    expect(before?.businessPhones).toHaveLength(1);
    await taskpane(page).getByRole("button", { name: "Save number to contacts" }).click();
    const dialog = page.getByRole("dialog");
    const conflict = dialog.getByTestId("contact-conflict").first();
    await expectText(conflict, before!.businessPhones[0]);
    await shot(page, "09-contact-conflict");
    // the default choice keeps the saved number; confirm the rest of the plan
    await dialog.getByRole("button", { name: /^(Save changes|Close)$/ }).first().click();
    await dialog.waitFor({ state: "hidden" });
    const after = await contactPhones(page, sierra.address);
    expect(after?.businessPhones).toContain(before!.businessPhones[0]);
  });

  it("has no serious or critical accessibility violations, in light and dark themes", async () => {
    for (const theme of ["light", "dark"] as const) {
      if (theme === "dark") {
        await page.getByRole("switch", { name: "Dark theme" }).check();
        await page.waitForTimeout(600); // let Fluent's colour transitions finish before the screenshot
        await shot(page, "10-dark-theme");
      }
      // Fluent's focus manager (Tabster) puts aria-hidden "dummy" elements around some widgets (TabList) that
      // only bounce focus onward; axe reads them as focusable hidden content. They carry data-tabster-dummy.
      const result = await new AxeBuilder({ page }).include("[data-testid=taskpane]").exclude("[data-tabster-dummy]").analyze();
      const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad.map((v) => `${theme}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });

  it("logged no errors in the console", () => {
    expect(errors).toEqual([]);
  });
});

describe("when Graph fails", () => {
  it("shows the error inline with Retry, and Retry recovers", async () => {
    const b = await launchBrowser();
    try {
      const p = b.page;
      await openDemo(p, server.url, THREAD);
      // take the open message out of the mailbox: Graph answers 404 for it inside the $batch
      await p.evaluate(() => {
        type S = { messages: { id: string }[] };
        const w = window as unknown as { dialbackDemo: { emulator: { state: S } }; __hidden?: unknown[] };
        const state = w.dialbackDemo.emulator.state;
        const heading = document.querySelector('section[aria-label="Reading pane"] h2')?.textContent ?? "";
        const open = (state.messages as { id: string; subject: string }[]).filter((m) => m.subject === heading);
        w.__hidden = open;
        state.messages = state.messages.filter((m) => !open.includes(m as never));
      });
      await p.getByRole("button", { name: "Schedule a call" }).click();
      const alert = p.getByRole("alert");
      await expectText(alert, "Could not read this conversation.");
      await shot(p, "13-graph-error-retry");
      await p.evaluate(() => {
        const w = window as unknown as { dialbackDemo: { emulator: { state: { messages: unknown[] } } }; __hidden: unknown[] };
        w.dialbackDemo.emulator.state.messages.push(...w.__hidden);
      });
      await alert.getByRole("button", { name: "Retry" }).click();
      await p.getByTestId("dial-number").waitFor({ timeout: 30_000 });
    } finally {
      await b.close();
    }
  });
});

describe("keyboard only", () => {
  it("reaches the taskpane, edits the agenda, picks a time and opens the reply without a mouse", async () => {
    const kb = await launchBrowser();
    try {
      const p = kb.page;
      await openDemo(p, server.url, "sierra-distribution");
      await tabUntil(p, (el) => el.text.includes("Schedule a call"), 80);
      await p.keyboard.press("Enter");
      await p.getByTestId("dial-number").waitFor({ timeout: 60_000 });
      await tabUntil(p, (el) => el.label === "New agenda item" || el.id !== "" && el.labelledBy === "New agenda item", 80);
      await p.keyboard.type("Distributor's exclusivity clause");
      await p.keyboard.press("Enter");
      const items = p.getByTestId("agenda-list").getByRole("listitem");
      const last = (await items.count()) - 1;
      await items.nth(last).focus(); // focus moves by keyboard below; this only starts on the new row
      await p.keyboard.press("Alt+ArrowUp");
      const labels = await items.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
      expect(labels[last - 1]).toContain("Distributor's exclusivity clause");
      await tabUntil(p, (el) => el.role === "radio", 80);
      await p.keyboard.press("Space");
      await p.keyboard.press("ArrowDown");
      expect(await p.getByTestId("taskpane").getByTestId("slot-list").getByRole("radio").nth(1).isChecked()).toBe(true);
      await tabUntil(p, (el) => el.text === "Create reply", 20);
      await p.keyboard.press("Enter");
      await p.getByTestId("compose-form").waitFor();
      const forms = await openedForms(p);
      expect(forms[forms.length - 1].htmlBody).toContain("exclusivity clause");
      await shot(p, "11-keyboard-only");
    } finally {
      await kb.close();
    }
  });
});

function contactPhones(p: Page, address: string): Promise<{ businessPhones: string[]; mobilePhone: string | null } | null> {
  return p.evaluate((a) => {
    type C = { emailAddresses?: { address?: string }[]; businessPhones?: string[]; mobilePhone?: string | null };
    const state = (window as unknown as { dialbackDemo: { emulator: { state: { contacts: C[] } } } }).dialbackDemo.emulator.state;
    const c = state.contacts.find((x) => x.emailAddresses?.some((e) => e.address?.toLowerCase() === a.toLowerCase()));
    return c ? { businessPhones: c.businessPhones ?? [], mobilePhone: c.mobilePhone ?? null } : null;
  }, address);
}

async function expectText(locator: ReturnType<Page["locator"]>, text: string) {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
}

interface Focused {
  text: string;
  label: string;
  labelledBy: string;
  role: string;
  id: string;
}

/** Presses Tab until the focused element matches; fails after `max` presses. */
async function tabUntil(p: Page, match: (el: Focused) => boolean, max: number): Promise<void> {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press("Tab");
    const el = await p.evaluate((): Focused => {
      const a = document.activeElement as HTMLElement | null;
      const labelledBy = a?.getAttribute("aria-labelledby") ?? "";
      const byId = a?.id ? document.querySelector(`label[for="${a.id}"]`)?.textContent ?? "" : "";
      return {
        text: (a?.textContent ?? "").trim(),
        label: a?.getAttribute("aria-label") ?? byId,
        labelledBy: labelledBy ? (document.getElementById(labelledBy)?.textContent ?? "") : byId,
        role: a?.getAttribute("role") ?? (a instanceof HTMLInputElement ? a.type : ""),
        id: a?.id ?? "",
      };
    });
    if (match(el)) return;
  }
  throw new Error("focus never reached the expected element");
}
