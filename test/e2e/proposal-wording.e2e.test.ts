// Issue 17 in the simulated Outlook: far-zone proposals a New York attorney can send to Tokyo and Mumbai,
// wording that fits the message (live matter, care call, the client's register, no times), one time format
// (the mailbox's MM/dd/yyyy, h:mm tt, en-US) on every surface, and the first proposed time chosen at once.
//
// The oracles are independent of the code under test: times are read back from what the taskpane and the
// drafts show, checked against the radio's own instant formatted with plain Intl in the zone the label
// names, and against each side's working hours (the mailbox's from the emulator, the client's as the slot
// picker's search shows them).
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { ATTORNEY, CLIENTS, THREADS } from "../../src/dev/emulator/seedData";
import { launchBrowser, shot, type LaunchedBrowser } from "./support/browser";
import { ensureBuild } from "./support/builds";
import { serve, type RunningServer } from "./support/demoServer";
import { closeDemoSession } from "./support/demoSession";
import { DEMO_NOW, bookedEvents, openDemo, openedForms, taskpane } from "./support/demoPage";

let server: RunningServer;
let browser: LaunchedBrowser;
let page: Page;
let served = "";
const errors: string[] = [];

// The demo build is served from a private copy: dist-demo/ is shared, and a rebuild by another run while these
// tests read it (webpack cleans the folder) would fail requests that have nothing to do with what is tested.
beforeAll(async () => {
  served = mkdtempSync(path.join(tmpdir(), "dialback-proposal-wording-"));
  cpSync(ensureBuild("demo"), served, { recursive: true });
  server = await serve(served);
  browser = await launchBrowser();
  page = browser.page;
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
}, 600_000);

afterAll(async () => {
  await closeDemoSession({ server, browser });
  if (served) rmSync(served, { recursive: true, force: true });
});

const person = (key: string) => CLIENTS.find((c) => c.key === key)!;
const thread = (key: string) => THREADS.find((t) => t.key === key)!;
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");
const TOKYO = person("sakura"); // wrote "Dear Mr. Morgan": formal
const MUMBAI = person("tarang"); // Asia/Kolkata; wrote "Hi Alex": first name
const LONDON = person("thameside"); // a live deal: "Happy to discuss by phone"
const NEW_YORK = ATTORNEY.timeZone;
const place = (zone: string) => zone.slice(zone.lastIndexOf("/") + 1).replace(/_/g, " ");

// ---------------------------------------------------------------------------------------------------------
// Opening the demo

/** A fresh demo page for a thread: roaming settings (saved drafts, bookings) from earlier tests cleared. */
async function fresh(p: Page, threadKey: string, realClock = false): Promise<void> {
  if (p.url().startsWith(server.url)) await p.evaluate(() => window.localStorage.clear());
  if (realClock) {
    await p.goto(`${server.url}?message=${encodeURIComponent(threadKey)}`);
    await p.getByRole("button", { name: "Schedule a call" }).waitFor();
  } else {
    await openDemo(p, server.url, threadKey);
  }
  // the taskpane is ready when it shows its proposals (or why there are none); not every client gave a number
  await p.getByRole("button", { name: "Schedule a call" }).click();
  await taskpane(p).locator("[data-testid=slot-list], [data-testid=no-slots-reason], [role=alert]").first().waitFor({ timeout: 60_000 });
}

async function openSearch(p: Page): Promise<void> {
  const toggle = taskpane(p).getByRole("button", { name: "Widen or narrow the search" });
  if (await toggle.count()) await toggle.click();
  await p.getByTestId("slot-search").waitFor();
}

