// RFC 822 / MIME parsing into the engine's MailMessage, via postal-mime (any charset, QP, base64, multipart).
import type { Email, PostalMimeOptions } from "postal-mime" with { "resolution-mode": "import" };
import type { Mailbox, MailMessage } from "../types";

interface PostalMimeStatic {
  parse(raw: string | Uint8Array | ArrayBuffer, options?: PostalMimeOptions): Promise<Email>;
}

// postal-mime publishes ESM typings but also a CommonJS build; requiring the CJS build keeps jest, the Node CLI
// and webpack on one code path without dynamic import().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PostalMime = (require("postal-mime") as { default: PostalMimeStatic }).default;

/** Why an input could not be read as an email. The message is meant for people (CLI stderr, UI). */
export class MailParseError extends Error {
  constructor(
    message: string,
    readonly reason: "empty" | "binary" | "no-headers" | "malformed",
  ) {
    super(message);
    this.name = "MailParseError";
  }
}

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]{0,75}:/;
const MAIL_HEADERS = /^(from|to|cc|subject|date|message-id|received|return-path|mime-version|content-type|delivered-to|x-[a-z0-9-]+|sender|reply-to|in-reply-to|references):/i;

function asBytes(raw: Uint8Array | string): Uint8Array {
  return crLineEnds(typeof raw === "string" ? new TextEncoder().encode(raw) : raw);
}

/**
 * Classic Mac mail ends lines with a bare CR; MIME parsers split on LF and would see one endless header line.
 * Only when the head has CRs and no LF at all are the CRs made CRLF.
 */
function crLineEnds(bytes: Uint8Array): Uint8Array {
  const n = Math.min(bytes.length, 4096);
  let cr = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 10) return bytes;
    if (bytes[i] === 13) cr++;
  }
  if (cr === 0) return bytes;
  let total = bytes.length;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 13 && bytes[i + 1] !== 10) total++;
  const out = new Uint8Array(total);
  let k = 0;
  for (let i = 0; i < bytes.length; i++) {
    out[k++] = bytes[i];
    if (bytes[i] === 13 && bytes[i + 1] !== 10) out[k++] = 10;
  }
  return out;
}

/** True when the bytes look like a binary file (NUL bytes early on), which no mail or text file contains. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * True when the input starts with an RFC 822 header block: a first line "Name: value" (or an mbox "From " line)
 * and at least one well-known mail header among the first lines.
 */
export function hasMailHeaders(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 16384));
  const lines = head.replace(/^\uFEFF/, "").split(/\r?\n/);
  let i = 0;
  if (lines[0]?.startsWith("From ")) i = 1;
  if (!HEADER_LINE.test(lines[i] ?? "")) return false;
  for (; i < lines.length && lines[i] !== ""; i++) if (MAIL_HEADERS.test(lines[i])) return true;
  return false;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ZONES: Record<string, string> = {
  UT: "+00:00", GMT: "+00:00", Z: "+00:00",
  EST: "-05:00", EDT: "-04:00", CST: "-06:00", CDT: "-05:00",
  MST: "-07:00", MDT: "-06:00", PST: "-08:00", PDT: "-07:00",
};
const DATE_RE = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Z]{1,3}\b)?/;

/**
 * The Date header as ISO 8601 keeping the sender's own UTC offset (postal-mime converts to UTC, losing the
 * offset that hints at the sender's time zone). Null when the header cannot be read.
 */
