#!/usr/bin/env node
// Fails when a shipped file holds something that looks like a credential: private keys, bearer tokens (JWTs),
// Entra ID client secrets, cloud and registry tokens, or a hard-coded secret/password assignment.
// The add-in is a public client (SPA with nested app auth): nothing secret may ever be in the bundle.
//
// Usage: node scripts/check-no-secrets.js [path ...]   (default: dist src manifest.xml)
// Exit status 0 when clean, 1 when something was found (each finding on one line, value masked), 2 on misuse.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const RULES = [
  { name: "private key", re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/ },
  // Three base64url segments, the first two being JSON objects ("eyJ" is base64 of '{"').
  { name: "JSON Web Token", re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/ },
  // Entra ID (Azure AD) client secrets since 2022: three characters, a digit, "Q~", then 31–34 more.
  { name: "Entra ID client secret", re: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/ },
  { name: "AWS access key id", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: "GitHub token", re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
  { name: "npm token", re: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: "Slack token", re: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
  { name: "Google API key", re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: "connection string with key", re: /AccountKey=[A-Za-z0-9+/]{40,}={0,2}/ },
  // client_secret / clientSecret / password / apiKey assigned a literal of 8+ characters.
  {
    name: "hard-coded secret",
    re: /\b(?:client[_-]?secret|password|passwd|api[_-]?key|secret[_-]?key)\b["']?\s*[:=]\s*["'`]([^"'`\s]{8,})["'`]/i,
  },
];

/** Files that may hold fake credentials on purpose (tests plant them to prove the checks work). */
const SKIP_FILE = /(\.test\.[jt]sx?|\.map|\.png|\.ico|\.jpg|\.woff2?)$/i;
const SKIP_DIR = new Set(["node_modules", ".git", "test-results", "coverage"]);
const MAX_BYTES = 20 * 1024 * 1024;

function mask(s) {
  return s.length <= 8 ? "****" : `${s.slice(0, 4)}…${s.slice(-2)} (${s.length} chars)`;
}

function* walk(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return;
  }
  if (st.isDirectory()) {
    if (SKIP_DIR.has(path.basename(p))) return;
    for (const e of fs.readdirSync(p).sort()) yield* walk(path.join(p, e));
  } else if (st.isFile() && !SKIP_FILE.test(p) && st.size <= MAX_BYTES) {
    yield p;
  }
}

/** Scans files and directories; returns findings as { file, line, rule, masked }. */
function scan(targets) {
  const findings = [];
  for (const t of targets) {
    for (const file of walk(t)) {
      const text = fs.readFileSync(file, "utf8");
      if (text.includes("\u0000")) continue; // binary
      const lines = text.split(/\r?\n/);
      lines.forEach((line, i) => {
        for (const rule of RULES) {
          const m = rule.re.exec(line);
          if (m) findings.push({ file, line: i + 1, rule: rule.name, masked: mask(m[1] ?? m[0]) });
        }
      });
    }
  }
  return findings;
}

module.exports = { scan, RULES };

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log("usage: node scripts/check-no-secrets.js [path ...]");
    process.exit(0);
  }
  const root = path.resolve(__dirname, "..");
  const targets = (args.length ? args : ["dist", "src", "manifest.xml"]).map((t) => path.resolve(process.cwd(), t));
  const existing = targets.filter((t) => fs.existsSync(t));
  if (args.length && existing.length !== targets.length) {
    console.error(`check-no-secrets: no such path: ${targets.filter((t) => !fs.existsSync(t)).join(", ")}`);
    process.exit(2);
  }
  const findings = scan(existing);
  for (const f of findings) console.error(`${path.relative(root, f.file)}:${f.line}: ${f.rule}: ${f.masked}`);
  if (findings.length) {
    console.error(`check-no-secrets: ${findings.length} possible secret(s) found`);
    process.exit(1);
  }
  console.log(`check-no-secrets: clean (${existing.map((t) => path.relative(root, t) || ".").join(", ")})`);
}
