// From a sender's own text to candidate sentences: greeting, sign-off, signature and disclaimer removed.

const SIGN_OFF = /^\s*(thanks( again| so much| in advance)?|thank you( (so|very) much| in advance)?|many thanks|best( regards| wishes)?|kind regards|warm(est)? regards|regards|cheers|sincerely( yours)?|yours( truly| sincerely)?|all the best|talk soon|speak soon|mit freundlichen grüßen|cordialement)\s*[,.!]?\s*$/i;
const SIGNATURE_DELIMITER = /^(--|__)\s*$/;
const MOBILE_FOOTER = /^\s*(sent from my|get outlook for|sent from outlook|sent via)\b/i;
const GREETING = /^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|morning)\b[^.?!]{0,60}[,!:]?\s*$/i;
const DISCLAIMER = /\b(confidential|privileged|intended (solely )?(only )?for the|intended recipient|received this (e-?mail|message|communication) in error|disclaimer|unsubscribe|virus|no liability)\b/i;

/** The body without greeting, sign-off and everything after it, signature, mobile footer or disclaimers. */
export function ownWords(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const kept: string[] = [];
  for (const line of lines) {
    if (SIGNATURE_DELIMITER.test(line) || SIGN_OFF.test(line) || MOBILE_FOOTER.test(line)) break;
    kept.push(line);
  }
  while (kept.length && !kept[0].trim()) kept.shift();
  if (kept.length && GREETING.test(kept[0])) kept.shift();
  return paragraphs(kept.join("\n"))
    .filter((p) => !DISCLAIMER.test(p))
    .join("\n\n");
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

const BULLET = /^\s*([-*•·‣▪]|\d{1,2}[.)]|\(?[a-z][.)])\s+/;
const ABBREVIATION = /\b(mr|mrs|ms|dr|prof|st|no|vs|etc|e\.g|i\.e|approx|inc|ltd|co|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;

/** Sentences and bullet items, one string each, whitespace collapsed. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs(text)) {
    // Bullet lines stand alone; other lines of a paragraph are one wrapped run of text.
    const runs: string[] = [];
    for (const line of paragraph.split("\n")) {
      if (BULLET.test(line)) runs.push(line.replace(BULLET, ""));
      else if (runs.length) runs[runs.length - 1] += ` ${line}`;
      else runs.push(line);
    }
    for (const run of runs) {
      const parts = run.replace(/\s+/g, " ").trim().split(/(?<=[.?!]["')\]]?)\s+(?=["'(\[]?[A-Z0-9])/);
      let pending = "";
      for (const part of parts) {
        pending = pending ? `${pending} ${part}` : part;
        if (ABBREVIATION.test(pending)) continue;
        out.push(pending);
        pending = "";
      }
      if (pending) out.push(pending);
    }
  }
  return out.filter((s) => /[a-z]/i.test(s));
}
