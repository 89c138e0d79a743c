// The production taskpane from dist/ loads in headless Chromium without console errors. office.js is
// served from the npm package in place of Microsoft's CDN (the tests run offline); outside Outlook,
// Office.onReady still resolves and the taskpane says to open a message.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { launchBrowser, shot, type LaunchedBrowser } from "./support/browser";
import { ensureBuild, ROOT } from "./support/builds";
import { serve, type RunningServer } from "./support/demoServer";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

let dist: string;
let server: RunningServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  dist = ensureBuild("production");
  server = await serve(dist);
  browser = await launchBrowser({ width: 380, height: 800 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("production taskpane (dist/)", () => {
  it("is minified, content-hashed, with separate source maps and a CSP", () => {
    const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]).filter((s) => !s.startsWith("http"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      expect(s).toMatch(/\.[0-9a-f]{10}\.js$/);
      expect(existsSync(path.join(dist, `${s}.map`))).toBe(true);
      const code = readFileSync(path.join(dist, s), "utf8");
      expect(code.split("\n").length).toBeLessThan(50); // minified
    }
    expect(html).toContain(`src=${OFFICE_CDN}office.js`.replace("src=", "")); // office.js from the official CDN
    const csp = /http-equiv=["']?Content-Security-Policy["']? content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).toContain("connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com");
    expect(csp).toContain("object-src 'none'");
    // no demo machinery ships: no msw worker, no emulator, no seeded mailbox
    const files = readdirSync(dist);
    expect(files).not.toContain("mockServiceWorker.js");
    const all = files.filter((f) => f.endsWith(".js")).map((f) => readFileSync(path.join(dist, f), "utf8")).join("\n");
    expect(all.includes("mockServiceWorker")).toBe(false);
    expect(all.includes("harwellmorgan.com")).toBe(false);
  });

  it("loads without console errors and shows the 'open a message' state outside Outlook", async () => {
    const { page, context } = browser;
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
    await context.route(`${OFFICE_CDN}**`, async (route) => {
      const file = path.join(OFFICE_DIST, new URL(route.request().url()).pathname.replace("/lib/1/hosted/", ""));
      if (existsSync(file)) await route.fulfill({ path: file, contentType: "text/javascript" });
      else await route.fulfill({ status: 404, body: "" });
    });
    // anything else off this machine would be a bug in an offline test
    await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1|appsforoffice\.microsoft\.com)/, (route) => route.abort());
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("heading", { name: "Schedule a call" }).waitFor({ timeout: 30_000 });
    await page.getByText("Open a message from a client to schedule a call.").waitFor();
    await page.waitForTimeout(500); // let late errors surface
    await shot(page, "12-production-taskpane");
    expect(problems).toEqual([]);
  });
});
