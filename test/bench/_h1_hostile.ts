import { hostileCorpus } from "../hostile/corpus";
import { misdials } from "../hostile/pipeline";
import { parseEmail } from "../../src/core/mime";
import { extractContact } from "../../src/core/extract";
(async () => {
  const only = process.argv[2];
  for (const c of hostileCorpus()) {
    if (only && !c.id.includes(only)) continue;
    process.stderr.write(c.id + "\n");
    const bytes = c.bytes();
    let t = performance.now();
    let m;
    try { m = await parseEmail(bytes); } catch (e) { console.log(c.id, "REFUSED", (e as Error).message, c.expect.mayBeUnusable ? "" : "!!! NOT ALLOWED"); continue; }
    const tp = performance.now() - t;
    t = performance.now();
    const r = extractContact(m);
    const te = performance.now() - t;
    const bad = misdials(r, c.expect);
    const intended = c.expect.intended !== undefined ? (r.best?.e164 === c.expect.intended ? "ok" : `MISSED(${r.best?.e164})`) : "";
    if (te > 500 || tp > 2000 || bad.length || intended.startsWith("MISSED")) console.log(c.id, c.size, `parse ${tp.toFixed(0)}ms extract ${te.toFixed(0)}ms`, bad.length ? "MISDIAL " + bad.join(";") : "", intended);
  }
})();