/** Waits until the slot list (or the no-time reason) differs from `before`. */
async function slotsChangedFrom(p: Page, before: string[]): Promise<void> {
  await p.waitForFunction(
    (prev) => {
      const now = [...document.querySelectorAll<HTMLInputElement>("[data-testid=taskpane] [data-testid=slot-list] input[type=radio]")].map((r) => r.value);
      return JSON.stringify(now) !== JSON.stringify(prev);
    },
    before,
    { timeout: 10_000 },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Reading what the slot picker shows

interface SlotRow {
  value: string;
  checked: boolean;
  lines: string[];
}

async function slotRows(p: Page): Promise<SlotRow[]> {
  return p.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>("[data-testid=taskpane] [data-testid=slot-list] input[type=radio]")].map((r) => {
      const label = document.querySelector<HTMLElement>(`label[for="${r.id}"]`);
      const lines = (label?.innerText ?? "").split("\n").map((l) => l.replace(/[\u202f\u00a0]/g, " ").trim()).filter(Boolean);
      return { value: r.value, checked: r.checked, lines };
    }),
  );
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const D = `(${WEEKDAYS.join("|")}), (${MONTHS.join("|")}) (\\d{1,2})`;
const T = "(\\d{1,2}):(\\d{2}) (AM|PM)";
/** "Wed, Nov 25, 6:00 PM – 6:30 PM your time (New York)" / "Thu, Nov 26, 8:00 AM – 8:30 AM client (Tokyo)". */
const SLOT_LINE = new RegExp(`^${D}, ${T} – (?:${D}, )?${T} (?:your time \\(([^)]+)\\)|client \\(([^)]+)\\))$`);

interface Shown {
  weekday: number; // 0 = Monday
  month: number;
  day: number;
  /** Minutes since midnight of the start and the end. */
  start: number;
  end: number;
  endWeekday: number;
  whose: "attorney" | "client";
  place: string;
}

const minutesOf = (h: string, m: string, ampm: string) => (Number(h) % 12) * 60 + Number(m) + (ampm === "PM" ? 720 : 0);

function parseSlotLine(line: string): Shown {
  const m = SLOT_LINE.exec(line);
  if (!m) throw new Error(`not a 12-hour, zone-named slot line: "${line}"`);
  const weekday = WEEKDAYS.indexOf(m[1]);
  return {
    weekday,
    month: MONTHS.indexOf(m[2]) + 1,
    day: Number(m[3]),
    start: minutesOf(m[4], m[5], m[6]),
    end: minutesOf(m[10], m[11], m[12]),
    endWeekday: m[7] ? WEEKDAYS.indexOf(m[7]) : weekday,
    whose: m[13] ? "attorney" : "client",
    place: m[13] ?? m[14],
  };
}

/** The wall clock of an instant in a zone, by plain Intl (not the add-in's clock). */
function wall(instant: number, zone: string): { weekday: number; month: number; day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, weekday: "short", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" }).formatToParts(new Date(instant));
  const get = (t: string) => parts.find((x) => x.type === t)!.value;
  return { weekday: WEEKDAYS.indexOf(get("weekday")), month: Number(get("month")), day: Number(get("day")), minutes: (Number(get("hour")) % 24) * 60 + Number(get("minute")) };
}

/** Minutes since midnight as a 12-hour clock reads them: 1080 → "6:00 PM". */
const clock12 = (m: number) => `${Math.floor(m / 60) % 12 || 12}:${String(m % 60).padStart(2, "0")} ${m % 1440 >= 720 ? "PM" : "AM"}`;

const hhmmToMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/**
 * How far a call falls outside Monday-to-Friday hours, by the wall clock shown (minutes into the week):
 * 0 inside a day's hours, else the distance to the nearest day's hours, and on which side.
 */
function outsideHours(weekMinute: number, duration: number, hours: { start: string; end: string }): { minutes: number; edge: "early" | "late" | null } {
  const week = 7 * 1440;
  const [hs, he] = [hhmmToMinutes(hours.start), hhmmToMinutes(hours.end)];
  let best = { minutes: Infinity, edge: null as "early" | "late" | null };
  for (let d = -7; d < 12; d++) {
    if (((d % 7) + 7) % 7 > 4) continue; // Saturday and Sunday
    const s = d * 1440 + hs;
    const e = d * 1440 + he;
    for (const shift of [-week, 0, week]) {
      const a = weekMinute + shift;
      if (a >= s && a + duration <= e) return { minutes: 0, edge: null };
      const early = Math.max(0, s - a);
      const late = Math.max(0, a + duration - e);
      if (early + late < best.minutes) best = { minutes: early + late, edge: early >= late ? "early" : "late" };
    }
  }
  return best;
}

interface CheckedSlot {
  value: string;
  attorney: Shown;
  client: Shown | null;
  attorneyOutside: number;
  clientOutside: number;
  edgeText: string;
}

/**
 * Every proposed time, as shown, checked: both zone lines are 12-hour and name their zone; each is the radio's
 * own instant in that zone; the call is as long as the Duration says; and for each side it falls inside that
 * side's hours or is marked "early/late for you" / "for the client" by exactly how far outside it is.
 */
async function checkShownSlots(p: Page, client: { timeZone: string }, hours: { attorney: { start: string; end: string }; client: { start: string; end: string } }, maxOutside: number): Promise<CheckedSlot[]> {
  const duration = Number(await taskpane(p).getByRole("combobox", { name: "Duration" }).inputValue());
  const rows = await slotRows(p);
  const busy = await attorneyBusy(p);
  return rows.map((row) => {
    const [mine, theirs, ...rest] = row.lines;
    const attorney = parseSlotLine(mine);
    expect(attorney.whose).toBe("attorney");
    expect(attorney.place).toBe(place(NEW_YORK));
    const start = Date.parse(row.value);
    const a = wall(start, NEW_YORK);
    expect([attorney.weekday, attorney.month, attorney.day, attorney.start]).toEqual([a.weekday, a.month, a.day, a.minutes]);
    expect((attorney.end - attorney.start + 1440) % 1440).toBe(duration % 1440);
    let shownClient: Shown | null = null;
    const hasClientLine = theirs !== undefined && / client \(/.test(theirs);
    if (client.timeZone !== NEW_YORK && !hasClientLine) throw new Error(`${mine}: no time shown for the client in ${place(client.timeZone)}`);
    if (hasClientLine) {
      shownClient = parseSlotLine(theirs);
      expect(shownClient.whose).toBe("client");
      expect(shownClient.place).toBe(place(client.timeZone));
      const c = wall(start, client.timeZone);
      expect([shownClient.weekday, shownClient.month, shownClient.day, shownClient.start]).toEqual([c.weekday, c.month, c.day, c.minutes]);
      expect((shownClient.end - shownClient.start + 1440) % 1440).toBe(duration % 1440);
    }
    const edgeText = (hasClientLine ? rest : [theirs, ...rest]).filter(Boolean).join(" ");
    const oa = outsideHours(attorney.weekday * 1440 + attorney.start, duration, hours.attorney);
    // one zone for both: the client's hours are read on the same clock
    const theirClock = shownClient ?? attorney;
    const oc = outsideHours(theirClock.weekday * 1440 + theirClock.start, duration, hours.client);
    const mark = (who: "you" | "the client", o: { minutes: number; edge: "early" | "late" | null }) => {
      const re = new RegExp(`(early|late) for ${who} \\((\\d+) min (before|after) (your|their) hours\\)`);
      const m = re.exec(edgeText);
      if (o.minutes === 0) {
        expect(m).toBeNull(); // inside that side's hours: no mark
      } else {
        expect(m).not.toBeNull(); // outside: clearly marked, by how far and on which side
        expect([m![1], Number(m![2]), m![3]]).toEqual([o.edge, o.minutes, o.edge === "early" ? "before" : "after"]);
      }
    };
    const where = `${mine} / ${theirs ?? ""}`;
    try {
      mark("you", oa);
      mark("the client", oc);
    } catch (e) {
      throw new Error(`${where}: ${(e as Error).message}`);
    }
    // usable: no further outside either day than the search allows, and never on a busy time in the calendar
    expect(oa.minutes).toBeLessThanOrEqual(maxOutside);
    expect(oc.minutes).toBeLessThanOrEqual(maxOutside);
    const end = start + duration * 60_000;
    expect(busy.filter((b) => b.start < end && start < b.end).map((b) => `${where} overlaps ${b.subject}`)).toEqual([]);
    return { value: row.value, attorney, client: shownClient, attorneyOutside: oa.minutes, clientOutside: oc.minutes, edgeText };
  });
}

function attorneyBusy(p: Page): Promise<{ subject: string; start: number; end: number }[]> {
  return p.evaluate(() => {
    type E = { subject: string; start: number; end: number; showAs: string; isCancelled: boolean };
    const state = (window as unknown as { dialbackDemo: { emulator: { state: { events: E[] } } } }).dialbackDemo.emulator.state;
    return state.events.filter((e) => !e.isCancelled && e.showAs !== "free").map((e) => ({ subject: e.subject, start: e.start, end: e.end }));
  });
}

/** The attorney's working hours from the mailbox itself (the emulator's mailboxSettings), "08:30"–"17:30". */
function mailboxHours(p: Page): Promise<{ start: string; end: string }> {
  return p.evaluate(() => {
    type S = { mailboxSettings: { workingHours: { startTime: string; endTime: string } } };
    const wh = (window as unknown as { dialbackDemo: { emulator: { state: S } } }).dialbackDemo.emulator.state.mailboxSettings.workingHours;
    return { start: wh.startTime.slice(0, 5), end: wh.endTime.slice(0, 5) };
  });
}

/** The hours the slot picker says it searches: "Your hours" and "Client's hours" (from / to). */
async function searchedHours(p: Page): Promise<{ attorney: { start: string; end: string }; client: { start: string; end: string } }> {
  const pane = taskpane(p);
  const read = async (label: string) => ({
    start: await pane.getByRole("combobox", { name: `${label}: from` }).inputValue(),
    end: await pane.getByRole("combobox", { name: `${label}: to` }).inputValue(),
  });
  return { attorney: await read(`Your hours (${place(NEW_YORK)})`), client: await read(await clientHoursLabel(p)) };
}

async function clientHoursLabel(p: Page): Promise<string> {
  const group = taskpane(p).getByRole("group", { name: /^Client's hours/ });
  return (await group.getAttribute("aria-label"))!;
}

const noSlotReason = (p: Page) => taskpane(p).getByTestId("no-slots-reason");

// ---------------------------------------------------------------------------------------------------------
// Reading the drafts

interface Draft {
  html: string;
  /** What the simulated Outlook's compose form shows, line by line. */
  lines: string[];
  text: string;
  /** <li> items of each list, in order. */
  lists: string[][];
}

async function openReplyDraft(p: Page, button = "Create reply"): Promise<Draft> {
  const before = (await openedForms(p)).length;
  await taskpane(p).getByRole("button", { name: button }).click();
  const form = p.getByTestId("compose-form");
  await form.waitFor();
  const forms = await openedForms(p);
  expect(forms).toHaveLength(before + 1);
  return readDraft(p, forms[forms.length - 1].htmlBody);
}

async function readDraft(p: Page, html: string): Promise<Draft> {
  const body = p.frameLocator("[data-testid=compose-body]").locator("body");
  await body.waitFor();
  const text = plain(await body.innerText());
  const lists = await body.locator("ul").evaluateAll((uls) => uls.map((ul) => [...ul.querySelectorAll("li")].map((li) => (li.textContent ?? "").replace(/[\u202f\u00a0]/g, " ").trim())));
  return { html: plain(html), text, lines: text.split("\n").map((l) => l.trim()).filter(Boolean), lists };
}

async function discard(p: Page): Promise<void> {
  await p.getByTestId("compose-form").getByRole("button", { name: "Discard" }).click();
  await p.getByTestId("compose-form").waitFor({ state: "detached" });
}

/** What only a care call says, and what the add-in cannot know (issue 17's examples). */
const CARE_CALL_WORDS = [/it has been a while/i, /stay in touch/i, /no agenda of mine/i, /how is business/i, /catch up/i];
const UNKNOWABLE = [/calendar is (full|fully booked|booked up)/i, /not a sales call/i, /sales call/i, /fully booked/i, /no (free )?time in my calendar/i];

const LONG_DAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}";
const TIME12 = "\\d{1,2}:\\d{2} (AM|PM)";
/** "Thursday, November 26, 8:00 AM – 8:30 AM your time, before your usual hours (Wednesday, November 25, 6:00 PM in New York)". */
const REPLY_TIME = new RegExp(`^${LONG_DAY}, ${TIME12} – (${LONG_DAY}, )?${TIME12} your time(, (before|after) your usual hours)? \\((${LONG_DAY}, )?${TIME12} in ${place(NEW_YORK)}\\)$`);
/** A 24-hour "HH:mm" (or "H:mm") with no AM/PM after it. */
const H24 = /\b([01]?\d|2[0-3]):[0-5]\d\b(?!\s?(AM|PM|am|pm))/;
/** A UK-style "25 Nov" / "25 November" date. */
const DAY_FIRST = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

// ---------------------------------------------------------------------------------------------------------

describe("Far zones: a Tokyo and a Mumbai client against the New York attorney", () => {
  for (const [client, threadKey, name] of [
    [TOKYO, "sakura-nda", "pw-01-tokyo-far-zone"],
    [MUMBAI, "tarang-dpa", "pw-02-mumbai-far-zone"],
  ] as const) {
    it(`${client.name} (${client.timeZone}) gets at least three usable times, each inside or clearly marked outside each side's hours`, async () => {
      await fresh(page, threadKey);
      expect(await noSlotReason(page).count()).toBe(0); // "No time" only when there truly is none
      await openSearch(page);
      const hours = await searchedHours(page);
      expect(hours.attorney).toEqual(await mailboxHours(page)); // the search starts from the mailbox's working hours
      const slots = await checkShownSlots(page, client, hours, 150);
      expect(slots.length).toBeGreaterThanOrEqual(3);
      // the days do not overlap: every time proposed is outside someone's hours, and says so
      expect(slots.every((s) => s.attorneyOutside + s.clientOutside > 0)).toBe(true);
      // more times on request, checked the same way
      const more = taskpane(page).getByRole("button", { name: "More times" });
      if (await more.count()) {
        await more.click();
        const all = await checkShownSlots(page, client, hours, 150);
        expect(all.length).toBeGreaterThan(slots.length);
      }
      await shot(page, name);
    });
  }

  it("widening and narrowing the search (early/late, each side's hours, duration) changes the proposals", async () => {
    await fresh(page, "sakura-nda");
    await openSearch(page);
    const pane = taskpane(page);
    const initial = (await slotRows(page)).map((r) => r.value);
    expect(initial.length).toBeGreaterThanOrEqual(3);

    // narrow: no early or late times → nothing fits, and the reason is said in words
    await pane.getByRole("switch", { name: "Include early and late times" }).uncheck();
    await noSlotReason(page).waitFor();
    expect(await slotRows(page)).toEqual([]);
    const reason = plain((await noSlotReason(page).textContent()) ?? "");
    expect(reason).toMatch(/^No time to propose: .{20,}\.$/);
    expect(reason).toMatch(/never overlap/); // the real cause: the two working days do not meet
    expect(reason).toMatch(/early and late times are turned off/);
    expect(reason).not.toContain("no free time in the next two weeks for both calendars"); // issue 17's unexplained text
    expect(await pane.getByRole("button", { name: "Hold time privately", exact: true }).isDisabled()).toBe(true);
    await shot(page, "pw-03-no-time-with-reason");

    // early and late back on, but only up to 1 h outside: every time within an hour of both days
    await pane.getByRole("switch", { name: "Include early and late times" }).check();
    await pane.getByTestId("slot-list").waitFor();
    await pane.getByRole("combobox", { name: "Up to" }).selectOption("60");
    await page.waitForTimeout(200);
    const hours = await searchedHours(page);
    const narrow = await checkShownSlots(page, TOKYO, hours, 60);
    expect(narrow.length).toBeGreaterThanOrEqual(1);

    // widen the attorney's evening to 8:00 PM: the days now overlap, and those times are inside both days, unmarked
    const before = (await slotRows(page)).map((r) => r.value);
    await pane.getByRole("combobox", { name: `Your hours (${place(NEW_YORK)}): to` }).selectOption("20:00");
    await slotsChangedFrom(page, before);
    const widened = await checkShownSlots(page, TOKYO, await searchedHours(page), 60);
    expect(widened.length).toBeGreaterThanOrEqual(3);
    expect(widened.map((s) => s.value)).not.toEqual(initial);
    expect(widened.slice(0, 3).every((s) => s.attorneyOutside === 0 && s.clientOutside === 0)).toBe(true);
    await shot(page, "pw-04-search-widened");

    // narrow the client's day to start at 10:00 AM (their time): different times, all still checked
    const beforeClient = (await slotRows(page)).map((r) => r.value);
    await pane.getByRole("combobox", { name: `${await clientHoursLabel(page)}: from` }).selectOption("10:00");
    await slotsChangedFrom(page, beforeClient);
    const narrowed = await checkShownSlots(page, TOKYO, await searchedHours(page), 60);
    expect(narrowed.length).toBeGreaterThanOrEqual(1);
    for (const s of narrowed) expect(s.client!.start).toBeGreaterThanOrEqual(10 * 60 - 60); // at most 1 h early for the client

    // duration: an hour-long call is proposed as an hour (checkShownSlots compares the shown times with Duration)
    await pane.getByRole("combobox", { name: "Duration" }).selectOption("60");
    await page.waitForFunction(() => {
      const first = document.querySelector<HTMLInputElement>("[data-testid=taskpane] [data-testid=slot-list] input[type=radio]");
      const label = first ? document.querySelector<HTMLElement>(`label[for="${first.id}"]`)?.innerText ?? "" : "";
      const m = /(\d{1,2}):(\d{2}) (AM|PM) – (\d{1,2}):(\d{2}) (AM|PM)/.exec(label.replace(/[\u202f\u00a0]/g, " "));
      if (!m) return false;
      const at = (h: string, mm: string, ap: string) => (Number(h) % 12) * 60 + Number(mm) + (ap === "PM" ? 720 : 0);
      return (at(m[4], m[5], m[6]) - at(m[1], m[2], m[3]) + 1440) % 1440 === 60;
    });
    const long = await checkShownSlots(page, TOKYO, await searchedHours(page), 60);
    expect(long.length).toBeGreaterThanOrEqual(1);
    expect(long.every((s) => (s.attorney.end - s.attorney.start + 1440) % 1440 === 60)).toBe(true);
  });

  it("with the real clock, every seeded client gets at least three usable times or a reason in words", async () => {
    const problems: string[] = [];
    for (const t of THREADS.filter((x) => CLIENTS.some((c) => c.key === x.with))) {
      const client = person(t.with);
      await fresh(page, t.key, true);
      const rows = await slotRows(page);
      if (rows.length === 0) {
        const reason = plain((await noSlotReason(page).textContent()) ?? "");
        if (!/^No time to propose: .{20,}\.$/.test(reason) || reason.includes("no free time in the next two weeks for both calendars")) problems.push(`${client.name}: no times and no reason ("${reason}")`);
        continue;
      }
      expect(await noSlotReason(page).count()).toBe(0);
      await openSearch(page);
      try {
        const slots = await checkShownSlots(page, client, await searchedHours(page), 150);
        if (slots.length < 3) problems.push(`${client.name}: only ${slots.length} times`);
      } catch (e) {
        problems.push(`${client.name}: ${(e as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("Wording that fits the message", () => {
  it("a reply to a live matter (a UK deal, 'Happy to discuss by phone') is about the matter, not a care call, and the event says the same", async () => {
    await fresh(page, "thameside-spa");
    const draft = await openReplyDraft(page);
    // greeting: Oliver wrote "Alex," — a first name, so he gets his
    expect(draft.lines[0]).toMatch(new RegExp(`^(Hi|Hello|Dear) ${LONDON.name.split(" ")[0]},$`));
    // about the matter: the thread's subject is named
    expect(draft.text).toContain(thread("thameside-spa").subject);
    for (const re of [...CARE_CALL_WORDS, ...UNKNOWABLE]) expect(draft.text).not.toMatch(re);
    expect(draft.lists.length).toBeGreaterThanOrEqual(2); // the agenda, then the times
    const agenda = draft.lists[0];
    expect(agenda.length).toBeGreaterThan(0);
    await shot(page, "pw-05-live-matter-reply");
    await discard(page);

    // the booked event carries the same agenda as the reply, and no care-call wording either
    await taskpane(page).getByRole("button", { name: "Hold time privately", exact: true }).click();
    await page.getByTestId("booking-result").waitFor();
    const [event] = await bookedEvents(page);
    const eventText = plain(event.bodyHtml.replace(/<[^>]+>/g, " ").replace(/&#39;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " "));
    for (const item of agenda) expect(eventText).toContain(item);
    for (const re of [...CARE_CALL_WORDS, ...UNKNOWABLE]) expect(eventText).not.toMatch(re);
  });

  it("a client who wrote formally ('Dear Mr. Morgan') is answered formally, with the surname, in the reply and the voicemail note", async () => {
    await fresh(page, "sakura-nda");
    expect(thread("sakura-nda").messages.at(-1)!.paragraphs[0]).toMatch(/^Dear Mr\. /); // the seed: a formal opening
    const [given, surname] = TOKYO.name.split(" ");
    const draft = await openReplyDraft(page);
    const greeting = draft.lines[0];
    expect(greeting).toMatch(/^Dear /);
    expect(greeting).toContain(surname);
    expect(greeting).not.toMatch(new RegExp(`^(Hi|Hello|Hey|Dear) ${given},$`)); // not the first name alone
    expect(draft.text).toContain(thread("sakura-nda").subject); // an NDA review request: a reply on the matter
    for (const re of [...CARE_CALL_WORDS, ...UNKNOWABLE]) expect(draft.text).not.toMatch(re);
    await shot(page, "pw-06-formal-greeting");
    await discard(page);

    const voicemail = await openReplyDraft(page, "Left a voicemail");
    expect(voicemail.lines[0]).toBe(greeting);
    for (const re of [...CARE_CALL_WORDS, ...UNKNOWABLE]) expect(voicemail.text).not.toMatch(re);
    await discard(page);
  });

  it("a client who wrote informally ('Hi Alex') is answered with their first name", async () => {
    await fresh(page, "tarang-dpa");
    expect(thread("tarang-dpa").messages.at(-1)!.paragraphs[0]).toBe("Hi Alex,");
    const draft = await openReplyDraft(page);
    expect(draft.lines[0]).toMatch(new RegExp(`^(Hi|Hello) ${MUMBAI.name.split(" ")[0]},$`));
    expect(draft.text).toContain(thread("tarang-dpa").subject);
    for (const re of [...CARE_CALL_WORDS, ...UNKNOWABLE]) expect(draft.text).not.toMatch(re);
    await shot(page, "pw-07-informal-greeting");
    await discard(page);
  });

  it("a client on the care-call list gets the care-call note, and nothing the add-in cannot know", async () => {
    await fresh(page, "kestrel-license");
    await taskpane(page).getByRole("tab", { name: "Care calls" }).click();
    const first = taskpane(page).getByTestId("care-call").first();
    await first.waitFor({ timeout: 60_000 });
    const name = (await first.getAttribute("aria-label"))!;
    const before = (await openedForms(page)).length;
    await taskpane(page).getByRole("button", { name: `Schedule a call with ${name}` }).click();
    await page.getByTestId("compose-form").waitFor({ timeout: 30_000 });
    const forms = await openedForms(page);
    expect(forms).toHaveLength(before + 1);
    const draft = await readDraft(page, forms[forms.length - 1].htmlBody);
    expect(draft.lines[0]).toMatch(new RegExp(`^(Hi|Hello|Dear) ${name.split(" ")[0]},$`));
    expect(draft.text).toMatch(/stay in touch/i); // the care-call note
    for (const re of UNKNOWABLE) expect(draft.text).not.toMatch(re);
    // its times: 12-hour, the zone named
    const times = draft.lists.flat().filter((l) => /\d:\d\d/.test(l));
    expect(times.length).toBeGreaterThanOrEqual(1);
    for (const t of times) {
      expect(t).toMatch(new RegExp(`^${LONG_DAY}, ${TIME12} – (${LONG_DAY}, )?${TIME12} ${place(NEW_YORK)} time$`));
      expect(t).not.toMatch(H24);
    }
    await shot(page, "pw-08-care-call-note");
    await discard(page);
  });

  it("with no times to offer, the draft asks the client for times that suit them (and never says the calendar is full)", async () => {
    await fresh(page, "sakura-nda");
    await openSearch(page);
    await taskpane(page).getByRole("switch", { name: "Include early and late times" }).uncheck();
    await noSlotReason(page).waitFor();
    const draft = await openReplyDraft(page);
    expect(draft.text).toMatch(/send me (a few|some|a couple of) times[^.?]*suit you/i);
    expect(draft.text).not.toMatch(/\d:\d\d/); // no times listed
    expect(draft.text).not.toMatch(/Would one of these times/i);
    for (const re of [...CARE_CALL_WORDS, ...UNKNOWABLE]) expect(draft.text).not.toMatch(re);
    await shot(page, "pw-09-no-times-draft");
    await discard(page);
  });
});

describe("One time format, the attorney's (MM/dd/yyyy, h:mm tt, en-US), every time's zone named", () => {
  for (const [client, threadKey] of [
    [TOKYO, "sakura-nda"],
    [MUMBAI, "tarang-dpa"],
    [LONDON, "thameside-spa"],
  ] as const) {
    it(`${client.name}: the 'waiting since' banner is the message's received time in New York, as Outlook's header shows it`, async () => {
      await fresh(page, threadKey);
      const badge = taskpane(page).getByTestId("waiting-badge");
      await badge.waitFor();
      const text = plain((await badge.innerText()) ?? "");
      // Outlook's header: "Tuesday, November 24, 2026 at 8:00 PM" (the host writes it in New York)
      const header = plain(await page.locator('section[aria-label="Reading pane"]').innerText());
      const h = /(\w+day), (\w+) (\d{1,2}), \d{4} at (\d{1,2}:\d{2} (AM|PM))/.exec(header);
      expect(h).not.toBeNull();
      const expected = `${h![1].slice(0, 3)}, ${h![2].slice(0, 3)} ${h![3]}, ${h![4]} ${place(NEW_YORK)} time`;
      expect(text).toContain(`since ${expected}`);
      // and that is the emulator's receivedAt for the newest message, by plain Intl in the attorney's zone
      const received = await page.evaluate((subject) => {
        type M = { subject: string; receivedAt: number; folder: string };
        const msgs = (window as unknown as { dialbackDemo: { emulator: { state: { messages: M[] } } } }).dialbackDemo.emulator.state.messages;
        return Math.max(...msgs.filter((m) => m.folder === "inbox" && m.subject.replace(/^RE: /, "") === subject).map((m) => m.receivedAt));
      }, thread(threadKey).subject);
      expect(Date.parse(DEMO_NOW) - received).toBe(thread(threadKey).messages.at(-1)!.hoursAgo * 3_600_000);
      const w = wall(received, NEW_YORK);
      expect(expected).toBe(`${WEEKDAYS[w.weekday]}, ${MONTHS[w.month - 1]} ${w.day}, ${clock12(w.minutes)} ${place(NEW_YORK)} time`);
      expect(text).not.toMatch(H24);
    });
  }

  it("banner, slots, booking confirmation, reply and event all use 12-hour AM/PM, month-first dates, and name each time's zone", async () => {
    await fresh(page, "sakura-nda");
    const pane = taskpane(page);
    // the whole taskpane: no 24-hour time and no day-first date anywhere
    const paneText = plain(await pane.innerText());
    expect(paneText).not.toMatch(H24);
    expect(paneText).not.toMatch(DAY_FIRST);
    expect(plain(await pane.getByTestId("waiting-badge").innerText())).toMatch(new RegExp(`since ${D}, ${T} ${place(NEW_YORK)} time`));
    // the slots: each line parses as a 12-hour, zone-named range (checkShownSlots throws otherwise)
    await openSearch(page);
    const slots = await checkShownSlots(page, TOKYO, await searchedHours(page), 150);
    expect(slots.length).toBeGreaterThanOrEqual(3);
    // the search controls write their hours the same way
    const options = await pane.getByRole("combobox", { name: `Your hours (${place(NEW_YORK)}): from` }).locator("option").allTextContents();
    for (const o of options.map(plain)) expect(o).toMatch(/^\d{1,2}:\d{2} (AM|PM)$/);

    // the reply: every offered time 12-hour, the client's time "your time", New York's named
    const draft = await openReplyDraft(page);
    const times = draft.lists.find((l) => l.some((i) => /\d:\d\d/.test(i)))!;
    expect(times.length).toBe(3);
    for (const t of times) expect(t).toMatch(REPLY_TIME);
    expect(draft.text).not.toMatch(H24);
    expect(draft.text).not.toMatch(DAY_FIRST);
    // the first offered time is the chosen slot: the client's and New York's clocks as the taskpane shows them
    const chosen = slots.find((s) => s.value === (slots[0].value))!;
    const clock = clock12;
    expect(times[0]).toContain(`${clock(chosen.client!.start)} – ${clock(chosen.client!.end)} your time`);
    expect(times[0]).toContain(`${clock(chosen.attorney.start)} in ${place(NEW_YORK)}`);
    await discard(page);

    // the confirmation after booking: the taskpane's own New York line, the zone named
    await pane.getByRole("button", { name: "Hold time privately", exact: true }).click();
    const result = page.getByTestId("booking-result");
    await result.waitFor();
    const confirmation = plain(await result.innerText());
    const shownMine = (await slotRows(page)).find((r) => r.value === chosen.value)!.lines[0].replace(/ your time \(.*\)$/, "");
    expect(confirmation).toContain(`${shownMine} ${place(NEW_YORK)} time`);
    expect(confirmation).not.toMatch(H24);
    expect(confirmation).not.toMatch(DAY_FIRST);
    await shot(page, "pw-10-one-time-format-booked");

    // the event body: the same clock, each time with its zone
    const [event] = await bookedEvents(page);
    expect(event.start).toBe(Date.parse(chosen.value));
    const eventText = plain(event.bodyHtml.replace(/<[^>]+>/g, " ").replace(/\s+/g, " "));
    expect(eventText).not.toMatch(H24);
    expect(eventText).not.toMatch(DAY_FIRST);
    expect(eventText).toContain(`${clock(chosen.attorney.start)}`);
    const eventTimes = [...eventText.matchAll(new RegExp(`${TIME12}( – ${TIME12})?`, "g"))];
    expect(eventTimes.length).toBeGreaterThanOrEqual(1);
    for (const m of eventTimes) {
      const after = eventText.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
      expect(`${m[0]}${after}`).toMatch(/^[^a-z]*(AM|PM) (\(|[A-Z][a-z]+( [A-Z][a-z]+)* time|in [A-Z])/); // "… PM New York time" / "… PM (…" / "… in Tokyo"
    }
  });
});

describe("First choice ready", () => {
  it("preselects the first proposed time, so booking works at once", async () => {
    await fresh(page, "tarang-dpa");
    const rows = await slotRows(page);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.map((r) => r.checked)).toEqual([true, ...rows.slice(1).map(() => false)]);
    const book = taskpane(page).getByRole("button", { name: "Hold time privately", exact: true });
    expect(await book.isEnabled()).toBe(true);
    expect(await taskpane(page).getByText("Choose a time to book the call.").count()).toBe(0);
    await shot(page, "pw-11-first-choice-preselected");
    await book.click();
    await page.getByTestId("booking-result").waitFor();
    const events = await bookedEvents(page);
    expect(events).toHaveLength(1);
    expect(events[0].start).toBe(Date.parse(rows[0].value));
  });

  it("the invitation button works at once too, and the attorney can pick another time", async () => {
    await fresh(page, "sakura-nda");
    const pane = taskpane(page);
    await pane.getByRole("radio", { name: `Send ${TOKYO.name.split(" ")[0]} an invitation` }).check();
    const book = pane.getByRole("button", { name: `Book and invite ${TOKYO.name.split(" ")[0]}` });
    expect(await book.isEnabled()).toBe(true);
    const rows = await slotRows(page);
    expect(rows[0].checked).toBe(true);
    await pane.getByTestId("slot-list").getByRole("radio").nth(1).check();
    expect((await slotRows(page)).map((r) => r.checked).slice(0, 2)).toEqual([false, true]);
    await book.click();
    await page.getByTestId("booking-result").waitFor();
    const confirmation = plain(await page.getByTestId("booking-result").innerText());
    expect(confirmation).toContain("Invitation sent");
    expect(confirmation).toContain(TOKYO.address);
    const events = await bookedEvents(page);
    expect(events).toHaveLength(1);
    expect(events[0].start).toBe(Date.parse(rows[1].value));
    await shot(page, "pw-12-invite-second-choice");
  });

  it("raised no errors in the page", () => {
    expect(errors).toEqual([]);
  });
});
