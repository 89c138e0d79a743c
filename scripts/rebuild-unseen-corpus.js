#!/usr/bin/env node
// Rebuilds ../unseen-corpus from the committed labels: each label's `source` (owner/repo:path#<Message-ID>)
// and `commit` (or `msg_commit` for public-inbox archives, one message per commit in file `m`) locate the
// message in a fetched snapshot under $DIALBACK_MIRROR (default /work/.mirror/<owner+name>). Only reads git
// blobs; nothing fetched is built or run. Usage: node scripts/rebuild-unseen-corpus.js [outDir]
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const root = path.resolve(__dirname, "..");
const labelsDir = path.join(root, "test/corpus/unseen/labels");
const out = path.resolve(process.argv[2] || process.env.DIALBACK_UNSEEN_CORPUS || path.join(root, "../unseen-corpus"));
const mirror = process.env.DIALBACK_MIRROR || "/work/.mirror";

function gitDir(repo) {
  const base = path.join(mirror, repo.replace("/", "+"), "repo");
  return fs.existsSync(path.join(base, ".git")) ? path.join(base, ".git") : base;
}

/** The one message in a file (or an mbox of several) whose Message-ID matches. */
function pick(buf, messageId) {
  const text = buf.toString("latin1");
  const parts = /^From /.test(text) ? text.split(/\n(?=From )/) : [text];
  // "#3": the file's third message (fixtures with no Message-ID).
  if (/^\d+$/.test(messageId)) {
    const part = parts[Number(messageId) - 1];
    return part === undefined ? null : parts.length === 1 ? buf : Buffer.from(part.replace(/^From [^\n]*\n/, ""), "latin1");
  }
  const want = messageId.toLowerCase();
  for (const part of parts) {
    const head = part.split(/\r?\n\r?\n/, 1)[0];
    const m = /^message-id:\s*(?:\r?\n[ \t]+)?(<[^>]*>)/im.exec(head);
    if (m && m[1].toLowerCase() === want) {
      const body = part.replace(/^From [^\n]*\n/, "");
      return Buffer.from(body, "latin1");
    }
  }
  return parts.length === 1 ? buf : null;
}

let made = 0;
const missing = [];
for (const file of fs.readdirSync(labelsDir).filter((f) => f.endsWith(".jsonl")).sort()) {
  const part = file.replace(/\.jsonl$/, "");
  const dir = path.join(out, part);
  fs.mkdirSync(path.join(dir, "cases"), { recursive: true });
  fs.copyFileSync(path.join(labelsDir, file), path.join(dir, "labels.jsonl"));
  const sources = path.join(labelsDir, `${part}-SOURCES.md`);
  if (fs.existsSync(sources)) fs.copyFileSync(sources, path.join(dir, "SOURCES.md"));
  for (const line of fs.readFileSync(path.join(labelsDir, file), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const label = JSON.parse(line);
    const m = /^([^/]+\/[^:]+):(.+)#(<.*>|\d+)$/.exec(label.source);
    if (!m) { missing.push(`${label.id}: unreadable source`); continue; }
    const [, repo, file2, messageId] = m;
    const commit = label.msg_commit || label.commit;
    let blob;
    try {
      blob = execFileSync("git", ["--git-dir", gitDir(repo), "show", `${commit}:${file2}`], { maxBuffer: 1 << 30 });
    } catch {
      missing.push(`${label.id}: ${repo}@${commit.slice(0, 8)}:${file2} not in the mirror (fetch ${repo})`);
      continue;
    }
    const msg = pick(blob, messageId);
    if (!msg) { missing.push(`${label.id}: ${messageId} not found in ${file2}`); continue; }
    fs.writeFileSync(path.join(dir, "cases", `${label.id}.eml`), msg);
    made++;
  }
}
console.log(`unseen corpus: ${made} messages written to ${out}`);
if (missing.length) {
  console.log(`${missing.length} missing:\n  ${missing.join("\n  ")}`);
  process.exitCode = 1;
}
