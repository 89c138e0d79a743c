import { hostileCorpus } from "../hostile/corpus";
import { parseEmail } from "../../src/core/mime";
(async () => {
  for (const id of process.argv.slice(2)) {
    const c = hostileCorpus().find((x) => x.id === id)!;
    const t = performance.now();
    const m = await parseEmail(c.bytes());
    console.log(id, (performance.now() - t).toFixed(0), "ms", JSON.stringify(m.from), m.subject, m.to.length, (m.text ?? "").length, JSON.stringify((m.html ?? "").slice(0, 700)));
  }
})();
