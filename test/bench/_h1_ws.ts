import { hostileCorpus } from "../hostile/corpus";
import { parseEmail } from "../../src/core/mime";
import { messageText } from "../../src/core/extract";
import { splitQuoted } from "../../src/core/text";
import { findSenderBlock } from "../../src/core/signature";
(async () => {
  const c = hostileCorpus().find((x) => x.id === "huge-whitespace")!;
  let t = performance.now();
  const m = await parseEmail(c.bytes());
  console.log("parse", (performance.now() - t).toFixed(0), (m.text ?? "").length, (m.html ?? "").length);
  t = performance.now(); const txt = messageText(m); console.log("text", (performance.now() - t).toFixed(0), txt.length);
  t = performance.now(); const sp = splitQuoted(txt); console.log("split", (performance.now() - t).toFixed(0), sp.body.length);
  const lines = sp.body.split("\n"); console.log("lines", lines.length);
  t = performance.now(); const b = findSenderBlock(lines, m.from); console.log("block", (performance.now() - t).toFixed(0), b.anchor, b.lines.length);
})();
