// Relationship features in the simulated Outlook: the care-call list, the waiting nudge on an open email,
// and "Save number to contacts" (new contact, and a contact that already has a different number).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { formatWaiting } from "../../src/core/responsiveness";
import { ATTORNEY, CLIENTS, FORMER_CLIENTS, THREADS } from "../../src/dev/emulator/seedData";
import { shot, type LaunchedBrowser } from "./support/browser";
import { type RunningServer } from "./support/demoServer";
import { closeDemoSession, startDemoSession } from "./support/demoSession";
import { graphRequests, openDemo, openTaskpane, openedForms, taskpane } from "./support/demoPage";

const person = (key: string) => CLIENTS.find((c) => c.key === key)!;
const MONTH_MS = 365.25 / 12 * 86_400_000;
const digits = (s: string) => s.replace(/\D/g, "");

let server: RunningServer;
let browser: LaunchedBrowser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  ({ server, browser, page } = await startDemoSession(errors));
}, 600_000);

afterAll(() => closeDemoSession({ server, browser }));

interface Overdue {
  name: string;
  address: string;
  /** The last two-way contact, as the list should print it ("Nov 12, 2024" in the attorney's zone). */
  date: string;
}

/**
 * The oracle, from the emulator's own mailbox: per client, the older of last-sent and last-received (mail
 * both ways) or the last past meeting, whichever is newer; overdue when that is more than 12 months ago.
 */
function overdueClients(p: Page): Promise<Overdue[]> {
  return p.evaluate(
    ({ me, clients, monthMs }) => {
      type Bridge = {
        now(): Date;
        emulator: {
          state: {
            messages: { folder: string; from: { address: string }; to: { address: string }[]; cc: { address: string }[]; sentAt: number; receivedAt: number; isDraft?: boolean }[];
            events: { start: number; attendees: { emailAddress: { address: string } }[]; isCancelled: boolean }[];
          };
        };
      };
      const bridge = (window as unknown as { dialbackDemo: Bridge }).dialbackDemo;
      const now = bridge.now().getTime();
      const { messages, events } = bridge.emulator.state;
      const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
      const out: { name: string; address: string; date: string }[] = [];
      for (const c of clients) {
        const sent = messages.filter((m) => !m.isDraft && same(m.from.address, me) && [...m.to, ...m.cc].some((r) => same(r.address, c.address)));
        const received = messages.filter((m) => !m.isDraft && same(m.from.address, c.address));
        const meetings = events.filter((e) => !e.isCancelled && e.start <= now && e.attendees.some((a) => same(a.emailAddress.address, c.address)));
        const lastSent = Math.max(-Infinity, ...sent.map((m) => m.sentAt));
        const lastReceived = Math.max(-Infinity, ...received.map((m) => m.receivedAt));
        const mail = Math.min(lastSent, lastReceived);
        const last = Math.max(mail, ...meetings.map((e) => e.start));
        if (Number.isFinite(last) && now - last > 12 * monthMs) {
          const date = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "America/New_York" }).format(new Date(last));
          out.push({ name: c.name, address: c.address, date });
        }
      }
      return out;
    },
    { me: ATTORNEY.address, clients: [...CLIENTS, ...FORMER_CLIENTS].map((c) => ({ name: c.name, address: c.address })), monthMs: MONTH_MS },
  );
}

function contactPhones(p: Page, address: string): Promise<{ businessPhones: string[]; mobilePhone: string | null } | null> {
  return p.evaluate((a) => {
    type C = { emailAddresses?: { address?: string }[]; businessPhones?: string[]; mobilePhone?: string | null };
    const state = (window as unknown as { dialbackDemo: { emulator: { state: { contacts: C[] } } } }).dialbackDemo.emulator.state;
    const c = state.contacts.find((x) => x.emailAddresses?.some((e) => e.address?.toLowerCase() === a.toLowerCase()));
    return c ? { businessPhones: c.businessPhones ?? [], mobilePhone: c.mobilePhone ?? null } : null;
  }, address);
}

async function openCareCalls(p: Page): Promise<void> {
  await taskpane(p).getByRole("tab", { name: "Care calls" }).click();
  await taskpane(p).getByTestId("care-call").first().waitFor({ timeout: 60_000 });
}

/** Closes the add-in and opens it again: a fresh taskpane load, as in Outlook. */
async function reloadTaskpane(p: Page): Promise<void> {
  await p.getByRole("button", { name: "Close add-in" }).click();
  await taskpane(p).waitFor({ state: "detached" });
  await openTaskpane(p);
}

const listedNames = (p: Page) => taskpane(p).getByTestId("care-call").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));

