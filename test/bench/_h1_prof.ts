import { readFileSync, readdirSync } from "fs";
import { parseEmail } from "../../src/core/mime";
import { extractContact, messageText } from "../../src/core/extract";
import { splitQuoted } from "../../src/core/text";
import { findSenderBlock } from "../../src/core/signature";
(async () => {
  const dir = "/work/shared/corpus/signatures/cases/";
  const msgs = [] as any[];
  for (const f of readdirSync(dir)) msgs.push(await parseEmail(readFileSync(dir + f)));
  const time = (name: string, fn: (m: any) => unknown) => { const t = performance.now(); for (let k = 0; k < 10; k++) for (const m of msgs) fn(m); console.log(name, ((performance.now() - t) / 10 / msgs.length).toFixed(3), "ms/msg"); };
  time("messageText", (m) => messageText(m));
  const texts = new Map(msgs.map((m) => [m, messageText(m)]));
  time("split", (m) => splitQuoted(texts.get(m)!));
  time("block", (m) => findSenderBlock(splitQuoted(texts.get(m)!).body.split("\n"), m.from));
  time("extract", (m) => extractContact(m));
  const t = performance.now(); for (const f of readdirSync(dir)) await parseEmail(readFileSync(dir + f)); console.log("parse", ((performance.now() - t) / msgs.length).toFixed(3));
})();
