// The .mbox figures of `npm run bench:extract`: `dialback extract` (the built CLI, in its own process) over a
// generated mailbox file of 100,000 messages, and of 10,000 for comparison: throughput (messages/s) and peak
// memory (the child's max RSS). Streamed reading means peak RSS stays flat while the file grows tenfold.
// The files go to a temp folder and are deleted afterwards. DIALBACK_MBOX_SIZES="2000,20000" changes the sizes.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const FIRST = ["Jane", "Marc", "Ana", "Kenji", "Priya", "Lars", "Sofia", "Omar", "Chloé", "Dieter"];
const LAST = ["Okafor", "Dubois", "García", "Tanaka", "Shah", "Nilsson", "Rossi", "Haddad", "Martin", "Weber"];
const DOMAINS = ["acme.co.uk", "example.fr", "empresa.es", "kaisha.jp", "firma.de", "bolag.se", "azienda.it", "company.com"];
const PHONES = ["+44 20 7946 0321", "+33 1 42 68 53 00", "+34 912 345 678", "+81 3-1234-5678", "+49 89 5550 310", "+46 8 123 456 78", "+39 06 1234 5678", "(212) 555-0148"];

/** Message i of the generated mailbox: 5,000 senders; about a third are signed, the rest short replies. */
function message(i: number): string {
  const s = (i * 7919) % 5000;
  const name = `${FIRST[s % 10]} ${LAST[Math.floor(s / 10) % 10]}`;
  const domain = DOMAINS[s % DOMAINS.length];
  const address = `${name.split(" ")[0].toLowerCase()}.${s}@${domain}`.normalize("NFKD").replace(/[^\x20-\x7e]/g, "");
  const date = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
  const asctime = date.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, "$1 $3 $2 $5 $4");
  const signed = i % 3 === 0;
  const body = signed
    ? `Dear Alex,\n\nPlease find the draft agreement for matter ${i} attached. Could we discuss clause ${i % 40} before Friday?\n\nKind regards,\n${name}\nGeneral Counsel | ${domain}\nDirect: ${PHONES[s % PHONES.length]}\nFrom the desk of ${name}\n`
    : `Thanks, that works for me.\n\nSent from my phone\n\nOn ${date.toUTCString()}, Alex Morgan <alex.morgan@harwellmorgan.com> wrote:\n> Could you confirm the call on ${i % 28 + 1} March?\n>From the archive\n`;
  return (
    `From ${address} ${asctime}\n` +
    `From: ${name} <${address}>\nTo: Alex Morgan <alex.morgan@harwellmorgan.com>\nSubject: Matter ${i}\nDate: ${date.toUTCString().replace("GMT", "+0000")}\n` +
    `Message-ID: <bench-${i}@${domain}>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${body}\n`
  );
}

async function writeMbox(file: string, n: number): Promise<number> {
  const out = fs.createWriteStream(file);
  for (let i = 0; i < n; i++) {
    if (!out.write(message(i))) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return fs.statSync(file).size;
}

interface Run {
  messages: number;
  bytes: number;
  rows: number;
  seconds: number;
  peakRssMiB: number;
  liveHeapMiB: number;
}

/** Runs `dialback extract <file>` in a child process; rows counted from its JSON lines, peak RSS from the child. */
function runCli(root: string, file: string, preload: string): Promise<Omit<Run, "messages" | "bytes">> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ["--expose-gc", "--require", preload, path.join(root, "bin", "dialback.js"), "extract", file], { stdio: ["ignore", "pipe", "pipe"] });
    let rows = 0;
    let err = "";
    child.stdout.on("data", (b: Buffer) => {
      for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) rows++;
    });
    child.stderr.on("data", (b: Buffer) => (err += b.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const m = /DIALBACK_MAXRSS_KB=(\d+) DIALBACK_LIVE_HEAP=(\d+)/.exec(err);
      if (code !== 0 || !m) return reject(new Error(`dialback extract exited ${code}: ${err.slice(0, 500)}`));
      resolve({ rows, seconds, peakRssMiB: Number(m[1]) / 1024, liveHeapMiB: Number(m[2]) / 2 ** 20 });
    });
  });
}

/** The mbox table: one line per size, then whether peak RSS stayed flat. Returns the runs. */
export async function mboxBench(root: string, sizes = (process.env.DIALBACK_MBOX_SIZES ?? "10000,100000").split(",").map(Number)): Promise<Run[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dialback-mbox-bench-"));
  const preload = path.join(dir, "maxrss.js");
  // process.resourceUsage().maxRSS is the child's own peak resident set, in KiB.
  // The live heap after a full collection at exit shows what outlives the messages (module caches, anything
  // leaked per message): flat when nothing grows with the file, whatever V8's lazy collection does to RSS. (The
  // per-sender index is bounded by construction; test/unit/cli-mbox-stream.test.ts checks it.)
  fs.writeFileSync(
    preload,
    'process.on("exit", () => { global.gc && global.gc(); process.stderr.write(`DIALBACK_MAXRSS_KB=${process.resourceUsage().maxRSS} DIALBACK_LIVE_HEAP=${process.memoryUsage().heapUsed}\\n`); });\n',
  );
  const runs: Run[] = [];
  try {
    for (const n of sizes) {
      const file = path.join(dir, `mailbox-${n}.mbox`);
      const bytes = await writeMbox(file, n);
      const r = await runCli(root, file, preload);
      fs.rmSync(file);
      if (r.rows !== n) throw new Error(`expected ${n} JSON lines from ${n} messages, got ${r.rows}`);
      runs.push({ messages: n, bytes, ...r });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log("\n.mbox through `dialback extract` (child process, JSON lines out, generated file in a temp folder):");
  for (const r of runs) {
    console.log(`  ${String(r.messages).padStart(7)} messages, ${(r.bytes / 2 ** 20).toFixed(1).padStart(6)} MiB: ${(r.messages / r.seconds).toFixed(0)} msg/s, ${r.seconds.toFixed(1)} s, peak RSS ${r.peakRssMiB.toFixed(0)} MiB, live heap at the end ${r.liveHeapMiB.toFixed(1)} MiB`);
  }
  if (runs.length >= 2) {
    const [a, b] = [runs[0], runs[runs.length - 1]];
    console.log(`  file ${(b.bytes / a.bytes).toFixed(1)}x larger, peak RSS ${(b.peakRssMiB / a.peakRssMiB).toFixed(2)}x, live heap ${(b.liveHeapMiB / a.liveHeapMiB).toFixed(2)}x (streamed: both should stay near 1x)`);
  }
  return runs;
}
