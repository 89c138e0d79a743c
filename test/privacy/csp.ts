// Reading and judging a Content-Security-Policy, for the taskpane checks (issue 8, privacy).

export type Policy = Map<string, string[]>;

/** Parses a policy string into directive → sources (names lower-cased; first occurrence wins, as browsers do). */
export function parsePolicy(policy: string): Policy {
  const out: Policy = new Map();
  for (const part of policy.split(";")) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    if (!tokens.length) continue;
    const name = tokens[0].toLowerCase();
    if (!out.has(name)) out.set(name, tokens.slice(1));
  }
  return out;
}

/** The sources that govern a fetch directive: its own, else default-src (CSP Level 3 fallback, simplified). */
export function effective(policy: Policy, directive: string): string[] | null {
  return policy.get(directive) ?? policy.get("default-src") ?? null;
}

/**
 * What is wrong with a taskpane policy, as sentences; empty when it is acceptable. Acceptable means: scripts
 * only from named origins (no inline script, no eval, no wildcards, no data:/blob:/http:), plugins off,
 * <base> pinned, and data sent only to https origins.
 */
export function policyProblems(policyText: string): string[] {
  const policy = parsePolicy(policyText);
  const problems: string[] = [];
  if (!policy.has("default-src")) problems.push("no default-src");
  const scripts = effective(policy, "script-src");
  if (!scripts) problems.push("no script-src (and no default-src)");
  else {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:", "blob:", "http:", "https:", "'wasm-unsafe-eval'"]) {
      if (scripts.includes(bad)) problems.push(`script-src allows ${bad}`);
    }
    for (const s of scripts) if (/^http:\/\//i.test(s)) problems.push(`script-src allows plain-http origin ${s}`);
  }
  const objects = effective(policy, "object-src");
  if (!objects || objects.join(" ") !== "'none'") problems.push("object-src is not 'none'");
  const base = policy.get("base-uri");
  if (!base) problems.push("no base-uri (an injected <base> could redirect relative script URLs)");
  else if (base.includes("*")) problems.push("base-uri allows *");
  const connect = effective(policy, "connect-src");
  if (connect) {
    for (const s of connect) {
      if (s === "*" || s === "http:" || /^http:\/\//i.test(s)) problems.push(`connect-src allows ${s}`);
    }
  }
  const forms = policy.get("form-action");
  if (forms && forms.includes("*")) problems.push("form-action allows *");
  return problems;
}

/** Every Content-Security-Policy meta tag's content in an HTML page (attribute order and quoting vary after minifying). */
export function metaPolicies(html: string): { content: string; index: number }[] {
  const out: { content: string; index: number }[] = [];
  const tag = /<meta\b[^>]*>/gi;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html))) {
    const t = m[0];
    if (!/http-equiv\s*=\s*["']?content-security-policy/i.test(t)) continue;
    const c = /content\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(t);
    if (c) out.push({ content: decodeEntities(c[1] ?? c[2] ?? ""), index: m.index });
  }
  return out;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#39;|&#x27;|&apos;/gi, "'")
    .replace(/&quot;|&#34;/gi, '"')
    .replace(/&lt;/gi, "<")
    .replace(/&gt;/gi, ">")
    .replace(/&amp;/gi, "&");
}
