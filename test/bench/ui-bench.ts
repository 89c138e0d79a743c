// npm run bench:ui — the taskpane's speed and weight:
//   1. time from opening the taskpane to the proposal on screen, with 150 ms injected into every Graph response,
//      and how many Graph HTTP requests that took (demo host, emulator behind msw's service worker, headless chromium);
//   2. initial JS of the production taskpane.html, gzip bytes (the chunks it loads before first paint);
//   3. beside it, the same figure for a minimal React + Fluent UI v9 taskpane shaped like the Office React
//      template, built here with the same webpack settings (a measured stand-in, not the template itself).
// Results: printed, and written to test-results/bench-ui.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import webpack from "webpack";
import { launchBrowser } from "../e2e/support/browser";
import { ensureBuild, ROOT } from "../e2e/support/builds";
import { serve } from "../e2e/support/demoServer";
import { DEMO_NOW } from "../e2e/support/demoPage";

const LATENCY_MS = 150;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { measure } = require(path.join(ROOT, "scripts/check-bundle-size.js")) as {
  measure(dir: string): { gzip: number; raw: number; files: { file: string; gzip: number }[] };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => webpack.Configuration;

interface Bridge {
  dialbackDemo: {
    resetGraphRequests(): void;
    graphRequests(): number;
    timings: { taskpaneOpened: number | null; proposalShown: number | null };
  };
}

async function timeToProposal(): Promise<{ runs: { ms: number; requests: number }[] }> {
  const server = await serve(ensureBuild("demo"));
  const browser = await launchBrowser();
  const runs: { ms: number; requests: number }[] = [];
  try {
    const { page } = browser;
    for (let i = 0; i < RUNS; i++) {
      // a fresh page each run: nothing cached in the page, roaming settings cleared
      await page.goto(`${server.url}?message=thameside-spa&now=${DEMO_NOW}&latency=${LATENCY_MS}`);
      await page.evaluate(() => localStorage.clear());
      await page.getByRole("button", { name: "Schedule a call" }).waitFor();
      await page.evaluate(() => (window as unknown as Bridge).dialbackDemo.resetGraphRequests());
      await page.getByRole("button", { name: "Schedule a call" }).click();
      await page.getByTestId("slot-list").waitFor({ timeout: 60_000 });
      const result = await page.evaluate(() => {
        const d = (window as unknown as Bridge).dialbackDemo;
        return { ms: (d.timings.proposalShown ?? NaN) - (d.timings.taskpaneOpened ?? NaN), requests: d.graphRequests() };
      });
      runs.push({ ms: Math.round(result.ms), requests: result.requests });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { runs };
}

function buildTemplateEquivalent(): Promise<string> {
  const out = path.join(ROOT, "build/bench/template-equivalent");
  const config = webpackConfig({ out }, { mode: "production" });
  config.entry = { taskpane: path.join(ROOT, "test/bench/template-equivalent/index.tsx") };
  config.devtool = false;
  // keep only the taskpane page (same HTML template, office.js from the CDN) and the defines
  config.plugins = (config.plugins ?? []).filter((p) => {
    const name = p?.constructor?.name;
    return name === "DefinePlugin" || (name === "HtmlWebpackPlugin" && (p as unknown as { userOptions: { filename: string } }).userOptions.filename === "taskpane.html");
  });
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString("errors-only"))) : resolve(out))),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

async function main() {
  const production = measure(ensureBuild("production"));
  const template = measure(await buildTemplateEquivalent());
  const { runs } = await timeToProposal();
  const result = {
    graphLatencyMs: LATENCY_MS,
    runs,
    timeToProposalMs: { median: median(runs.map((r) => r.ms)), min: Math.min(...runs.map((r) => r.ms)), max: Math.max(...runs.map((r) => r.ms)) },
    graphRequestsToProposal: median(runs.map((r) => r.requests)),
    initialJsGzipBytes: production.gzip,
    templateEquivalentInitialJsGzipBytes: template.gzip,
    budgetBytes: 350_000,
    note:
      "The template figure is measured from test/bench/template-equivalent (a minimal React + Fluent UI v9 taskpane shaped like the Office React taskpane template) built with this project's webpack settings; the template itself was not downloaded.",
  };
  mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
  writeFileSync(path.join(ROOT, "test-results/bench-ui.json"), JSON.stringify(result, null, 2));
  console.log(`
bench:ui (headless chromium, ${RUNS} runs, ${LATENCY_MS} ms injected per Graph response)
  taskpane open → proposal shown   median ${result.timeToProposalMs.median} ms (min ${result.timeToProposalMs.min}, max ${result.timeToProposalMs.max})
  Graph HTTP requests              ${result.graphRequestsToProposal}
  initial JS, production           ${kb(production.gzip)} gzip (${kb(production.raw)} minified; budget 350 KB)
  initial JS, template-equivalent  ${kb(template.gzip)} gzip (reference: React + Fluent v9 template shape, same webpack settings)
`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
