// Sentences and words by the platform's Unicode segmentation (Intl.Segmenter: ICU's locale-aware sentence and
// word rules, in Node 20 and every browser Outlook runs in) rather than our own punctuation regexes.

export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased, apostrophes folded, for the word classes. */
  norm: string;
  start: number;
  end: number;
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, locale: string, granularity: "sentence" | "word"): Intl.Segmenter {
  let s = cache.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity });
    cache.set(locale, s);
  }
  return s;
}

/** ICU breaks after these; a sentence does not end there. */
const ABBREVIATION = /(?:^|[\s(])(mr|mrs|ms|dr|prof|st|no|nr|vs|etc|e\.g|i\.e|z\.b|d\.h|bzw|ca|approx|inc|ltd|co|corp|art|abs|ziff|cf|p|pp|sr|sra|mme|mlle|m|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.\s*$/i;
/** "bis zum 31. März", "le 1er. mars": an ordinal before a month is not a sentence end either. */
const ORDINAL_END = /\b\d{1,2}\.\s*$/;
const MONTH_START =
  /^(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)/i;

/** Sentences of one run of text; at most `max` of them (the rest is not read: hostile input stays linear). */
export function segmentSentences(text: string, locale: string, max: number): string[] {
  const out: string[] = [];
  let pending = "";
  for (const { segment } of segmenter(sentenceSegmenters, locale, "sentence").segment(text)) {
    const next = segment;
    if (pending && !(ABBREVIATION.test(pending) || (ORDINAL_END.test(pending) && MONTH_START.test(next.trimStart())))) {
      out.push(pending.trim());
      if (out.length >= max) return out.filter(Boolean);
      pending = "";
    }
    pending += next;
  }
  if (pending.trim()) out.push(pending.trim());
  return out.flatMap(splitBeforeNumber).filter(Boolean);
}

/**
 * ICU does not break before a number when a lower-case word follows it ("Merci. 40 % c'est …", "retaliation. 12
 * month non-compete"): a word of three letters or more, not an abbreviation, then a full stop and a number is a break.
 */
function splitBeforeNumber(sentence: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of sentence.matchAll(/(?<=\p{L}{3}[.!?])\s+(?=\d)/gu)) {
    const head = sentence.slice(from, m.index);
    if (ABBREVIATION.test(head)) continue;
    out.push(head.trim());
    from = (m.index as number) + m[0].length;
  }
  out.push(sentence.slice(from).trim());
  return out;
}

const ELISION = /^([a-zà-ÿ]{1,3})['’](?=\p{L})/iu;

/**
 * Word tokens with their offsets. Elided French/English forms split at the apostrophe ("l'avis" → "l", "avis";
 * "we'd" → "we", "d") so each part meets its word class.
 */
export function tokenize(sentence: string, locale: string): Token[] {
  const out: Token[] = [];
  for (const s of segmenter(wordSegmenters, locale, "word").segment(sentence)) {
    if (!s.isWordLike) continue;
    let text = s.segment;
    let start = s.index;
    const m = ELISION.exec(text);
    if (m) {
      out.push({ text: m[1], norm: m[1].toLowerCase(), start, end: start + m[1].length });
      start += m[0].length;
      text = text.slice(m[0].length);
    }
    const tail = /['’](s|d|ve|ll|re|m|t)$/i.exec(text);
    if (tail && text.length > tail[0].length) {
      const head = text.slice(0, -tail[0].length);
      out.push({ text: head, norm: fold(head), start, end: start + head.length });
      out.push({ text: tail[0], norm: tail[1].toLowerCase(), start: start + head.length, end: start + text.length });
      continue;
    }
    out.push({ text, norm: fold(text), start, end: start + text.length });
  }
  return out;
}

function fold(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/n't$/, "");
}
