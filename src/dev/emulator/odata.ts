// The slice of OData Graph's mail, calendar and contacts endpoints accept: $filter comparisons joined
// by and/or, lambda any() over collections, $orderby, $select, $search (KQL-lite) and Prefer.

export class ODataQueryError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Literal = string | number | boolean | null | { dateTime: number };
type Op = "eq" | "ne" | "gt" | "ge" | "lt" | "le";

export type FilterNode =
  | { kind: "and" | "or"; left: FilterNode; right: FilterNode }
  | { kind: "not"; inner: FilterNode }
  | { kind: "cmp"; path: string[]; op: Op; value: Literal }
  | { kind: "any"; path: string[]; variable: string; inner: FilterNode };

const TOKEN = /\s*(\(|\)|,|'(?:[^']|'')*'|[A-Za-z_$@][\w./:$@-]*|-?\d[\w.:+-]*)/y;

function tokenize(src: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new ODataQueryError("BadRequest", `Invalid filter clause: syntax error at position ${pos} in '${src}'.`);
    out.push(m[1]);
    pos = TOKEN.lastIndex;
  }
  return out;
}

const OPS = new Set(["eq", "ne", "gt", "ge", "lt", "le"]);

function literal(tok: string | undefined): Literal {
  if (tok === undefined) throw new ODataQueryError("BadRequest", "Invalid filter clause: value expected.");
  if (tok.startsWith("'")) return tok.slice(1, -1).replace(/''/g, "'");
  if (tok === "true" || tok === "false") return tok === "true";
  if (tok === "null") return null;
  if (/^-?\d+(\.\d+)?$/.test(tok)) return Number(tok);
  if (/^\d{4}-\d\d-\d\dT/.test(tok)) {
    const t = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(tok) ? tok : `${tok}Z`);
    if (!Number.isNaN(t)) return { dateTime: t };
  }
  throw new ODataQueryError("BadRequest", `Invalid filter clause: unrecognised literal '${tok}'.`);
}

/** Parses a $filter expression into a tree. */
export function parseFilter(src: string): FilterNode {
  const toks = tokenize(src);
  let i = 0;
  const peek = (): string | undefined => toks[i];
  const next = (): string | undefined => toks[i++];
  const expect = (t: string): void => {
    if (next() !== t) throw new ODataQueryError("BadRequest", `Invalid filter clause: '${t}' expected in '${src}'.`);
  };

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (peek()?.toLowerCase() === "or") {
      next();
      left = { kind: "or", left, right: parseAnd() };
    }
    return left;
  }
  function parseAnd(): FilterNode {
    let left = parseUnary();
    while (peek()?.toLowerCase() === "and") {
      next();
      left = { kind: "and", left, right: parseUnary() };
    }
    return left;
  }
  function parseUnary(): FilterNode {
    const t = peek();
    if (t === "(") {
      next();
      const inner = parseOr();
      expect(")");
      return inner;
    }
    if (t?.toLowerCase() === "not") {
      next();
      return { kind: "not", inner: parseUnary() };
    }
    const pathTok = next();
    if (!pathTok || pathTok.startsWith("'")) throw new ODataQueryError("BadRequest", `Invalid filter clause: property expected in '${src}'.`);
    const lambda = /^(.*)\/any$/i.exec(pathTok);
    if (lambda) {
      expect("(");
      const varTok = next() ?? "";
      const m = /^(\w+):(.*)$/.exec(varTok);
      if (!m) throw new ODataQueryError("BadRequest", `Invalid filter clause: lambda variable expected in '${src}'.`);
      // The tokenizer keeps "a:a/address" together; re-feed the part after the colon as the inner path.
      if (m[2]) toks.splice(i, 0, m[2]);
      const inner = parseOr();
      expect(")");
      return { kind: "any", path: lambda[1].split("/"), variable: m[1], inner };
    }
    const op = next()?.toLowerCase();
    if (!op || !OPS.has(op)) throw new ODataQueryError("BadRequest", `Invalid filter clause: operator expected after '${pathTok}'.`);
    return { kind: "cmp", path: pathTok.split("/"), op: op as Op, value: literal(next()) };
  }

  const tree = parseOr();
  if (i < toks.length) throw new ODataQueryError("BadRequest", `Invalid filter clause: unexpected '${toks[i]}' in '${src}'.`);
  return tree;
}

/** Top-level property names in the order the filter mentions them (for the $orderby rule). */
export function filterProperties(node: FilterNode): string[] {
  const out: string[] = [];
  const walk = (n: FilterNode): void => {
    switch (n.kind) {
      case "and":
      case "or":
        walk(n.left);
        walk(n.right);
        break;
      case "not":
        walk(n.inner);
        break;
      default:
        if (!out.includes(n.path[0])) out.push(n.path[0]);
    }
  };
  walk(node);
  return out;
}

function getPath(obj: unknown, path: string[]): unknown {
  let cur: unknown = obj;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    const rec = cur as Record<string, unknown>;
    if (seg in rec) {
      cur = rec[seg];
      continue;
    }
    // OData property names are case-insensitive in Graph's query options.
    const proto = Object.getPrototypeOf(rec);
    const names = proto && proto !== Object.prototype ? [...Object.keys(rec), ...Object.getOwnPropertyNames(proto)] : Object.keys(rec);
    const key = names.find((k) => k.toLowerCase() === seg.toLowerCase());
    cur = key === undefined ? undefined : rec[key];
  }
  return cur;
}

