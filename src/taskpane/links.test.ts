import { dialText, teamsCallHref, telHref } from "./links";
import { parseTypedNumber } from "./typedNumber";

describe("call links", () => {
  it.each([
    [{ e164: "+442074845546", ext: null }, "tel:+442074845546"],
    [{ e164: "+12125550100", ext: "204" }, "tel:+12125550100;ext=204"],
  ])("tel: link for %j", (dial, href) => expect(telHref(dial)).toBe(href));

  it("Teams link addresses the number as a PSTN user", () => {
    expect(teamsCallHref({ e164: "+4930123456" })).toBe("https://teams.microsoft.com/l/call/0/0?users=4:%2B4930123456");
  });

  it("copy text keeps the extension", () => {
    expect(dialText({ display: "+1 212 555 0100", ext: "12" })).toBe("+1 212 555 0100 ext. 12");
    expect(dialText({ display: "+1 707 555 0100 ext. 214", ext: "214" })).toBe("+1 707 555 0100 ext. 214");
    expect(dialText({ display: "+1 707 555 0100 x214", ext: "214" })).toBe("+1 707 555 0100 x214");
  });
});

describe("parseTypedNumber", () => {
  it.each([
    ["020 7946 0958", "GB", "+442079460958", "+44 20 7946 0958"],
    ["+1 (212) 555-0100", null, "+12125550100", "+1 212 555 0100"],
    ["(212) 555-0100", "US", "+12125550100", "+1 212 555 0100"],
    ["030 1234567", "DE", "+49301234567", "+49 30 1234567"],
    ["+33 1 42 68 53 00", "GB", "+33142685300", "+33 1 42 68 53 00"],
  ])("%s in %s → %s", (input, region, e164, display) => {
    expect(parseTypedNumber(input, region)).toEqual({ e164, ext: null, display, kind: "typed", line: null });
  });

  it("keeps an extension", () => {
    expect(parseTypedNumber("+1 212 555 0100 ext. 42", null)?.ext).toBe("42");
  });

  it.each(["", "   ", "12", "call me", "+44 20"])("rejects %j", (input) => {
    expect(parseTypedNumber(input, "GB")).toBeNull();
  });
});
