// Delta queries (GET …/messages/delta, GET /me/calendarView/delta): a first sync pages through the
// collection and ends with an @odata.deltaLink; following that link later returns only what was added,
// changed or removed since (removed items as { id, "@removed": { reason } }). Tokens are kept here, in
// memory, with a fingerprint of every item they have seen, so tests may edit `state` directly.

export interface DeltaSnapshot {
  /** id → fingerprint of what the client has seen. */
  seen: Map<string, string>;
  /** Remembered by the token for calendarView/delta: the window of the initial request. */
  window?: { start: number; end: number };
  /** The initial request's $select/$filter: delta links carry only the token, as Graph's do. */
  query: string;
}

interface PendingPages<T> {
  items: { item: T | null; id: string }[];
  snapshot: DeltaSnapshot;
}

export class DeltaTokens<T> {
  private readonly snapshots = new Map<string, DeltaSnapshot>();
  private readonly pending = new Map<string, PendingPages<T>>();
  private next = 0;

  constructor(private readonly prefix: string) {}

  private token(): string {
    return `${this.prefix}${(++this.next).toString(36).padStart(6, "0")}`;
  }

  /**
   * Items to send for this round: everything (no token) or the changes since `deltaToken`, as pages of
   * `pageSize`. Returns the page and either a skip token (more pages) or a delta token (done).
   */
  round(
    current: { id: string; item: T; fingerprint: string }[],
    opts: { deltaToken?: string | null; skipToken?: string | null; pageSize: number; window?: { start: number; end: number }; query: string },
  ): { page: { item: T | null; id: string }[]; skipToken?: string; deltaToken?: string } | null {
    let pending: PendingPages<T> | undefined;
    if (opts.skipToken) {
      pending = this.pending.get(opts.skipToken);
      if (!pending) return null;
      this.pending.delete(opts.skipToken);
    } else {
      const before = opts.deltaToken ? this.snapshots.get(opts.deltaToken) : undefined;
      if (opts.deltaToken && !before) return null;
      const seen = new Map(current.map((c) => [c.id, c.fingerprint]));
      const changed = current.filter((c) => before?.seen.get(c.id) !== c.fingerprint).map((c) => ({ item: c.item, id: c.id }));
      const removed = before ? [...before.seen.keys()].filter((id) => !seen.has(id)).map((id) => ({ item: null, id })) : [];
      pending = { items: [...changed, ...removed], snapshot: { seen, window: before?.window ?? opts.window, query: before?.query ?? opts.query } };
    }
    const page = pending.items.slice(0, opts.pageSize);
    const rest = pending.items.slice(opts.pageSize);
    if (rest.length > 0) {
      const skipToken = this.token();
      this.pending.set(skipToken, { items: rest, snapshot: pending.snapshot });
      return { page, skipToken };
    }
    const deltaToken = this.token();
    this.snapshots.set(deltaToken, pending.snapshot);
    return { page, deltaToken };
  }

  /** What the initial request asked for, found again from a skip or delta token. */
  recall(token: string | null | undefined): Pick<DeltaSnapshot, "window" | "query"> | undefined {
    if (!token) return undefined;
    return this.snapshots.get(token) ?? this.pending.get(token)?.snapshot;
  }
}
