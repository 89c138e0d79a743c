import { classifyLabel, isLabelOnly, labelAfter, labelBefore } from "./labels";
import { findPhonesInLine, prepareLine } from "./find";

describe("classifyLabel", () => {
  it.each([
    // direct, in several languages and abbreviations
    ["Direct", "direct"], ["Direct Dial", "direct"], ["Direct Line", "direct"], ["DD", "direct"], ["D:", "direct"], ["Dir.", "direct"],
    ["Durchwahl", "direct"], ["Ligne directe", "direct"], ["Directo", "direct"], ["Work (direct line)", "direct"], ["Direct Telephone", "direct"],
    // mobile
    ["Mobile", "mobile"], ["Cell", "mobile"], ["M:", "mobile"], ["Mob", "mobile"], ["Handy", "mobile"], ["Mobil", "mobile"], ["Portable", "mobile"],
    ["Móvil", "mobile"], ["(c)", "mobile"], ["Mobile phone", "mobile"],
    // fax, including a "direct fax"
    ["Fax", "fax"], ["F:", "fax"], ["Telefax", "fax"], ["Facsimile", "fax"], ["Direct Fax", "fax"], ["eFax", "fax"],
    // main
    ["Main", "main"], ["Switchboard", "main"], ["Reception", "main"], ["Zentrale", "main"], ["Department Telephone", "main"], ["general number", "main"],
    // other
    ["Home", "other"], ["Pager", "other"], ["Assistant", "other"], ["Voicemail", "other"], ["H:", "other"],
    // generic voice labels become direct or main later
    ["Phone", "generic"], ["Tel.", "generic"], ["T:", "generic"], ["P:", "generic"], ["Office", "generic"], ["Telefon", "generic"], ["Téléphone", "generic"],
    ["Teléfono", "generic"], ["Fon", "generic"], ["Voice", "generic"], ["Telephone #", "generic"],
    // a line with several roles: voice beats fax
    ["ph/fax", "generic"], ["Tel/Fax", "generic"], ["home / fax", "other"], ["Phone & Fax", "generic"],
  ])("%s -> %s", (label, kind) => {
    expect(classifyLabel(label)).toBe(kind);
  });

  it("knows no label in ordinary words", () => {
    expect(classifyLabel("Houston")).toBeNull();
    expect(classifyLabel("")).toBeNull();
  });
});

describe("labels around a number", () => {
  it.each([
    ["Tel.:    ", "Tel."], ["Direct Dial: ", "Direct Dial"], ["M ", "M"], ["T: ", "T:"], ["San Francisco, CA 94105\tPhone ", "Phone"], ["mobile: (+353 or 0)", "mobile"],
  ])("label before %j", (prefix, text) => {
    expect(labelBefore(prefix)?.text).toBe(text);
  });

  it.each([["Jane Doe "], ["Suite 500, "], ["Room EB3816 "]])("no label before %j", (prefix) => {
    expect(labelBefore(prefix)).toBeNull();
  });

  it.each([
    [" (fax)", "fax"], [" direct", "direct"], [" - Office", "generic"], [" --cell", "mobile"], [" <== Zentrale", "main"], [" Fax", "fax"], [" (c)", "mobile"],
  ])("label after %j", (suffix, kind) => {
    expect(labelAfter(suffix)?.kind).toBe(kind);
  });

  it("recognises label-only lines", () => {
    expect(isLabelOnly("Telephone:")?.kind).toBe("generic");
    expect(isLabelOnly("  Fax")?.kind).toBe("fax");
    expect(isLabelOnly("Jane Doe")).toBeNull();
    expect(isLabelOnly("Tel 555 1234")).toBeNull();
  });
});

