// The taskpane page carries a strict Content-Security-Policy (issue 8, privacy): checked in the webpack
// configuration that writes it, in the HTML template, and in the built pages under dist/ when a build exists.
import * as fs from "node:fs";
import * as path from "node:path";
import { metaPolicies, parsePolicy, policyProblems } from "./csp";
import { CONNECT_HOSTS, SCRIPT_HOSTS } from "./officeJsHosts";

const sorted = (xs: string[] | undefined) => [...(xs ?? [])].sort();
const SCRIPT_LIST = sorted(SCRIPT_HOSTS.map((h) => h.origin));
const CONNECT_LIST = sorted(CONNECT_HOSTS.map((h) => h.origin));

const root = path.resolve(__dirname, "../..");

interface HtmlPluginLike {
  constructor: { name: string };
  userOptions?: { filename?: string; templateParameters?: { csp?: string } };
}

/** The pages webpack would write, with the CSP each is given (production or demo build). */
function configuredPages(env: Record<string, unknown>): Map<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(root, "webpack.config.js")) as (env: unknown, argv: unknown) => { plugins: HtmlPluginLike[] };
  const config = factory(env, { mode: "production" });
  const pages = new Map<string, string>();
  for (const p of config.plugins) {
    if (p.constructor.name !== "HtmlWebpackPlugin" || !p.userOptions?.filename) continue;
    pages.set(p.userOptions.filename, p.userOptions.templateParameters?.csp ?? "");
  }
  return pages;
}

describe("CSP policy judge", () => {
  it.each([
    ["script-src 'self'; object-src 'none'; base-uri 'self'", "no default-src"],
    ["default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'", "script-src allows 'unsafe-inline'"],
    ["default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'self'", "script-src allows 'unsafe-eval'"],
    ["default-src *; object-src 'none'; base-uri 'self'", "script-src allows *"],
    ["default-src 'self'; script-src 'self' http://cdn.example; object-src 'none'; base-uri 'self'", "script-src allows plain-http origin http://cdn.example"],
    ["default-src 'self'; base-uri 'self'", "object-src is not 'none'"],
    ["default-src 'self'; object-src 'none'", "no base-uri (an injected <base> could redirect relative script URLs)"],
    ["default-src 'self'; object-src 'none'; base-uri 'self'; connect-src *", "connect-src allows *"],
  ])("rejects %s", (policy, problem) => {
    expect(policyProblems(policy)).toContain(problem);
  });

  it("accepts a strict policy", () => {
    expect(policyProblems("default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; object-src 'none'; base-uri 'self'")).toEqual([]);
  });

  it("finds meta policies in minified HTML", () => {
    const html = `<head><meta charset=utf-8><meta http-equiv=Content-Security-Policy content="default-src &#39;self&#39;; object-src &#39;none&#39;"><script src=a.js></script>`;
    expect(metaPolicies(html).map((m) => m.content)).toEqual(["default-src 'self'; object-src 'none'"]);
    expect(parsePolicy(metaPolicies(html)[0].content).get("object-src")).toEqual(["'none'"]);
  });
});

describe("taskpane Content-Security-Policy", () => {
  it("the production build gives taskpane.html a strict policy", () => {
    const csp = configuredPages({}).get("taskpane.html");
    expect(csp).toBeTruthy();
    expect(policyProblems(csp!)).toEqual([]);
  });

  it("a demo build page that has a policy has a strict one", () => {
    // The demo host is a development page (no account, emulator in the page); where it sets a policy, it must hold.
    for (const [page, csp] of configuredPages({ demo: true })) if (csp) expect({ page, problems: policyProblems(csp) }).toEqual({ page, problems: [] });
  });

  it("production script-src and connect-src are exactly the documented list (ours, Graph, sign-in, office.js's hosts)", () => {
    for (const page of ["taskpane.html", "auth-dialog.html"]) {
      const csp = parsePolicy(configuredPages({}).get(page)!);
      expect({ page, scripts: sorted(csp.get("script-src")) }).toEqual({ page, scripts: SCRIPT_LIST });
      expect({ page, connect: sorted(csp.get("connect-src")) }).toEqual({ page, connect: CONNECT_LIST });
    }
    // Data leaves only for Microsoft's own hosts.
    for (const s of CONNECT_LIST) expect(s === "'self'" || /^https:\/\/[a-z0-9.-]+\.microsoft(online)?\.com$/.test(s)).toBe(true);
  });

  it("production pages that run our code with a sign-in or message data all carry a policy", () => {
    // The sign-in dialog handles tokens, so it needs a policy as much as the taskpane.
    const pages = configuredPages({});
    const missing = [...pages].filter(([, csp]) => !csp).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it("the HTML template emits the policy before any script", () => {
    const template = fs.readFileSync(path.join(root, "src/taskpane/page.html"), "utf8");
    const meta = template.search(/http-equiv="Content-Security-Policy"/i);
    const script = template.search(/<script\b/i);
    expect(meta).toBeGreaterThan(-1);
    // A meta policy only governs what comes after it.
    if (script > -1) expect(meta).toBeLessThan(script);
  });

  const built = path.join(root, "dist/taskpane.html");
  (fs.existsSync(built) ? it : it.skip)("the built dist/taskpane.html carries the strict policy before its scripts", () => {
    const html = fs.readFileSync(built, "utf8");
    const policies = metaPolicies(html);
    expect(policies).toHaveLength(1);
    expect(policyProblems(policies[0].content)).toEqual([]);
    const builtPolicy = parsePolicy(policies[0].content);
    expect(sorted(builtPolicy.get("script-src"))).toEqual(SCRIPT_LIST);
    expect(sorted(builtPolicy.get("connect-src"))).toEqual(CONNECT_LIST);
    const firstScript = html.search(/<script\b/i);
    if (firstScript > -1) expect(policies[0].index).toBeLessThan(firstScript);
    // No inline script: the policy would block it, and it would mean the page runs code we did not hash.
    const inline = html.match(/<script\b(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/gi) ?? [];
    expect(inline).toEqual([]);
  });
});