export function parseMailDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2].toLowerCase());
  if (month < 0) return null;
  let year = Number(m[3]);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const zone = m[7] ? (/^[+-]/.test(m[7]) ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : ZONES[m[7].toUpperCase()]) : undefined;
  const pad = (n: number | string, w = 2) => String(n).padStart(w, "0");
  const iso = `${pad(year, 4)}-${pad(month + 1)}-${pad(m[1])}T${pad(m[4])}:${m[5]}:${m[6] ?? "00"}${zone ?? "+00:00"}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

function mailbox(a: { name?: string; address?: string } | undefined | null): Mailbox {
  return { name: (a?.name ?? "").trim(), address: (a?.address ?? "").trim() };
}

function mailboxes(list: Email["to"]): Mailbox[] {
  const out: Mailbox[] = [];
  for (const a of list ?? []) {
    if (a.group) out.push(...a.group.map(mailbox));
    else out.push(mailbox(a));
  }
  return out;
}

/** Display name from a header value like `"Doe, Jane" <jane@x.com>` or `Jane Doe <...>`. */
function displayNameOf(value: string): string {
  const m = /^\s*"?([^"<]*?)"?\s*</.exec(value);
  return m ? m[1].trim() : "";
}

/**
 * Parse one RFC 822 message. Throws MailParseError for empty, binary or header-less input.
 * Some archives (Enron) put the display name only in X-From; it is used when From has none.
 */
export async function parseEmail(raw: Uint8Array | string): Promise<MailMessage> {
  return parseAt(raw, 0);
}

// Forwarded-as-attachment messages are read one level deep, a few of them, and only when small enough to be
// mail rather than an archive.
const MAX_ATTACHED = 5;
const MAX_ATTACHED_BYTES = 2 * 1024 * 1024;

async function attachedMessagesOf(email: Email, depth: number): Promise<MailMessage[]> {
  if (depth > 0) return [];
  const out: MailMessage[] = [];
  for (const a of email.attachments) {
    if (out.length >= MAX_ATTACHED) break;
    if (a.mimeType !== "message/rfc822" || !(a.content instanceof ArrayBuffer) || a.content.byteLength > MAX_ATTACHED_BYTES) continue;
    try {
      out.push(await parseAt(new Uint8Array(a.content), depth + 1));
    } catch {
      // An unreadable attachment is not the message's problem: the message itself still reads.
    }
  }
  return out;
}

async function parseAt(raw: Uint8Array | string, depth: number): Promise<MailMessage> {
  const bytes = asBytes(raw);
  if (bytes.length === 0 || /^\s*$/.test(new TextDecoder("latin1").decode(bytes.subarray(0, 4096))) && bytes.length < 4096) {
    throw new MailParseError("empty input, no email to read", "empty");
  }
  if (looksBinary(bytes)) throw new MailParseError("binary data, not an email", "binary");
  if (!hasMailHeaders(bytes)) throw new MailParseError("not an email: no mail header lines at the start", "no-headers");
  let email: Email;
  try {
    email = (await parseLargeSinglePart(bytes)) ?? (await PostalMime.parse(dropEmptyParts(boundHeaders(bytes)), { attachmentEncoding: "arraybuffer" }));
  } catch (e) {
    throw new MailParseError(`malformed email: ${(e as Error).message}`, "malformed");
  }
  const from = email.from && !email.from.group ? mailbox(email.from) : mailbox(email.sender);
  if (!from.name) {
    const xFrom = email.headers.find((h) => h.key === "x-from");
    // Lotus-style X-From values ("jane.doe@firm.com@ENRON <...>") carry an address, not a name.
    const name = xFrom ? displayNameOf(xFrom.value) : "";
    if (name && !name.includes("@")) from.name = name;
  }
  if (!from.address.includes("@")) {
    // Web archives (Pipermail, MHonArc) write "jane at firm.it (Jane Doe)" to hide addresses from harvesters.
    const raw = email.headers.find((h) => h.key === "from")?.value ?? "";
    const m = /^\s*([\w.+'-]+) at ([\w-]+(?:\.[\w-]+)+)\s*(?:\(([^()]*)\))?\s*$/.exec(raw);
    if (m) {
      from.address = `${m[1]}@${m[2]}`;
      if (!from.name || / at /.test(from.name)) from.name = m[3] && !/ at /.test(m[3]) ? m[3].trim() : "";
    }
  }
  const rawDate = email.headers.find((h) => h.key === "date")?.value;
  const attached = await attachedMessagesOf(email, depth);
  return {
    messageId: email.messageId ?? null,
    from,
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    subject: email.subject ?? "",
    date: parseMailDate(rawDate) ?? email.date ?? null,
    text: email.text ?? null,
    html: email.html ?? null,
    attachments: email.attachments.map((a) => ({ filename: a.filename ?? "", contentType: a.mimeType })),
    ...(attached.length > 0 ? { attachedMessages: attached } : {}),
  };
}

const MAX_HEADER_FIELD = 16 * 1024;
const MAX_HEADER_FIELDS = 1000;
const KEEP_TRUNCATED = /^(from|to|cc|subject|date|message-id|content-type|content-transfer-encoding|mime-version|x-from|sender|reply-to):/i;

const MAX_PARTS = 200;

/**
 * postal-mime spends seconds on thousands of MIME parts (10 s for 10,000 empty ones). When a top-level
 * multipart body has more than 200 parts, parts with no content (headers only) are removed first; they carry
 * nothing to read. Other messages pass unchanged.
 */
function dropEmptyParts(bytes: Uint8Array): Uint8Array {
  const probe = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 256 * 1024)));
  const top = /\r?\n\r?\n/.exec(probe);
  if (!top) return bytes;
  const headers = probe.slice(0, top.index).replace(/\r?\n[ \t]+/g, " ");
  const boundary = /^content-type:\s*multipart\/[^\r\n]*?boundary\s*=\s*"?([^";\r\n]+)"?/im.exec(headers)?.[1];
  if (!boundary) return bytes;
  const delimiter = `--${boundary}`;
  // Cheap count first: most multipart messages have a handful of parts.
  let count = 0;
  for (let at = probe.indexOf(delimiter); at >= 0 && count <= MAX_PARTS; at = probe.indexOf(delimiter, at + 1)) count++;
  if (count <= MAX_PARTS && bytes.length <= probe.length) return bytes;
  const text = new TextDecoder("latin1").decode(bytes);
  const head = /\r?\n\r?\n/.exec(text) as RegExpExecArray;
  const parts = text.slice(head.index + head[0].length).split(delimiter);
  if (parts.length <= MAX_PARTS) return bytes;
  // parts[0] is the preamble; a part starting with "--" is the closing delimiter and what follows it.
  const kept = parts.filter((p, i) => {
    if (i === 0 || p.startsWith("--")) return true;
    const body = /\r?\n\r?\n([\s\S]*)$/.exec(p)?.[1] ?? "";
    return body.trim() !== "";
  });
  const out = text.slice(0, head.index + head[0].length) + kept.join(delimiter);
  const result = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) result[i] = out.charCodeAt(i) & 0xff;
  return result;
}

/** A cut header keeps whole list items: up to its last "," or ";" (a half address would parse as garbage). */
function cutAtLastSeparator(s: string): string {
  const at = Math.max(s.lastIndexOf(","), s.lastIndexOf(";"));
  return at > s.indexOf(":") ? s.slice(0, at) : s;
}

/**
 * postal-mime takes time quadratic in the length of a folded header (46 s for a 670 KB References header), so
 * oversized header blocks are trimmed before parsing: fields over 16 KB are dropped, or cut when the engine
 * needs them (From, To, Subject...), and at most 1000 fields are kept. Bytes are otherwise passed unchanged.
 */
function boundHeaders(bytes: Uint8Array): Uint8Array {
  const probe = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 4 * 1024 * 1024)));
  const m = /\r?\n\r?\n/.exec(probe);
  const headerEnd = m ? m.index : probe.length;
  if (headerEnd <= 64 * 1024) return bytes;
  const fields: string[] = [];
  for (const line of probe.slice(0, headerEnd).split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && fields.length > 0) {
      if (fields[fields.length - 1].length <= MAX_HEADER_FIELD) fields[fields.length - 1] += `\r\n${line}`;
      else fields[fields.length - 1] += " "; // mark as oversized without growing it
    } else {
      fields.push(line);
    }
  }
  const kept = fields
    .filter((f) => f.length <= MAX_HEADER_FIELD || KEEP_TRUNCATED.test(f))
    .map((f) => (f.length > MAX_HEADER_FIELD ? cutAtLastSeparator(f.slice(0, MAX_HEADER_FIELD)) : f))
    .slice(0, MAX_HEADER_FIELDS);
  const head = kept.join("\r\n");
  const out = new Uint8Array(head.length + (bytes.length - headerEnd));
  for (let i = 0; i < head.length; i++) out[i] = head.charCodeAt(i) & 0xff;
  out.set(bytes.subarray(headerEnd), head.length);
  return out;
}

const LARGE = 1024 * 1024;

/** Quoted-printable to bytes in one linear pass (soft line breaks removed, =XX escapes decoded). */
function decodeQuotedPrintable(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d) {
      if (text[i + 1] === "\n") {
        i += 1;
        continue;
      }
      if (text[i + 1] === "\r" && text[i + 2] === "\n") {
        i += 2;
        continue;
      }
      const hex = text.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out[n++] = parseInt(hex, 16);
        i += 2;
        continue;
      }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

/**
 * postal-mime slows down badly on some multi-megabyte single-part bodies (34 s for 10 MB of quoted-printable
 * soft breaks, 13 s for 10 MB of short lines). A large text/plain or text/html message that is not multipart and
 * not base64 is decoded here in linear time; its headers still go through postal-mime. Null: not such a message.
 */
async function parseLargeSinglePart(bytes: Uint8Array): Promise<Email | null> {
  if (bytes.length < LARGE) return null;
  const probe = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 256 * 1024)));
  const m = /\r?\n\r?\n/.exec(probe);
  if (!m) return null;
  const headerText = probe.slice(0, m.index);
  const unfolded = headerText.replace(/\r?\n[ \t]+/g, " ");
  const type = /^content-type:\s*([^;\r\n]+)(.*)$/im.exec(unfolded);
  const mime = (type?.[1] ?? "text/plain").trim().toLowerCase();
  const cte = (/^content-transfer-encoding:\s*(\S+)/im.exec(unfolded)?.[1] ?? "7bit").toLowerCase();
  if ((mime !== "text/plain" && mime !== "text/html") || !["7bit", "8bit", "binary", "quoted-printable"].includes(cte)) return null;
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(type?.[2] ?? "")?.[1] ?? "utf-8";
  const headers = await PostalMime.parse(boundHeaders(bytes.subarray(0, m.index + m[0].length)));
  const raw = bytes.subarray(m.index + m[0].length);
  const body = cte === "quoted-printable" ? decodeQuotedPrintable(new TextDecoder("latin1").decode(raw)) : raw;
  let text: string;
  try {
    text = new TextDecoder(charset).decode(body);
  } catch {
    text = new TextDecoder("utf-8").decode(body);
  }
  text = text.replace(/\r\n?/g, "\n");
  return { ...headers, text: mime === "text/plain" ? text : undefined, html: mime === "text/html" ? text : undefined, attachments: [] };
}

/** A plain-text note (no headers) as a message with an unknown sender, for `dialback extract notes.txt`. */
export function messageFromText(text: string): MailMessage {
  return { from: { name: "", address: "" }, to: [], subject: "", text };
}
