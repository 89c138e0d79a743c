// Content words of a sentence, for spotting duplicates and replies that address an item.
import { ALL_STOP } from "./lexicon";

const STOPWORDS = new Set(
  (
    "a an the and or but if then than so of to in on at by for from with about into over under as is are was were be been being " +
    "am do does did doing have has had having i me my we us our you your he she it its they them their this that these those " +
    "there here what which who whom whose when where why how whether can could would should will shall may might must " +
    "please let know just also still any some all not no yes ok okay thanks thank hi hello dear get got need needs like " +
    "want send sent confirm wondering wonder tell advise one two more much very really quite soon now up out re fw fwd"
  ).split(" "),
);

/** A crude stem so "filing"/"filed"/"files" meet; enough for overlap tests, not for linguistics. */
function stem(word: string): string {
  return word.replace(/(ing|ed|es|s)$/, "").replace(/(.)\1$/, "$1");
}

/** Distinct stemmed content words of at least three letters (numbers kept: dates and amounts matter). */
export function keyTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) {
    const w = raw.replace(/['’]s$/, "").replace(/['’-]/g, "");
    if (STOPWORDS.has(w) || ALL_STOP.has(w)) continue;
    if (/^\d+$/.test(w) || w.length >= 3) out.add(/^\d/.test(w) ? w : stem(w));
  }
  return out;
}

/** Share of the smaller set found in the larger one (1 = one contains the other). */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let hits = 0;
  for (const t of small) if (large.has(t)) hits++;
  return hits / small.size;
}

/**
 * Does `reply` address the item? Most of the item's key terms (at least two, or all when it has fewer)
 * appear in the reply. The attorney answering in their own words rarely avoids the nouns of the question.
 */
export function addresses(itemTerms: Set<string>, replyTerms: Set<string>): boolean {
  if (itemTerms.size === 0) return false;
  // Word forms meet on their first five letters too ("recorded"/"record", "notariell"/"Notar", "hábiles"/"hábil").
  const prefixes = new Set([...replyTerms].filter((t) => t.length >= 5).map((t) => t.slice(0, 5)));
  let hits = 0;
  for (const t of itemTerms) if (replyTerms.has(t) || (t.length >= 5 && prefixes.has(t.slice(0, 5)))) hits++;
  const needed = itemTerms.size <= 2 ? itemTerms.size : Math.max(2, Math.ceil(itemTerms.size * 0.4));
  return hits >= needed;
}
