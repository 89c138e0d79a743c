// mbox archives: messages separated by "From " envelope lines at the start of a line (mboxo/mboxrd).

// An envelope line is "From <sender> <asctime date>"; requiring the weekday or an address keeps body sentences
// that happen to start with "From " from splitting a message.
const ENVELOPE = /^From (?:\S+@\S+|\S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )[^\n]*\n/gm;

function latin1(raw: Uint8Array): string {
  // windows-1252/latin1 decoding maps every byte to exactly one UTF-16 unit, so string offsets equal byte offsets.
  return new TextDecoder("latin1").decode(raw);
}

/** True when the input starts like an mbox archive (an envelope "From " line). */
export function looksLikeMbox(raw: Uint8Array | string): boolean {
  const head = typeof raw === "string" ? raw.slice(0, 1024) : latin1(raw.subarray(0, 1024));
  ENVELOPE.lastIndex = 0;
  const m = ENVELOPE.exec(head.replace(/\r\n/g, "\n"));
  return m !== null && m.index === 0;
}

/** Undo mboxrd escaping: ">From " (any number of ">") at a line start loses one ">". */
function unescapeFrom(bytes: Uint8Array): Uint8Array {
  const text = latin1(bytes);
  if (!/\n>+From /.test(text)) return bytes;
  const keep: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x3e && (i === 0 || bytes[i - 1] === 0x0a)) {
      let j = i;
      while (bytes[j] === 0x3e) j++;
      if (text.startsWith("From ", j)) continue;
    }
    keep.push(i);
  }
  return Uint8Array.from(keep, (i) => bytes[i]);
}

/** Split an mbox archive into its messages (envelope lines removed, ">From " unescaped), bytes unchanged. */
export function splitMbox(raw: Uint8Array | string): Uint8Array[] {
  const bytes = typeof raw === "string" ? new TextEncoder().encode(raw) : raw;
  const text = latin1(bytes);
  const starts: Array<{ at: number; body: number }> = [];
  ENVELOPE.lastIndex = 0;
  for (const m of text.matchAll(ENVELOPE)) starts.push({ at: m.index ?? 0, body: (m.index ?? 0) + m[0].length });
  if (starts.length === 0) return text.trim() ? [bytes] : [];
  const out: Uint8Array[] = [];
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].at : bytes.length;
    const message = bytes.subarray(s.body, end);
    if (latin1(message).trim()) out.push(unescapeFrom(message));
  });
  return out;
}
