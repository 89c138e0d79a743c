import { formatForContact, phoneKey, regionOf, samePhoneNumber } from "./phoneCompare";

describe("samePhoneNumber", () => {
  it.each<[string, string, string | null, boolean]>([
    ["+1 (212) 555-0100", "+12125550100", null, true],
    ["(212) 555-0100", "+1 212 555 0100", "US", true],
    ["212.555.0100", "+12125550100", "US", true],
    ["020 7484 5546", "+44 20 7484 5546", "GB", true],
    ["+44 (0)20 7484 5546", "+442074845546", null, true],
    ["0044 20 7484 5546", "+442074845546", "GB", true],
    ["+49 30 1234567", "030 1234567", "DE", true],
    ["+1 212 555 0100 ext. 12", "+1 212 555 0100 x12", null, true],
    ["+1 212 555 0100 ext. 12", "+1 212 555 0100", null, false],
    ["+1 212 555 0100", "+1 212 555 0199", null, false],
    ["(212) 555-0100", "+442125550100", "US", false],
    ["call reception", "+12125550100", null, false],
    ["n/a", "n/a", null, false],
    ["", "", null, false],
  ])("%s vs %s (%s) → %s", (a, b, region, expected) => {
    expect(samePhoneNumber(a, b, region)).toBe(expected);
  });
});

describe("phoneKey / formatForContact / regionOf", () => {
  it.each([
    ["+1 (212) 555-0100 x12", null, "+12125550100;ext=12"],
    ["(212) 555-0100", "us", "+12125550100"],
    ["hello", null, null],
    [null, null, null],
  ])("phoneKey(%p, %p) = %p", (text, region, key) => {
    expect(phoneKey(text, region)).toBe(key);
  });

  it.each([
    ["+12125550100", null, "+1 212 555 0100"],
    ["+12125550100", "12", "+1 212 555 0100 ext. 12"],
    ["+442074845546", null, "+44 20 7484 5546"],
  ])("formatForContact(%s, %p) = %s", (e164, ext, text) => {
    expect(formatForContact(e164, ext)).toBe(text);
  });

  it("knows the country of a number", () => {
    expect(regionOf("+442074845546")).toBe("GB");
    expect(regionOf("+12125550100")).toBe("US");
  });
});
