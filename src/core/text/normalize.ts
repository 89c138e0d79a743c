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

/** CRLF/CR to LF, odd spaces to a space, zero-width characters dropped, dashes and digits to ASCII. */
export function normalizeText(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(ZERO_WIDTH, "")
    .replace(ODD_SPACES, " ")
    .replace(DASHES, "-")
    .replace(NON_ASCII_DIGIT, asciiDigit);
}
