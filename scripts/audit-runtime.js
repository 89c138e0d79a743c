#!/usr/bin/env node
// `npm audit --omit=dev` for the test command, telling apart "advisories found" from "the advisory service
// could not be asked". Exit 0: no high or critical advisory in runtime dependencies. Exit 1: some found (listed).
// Exit 3: the audit could not run (e.g. a registry mirror that refuses the bulk-advisory POST with 405), with
// one line saying why; set DIALBACK_AUDIT_REQUIRED=1 to turn that into a failure (exit 1) on CI that has the
// real registry.
"use strict";
const { spawnSync } = require("node:child_process");

const LEVELS = ["high", "critical"];
const r = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", cwd: require("node:path").resolve(__dirname, "..") });
let report;
try {
  report = JSON.parse(r.stdout || "{}");
} catch {
  report = null;
}

function unavailable(why) {
  console.error(`dependency audit could not run: ${why}`);
  process.exit(process.env.DIALBACK_AUDIT_REQUIRED === "1" ? 1 : 3);
}

if (!report) unavailable((r.stderr || "npm audit printed no JSON").split("\n").find(Boolean) || "unknown error");
if (report.statusCode || (report.error && !report.metadata)) unavailable(report.message || report.error.summary || `status ${report.statusCode}`);

const counts = (report.metadata && report.metadata.vulnerabilities) || {};
const bad = Object.entries(report.vulnerabilities || {}).filter(([, v]) => LEVELS.includes(v.severity));
if (bad.length) {
  for (const [name, v] of bad) console.error(`${v.severity}: ${name} ${v.range || ""} ${(v.via || []).map((x) => (typeof x === "string" ? x : x.title)).join("; ")}`);
  console.error(`dependency audit: ${bad.length} runtime package(s) with high or critical advisories`);
  process.exit(1);
}
console.log(`dependency audit: no high or critical advisories in runtime dependencies (${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(", ") || "none"})`);
