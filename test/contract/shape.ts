// Compares JSON by shape: the same property names and JSON types, recursively, with values aside.
// Graph's documented examples are "shortened for readability", so extra properties are allowed.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

export const CONTRACTS_DIR = resolve(__dirname, "../../../shared/contracts/graph");

export interface DocRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}
export interface DocResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export function loadExample<T = DocRequest | DocResponse>(folder: string, file: string): T {
  return JSON.parse(readFileSync(join(CONTRACTS_DIR, folder, file), "utf8")) as T;
}

export function exampleFolders(): string[] {
  return readdirSync(CONTRACTS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}

function jsonType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

// Formats Graph is strict about: event/schedule times (7 fractional digits, no offset) and UTC stamps.
const FORMATS: [string, RegExp][] = [
  ["dateTime with 7 fractional digits and no offset", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}$/],
  ["UTC instant ending in Z", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/],
];

/** Differences of `actual` from the documented `doc` shape; [] when the shapes agree. */
export function shapeDiff(doc: unknown, actual: unknown, path = "$"): string[] {
  // A documented null says nothing about the type; a null where the doc shows a string is a nullable
  // string property left unset (Graph returns null, docs show "x-value" placeholders).
  if (doc === null) return [];
  if (actual === null && typeof doc === "string") return [];
  const dt = jsonType(doc);
  const at = jsonType(actual);
  if (dt !== at) return [`${path}: documented ${dt}, got ${at}`];
  if (dt === "string") {
    for (const [name, re] of FORMATS) if (re.test(doc as string) && !re.test(actual as string)) return [`${path}: expected ${name}, got "${String(actual)}"`];
    return [];
  }
  if (dt === "array") {
    const d = doc as unknown[];
    const a = actual as unknown[];
    if (d.length === 0) return [];
    if (a.length === 0) return [`${path}: documented a non-empty array, got []`];
    // Each documented element must have a counterpart of the same shape (elements legitimately vary,
    // e.g. private schedule items carry no subject).
    const out: string[] = [];
    d.forEach((el, i) => {
      const diffs = a.map((x) => shapeDiff(el, x, `${path}[${i}]`));
      if (!diffs.some((x) => x.length === 0)) out.push(...diffs.reduce((best, x) => (x.length < best.length ? x : best)));
    });
    return out;
  }
  if (dt === "object") {
    const out: string[] = [];
    for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
      if (k.startsWith("_")) continue;
      if (!(k in (actual as Record<string, unknown>))) {
        out.push(`${path}.${k}: missing`);
        continue;
      }
      out.push(...shapeDiff(v, (actual as Record<string, unknown>)[k], `${path}.${k}`));
    }
    return out;
  }
  return [];
}

/** Path and query of a URL with its query values decoded (OData literals compared as written). */
export function splitUrl(url: string): { path: string; query: Record<string, string> } {
  const u = new URL(url.replace(/ /g, "%20"));
  const query: Record<string, string> = {};
  for (const part of u.search.replace(/^\?/, "").split("&").filter(Boolean)) {
    const i = part.indexOf("=");
    const key = decodeURIComponent(i < 0 ? part : part.slice(0, i));
    query[key] = i < 0 ? "" : decodeURIComponent(part.slice(i + 1));
  }
  return { path: decodeURIComponent(u.pathname), query };
}

/** An OData filter with its literals blanked, to compare forms: "conversationId eq '…'". */
export function filterForm(filter: string): string {
  return filter
    .replace(/'(?:[^']|'')*'/g, "'…'")
    .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z?/g, "<datetime>")
    .replace(/\s+/g, " ")
    .trim();
}

/** An OData annotation's value with instance data blanked: ids in `('…')`, hosts and API versions aside. */
function annotationForm(key: string, v: unknown): string {
  if (typeof v !== "string") return jsonType(v);
  if (key === "@odata.type") return v.replace(/^#?/, "#");
  if (key === "@odata.etag") return v.startsWith('W/"') ? 'W/"…"' : v;
  if (key === "@odata.context" || key === "@odata.id" || key === "@odata.nextLink" || key === "@odata.deltaLink") {
    return v
      .replace(/^https:\/\/graph\.microsoft\.com\/(v1\.0|beta)\//, "…/")
      .replace(/\('(?:[^']|'')*'\)/g, "(…)")
      .replace(/#users\(…\)\//, "#me/")
      .replace(/#Me\//, "#me/")
      .replace(/\?.*$/, "?…");
  }
  return v;
}

/** Differences in OData annotations: each annotation the doc shows is there, with the same form. */
export function annotationDiff(doc: unknown, actual: unknown, path = "$"): string[] {
  if (doc === null || actual === null || typeof doc !== "object" || typeof actual !== "object") return [];
  if (Array.isArray(doc)) {
    if (!Array.isArray(actual) || actual.length === 0) return [];
    const out: string[] = [];
    doc.forEach((el, i) => {
      const diffs = actual.map((x) => annotationDiff(el, x, `${path}[${i}]`));
      if (!diffs.some((d) => d.length === 0)) out.push(...diffs.reduce((best, d) => (d.length < best.length ? d : best)));
    });
    return out;
  }
  const out: string[] = [];
  const a = actual as Record<string, unknown>;
  for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
    if (k.startsWith("@odata.")) {
      if (!(k in a)) out.push(`${path}.${k}: annotation missing`);
      else if (annotationForm(k, v) !== annotationForm(k, a[k])) out.push(`${path}.${k}: documented "${annotationForm(k, v)}", got "${annotationForm(k, a[k])}"`);
    } else if (k in a) out.push(...annotationDiff(v, a[k], `${path}.${k}`));
  }
  return out;
}

/** Every documented field (names, JSON types, formats, recursively) and every documented OData annotation. */
export function documentedDiff(doc: unknown, actual: unknown): string[] {
  return [...shapeDiff(doc, actual), ...annotationDiff(doc, actual)];
}

/** Every example payload in the contracts folder that shows a response or resource (not a request), as folder/file. */
export function documentedPayloads(): string[] {
  return exampleFolders()
    .flatMap((f) => readdirSync(join(CONTRACTS_DIR, f)).filter((n) => n.endsWith(".json") && n !== "request.json" && !n.endsWith(".request.json")).map((n) => `${f}/${n}`))
    .sort();
}
