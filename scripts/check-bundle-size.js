#!/usr/bin/env node
// Size budget of the production taskpane: the scripts taskpane.html loads before first paint (its initial
// chunks), gzipped, must stay within the budget. Lazy chunks (MSAL, loaded when sign-in starts) do not count.
// Usage: node scripts/check-bundle-size.js [distDir] [--json]
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const BUDGET_BYTES = 350 * 1000; // "350 KB gzip", counted in decimal kilobytes to stay on the safe side

function initialScripts(distDir, page = "taskpane.html") {
  const html = fs.readFileSync(path.join(distDir, page), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/i.test(src)); // office.js comes from Microsoft's CDN, not our bundle
}

function measure(distDir) {
  const files = initialScripts(distDir).map((src) => {
    const bytes = fs.readFileSync(path.join(distDir, src));
    return { file: src, bytes: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  const gzip = files.reduce((n, f) => n + f.gzip, 0);
  const raw = files.reduce((n, f) => n + f.bytes, 0);
  return { files, raw, gzip, budget: BUDGET_BYTES, withinBudget: gzip <= BUDGET_BYTES };
}

module.exports = { measure, initialScripts, BUDGET_BYTES };

if (require.main === module) {
  const args = process.argv.slice(2);
  const distDir = path.resolve(args.find((a) => !a.startsWith("--")) ?? "dist");
  const result = measure(distDir);
  if (args.includes("--json")) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    for (const f of result.files) console.log(`  ${f.file}: ${(f.bytes / 1000).toFixed(1)} KB, ${(f.gzip / 1000).toFixed(1)} KB gzip`);
    const verdict = result.withinBudget ? "within" : "OVER";
    console.log(`initial JS of taskpane.html: ${(result.gzip / 1000).toFixed(1)} KB gzip (${verdict} the ${result.budget / 1000} KB budget)`);
  }
  if (result.files.length === 0) {
    console.error("no initial scripts found in taskpane.html");
    process.exit(1);
  }
  process.exit(result.withinBudget ? 0 : 1);
}
