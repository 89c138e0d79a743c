import { hostileCorpus } from "./corpus";
import { parse, extractor } from "./pipeline";
import { htmlToText } from "../../src/core/text";
(async () => {
  const only = process.argv[2];
  for (const c of hostileCorpus().filter((x) => x.size === "large" && (!only || x.id.includes(only)))) {
    const b = c.bytes();
    let t = performance.now();
    const p = await parse(c, b);
    const tp = Math.round(performance.now() - t);
    let th = 0, te = 0, best = "";
    if (p.ok) {
      if (p.message.html) { t = performance.now(); htmlToText(p.message.html); th = Math.round(performance.now() - t); }
      t = performance.now(); const r = extractor()!(p.message); te = Math.round(performance.now() - t); best = `${r.best?.e164} n=${r.numbers.length}`;
    }
    console.log(`${c.id} parse=${tp} html=${th} extract=${te} ${p.ok ? best : "refused"}`);
  }
})();