describe("Care calls", () => {
  let overdue: Overdue[] = [];

  it("lists the clients not contacted for over 12 months, with the date of the last two-way contact", async () => {
    await openDemo(page, server.url, "kestrel-license");
    await openTaskpane(page);
    overdue = await overdueClients(page);
    expect(overdue.length).toBeGreaterThanOrEqual(3); // the seed's older correspondence
    await openCareCalls(page);
    const names = await listedNames(page);
    expect([...names].sort()).toEqual(overdue.map((o) => o.name).sort());
    for (const o of overdue) {
      const item = taskpane(page).getByRole("listitem", { name: o.name });
      const text = ((await item.textContent()) ?? "").replace(/[\u202f\u00a0]/g, " ");
      expect(text).toContain(o.address);
      expect(text).toContain(`Last contact ${o.date}`);
    }
    // a client written to this week is not on the list, and neither is an automated sender
    expect(names).not.toContain(person("kestrel").name);
    expect(names.join(" ")).not.toMatch(/DocuSign/i);
    await shot(page, "cc-01-care-call-list");
  });

  it("has no serious or critical accessibility violations, in light and dark themes", async () => {
    for (const theme of ["light", "dark"] as const) {
      if (theme === "dark") {
        await page.getByRole("switch", { name: "Dark theme" }).check();
        await page.waitForTimeout(600); // let Fluent's colour transitions finish before the screenshot
        await shot(page, "cc-01b-care-call-list-dark");
      }
      const result = await new AxeBuilder({ page }).include("[data-testid=taskpane]").exclude("[data-tabster-dummy]").analyze();
      const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad.map((v) => `${theme}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
    await page.getByRole("switch", { name: "Dark theme" }).uncheck();
  });

  it("refreshes incrementally: three Graph requests after the first scan", async () => {
    await page.evaluate(() => (window as unknown as { dialbackDemo: { resetGraphRequests(): void } }).dialbackDemo.resetGraphRequests());
    const refresh = taskpane(page).getByRole("button", { name: "Refresh" });
    await refresh.click();
    await page.waitForFunction(() => (window as unknown as { dialbackDemo: { graphRequests(): number } }).dialbackDemo.graphRequests() >= 3);
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("[data-testid=taskpane] button[aria-label=Refresh]")?.disabled);
    expect(await graphRequests(page)).toBe(3); // sent items, inbox and calendar, each filtered on its watermark
    expect(await taskpane(page).getByTestId("care-call").count()).toBe(overdue.length);
  });

  it("Schedule a call from the list opens a new message to that client with times to choose from", async () => {
    const target = overdue[0];
    const formsBefore = (await openedForms(page)).length;
    await taskpane(page).getByRole("button", { name: `Schedule a call with ${target.name}` }).click();
    const form = page.getByTestId("compose-form");
    await form.waitFor({ timeout: 30_000 });
    expect(await form.getAttribute("data-kind")).toBe("new");
    expect(await page.getByTestId("compose-to").textContent()).toBe(target.address);
    expect(await page.getByTestId("compose-subject").textContent()).toBe("Let's set up a call");
    const forms = await openedForms(page);
    expect(forms).toHaveLength(formsBefore + 1);
    const html = forms[forms.length - 1].htmlBody;
    expect(html).toContain(`Hi ${target.name.split(" ")[0]},`);
    expect(html).toMatch(/<ul>(<li>[^<]+<\/li>){3}<\/ul>/); // three times from the attorney's free calendar
    await page.frameLocator("[data-testid=compose-body]").locator("body").filter({ hasText: "stay in touch" }).waitFor();
    await shot(page, "cc-02-new-message-from-care-list");
    await form.getByRole("button", { name: "Discard" }).click();
  });

  it("remembers dismiss and snooze across a taskpane reload and a page reload", async () => {
    const [dismissed, snoozed, kept] = overdue;
    await taskpane(page).getByRole("button", { name: `Dismiss ${dismissed.name}` }).click();
    await taskpane(page).getByText(`${dismissed.name} will not be suggested again.`).waitFor();
    await taskpane(page).getByRole("button", { name: `Snooze ${snoozed.name} for 1 month` }).click();
    await taskpane(page).getByText(`${snoozed.name} is snoozed for a month.`).waitFor();
    expect(await listedNames(page)).toEqual([kept.name]);
    await shot(page, "cc-03-after-dismiss-and-snooze");

    await reloadTaskpane(page);
    await openCareCalls(page);
    expect(await listedNames(page)).toEqual([kept.name]);

    await page.reload();
    await page.getByRole("button", { name: "Schedule a call", exact: true }).waitFor();
    await openTaskpane(page);
    await openCareCalls(page);
    expect(await listedNames(page)).toEqual([kept.name]);
  });
});

describe("Waiting for a reply", () => {
  it("shows how long the client has waited, with a nudge, on an email nobody has answered", async () => {
    const thread = THREADS.find((t) => t.key === "sierra-distribution")!;
    const last = thread.messages[thread.messages.length - 1];
    expect(last.from).toBe("sierra"); // the client wrote last
    await openDemo(page, server.url, thread.key);
    await openTaskpane(page);
    const badge = taskpane(page).getByTestId("waiting-badge");
    await badge.waitFor();
    const text = (await badge.textContent()) ?? "";
    expect(text).toContain(formatWaiting(last.hoursAgo * 3_600_000));
    expect(text).toContain("A short answer or a call now would help"); // past 4 working hours: the nudge
    await shot(page, "cc-04-waiting-nudge");
  });

  it("shows no nudge on a thread the attorney has answered", async () => {
    const thread = THREADS.find((t) => t.key === "vogel-supply")!;
    expect(thread.messages[thread.messages.length - 1].from).toBe("attorney");
    const vogel = person("vogel");
    await page.locator("nav[aria-label=Inbox] button", { hasText: vogel.name }).first().click();
    await taskpane(page).getByRole("heading", { name: vogel.name }).waitFor({ timeout: 30_000 });
    expect(await taskpane(page).getByTestId("waiting-badge").count()).toBe(0);
  });
});

describe("Save number to contacts", () => {
  it("creates a contact for a new client after showing what it will hold", async () => {
    const client = person("tarang"); // a signature with a direct dial, and no contact yet
    await openDemo(page, server.url, "tarang-dpa");
    await openTaskpane(page);
    expect(await contactPhones(page, client.address)).toBeNull();
    await taskpane(page).getByRole("button", { name: "Save number to contacts" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(`Create a contact for ${client.name}`).waitFor();
    await dialog.getByRole("list", { name: "Changes" }).waitFor();
    expect(await contactPhones(page, client.address)).toBeNull(); // nothing written before confirming
    await page.waitForTimeout(500); // let the dialog's fade-in finish before the screenshot
    await shot(page, "cc-05-create-contact");
    await dialog.getByRole("button", { name: "Create contact" }).click();
    await taskpane(page).getByText(/^Saved /).waitFor();
    const saved = await contactPhones(page, client.address);
    expect(saved).not.toBeNull();
    const all = [...saved!.businessPhones, ...(saved!.mobilePhone ? [saved!.mobilePhone] : [])].map(digits);
    expect(all.some((n) => n.startsWith(digits(client.expectedBest!.e164)))).toBe(true);
  });

  const sierra = person("sierra");
  const newBusiness = digits(sierra.expectedBest!.e164);

  async function openSierraDialog(): Promise<{ old: string; conflict: ReturnType<Page["getByTestId"]> }> {
    await openDemo(page, server.url, "sierra-distribution");
    await openTaskpane(page);
    const before = await contactPhones(page, sierra.address);
    expect(before?.businessPhones).toHaveLength(1); // the seed's contact has one, different, business number
    const old = before!.businessPhones[0];
    expect(digits(old).startsWith(newBusiness)).toBe(false);
    await taskpane(page).getByRole("button", { name: "Save number to contacts" }).click();
    const conflict = page.getByRole("dialog").getByTestId("contact-conflict");
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(old);
    return { old, conflict };
  }

  it("shows the conflict with the number already saved; keeping it leaves the old number in place", async () => {
    const { old, conflict } = await openSierraDialog();
    await page.waitForTimeout(500); // let the dialog's fade-in finish before the screenshot
    await shot(page, "cc-06-contact-conflict");
    expect(await conflict.getByRole("radio", { name: /^Keep / }).isChecked()).toBe(true); // keep is the default
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: /^(Save changes|Create contact)$/ }).click();
    await taskpane(page).getByText(/^Saved /).waitFor();
    const after = await contactPhones(page, sierra.address);
    expect(after!.businessPhones[0]).toBe(old);
    // the new number went beside it (Outlook has a second business slot), never over it
    expect(after!.businessPhones.map(digits).some((n) => n.startsWith(newBusiness))).toBe(true);
  });

  it("replacing writes the new number instead of the old one", async () => {
    const { old, conflict } = await openSierraDialog(); // a fresh page: the emulator starts from the seed again
    await conflict.getByRole("radio", { name: new RegExp(`^Replace ${old.replace(/[+]/g, "\\+")} with `) }).check();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Replace 1 number and save" }).click();
    await taskpane(page).getByText(/^Saved /).waitFor();
    const after = await contactPhones(page, sierra.address);
    expect(after!.businessPhones).not.toContain(old);
    expect(after!.businessPhones.map(digits).some((n) => n.startsWith(newBusiness))).toBe(true);
    await shot(page, "cc-07-contact-replaced");
  });

  it("raised no errors in the page", () => {
    expect(errors).toEqual([]);
  });
});
