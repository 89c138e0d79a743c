// Streaming .mbox reading for the CLI: one message at a time from a file of any size, in bounded memory.
//
// Hand-written rather than a package (node-mbox, mbox-reader): message boundaries must be exactly the core's
// (`splitMbox`: an envelope "From " line needs an address or a weekday, so a body sentence starting "From "
// never splits a message; mboxrd ">From " unescaping). This reader only finds where one message's bytes end
// and hands each message's bytes to the core's `splitMbox`, so both paths share one definition.
import * as fs from "node:fs";
import { splitMbox } from "../core/mime";
import type { MailMessage } from "../core/types";

// The same envelope rule as src/core/mime/mbox.ts, applied to one complete line.
const ENVELOPE_LINE = /^From (?:\S+@\S+|\S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )/;
const NL_FROM = Buffer.from("\nFrom ");

/**
 * Raw messages of an mbox read from `chunks`, yielded as soon as the next envelope line (or the end) is seen.
 * Holds at most one message plus one chunk in memory.
 */
export async function* mboxMessages(chunks: AsyncIterable<Buffer | Uint8Array>): AsyncGenerator<Uint8Array> {
  let pending: Buffer = Buffer.alloc(0);
  // Offset in `pending` from which to look for the next "\nFrom " (earlier bytes were already checked).
  let scanFrom = 0;
  const emit = function* (bytes: Buffer): Generator<Uint8Array> {
    for (const m of splitMbox(bytes)) yield m;
  };
  for await (const chunk of chunks) {
    pending = pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([pending, chunk]);
    for (;;) {
      const at = pending.indexOf(NL_FROM, scanFrom);
      if (at < 0) {
        scanFrom = Math.max(0, pending.length - NL_FROM.length);
        break;
      }
      const lineEnd = pending.indexOf(0x0a, at + 1);
      if (lineEnd < 0) {
        // The candidate envelope line is not complete yet: wait for more bytes.
        scanFrom = at;
        break;
      }
      const line = pending.toString("latin1", at + 1, lineEnd).replace(/\r$/, "");
      if (ENVELOPE_LINE.test(line) && at > 0) {
        yield* emit(pending.subarray(0, at + 1));
        pending = Buffer.from(pending.subarray(at + 1));
        scanFrom = 0;
      } else {
        scanFrom = at + 1;
      }
    }
  }
  if (pending.length > 0) yield* emit(pending);
}

/** Raw messages of the mbox file at `file`, streamed. */
export function mboxFileMessages(file: string): AsyncGenerator<Uint8Array> {
  return mboxMessages(fs.createReadStream(file, { highWaterMark: 256 * 1024 }));
}

/** The first bytes of a file (to tell an mbox from an .eml without reading the whole file). */
export function fileHead(file: string, n = 1024): Uint8Array {
  const fd = fs.openSync(file, "r");
  try {
    const buf = Buffer.alloc(n);
    const got = fs.readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The earlier messages of each sender, as the thread for the signature fallback, in bounded memory: at most
 * `perSender` messages for each of at most `senders` addresses (least recently seen senders are dropped first),
 * each reduced to the sender, date, ids and the first `textLimit` characters of its text (the newest block, where
 * the sender's signature sits, comes first).
 */
export class SenderIndex {
  private readonly bySender = new Map<string, MailMessage[]>();
  constructor(
    private readonly textOf: (m: MailMessage) => string,
    readonly perSender = 3,
    readonly senders = 2000,
    readonly textLimit = 16 * 1024,
  ) {}

  /** The earlier messages kept for this message's sender (never the message itself). */
  threadFor(m: MailMessage): MailMessage[] {
    const key = m.from.address?.toLowerCase();
    return key ? (this.bySender.get(key) ?? []) : [];
  }

  add(m: MailMessage): void {
    const key = m.from.address?.toLowerCase();
    if (!key) return;
    const list = this.bySender.get(key) ?? [];
    this.bySender.delete(key); // re-insert: Map order is the recency order
    list.push({ id: m.id, messageId: m.messageId, from: m.from, to: [], subject: "", date: m.date, text: this.textOf(m).slice(0, this.textLimit), html: null });
    if (list.length > this.perSender) list.shift();
    this.bySender.set(key, list);
    if (this.bySender.size > this.senders) this.bySender.delete(this.bySender.keys().next().value as string);
  }

  /** Messages held, for tests: never more than perSender × senders. */
  get size(): number {
    let n = 0;
    for (const l of this.bySender.values()) n += l.length;
    return n;
  }
}
