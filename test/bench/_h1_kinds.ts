import { corpusDir, loadCorpus } from "./extract-scoring";
import { parseEmail } from "../../src/core/mime";
import { extractContact } from "../../src/core/extract";
(async () => {
  for (const c of loadCorpus(corpusDir()!)) {
    const r = extractContact(await parseEmail(c.raw));
    const exp = c.label.numbers.map((n) => `${n.e164}${n.ext ? "x" + n.ext : ""}:${n.kind}`);
    const got = r.numbers.map((n) => `${n.e164}${n.ext ? "x" + n.ext : ""}:${n.kind}`);
    const missing = exp.filter((e) => !got.includes(e));
    const extra = got.filter((g) => !exp.includes(g));
    if (missing.length || extra.length) console.log(c.label.id, "missing", missing.join(" "), "| extra", extra.join(" "), "|", c.label.notes?.slice(0, 80));
  }
})();
