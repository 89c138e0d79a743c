import { normalizeText, stripBidiControls } from "./normalize";

describe("normalizeText", () => {
  it.each([
    ["CRLF and CR line ends", "a\r\nb\rc", "a\nb\nc"],
    ["non-breaking and narrow spaces", "Tel\u00a0+44\u202f20\u20097123", "Tel +44 20 7123"],
    ["zero-width characters inside a number", "713\u200b-853\u200d-62\ufeff10", "713-853-6210"],
    ["en dash, em dash, minus sign", "0171 \u2013 234\u2014567\u22128", "0171 - 234-567-8"],
    ["full-width digits", "\uff10\uff12\uff10 \uff17\uff14\uff18\uff14", "020 7484"],
    ["Arabic-Indic digits", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669", "0123456789"],
    ["Devanagari digits", "\u0968\u0966\u0968\u096c", "2026"],
    ["mathematical bold digits", "\u{1D7CE}\u{1D7CF}\u{1D7D7}", "019"],
    ["soft hyphen", "Durch\u00adwahl", "Durchwahl"],
  ])("folds %s", (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("leaves plain ASCII untouched", () => {
    const s = "Direct: +1 (713) 853-6210 x45\nFax: 713.646.8795";
    expect(normalizeText(s)).toBe(s);
  });
});

describe("normalizeText: what a reader sees", () => {
  it.each([
    ["superscript digits", "+\u00b9 \u00b2\u00b9\u00b2 \u2075\u2075\u2075", "+1 212 555"],
    ["circled digits", "\u2460\u2461\u24ea", "120"],
    ["keycap digits", "1\ufe0f\u20e3 2\ufe0f\u20e3", "1 2"],
    ["full-width plus and parentheses", "\uff0b1 \uff08212\uff09", "+1 (212)"],
    ["a right-to-left override shown reversed", "Direct: \u202e2410 555 212 1+\u202c", "Direct: +1 212 555 0142"],
    ["directional marks dropped", "+1 212\u200f 555\u200e 0142\u2066\u2069", "+1 212 555 0142"],
    ["combining marks on a digit", "0\u0338142", "0142"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("leaves letters that only look like digits alone", () => {
    expect(normalizeText("555 O142 l2\u0417")).toBe("555 O142 l2\u0417");
  });
});

describe("stripBidiControls", () => {
  it.each([
    ["\u202Emoc.knab\u202C", "moc.knab"],
    ["Acme \u2067Ltd\u2069", "Acme Ltd"],
    ["\u200Fשלום\u200E ok", "שלום ok"],
    ["plain name", "plain name"],
  ])("%j → %j", (input, expected) => {
    expect(stripBidiControls(input)).toBe(expected);
  });
});
