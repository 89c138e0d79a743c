// `dialback extract <file|dir|->... [--region XX] [--format json|table]`: the direct-dial engine over mail files.
import * as fs from "node:fs";
import * as path from "node:path";
import { extractContact, messageText } from "../core/extract";
import { hasMailHeaders, looksBinary, looksLikeMbox, MailParseError, messageFromText, parseEmail, splitMbox } from "../core/mime";
import type { ContactExtraction, MailMessage } from "../core/types";
import { CliIO, UsageError } from "./io";
import { fileHead, mboxFileMessages, SenderIndex } from "./mbox-stream";

interface Options {
  inputs: string[];
  region?: string;
  format: "json" | "table";
}

function parseArgs(args: string[]): Options {
  const opts: Options = { inputs: [], format: "json" };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => {
      const eq = a.indexOf("=");
      if (eq >= 0) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === "--region" || a.startsWith("--region=")) {
      const r = value("--region").toUpperCase();
      if (!/^[A-Z]{2}$/.test(r)) throw new UsageError(`--region must be a two-letter country code, got "${r}"`);
      opts.region = r;
    } else if (a === "--format" || a.startsWith("--format=")) {
      const f = value("--format");
      if (f !== "json" && f !== "table") throw new UsageError(`--format must be json or table, got "${f}"`);
      opts.format = f;
    } else if (a === "-h" || a === "--help") {
      throw new UsageError("usage: dialback extract <file|dir|->... [--region XX] [--format json|table]");
    } else if (a.startsWith("--")) {
      throw new UsageError(`unknown option ${a}`);
    } else {
      opts.inputs.push(a);
    }
  }
  if (opts.inputs.length === 0) throw new UsageError("extract needs at least one file, folder or - (stdin)");
  return opts;
}

/** Files under a folder, recursively, in a stable order; hidden files are skipped. */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

/** Messages in one input: an mbox gives several, an .eml one, a plain-text note one with an unknown sender. */
async function messagesOf(name: string, bytes: Uint8Array): Promise<MailMessage[]> {
  if (bytes.length === 0) throw new MailParseError("empty file", "empty");
  if (looksBinary(bytes)) throw new MailParseError("binary data, not an email or text", "binary");
  if (looksLikeMbox(bytes) || /\.mbox$/i.test(name)) {
    const parts = splitMbox(bytes);
    if (parts.length === 0) throw new MailParseError("no messages in mbox", "no-headers");
    return Promise.all(parts.map((p) => parseEmail(p)));
  }
  if (hasMailHeaders(bytes)) return [await parseEmail(bytes)];
  if (/\.(eml|msg)$/i.test(name)) throw new MailParseError("not an email: no mail header lines at the start", "no-headers");
  const text = new TextDecoder("utf-8").decode(bytes);
  if (/\uFFFD/.test(text.slice(0, 4096)) && (text.match(/\uFFFD/g) ?? []).length > 20) {
    throw new MailParseError("not an email or UTF-8 text", "binary");
  }
  return [messageFromText(text)];
}

interface Row {
  file: string;
  messageId: string | null;
  result: ContactExtraction;
}

function jsonLine(r: Row): string {
  const b = r.result.best;
  return JSON.stringify({
    file: r.file,
    messageId: r.messageId,
    from: { name: r.result.from.name, address: r.result.from.address },
    best: b ? { e164: b.e164, ext: b.ext, kind: b.kind, line: b.line, confidence: b.confidence, source: b.source, evidence: b.evidence, ...(b.unsure ? { unsure: b.unsure } : {}) } : null,
    confidence: r.result.confidence ?? (b ? "high" : "none"),
    ...(r.result.reason ? { reason: r.result.reason } : {}),
    numbers: r.result.numbers.map((n) => ({ e164: n.e164, ext: n.ext, kind: n.kind, label: n.label, line: n.line, confidence: n.confidence })),
    region: r.result.region,
    timeZone: r.result.timeZone,
  });
}

