// Fault injection: what a test or a demo switch asks the emulator to get wrong, and for how long.

/** Which requests a rule hits: a path substring ("/mailboxSettings"), a regexp, or all when omitted. */
export type RouteMatcher = string | RegExp | undefined;

/** Outer HTTP requests, parts of a $batch, or both. */
export type FaultTarget = "request" | "part" | "any";

interface RuleBase {
  route?: RouteMatcher;
  target: FaultTarget;
  /** How many more matching requests it hits; Infinity while a time window is used instead. */
  remaining: number;
  /** Epoch ms after which the rule no longer applies. */
  until: number;
}

export interface ThrottleRule extends RuleBase {
  kind: "throttle";
  /** Seconds, possibly fractional; null sends no Retry-After (as Outlook's concurrency 429 sometimes does). */
  retryAfterSeconds: number | null;
  code: "TooManyRequests" | "ApplicationThrottled";
}
export interface ServerErrorRule extends RuleBase {
  kind: "serverError";
  status: 500 | 502 | 503 | 504;
  retryAfterSeconds: number | null;
}
export interface DropRule extends RuleBase {
  kind: "drop";
}
export type FaultRule = ThrottleRule | ServerErrorRule | DropRule;

export interface FaultWindow {
  route?: RouteMatcher;
  target?: FaultTarget;
  /** Hit the next N matching requests. */
  count?: number;
  /** Or: hit every matching request for this many ms from now (a storm). */
  forMs?: number;
}

export class Faults {
  rules: FaultRule[] = [];
  /** Added to every response, or per route. */
  latencies: { route?: RouteMatcher; ms: number }[] = [];
  readonly expiredTokens = new Set<string>();
  /**
   * Outlook's limit of concurrent requests per app and mailbox (4). Requests beyond it, and parallel
   * batch parts beyond it, get 429 ApplicationThrottled without Retry-After. null turns the check off.
   */
  concurrencyLimit: number | null = 4;

  constructor(private readonly clock: () => number = Date.now) {}

  private window(w: FaultWindow): Pick<RuleBase, "route" | "target" | "remaining" | "until"> {
    return {
      route: w.route,
      target: w.target ?? "any",
      remaining: w.forMs !== undefined && w.count === undefined ? Infinity : (w.count ?? 1),
      until: w.forMs !== undefined ? this.clock() + w.forMs : Infinity,
    };
  }

  /** 429 with Retry-After (default 1 s) for the next `count` matching requests, or for `forMs` ms. */
  throttle(w: FaultWindow & { retryAfterSeconds?: number | null; code?: ThrottleRule["code"] } = {}): this {
    this.rules.push({
      kind: "throttle",
      ...this.window(w),
      retryAfterSeconds: w.retryAfterSeconds === undefined ? 1 : w.retryAfterSeconds,
      code: w.code ?? "TooManyRequests",
    });
    return this;
  }

  /** 5xx (default 503) for the next `count` matching requests, or for `forMs` ms. */
  serverError(w: FaultWindow & { status?: ServerErrorRule["status"]; retryAfterSeconds?: number | null } = {}): this {
    this.rules.push({ kind: "serverError", ...this.window(w), status: w.status ?? 503, retryAfterSeconds: w.retryAfterSeconds ?? null });
    return this;
  }

  /** The connection drops without a response (fetch rejects) for matching outer requests. */
  dropConnection(w: Omit<FaultWindow, "target"> = {}): this {
    this.rules.push({ kind: "drop", ...this.window({ ...w, target: "request" }) });
    return this;
  }

  /** Delay every matching response by `ms`. */
  latency(ms: number, route?: RouteMatcher): this {
    this.latencies.push({ ms, route });
    return this;
  }

  /** Requests bearing this token get 401 InvalidAuthenticationToken from now on. */
  expireToken(token: string): this {
    this.expiredTokens.add(token);
    return this;
  }

  /**
   * A personal Microsoft account (Outlook.com): Graph's getSchedule is documented as not supported for personal
   * accounts (api/calendar-getschedule.md, permissions table), but the error it answers with is not documented.
   * We answer 400 with code "ErrorNotSupported" — our choice, see docs/APP-REGISTRATION.md (issue 16.6).
   */
  personalAccount = false;

  /** Makes the mailbox behave like a personal account's (getSchedule refused), or a work one's again. */
  personal(on = true): this {
    this.personalAccount = on;
    return this;
  }

  /** Sets (or, with null, lifts) the per-mailbox concurrency limit. */
  mailboxConcurrency(limit: number | null): this {
    this.concurrencyLimit = limit;
    return this;
  }

  clear(): this {
    this.concurrencyLimit = 4;
    this.personalAccount = false;
    this.rules = [];
    this.latencies = [];
    this.expiredTokens.clear();
    return this;
  }

  static matches(route: RouteMatcher, path: string): boolean {
    if (route === undefined) return true;
    if (typeof route === "string") return path.toLowerCase().includes(route.toLowerCase());
    return route.test(path);
  }

  latencyFor(path: string): number {
    return this.latencies.filter((l) => Faults.matches(l.route, path)).reduce((sum, l) => sum + l.ms, 0);
  }

  /** The first live rule matching this request, consuming one of its hits. */
  take(path: string, target: "request" | "part"): FaultRule | null {
    const now = this.clock();
    this.rules = this.rules.filter((r) => r.remaining > 0 && r.until > now);
    for (const rule of this.rules) {
      if (rule.target !== "any" && rule.target !== target) continue;
      if (!Faults.matches(rule.route, path)) continue;
      rule.remaining--;
      return rule;
    }
    return null;
  }
}
