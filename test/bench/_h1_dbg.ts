import { readFileSync } from "fs";
import { parseEmail } from "../../src/core/mime";
import { splitQuoted } from "../../src/core/text";
import { extractContact, messageText } from "../../src/core/extract";
import { findSenderBlock } from "../../src/core/signature";
(async () => {
  for (const id of process.argv.slice(2)) {
    const m = await parseEmail(readFileSync(`/work/shared/corpus/signatures/cases/${id}.eml`));
    const body = splitQuoted(messageText(m)).body.split("\n");
    const b = findSenderBlock(body, m.from);
    const r = extractContact(m);
    console.log(`=========== ${id} from=${JSON.stringify(m.from)} anchor=${b.anchor} region=${r.region} tz=${r.timeZone} org=${r.organization}`);
    body.forEach((l, i) => { if (l.trim()) console.log(`${i >= b.start && i < b.end ? "B" : " "} ${String(i).padStart(3)}| ${l.slice(0, 110)}`); });
    for (const n of r.numbers) console.log("   ->", n.e164, n.ext, n.kind, JSON.stringify(n.label), n.confidence);
    console.log("   BEST", r.best?.e164, r.best?.kind);
  }
})();
