#!/usr/bin/env node
// Offline validation of both add-in manifests (used by `npm run validate` and test/manifest):
//   manifest.xml  with xmllint against ../shared/contracts/manifest-xsd (the Office XSDs)
//   manifest.json with Microsoft's validator (@microsoft/app-manifest) against the vendored
//                 unified-manifest schema test/manifest/schemas/teams-v1.17
// `office-addin-manifest validate` does more (store rules) but needs network.
//
//   node scripts/validate-manifest.js [--xml path] [--json path]     (default: both project manifests)
//   --json-stdin  read the JSON manifest from stdin (for tests of broken copies)
// Prints one line per problem; exits 1 if any manifest is invalid, 2 if a validator cannot run.
"use strict";

const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const XSD = path.resolve(ROOT, "..", "shared", "contracts", "manifest-xsd", "OfficeAppManifestV1_1.xsd");
const JSON_SCHEMA = path.join(ROOT, "test", "manifest", "schemas", "teams-v1.17", "MicrosoftTeams.schema.json");

function parseArgs(argv) {
  const targets = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--xml") targets.push({ kind: "xml", file: argv[++i] });
    else if (argv[i] === "--json") targets.push({ kind: "json", file: argv[++i] });
    else if (argv[i] === "--json-stdin") targets.push({ kind: "json", file: "-" });
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return targets.length > 0
    ? targets
    : [
        { kind: "xml", file: path.join(ROOT, "manifest.xml") },
        { kind: "json", file: path.join(ROOT, "manifest.json") },
      ];
}

function validateXml(file) {
  if (!fs.existsSync(XSD)) return { ok: false, fatal: true, lines: [`cannot validate ${file}: schemas not found at ${XSD}`] };
  const run = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  if (run.error) return { ok: false, fatal: true, lines: [`cannot run xmllint (${run.error.message}); apt-get install -y libxml2-utils`] };
  const lines = `${run.stdout}${run.stderr}`.trim().split("\n").filter(Boolean);
  return { ok: run.status === 0, fatal: run.status === 5, lines };
}

async function validateJson(file) {
  let text;
  try {
    text = file === "-" ? fs.readFileSync(0, "utf8") : fs.readFileSync(file, "utf8");
  } catch (error) {
    return { ok: false, fatal: true, lines: [`cannot read ${file}: ${error.message}`] };
  }
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    return { ok: false, fatal: false, lines: [`${file}: not JSON: ${error.message}`] };
  }
  const { AppManifestUtils } = require("@microsoft/app-manifest");
  const schema = JSON.parse(fs.readFileSync(JSON_SCHEMA, "utf8"));
  if (!String(manifest.$schema || "").includes("/v1.17/")) {
    return { ok: false, fatal: false, lines: [`${file}: $schema must be the v1.17 unified manifest schema this check uses`] };
  }
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  const unique = [...new Set(errors)];
  return { ok: unique.length === 0, fatal: false, lines: unique.length ? unique.map((e) => `${file}: ${e}`) : [`${file} validates`] };
}

async function main() {
  const targets = parseArgs(process.argv.slice(2));
  let status = 0;
  for (const target of targets) {
    const result = target.kind === "xml" ? validateXml(target.file) : await validateJson(target.file);
    for (const line of result.lines) (result.ok ? console.log : console.error)(line);
    if (!result.ok) status = Math.max(status, result.fatal ? 2 : 1);
  }
  process.exitCode = status;
}

main().catch((error) => {
  console.error(`validate-manifest: ${error.message}`);
  process.exitCode = 2;
});
