// Issue 16.2 in the browser: the simulated Outlook at Mailbox 1.3 (?mailbox=1.3) has no displayNewMessageForm
// and no officeTheme. The taskpane must not open a form it cannot, and must say so with the drafted text.
import type { Page } from "playwright-core";
import type { LaunchedBrowser } from "./support/browser";
import type { RunningServer } from "./support/demoServer";
import { closeDemoSession, startDemoSession } from "./support/demoSession";
import { openDemo, openTaskpane, openedForms, taskpane } from "./support/demoPage";

let server: RunningServer;
let browser: LaunchedBrowser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  ({ server, browser, page } = await startDemoSession(errors));
}, 600_000);

afterAll(() => closeDemoSession({ server, browser }));

describe("an Outlook at Mailbox 1.3", () => {
  it("the voicemail follow-up (a new message) falls back to the drafted text and says why; a reply still opens", async () => {
    await openDemo(page, server.url, "thameside-spa", "&mailbox=1.3");
    await openTaskpane(page);
    await taskpane(page).getByRole("button", { name: "Left a voicemail" }).click();
    const notice = taskpane(page).getByTestId("form-notice");
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toMatch(/cannot open a new message from an add-in \(it needs Mailbox 1\.6\)/);
    const text = await taskpane(page).getByTestId("form-fallback-text").inputValue();
    expect(text.length).toBeGreaterThan(40);
    expect(text).not.toMatch(/<[a-z]/i); // plain text, ready to paste
    expect(await page.getByTestId("compose-form").count()).toBe(0);
    expect(await openedForms(page)).toEqual([]);

    await taskpane(page).getByRole("button", { name: /Create reply/ }).click();
    await page.getByTestId("compose-form").waitFor({ timeout: 30_000 });
    expect((await openedForms(page)).map((f) => f.kind)).toEqual(["reply"]);
    expect(errors).toEqual([]);
  }, 120_000);
});
