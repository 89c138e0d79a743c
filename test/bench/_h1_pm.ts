import { hostileCorpus } from "../hostile/corpus";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PM = require("postal-mime").default;
(async () => {
  for (const id of process.argv.slice(2)) {
    const c = hostileCorpus().find((x) => x.id === id)!;
    const b = c.bytes();
    const t = performance.now();
    await PM.parse(b);
    console.log(id, b.length, (performance.now() - t).toFixed(0), "ms");
    const s = b.toString("latin1");
    console.log(s.slice(0, 300).replace(/\r\n/g, "\\n "));
  }
})();
