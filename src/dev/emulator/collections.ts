// Collections the Graph way: $select, $filter, $search, $orderby, $top/$skip with absolute nextLinks, and
// the property checks Graph applies before it runs a query.
import { evaluateFilter, filterProperties, ODataQueryError, parseFilter, parseOrderBy, parsePrefer, searchPredicate, sortBy } from "./odata";
import { messageJson } from "./represent";
import { Ctx, HttpError, Result } from "./requestContext";
import { htmlToText, StoredMessage } from "./state";
import { graphInstant } from "./timeZones";

const MAX_TOP = 1000;

/**
 * The filterable properties of a message as Graph names them, computed on access: filtering 10,000
 * messages on conversationId must not format 40,000 dates or render any body.
 */
export class MessageView {
  constructor(private readonly m: StoredMessage) {}
  get id(): string {
    return this.m.id;
  }
  get subject(): string {
    return this.m.subject;
  }
  get conversationId(): string {
    return this.m.conversationId;
  }
  get receivedDateTime(): string {
    return graphInstant(this.m.receivedAt);
  }
  get sentDateTime(): string {
    return graphInstant(this.m.sentAt);
  }
  get createdDateTime(): string {
    return graphInstant(this.m.receivedAt);
  }
  get lastModifiedDateTime(): string {
    return graphInstant(this.m.receivedAt);
  }
  get hasAttachments(): boolean {
    return this.m.attachments.length > 0;
  }
  get isRead(): boolean {
    return this.m.isRead;
  }
  get isDraft(): boolean {
    return !!this.m.isDraft;
  }
  get importance(): string {
    return this.m.importance ?? "normal";
  }
  get internetMessageId(): string {
    return this.m.internetMessageId;
  }
  get from(): unknown {
    return { emailAddress: this.m.from };
  }
  get sender(): unknown {
    return { emailAddress: this.m.from };
  }
  get toRecipients(): unknown {
    return this.m.to.map((r) => ({ emailAddress: r }));
  }
  get ccRecipients(): unknown {
    return this.m.cc.map((r) => ({ emailAddress: r }));
  }
  get bodyPreview(): string {
    return htmlToText(this.m.uniqueBodyHtml || this.m.bodyHtml).slice(0, 255);
  }
}

export function selectList(ctx: Ctx): string[] | null {
  const sel = ctx.query.get("$select");
  return sel ? sel.split(",").map((s) => s.trim()).filter(Boolean) : null;
}

/** Graph refuses unknown property names in $select and $filter (a typo must not pass silently). */
export function checkProperties(ctx: Ctx, type: string, known: string[]): void {
  const lower = new Set(known.map((k) => k.toLowerCase()));
  const named = [...(selectList(ctx) ?? [])];
  const filter = ctx.query.get("$filter");
  if (filter) {
    try {
      named.push(...filterProperties(parseFilter(filter)));
    } catch {
      // Syntax errors are reported by the query itself.
    }
  }
  for (const name of ctx.query.get("$orderby")?.split(",").map((o) => o.trim().split(/[\s/]/)[0]) ?? []) if (name) named.push(name);
  const unknown = named.find((n) => !lower.has(n.toLowerCase()));
  if (unknown) throw new HttpError(400, "RequestBroker--ParseUri", `Could not find a property named '${unknown}' on type 'microsoft.graph.${type}'.`);
}

export const MESSAGE_PROPERTIES = [
  ...Object.keys(messageJson({ id: "", immutableId: "", folder: "inbox", conversationId: "", conversationIndex: "", internetMessageId: "", subject: "", from: { name: "", address: "" }, to: [], cc: [], sentAt: 0, receivedAt: 0, bodyHtml: "", uniqueBodyHtml: "", attachments: [], isRead: true }, { immutableIds: false, bodyType: "html", timeZone: { name: "UTC", zone: "UTC" } }, true)),
  "attachments",
  "internetMessageHeaders",
  "extensions",
  "singleValueExtendedProperties",
  "multiValueExtendedProperties",
  "mentionsPreview",
];