describe("findPhonesInLine", () => {
  const one = (line: string, region: string | null) => {
    const found = findPhonesInLine(line, region);
    return found.map((f) => [f.e164, f.ext, f.label?.kind ?? null]);
  };

  it.each([
    // United States and Canada
    ["Phone: (713) 853-6210", "US", [["+17138536210", null, "generic"]]],
    ["ph:  713.345.3249", "US", [["+17133453249", null, "generic"]]],
    ["tel (416) 598-0055x232", "CA", [["+14165980055", "232", "generic"]]],
    ["Direct: 713-555-1234 ext. 45", "US", [["+17135551234", "45", "direct"]]],
    ["TEL: +81-3-6812-4470 (ext. 305)", "US", [["+81368124470", "305", "generic"]]],
    ["Tel +1 212 555 0100 (x 22)", "GB", [["+12125550100", "22", "generic"]]],
    ["(713) 853-6210, 761", "US", [["+17138536210", "761", null]]],
    ["214/373-1945 (direct)", "US", [["+12143731945", null, "direct"]]],
    ["713-853-5638 (office)  713-416-8738 (cell)", "US", [["+17138535638", null, "generic"], ["+17134168738", null, "mobile"]]],
    ["Ph: 403-974-6936 Fax: 403-974-6937", "CA", [["+14039746936", null, "generic"], ["+14039746937", null, "fax"]]],
    ["Ph 403 303 3174, Fax 403 303 3175", "CA", [["+14033033174", null, "generic"], ["+14033033175", null, "fax"]]],
    ["Office: 979 238 2102 Home: 979 555 0147", "US", [["+19792382102", null, "generic"], ["+19795550147", null, "other"]]],
    // United Kingdom and Ireland
    ["Tel 0044 207 484 5546", "US", [["+442074845546", null, "generic"]]],
    ["44 (0) 20 7783 2471", "US", [["+442077832471", null, null]]],
    ["Direct: 020 7783 5530", "GB", [["+442077835530", null, "direct"]]],
    ["mobile: (+353 or 0)86 854 9268", "IE", [["+353868549268", null, "mobile"]]],
    ["+ 353 (01) 404 2840", "IE", [["+35314042840", null, null]]],
    // Germany: PBX suffixes stay in the number
    ["Phone\t\t+49 911 99 33 5 - 219", "DE", [["+4991199335219", null, "generic"]]],
    ["Tel.:    +49 69 7199-01", "DE", [["+4969719901", null, "generic"]]],
    ["Fon +49 551 30664-0, Fax +49 551 30664-11", "DE", [["+49551306640", null, "generic"], ["+495513066411", null, "fax"]]],
    ["Durchwahl: 0711 12345-67", "DE", [["+497111234567", null, "direct"]]],
    // France, Netherlands, Israel, India, Japan, Brazil
    ["Work   + 33 (0) 1 53 77 86 92 (direct line)", "FR", [["+33153778692", null, "direct"]]],
    ["T: +31 (0) 499 33 69 69", "NL", [["+31499336969", null, "generic"]]],
    ["tel: +972.2.679.5364,", "IL", [["+97226795364", null, "generic"]]],
    ["M +91 88666 21333", "IN", [["+918866621333", null, "mobile"]]],
    ["TEL: 03-3277-0582", "JP", [["+81332770582", null, "generic"]]],
    ["Mobile: +55 (53) 9 9981-7854", "BR", [["+5553999817854", null, "mobile"]]],
    // Toll-free stays a number; its kind is decided from the number type later
    ["1-877-574-2822", "US", [["+18775742822", null, null]]],
  ])("%j in %s", (line, region, expected) => {
    expect(one(line, region)).toEqual(expected);
  });

  it.each([
    ["Allerskehre 44 - 22309 Hamburg", "DE"], ["HRB 108558", "DE"], ["Houston, TX 77002-7361", "US"], ["Room EB3816", "US"], ["Friday, 6th July 2001", "GB"],
  ])("finds no phone in %j", (line, region) => {
    expect(findPhonesInLine(line, region)).toEqual([]);
  });

  it("rewrites 00 and bare country codes before (0) only for real calling codes", () => {
    expect(prepareLine("Tel 0044 20 7484 5546")).toBe("Tel +44 20 7484 5546");
    expect(prepareLine("Suite 0099 12")).toBe("Suite 0099 12");
  });

  it("reports the number type, country and an international display", () => {
    const [f] = findPhonesInLine("Mob +44 77 33 261 268", "GB");
    expect(f).toMatchObject({ e164: "+447733261268", country: "GB", type: "MOBILE", display: "+44 7733 261268", international: true });
  });
});

describe("dates are not numbers", () => {
  it.each(["W dniu 2.03.2026 o 10:00, Tom pisze:", "Tel: 2.03.2026", "Date: 2026-03-02", "am 12/03/2026"])("%s", (line) => {
    expect(findPhonesInLine(line, "DE")).toEqual([]);
  });
  it("a number that merely contains a year still reads", () => {
    expect(findPhonesInLine("Tel: 0711 / 2032026", "DE").map((p) => p.e164)).toEqual(["+497112032026"]);
  });
});
