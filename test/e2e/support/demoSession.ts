// One browser on the served demo build, for a whole e2e file; page errors and console errors are collected.
import type { Page } from "playwright-core";
import { launchBrowser, type LaunchedBrowser } from "./browser";
import { ensureBuild } from "./builds";
import { serve, type RunningServer } from "./demoServer";

export interface DemoSession {
  server: RunningServer;
  browser: LaunchedBrowser;
  page: Page;
}

export async function startDemoSession(errors: string[]): Promise<DemoSession> {
  const server = await serve(ensureBuild("demo"));
  const browser = await launchBrowser();
  const page = browser.page;
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return { server, browser, page };
}

export async function closeDemoSession(session: Partial<DemoSession>): Promise<void> {
  await session.browser?.close();
  await session.server?.close();
}
