// Helpers over the demo host page: open a seeded message, reach the taskpane, read the emulator.
import type { Page } from "playwright-core";

/** The seed's clock for every test: proposals and the mailbox line up, and slots are reproducible. */
export const DEMO_NOW = "2026-11-25T15:00:00Z";

export interface EventSnapshot {
  subject: string;
  start: number;
  end: number;
  originalStartTimeZone: string;
  transactionId: string | null;
  bodyHtml: string;
}

export async function openDemo(page: Page, baseUrl: string, message: string, extra = ""): Promise<void> {
  await page.goto(`${baseUrl}?message=${encodeURIComponent(message)}&now=${DEMO_NOW}${extra}`);
  await page.getByRole("button", { name: "Schedule a call" }).waitFor();
}

export async function openTaskpane(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Schedule a call" }).click();
  await page.getByTestId("dial-number").or(page.getByRole("alert")).first().waitFor({ timeout: 60_000 });
}

export function taskpane(page: Page) {
  return page.getByTestId("taskpane");
}

/** Events Dialback created (the seed's calendar has no transactionId). */
export function bookedEvents(page: Page): Promise<EventSnapshot[]> {
  return page.evaluate(() => {
    const bridge = (window as unknown as { dialbackDemo: { emulator: { state: { events: EventSnapshot[] } } } }).dialbackDemo;
    return bridge.emulator.state.events
      .filter((e) => e.transactionId)
      .map((e) => ({ subject: e.subject, start: e.start, end: e.end, originalStartTimeZone: e.originalStartTimeZone, transactionId: e.transactionId, bodyHtml: e.bodyHtml }));
  });
}

export function openedForms(page: Page): Promise<{ kind: string; htmlBody: string; subject?: string; toRecipients?: string[] }[]> {
  return page.evaluate(() => (window as unknown as { dialbackDemo: { outlook: { forms: never[] } } }).dialbackDemo.outlook.forms);
}

export function graphRequests(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { dialbackDemo: { graphRequests(): number } }).dialbackDemo.graphRequests());
}