/** $filter/$search/$orderby/$top/$skip and nextLink paging over JSON items. */
export function page<T = Record<string, unknown>>(
  ctx: Ctx,
  items: T[],
  opts: { defaultTop: number; defaultOrder?: string; strictOrderRule?: boolean; searchable?: boolean; view?: (item: T) => Record<string, unknown> },
): { value: T[]; nextLink?: string; count?: number } {
  const render = opts.view ?? ((x: T) => x as unknown as Record<string, unknown>);
  const views = new Map<T, Record<string, unknown>>();
  const view = (x: T): Record<string, unknown> => {
    let v = views.get(x);
    if (!v) views.set(x, (v = render(x)));
    return v;
  };
  const filter = ctx.query.get("$filter");
  const orderby = ctx.query.get("$orderby");
  const search = ctx.query.get("$search");
  let list = items;
  try {
    if (search !== null) {
      if (!opts.searchable) throw new HttpError(400, "ErrorInvalidUrlQuery", "The query parameter '$search' is not supported.");
      if (filter !== null || orderby !== null) {
        throw new HttpError(400, "ErrorInvalidUrlQuery", `The query parameter '${orderby !== null ? "$orderby" : "$filter"}' is not supported with '$search'.`);
      }
      const matches = searchPredicate(search);
      list = sortBy(list.filter((item) => matches(view(item))), parseOrderBy("receivedDateTime desc"), view);
    }
    if (filter !== null) {
      const tree = parseFilter(filter);
      if (orderby !== null && opts.strictOrderRule) {
        // Graph's documented rule: $orderby properties must lead the $filter, in the same order.
        const sortProps = parseOrderBy(orderby).map((o) => o.property[0].toLowerCase());
        const filterProps = filterProperties(tree).map((p) => p.toLowerCase());
        if (sortProps.some((p, i) => filterProps[i] !== p)) {
          throw new HttpError(400, "InefficientFilter", "The restriction or sort order is too complex for this operation.");
        }
      }
      list = list.filter((item) => evaluateFilter(tree, view(item)));
    }
    const order = orderby ?? (search === null ? opts.defaultOrder : undefined);
    if (order) list = sortBy(list, parseOrderBy(order), view);
  } catch (err) {
    if (err instanceof ODataQueryError) throw new HttpError(400, err.code, err.message);
    throw err;
  }
  const topRaw = ctx.query.get("$top");
  const preferPage = Number(parsePrefer(ctx.headers.get("Prefer")).get("odata.maxpagesize"));
  const top = topRaw !== null ? Number(topRaw) : Number.isFinite(preferPage) && preferPage > 0 ? preferPage : opts.defaultTop;
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) {
    throw new HttpError(400, "ErrorInvalidUrlQuery", `The value of the query parameter '$top' is invalid; it must be between 1 and ${MAX_TOP}.`);
  }
  const skip = Number(ctx.query.get("$skip") ?? "0");
  const value = list.slice(skip, skip + top);
  let nextLink: string | undefined;
  if (skip + top < list.length) {
    const [path, qs = ""] = ctx.relativeUrl.split("?");
    const params = new URLSearchParams(qs);
    params.set("$skip", String(skip + top));
    if (topRaw !== null) params.set("$top", String(top));
    nextLink = `${ctx.root}${path}?${params.toString().replace(/\+/g, "%20")}`;
  }
  // $count=true reports the size of the whole filtered collection, not of the page.
  return { value, nextLink, count: ctx.query.get("$count")?.toLowerCase() === "true" ? list.length : undefined };
}

export function listResult(context: string, p: { value: unknown[]; nextLink?: string; count?: number }, headers: Record<string, string>): Result {
  const body: Record<string, unknown> = { "@odata.context": context };
  if (p.count !== undefined) body["@odata.count"] = p.count;
  body.value = p.value;
  if (p.nextLink) body["@odata.nextLink"] = p.nextLink;
  return { status: 200, body, headers };
}