function compare(actual: unknown, op: Op, expected: Literal, caseSensitive: boolean): boolean {
  let a: unknown = actual;
  let e: unknown = expected;
  if (expected !== null && typeof expected === "object") {
    const t = typeof actual === "string" ? Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(actual) ? actual : `${actual}Z`) : NaN;
    if (Number.isNaN(t)) return false;
    a = t;
    e = expected.dateTime;
  } else if (typeof a === "string" && typeof e === "string" && !caseSensitive) {
    a = a.toLowerCase();
    e = e.toLowerCase();
  }
  if (a === undefined) a = null;
  switch (op) {
    case "eq":
      return a === e;
    case "ne":
      return a !== e;
    default: {
      if (a === null || e === null) return false;
      const x = a as number | string;
      const y = e as number | string;
      return op === "gt" ? x > y : op === "ge" ? x >= y : op === "lt" ? x < y : x <= y;
    }
  }
}

/** Evaluates the filter against a Graph JSON representation. Ids compare case-sensitively, as Exchange does. */
export function evaluateFilter(node: FilterNode, item: unknown, scope: Record<string, unknown> = {}): boolean {
  switch (node.kind) {
    case "and":
      return evaluateFilter(node.left, item, scope) && evaluateFilter(node.right, item, scope);
    case "or":
      return evaluateFilter(node.left, item, scope) || evaluateFilter(node.right, item, scope);
    case "not":
      return !evaluateFilter(node.inner, item, scope);
    case "any": {
      const list = getPath(item, node.path);
      if (!Array.isArray(list)) return false;
      return list.some((el) => evaluateFilter(node.inner, item, { ...scope, [node.variable]: el }));
    }
    case "cmp": {
      const [head, ...rest] = node.path;
      const actual = head in scope ? getPath(scope[head], rest) : getPath(item, node.path);
      const last = node.path[node.path.length - 1];
      return compare(actual, node.op, node.value, /id$/i.test(last));
    }
  }
}

export interface OrderBy {
  property: string[];
  descending: boolean;
}

export function parseOrderBy(src: string): OrderBy[] {
  return src
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((part) => {
      const [prop, dir = "asc"] = part.split(/\s+/);
      if (!/^(asc|desc)$/i.test(dir)) throw new ODataQueryError("BadRequest", `Invalid $orderby direction '${dir}'.`);
      return { property: prop.split("/"), descending: dir.toLowerCase() === "desc" };
    });
}

export function sortBy<T>(items: T[], order: OrderBy[], view: (item: T) => unknown = (x) => x): T[] {
  const key = (v: unknown): number | string => {
    if (typeof v === "string") {
      const t = /^\d{4}-\d\d-\d\dT/.test(v) ? Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`) : NaN;
      return Number.isNaN(t) ? v.toLowerCase() : t;
    }
    return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : -Infinity;
  };
  // Keys computed once per item: sorting 10,000 messages must not parse dates a million times.
  const decorated = items.map((item, index) => ({ item, index, keys: order.map((o) => key(getPath(view(item), o.property))) }));
  decorated.sort((a, b) => {
    for (let i = 0; i < order.length; i++) {
      const x = a.keys[i];
      const y = b.keys[i];
      if (x < y) return order[i].descending ? 1 : -1;
      if (x > y) return order[i].descending ? -1 : 1;
    }
    return a.index - b.index;
  });
  return decorated.map((d) => d.item);
}

/** Keeps the selected properties (case-insensitively) plus what Graph always returns (id, @odata.*). */
export function applySelect(item: Record<string, unknown>, select: string[] | null): Record<string, unknown> {
  if (!select) return item;
  const wanted = new Set(select.map((s) => s.toLowerCase()));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (k.startsWith("@odata.") || k === "id" || wanted.has(k.toLowerCase())) out[k] = v;
  }
  return out;
}

/** Prefer header → lower-cased preference name → value ("outlook.timezone" → "Pacific Standard Time"). */
export function parsePrefer(header: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  const re = /([\w.-]+)\s*=\s*(?:"([^"]*)"|([^,;\s]+))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(header))) out.set(m[1].toLowerCase(), m[2] ?? m[3]);
  return out;
}

/** A KQL-lite $search: "to:x", "from:x", "participants:x", "subject:x" or free words. */
export function searchPredicate(raw: string): (m: Record<string, unknown>) => boolean {
  const text = raw.replace(/^"|"$/g, "").trim().toLowerCase();
  const m = /^(to|from|cc|participants|subject|body):(.+)$/.exec(text);
  const addresses = (list: unknown): string[] =>
    Array.isArray(list) ? list.map((r) => String((r as { emailAddress?: { address?: string } }).emailAddress?.address ?? "").toLowerCase()) : [];
  const fromAddr = (item: Record<string, unknown>): string[] => addresses(item.from ? [item.from] : []);
  if (m) {
    const value = m[2].trim();
    switch (m[1]) {
      case "to":
        return (item) => addresses(item.toRecipients).some((a) => a.includes(value));
      case "cc":
        return (item) => addresses(item.ccRecipients).some((a) => a.includes(value));
      case "from":
        return (item) => fromAddr(item).some((a) => a.includes(value));
      case "participants":
        return (item) => [...fromAddr(item), ...addresses(item.toRecipients), ...addresses(item.ccRecipients)].some((a) => a.includes(value));
      case "subject":
        return (item) => String(item.subject ?? "").toLowerCase().includes(value);
      default:
        return (item) => String(item.bodyPreview ?? "").toLowerCase().includes(value);
    }
  }
  return (item) => `${item.subject ?? ""} ${item.bodyPreview ?? ""}`.toLowerCase().includes(text);
}
