import { hostileCorpus } from "../hostile/corpus";
import { parseEmail } from "../../src/core/mime";
import { extractContact, messageText } from "../../src/core/extract";
(async () => {
  for (const id of process.argv.slice(2)) {
    const c = hostileCorpus().find((x) => x.id === id)!;
    console.log("=====", id, c.description, JSON.stringify(c.expect));
    const m = await parseEmail(c.bytes());
    console.log(JSON.stringify(m.from), JSON.stringify(messageText(m).slice(0, 600)));
    const r = extractContact(m);
    console.log(JSON.stringify(r.best), r.numbers.length, JSON.stringify(r.signatureLines.slice(0, 5)).slice(0, 300));
  }
})();
