import { evaluateFilter, filterProperties, parseFilter, parsePrefer, searchPredicate } from "../../src/dev/emulator/odata";

const message = {
  conversationId: "AAQkADc3MWUx-K5H_aB3=",
  receivedDateTime: "2026-11-25T12:00:02Z",
  subject: "RE: License agreement",
  bodyPreview: "Any view on the audit rights yet?",
  from: { emailAddress: { name: "Priya Raman", address: "priya.raman@kestrelbio.com" } },
  toRecipients: [{ emailAddress: { name: "Alex Morgan", address: "alex.morgan@harwellmorgan.com" } }],
  emailAddresses: [{ name: "Priya Raman", address: "Priya.Raman@kestrelbio.com" }],
};

describe("$filter", () => {
  it.each([
    ["conversationId eq 'AAQkADc3MWUx-K5H_aB3='", true],
    ["conversationId eq 'aaqkadc3mwux-k5h_ab3='", false], // ids are case-sensitive
    ["receivedDateTime ge 2026-11-25T00:00:00Z", true],
    ["receivedDateTime ge 2026-11-26T00:00:00Z", false],
    ["receivedDateTime ge 1900-01-01T00:00:00Z and conversationId eq 'AAQkADc3MWUx-K5H_aB3='", true],
    ["from/emailAddress/address eq 'PRIYA.RAMAN@kestrelbio.com'", true], // addresses are not
    ["emailAddresses/any(a:a/address eq 'priya.raman@kestrelbio.com')", true],
    ["emailAddresses/any(a: a/address eq 'nobody@example.com')", false],
    ["toRecipients/any(r:r/emailAddress/address eq 'alex.morgan@harwellmorgan.com')", true],
    ["subject eq 'x' or subject eq 'RE: License agreement'", true],
    ["not (subject eq 'RE: License agreement')", false],
    ["subject eq 'O''Connell'", false],
  ])("%s → %p", (filter, expected) => {
    expect(evaluateFilter(parseFilter(filter), message)).toBe(expected);
  });

  it.each(["conversationId eq", "eq 'x'", "subject ~ 'x'", "subject eq 'x' and", "subject eq 'unterminated"])("rejects %s", (filter) => {
    expect(() => parseFilter(filter)).toThrow();
  });

  it("lists filter properties in order, for the $orderby rule", () => {
    expect(filterProperties(parseFilter("receivedDateTime ge 1900-01-01T00:00:00Z and conversationId eq 'x'"))).toEqual(["receivedDateTime", "conversationId"]);
  });
});

describe("Prefer and $search", () => {
  it("parses several preferences in one header", () => {
    const p = parsePrefer('outlook.timezone="Pacific Standard Time", IdType="ImmutableId", odata.maxpagesize=50');
    expect(Object.fromEntries(p)).toEqual({ "outlook.timezone": "Pacific Standard Time", idtype: "ImmutableId", "odata.maxpagesize": "50" });
  });

  it.each([
    ['"to:alex.morgan@harwellmorgan.com"', true],
    ['"from:priya.raman@kestrelbio.com"', true],
    ['"participants:kestrelbio.com"', true],
    ['"audit rights"', true],
    ['"to:priya.raman@kestrelbio.com"', false],
  ])("$search %s → %p", (q, expected) => expect(searchPredicate(q)(message)).toBe(expected));
});
