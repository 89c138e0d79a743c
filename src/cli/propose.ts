// `dialback propose --eml FILE --context context.json [--format json|text]`: the whole proposal for one
// client email, from Graph-shaped calendar data in a context file, without touching Graph.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { MailMessage } from "../core/types";
import { MailParseError, parseEmail } from "../core/mime";
import { InputError } from "../core/scheduling";
import { ProposeCallInput, ProposeCallResult, proposeCall } from "../core/proposal";
import { numberForPeople } from "../core/compose";
import type { ProposedSlot } from "../core/scheduling";
import { CliIO, InputFileError, UsageError } from "./io";

const USAGE = "usage: dialback propose --eml FILE --context context.json [--format json|text]";

/** Context keys a user may set; anything else is probably a typo worth reporting. */
const CONTEXT_KEYS = new Set([
  "now",
  "mailboxSettings",
  "schedule",
  "scheduleRequest",
  "callbackWindows",
  "durationMinutes",
  "clientTimeZone",
  "clientHours",
  "defaultRegion",
  "attorney",
  "count",
  "bufferMinutes",
  "leadMinutes",
  "horizonWorkingDays",
  "templates",
  "purpose",
  "locale",
  "booking",
  "thread",
  "$schema",
  "//",
]);

export type ProposeContext = Omit<ProposeCallInput, "message" | "thread" | "contact"> & {
  /** Earlier messages of the conversation as .eml paths, relative to the context file. */
  thread?: string[];
};

export async function runPropose(args: string[], io: CliIO): Promise<number> {
  let values: { eml?: string; context?: string; format?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { eml: { type: "string" }, context: { type: "string" }, format: { type: "string", default: "json" }, help: { type: "boolean", short: "h" } },
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (!values.eml) throw new UsageError(`--eml is required\n${USAGE}`);
  if (!values.context) throw new UsageError(`--context is required\n${USAGE}`);
  const format = values.format ?? "json";
  if (format !== "json" && format !== "text") throw new UsageError(`--format must be json or text, not "${format}"`);

  const contextPath = path.resolve(io.cwd, values.context);
  const context = parseContext(await readInput(contextPath, "context file", io), values.context);
  const message = await readMessage(values.eml, io);
  const thread = await readThread(context.thread, path.dirname(contextPath), io);
  const { thread: _paths, ...settings } = context;

  let result: ProposeCallResult;
  try {
    result = proposeCall({ ...settings, message, thread: thread.length ? [message, ...thread] : undefined });
  } catch (e) {
    if (e instanceof InputError) {
      const detail = `${e.field}: ${e.message.slice(e.field.length + 2)}`;
      // A field of the message itself is the mail file's fault, not the context's.
      if (e.field === "message" || e.field.startsWith("message.")) throw new InputFileError(`${values.eml}: ${detail}`);
      throw new UsageError(`${values.context}: ${detail}`);
    }
    throw e;
  }
  io.stdout(format === "json" ? `${JSON.stringify(result, null, 2)}\n` : asText(result));
  return 0;
}

async function readInput(file: string, what: string, io: CliIO): Promise<Buffer> {
  if (file === "-" || file.endsWith(`${path.sep}-`)) return io.readStdin();
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
    const message = `cannot read ${what} ${path.relative(io.cwd, file) || file}: ${why}`;
    throw what === "email" ? new InputFileError(message) : new UsageError(message);
  }
}

async function readMessage(file: string, io: CliIO): Promise<MailMessage> {
  const bytes = await readInput(file === "-" ? "-" : path.resolve(io.cwd, file), "email", io);
  try {
    return await parseEmail(bytes);
  } catch (e) {
    if (e instanceof MailParseError) throw new InputFileError(`${file}: ${e.message}`);
    throw e;
  }
}

async function readThread(paths: string[] | undefined, base: string, io: CliIO): Promise<MailMessage[]> {
  const out: MailMessage[] = [];
  for (const p of paths ?? []) out.push(await readMessage(path.resolve(base, p), io));
  return out;
}

/** JSON, an object, known keys, and the three required fields; the core checks the rest and names the field. */
export function parseContext(bytes: Buffer, label: string): ProposeContext {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new UsageError(`${label}: not valid JSON (${(e as Error).message})`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new UsageError(`${label}: expected a JSON object`);
  const ctx = value as Record<string, unknown>;
  for (const key of Object.keys(ctx)) {
    if (!CONTEXT_KEYS.has(key)) throw new UsageError(`${label}: ${key}: unknown field (known: ${[...CONTEXT_KEYS].filter((k) => /^[a-z]/i.test(k)).join(", ")})`);
  }
  for (const key of ["now", "mailboxSettings", "schedule"]) {
    if (ctx[key] === undefined || ctx[key] === null) throw new UsageError(`${label}: ${key}: required`);
  }
  if (ctx.thread !== undefined && (!Array.isArray(ctx.thread) || !ctx.thread.every((t) => typeof t === "string"))) {
    throw new UsageError(`${label}: thread: expected a list of .eml paths`);
  }
  return ctx as unknown as ProposeContext;
}

/** The attorney reads this summary: their own clock first, the client's beside it. */
function slotForAttorney(s: ProposedSlot): string {
  const clock = (iso: string) => iso.slice(11, 16);
  const day = new Date(`${s.start.slice(0, 10)}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });
  const clientDay = s.clientStart.slice(0, 10) === s.start.slice(0, 10) ? "" : `${s.clientStart.slice(0, 10)} `;
  return `${day} ${clock(s.start)}–${clock(s.end)} ${s.timeZone} = ${clientDay}${clock(s.clientStart)}–${clock(s.clientEnd)} ${s.clientTimeZone} (client)`;
}

function asText(r: ProposeCallResult): string {
  const lines: string[] = [];
  lines.push(`Client:   ${r.client.name ? `${r.client.name} <${r.client.address}>` : r.client.address}${r.client.organization ? `, ${r.client.organization}` : ""}`);
  lines.push(`Zone:     ${r.client.timeZone || "unknown"} (${r.client.timeZoneSource})`);
  lines.push(`Call:     ${r.best ? `${numberForPeople(r.best)} (${r.best.kind})` : "no number found"}`);
  if (r.numbers.length > 1) lines.push(`Also:     ${r.numbers.filter((n) => n !== r.best).map((n) => `${numberForPeople(n)} (${n.kind})`).join("; ")}`);
  lines.push("", "Agenda:");
  for (const i of r.agenda) lines.push(`  - ${i.text}${i.answered ? " (answered)" : ""} [${i.kind}]`);
  lines.push("", "Times:");
  if (r.slots.length === 0) lines.push(`  ${r.reason ?? "none"}`);
  for (const s of r.slots) lines.push(`  - ${slotForAttorney(s)}`);
  lines.push("", `Subject:  ${r.email.subject}`, "", r.email.text.trimEnd(), "");
  if (r.event) lines.push(`Event:    ${r.event.subject}, ${r.event.start.dateTime} ${r.event.start.timeZone}, transactionId ${r.event.transactionId ?? "-"}`, "");
  return `${lines.join("\n")}\n`;
}
