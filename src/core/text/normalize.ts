// Plain-text normalisation shared by every text source (text/plain parts, HTML converted to text, Graph bodies).
// Phone parsing downstream only understands ASCII digits, spaces and "-", so the many ways mail clients
// write those (NBSP, zero-width joiners, en dashes, full-width or Arabic-Indic digits) are folded here once.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/gu;
const IS_DIGIT = /^\p{Nd}$/u;

const digitCache = new Map<number, string>();

/**
 * Unicode decimal digits come in contiguous runs of ten starting at zero (a guarantee of the standard),
 * so a digit's value is its distance from the start of its run, modulo ten for stacked runs.
 */
function asciiDigit(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const cached = digitCache.get(cp);
  if (cached !== undefined) return cached;
  let start = cp;
  while (start > 0 && IS_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  const value = String((cp - start) % 10);
  digitCache.set(cp, value);
  return value;
}

// Digits people see although Unicode does not class them as decimal digits.
const DIGIT_LIKE: Record<string, string> = {
  "\u2070": "0", "\u00b9": "1", "\u00b2": "2", "\u00b3": "3", "\u2074": "4", "\u2075": "5", "\u2076": "6", "\u2077": "7", "\u2078": "8", "\u2079": "9",
  "\u2080": "0", "\u2081": "1", "\u2082": "2", "\u2083": "3", "\u2084": "4", "\u2085": "5", "\u2086": "6", "\u2087": "7", "\u2088": "8", "\u2089": "9",
  "\u24ea": "0", "\u2460": "1", "\u2461": "2", "\u2462": "3", "\u2463": "4", "\u2464": "5", "\u2465": "6", "\u2466": "7", "\u2467": "8", "\u2468": "9",
  "\uff0b": "+", "\ufe62": "+", "\u207a": "+", "\uff08": "(", "\uff09": ")", "\uff0e": ".", "\uff0f": "/", "\uff1a": ":",
};
const DIGIT_LIKE_RE = new RegExp(`[${Object.keys(DIGIT_LIKE).join("")}]`, "g");
// Full-width Latin letters ("ＦＡＸ", "ＴＥＬ" in Japanese signatures) read as their ASCII letters.
const FULLWIDTH_LETTER = /[\uff21-\uff3a\uff41-\uff5a]/g;
// Keycap sequences ("1\uFE0F\u20E3") and combining marks on digits ("0\u0338") show the digit itself.
const DIGIT_MARKS = /(\d)[\ufe0e\ufe0f\u20e3\u0300-\u036f]+/g;
// Right-to-left override: the span is displayed reversed, so the number a reader sees is the reversed span.
const RLO_SPAN = /\u202e([^\u202c\n]*)(?:\u202c|$)/gm;
const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

// Anything any step below would change: CR, odd spaces and invisibles, dashes, bidi controls, look-alikes,
// non-ASCII decimal digits, marks after a digit.
const NEEDS_WORK = new RegExp(
  `[\\r\\u00a0\\u00ad\\u1680\\u2000-\\u200f\\u2010-\\u2015\\u202a-\\u202f\\u205f\\u2060\\u2066-\\u2069\\u2212\\u3000\\u061c\\ufe58\\ufe63\\uff0d\\ufeff\\uff21-\\uff3a\\uff41-\\uff5a${Object.keys(DIGIT_LIKE).join("")}]|(?![0-9])\\p{Nd}|\\d[\\ufe0e\\ufe0f\\u20e3\\u0300-\\u036f]`,
  "u",
);

// Every character NEEDS_WORK can match is CR or outside ASCII.
const ASCII_WORK = /[\r\u0080-\uffff]/;

/**
 * CRLF/CR to LF, odd spaces to a space, zero-width and directional characters dropped (an RLO span reversed to
 * the order shown), dashes, digits and digit look-alikes with a clear value (superscript, circled, keycap,
 * full-width) to ASCII. Letters that merely look like digits (O, l, Cyrillic Ze) are left alone: guessing them
 * could dial a number nobody wrote.
 */
export function normalizeText(s: string): string {
  // Already-normal text (the common case, and text normalised once before) costs one scan.
  // Plain ASCII without CR (most mail) needs nothing: one cheap scan before the full Unicode one.
  if (!ASCII_WORK.test(s) || !NEEDS_WORK.test(s)) return s;
  return s
    .replace(/\r\n?/g, "\n")
    .replace(ZERO_WIDTH, "")
    .replace(RLO_SPAN, (_m, span: string) => Array.from(span).reverse().join(""))
    .replace(BIDI_MARKS, "")
    .replace(DIGIT_LIKE_RE, (c) => DIGIT_LIKE[c])
    .replace(FULLWIDTH_LETTER, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(ODD_SPACES, " ")
    .replace(DASHES, "-")
    .replace(NON_ASCII_DIGIT, asciiDigit)
    .replace(DIGIT_MARKS, "$1");
}

/**
 * Text from someone else's mail, made safe to show: bidirectional embedding, override and isolate controls
 * (U+202A–202E, U+2066–2069) and directional marks are removed, so a display name or signature line cannot
 * visually reorder itself or the text around it ("‮moc.knab" shown as "bank.com").
 */
export function stripBidiControls(s: string): string {
  return s.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "");
}
