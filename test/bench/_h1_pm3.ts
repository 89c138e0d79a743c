import { hostileCorpus } from "../hostile/corpus";
import { parseEmail } from "../../src/core/mime";
import { extractContact } from "../../src/core/extract";
(async () => {
  for (const id of process.argv.slice(2)) {
    const c = hostileCorpus().find((x) => x.id === id)!;
    const t = performance.now();
    const m = await parseEmail(c.bytes());
    const tp = performance.now() - t;
    const r = extractContact(m);
    console.log(id, tp.toFixed(0), "ms", (performance.now() - t - tp).toFixed(0), "ms", JSON.stringify(m.from), m.subject, (m.text ?? "").length, (m.html ?? "").length, r.best?.e164, JSON.stringify(c.expect));
  }
})();