function table(rows: Row[]): string {
  const head = ["file", "from", "best", "kind", "evidence"];
  const body = rows.map((r) => {
    const b = r.result.best;
    const who = r.result.from.name || r.result.from.address || "(unknown)";
    const evidence = b ? `${b.unsure ? `${b.unsure}; ` : ""}${b.evidence ? `${b.evidence}: ` : ""}${b.line.slice(0, 60)}` : (r.result.reason ?? "no callable number");
    return [r.file, who, b ? (b.display ?? `${b.e164}${b.ext ? ` x${b.ext}` : ""}`) : "-", b?.kind ?? "-", evidence];
  });
  const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...body.map((r) => r[i].length))));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.slice(0, widths[i]).padEnd(widths[i]))).join("  ");
  return [fmt(head), fmt(widths.map((w) => "-".repeat(w))), ...body.map(fmt)].join("\n") + "\n";
}

export async function runExtract(args: string[], io: CliIO): Promise<number> {
  const opts = parseArgs(args);
  const options = { defaultRegion: opts.region };
  const rows: Row[] = [];
  let failed = 0;
  const fail = (name: string, reason: string) => {
    failed++;
    io.stderr(`dialback: ${name}: ${reason}\n`);
  };
  const emit = (row: Row) => {
    if (opts.format === "json") io.stdout(jsonLine(row) + "\n");
    else rows.push(row);
  };
  const handle = async (name: string, bytes: Uint8Array) => {
    try {
      const messages = await messagesOf(name, bytes);
      for (const m of messages) {
        // The other messages of an mbox are the conversation: a signature-less reply can use the sender's earlier one.
        emit({ file: name, messageId: m.messageId ?? null, result: extractContact(m, messages.length > 1 ? { ...options, thread: messages } : options) });
      }
    } catch (e) {
      fail(name, e instanceof MailParseError ? e.message : `could not read: ${(e as Error).message}`);
    }
  };
  // An mbox file is streamed: one message parsed and answered at a time, memory bounded whatever the file's size.
  // The thread for the earlier-signature fallback is the sender's own earlier messages in the file, kept in a
  // bounded per-sender index (SenderIndex) instead of the whole mailbox.
  const handleMboxFile = async (name: string, full: string) => {
    const index = new SenderIndex(messageText);
    let count = 0;
    try {
      for await (const raw of mboxFileMessages(full)) {
        count++;
        let m: MailMessage;
        try {
          m = await parseEmail(raw);
        } catch (e) {
          // One unreadable message does not stop the rest of the mailbox.
          fail(`${name} (message ${count})`, e instanceof MailParseError ? e.message : `could not read: ${(e as Error).message}`);
          continue;
        }
        const thread = index.threadFor(m);
        emit({ file: name, messageId: m.messageId ?? null, result: extractContact(m, thread.length > 0 ? { ...options, thread } : options) });
        index.add(m);
        if (io.drained) await io.drained();
      }
      if (count === 0) throw new MailParseError("no messages in mbox", "no-headers");
    } catch (e) {
      fail(name, e instanceof MailParseError ? e.message : `could not read: ${(e as Error).message}`);
    }
  };
  for (const input of opts.inputs) {
    if (input === "-") {
      await handle("-", await io.readStdin());
      continue;
    }
    const full = path.resolve(io.cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (e) {
      fail(input, (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : `cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})`);
      continue;
    }
    const files = stat.isDirectory() ? walk(full).map((f) => path.join(input, path.relative(full, f))) : [input];
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        const resolved = path.resolve(io.cwd, file);
        const head = fileHead(resolved);
        if (head.length > 0 && !looksBinary(head) && (looksLikeMbox(head) || /\.mbox$/i.test(file))) {
          await handleMboxFile(file, resolved);
          continue;
        }
        bytes = fs.readFileSync(resolved);
      } catch (e) {
        fail(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})`);
        continue;
      }
      await handle(file, bytes);
    }
  }
  if (opts.format === "table") io.stdout(table(rows));
  return failed > 0 ? 1 : 0;
}
