import { splitQuoted } from "../../src/core/text";
for (const unit of [" ", "-", ">", "> \n", "From: x\n"]) {
  const r: number[] = [];
  for (const n of [1_000_000, 2_000_000, 5_000_000]) {
    const s = unit.repeat(n / unit.length);
    const t = performance.now(); splitQuoted(s); r.push(performance.now() - t);
  }
  console.log(JSON.stringify(unit), r.map((x) => x.toFixed(0)).join(" "));
}
