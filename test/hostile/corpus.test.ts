// The corpus itself: big enough, every category present, deterministic, and the large inputs really are large.
import { hostileCorpus, digest, HostileCategory, markupCases, encodedWord, seededRandom } from "./corpus";
import { SMALL_SCALE } from "./pipeline";

const corpus = hostileCorpus();

describe("hostile corpus", () => {
  it("has at least 100 inputs with unique, file-safe ids", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    const ids = corpus.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it("covers every category the issue names", () => {
    const categories: HostileCategory[] = [
      "injection",
      "link",
      "homoglyph",
      "huge-body",
      "deep-nesting",
      "malformed-mime",
      "charset",
      "huge-header",
      "many-phones",
    ];
    for (const cat of categories) expect(corpus.filter((c) => c.category === cat).length).toBeGreaterThan(0);
    expect(markupCases().length).toBeGreaterThanOrEqual(50);
  });

  it("is deterministic: the same bytes on every build", () => {
    const small = corpus.filter((c) => c.size === "small");
    const first = small.map(digest);
    const second = small.map(digest);
    expect(second).toEqual(first);
    // Distinct inputs, not the same message under many names.
    expect(new Set(first).size).toBeGreaterThan(small.length * 0.9);
  });

  it("builds the 10 MB bodies at test time", () => {
    for (const c of corpus.filter((x) => x.category === "huge-body")) {
      expect(c.bytes().length).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    }
  });

  it("scales each large case for the growth checks: about a tenth of the bytes at SMALL_SCALE", () => {
    // The growth bound assumes inputs about ten times apart (see pipeline.ts).
    expect(SMALL_SCALE).toBe(0.1);
    for (const c of corpus.filter((x) => x.size === "large")) {
      const ratio = c.bytes().length / c.bytes(SMALL_SCALE).length;
      expect({ id: c.id, tenfold: ratio >= 9 && ratio <= 12 }).toEqual({ id: c.id, tenfold: true });
    }
  });

  it("nests HTML 10^5 deep", () => {
    const c = corpus.find((x) => x.id === "deep-div-closed");
    const html = c!.bytes().toString("utf8");
    expect(html.split("<div>").length - 1).toBe(100_000);
  });

  it("splits encoded-words without breaking characters", () => {
    const s = "Ж".repeat(100) + "<script>";
    const decoded = encodedWord(s)
      .split(/\r\n /)
      .map((w) => Buffer.from(w.replace(/^=\?UTF-8\?B\?|\?=$/g, ""), "base64"));
    for (const part of decoded) expect(part.toString("utf8")).not.toContain("\ufffd");
    expect(Buffer.concat(decoded).toString("utf8")).toBe(s);
  });

  it("has a reproducible PRNG", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(new Set(xs).size).toBe(5);
  });
});
