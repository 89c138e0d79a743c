// From a sender's own text to candidate sentences: greeting, sign-off, signature and disclaimer removed.
import { segmentSentences } from "./tokens";

const SIGN_OFF = new RegExp(
  "^\\s*(" +
    [
      "thanks( again| so much| in advance)?", "thank you( (so|very) much| in advance)?", "many thanks", "best( regards| wishes)?", "kind regards",
      "warm(est)? regards", "regards", "cheers", "sincerely( yours)?", "yours( truly| sincerely)?", "all the best", "talk soon", "speak soon",
      "(mit )?(freundlichen|besten|herzlichen|lieben|vielen) (grüßen|grüssen|gruß|gruss|dank)", "(viele|beste|liebe|freundliche|herzliche) grüße", "grüße", "gruß", "danke( schön| sehr)?",
      "(bien )?cordialement", "bien à (vous|toi)", "(bien )?amicalement", "salutations( distinguées)?", "merci( beaucoup| d'avance)?", "bonne (journée|soirée)",
      "(un )?(cordial(es)? )?saludo(s)?( cordial(es)?| atento(s)?)?", "atentamente", "cordialmente", "(muchas )?gracias", "un abrazo",
    ].join("|") +
    ")\\s*[,.!]?\\s*$",
  "i",
);
const SIGNATURE_DELIMITER = /^(--|__)\s*$/;
const MOBILE_FOOTER = /^\s*(sent from my|get outlook for|sent from outlook|sent via|von meinem \S+ gesendet|gesendet von|envoyé de mon|envoyé depuis|enviado desde mi|enviado desde)\b/i;
const GREETING = /^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|morning|hallo|guten (tag|morgen|abend)|sehr geehrte[rn]?|liebe[rn]?|servus|moin|bonjour|bonsoir|salut|cher|chère|madame|monsieur|hola|estimad[oa]s?|querid[oa]s?|buen[oa]s (días|tardes|noches))(?=[\s,!:]|$)(?:[^.?!]|(?<=\b(?:dr|mr|mrs|ms|prof|sr|sra|srta|mme|mlle|me|st))\.){0,60}[,!:]?\s*$/i;
const DISCLAIMER = /\b(vertraulich|confidentiel(le)?|confidencial|confidential|privileged|intended (solely )?(only )?for the|intended recipient|received this (e-?mail|message|communication) in error|disclaimer|unsubscribe|virus|no liability)\b/i;

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
  return withoutSignature(paragraphs(kept.join("\n")).filter((p) => !DISCLAIMER.test(p))).join("\n\n");
}

/** A phone line: a run of at least seven digits with the usual separators. */
const PHONE_RUN = /\+?\d[\d\s().\/-]{6,}\d/;
/** A line that ends a sentence: terminal punctuation (a quote or bracket may follow). */
const SENTENCE_END = /[.?!…]["')\]]*\s*$/;

/**
 * A signature line: not written as a sentence (no terminal punctuation), short, and either it carries a phone
 * number or a label ("Tel:", "Mob:") or it is a run of capitalised words and digits (a name, a title, a company, an
 * address). Language-neutral: it reads the line's shape, not its words.
 */
export function isSignatureLine(line: string): boolean {
  const l = line.trim();
  if (!l) return true;
  if (BULLET.test(l)) return false;
  const digits = l.replace(/\D/g, "").length;
  // A phone number on a signature line; a paragraph of sentences that ends with one ("¿Podemos hablar? … Mi celu es el
  // 11 5555-6893.") is text: its sentences are read, the number among them is logistics.
  const sentences = (l.match(/[.?!…]["')\]]*\s+\p{Lu}/gu) ?? []).length;
  if (PHONE_RUN.test(l) && digits >= 7 && sentences < 2) return true;
  // A company suffix ("Summit Ridge Builders, Inc.", "Cliniques Vitalis inc.") is not a sentence end.
  const bare = l.replace(/[,\s]+(inc|ltd|llc|llp|pllc|plc|corp|co|gmbh|ag|kg|sa|sl|srl|bv|s\.a|s\.l|s\.c|c\.v)\.?$/i, "");
  if (SENTENCE_END.test(bare) && !/^\p{Lu}[\p{L}.]*\.?$/u.test(bare)) return false;
  const words = l.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return true;
  if (words.length > 8) return false;
  // Names, titles, company and street lines are mostly capitalised words; a sentence has lower-case words.
  const capitalised = words.filter((w) => /^[\p{Lu}\d(&]/u.test(w)).length;
  return capitalised / words.length >= 0.5 || /^[\p{L}.\s]{1,24}:\s*\S/u.test(l);
}

/** At most five words and a trailing comma. */
const VALEDICTION = /^\s*[\p{L}'’!¡]+(\s+[\p{L}'’!¡]+){0,4}\s*,\s*$/u;

/** Trailing paragraphs (and trailing lines of the last text paragraph) that are signature lines come off. */
function withoutSignature(paras: string[]): string[] {
  const out = [...paras];
  while (out.length > 0) {
    const lines = out[out.length - 1].split("\n");
    let keep = lines.length;
    while (keep > 0 && isSignatureLine(lines[keep - 1])) keep--;
    if (keep === lines.length) break;
    // The closing line above the name ("With kind regards,", "Avec toute ma reconnaissance,", "Un saludo cordial,"):
    // short and ending in a comma, it is a valediction whatever its words.
    if (keep > 0 && VALEDICTION.test(lines[keep - 1])) keep--;
    if (keep === 0) out.pop();
    else {
      out[out.length - 1] = lines.slice(0, keep).join("\n");
      break;
    }
  }
  return out;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

const BULLET = /^\s*([-*•·‣▪]|\d{1,2}[.)]|\(?[a-z][.)])\s+/;
/** Hostile input stays linear: a message is read up to this many characters and sentences. */
const MAX_CHARS = 30_000;
const MAX_SENTENCES = 300;

/** Sentences and bullet items, one string each, whitespace collapsed; split by Intl.Segmenter in `locale`. */
export function sentencesOf(text: string, locale = "en"): string[] {
  return sentenceRuns(text, locale).flat();
}

/** The same sentences grouped by run: a paragraph's running text, or one bullet item. */
export function sentenceRuns(text: string, locale = "en"): string[][] {
  const out: string[][] = [];
  let count = 0;
  for (const paragraph of paragraphs(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text)) {
    // Bullet lines stand alone; other lines of a paragraph are one wrapped run of text.
    const runs: string[] = [];
    for (const line of paragraph.split("\n")) {
      if (BULLET.test(line)) runs.push(line.replace(BULLET, ""));
      else if (runs.length) runs[runs.length - 1] += ` ${line}`;
      else runs.push(line);
    }
    for (const run of runs) {
      const sentences = segmentSentences(run.replace(/\s+/g, " ").trim(), locale, MAX_SENTENCES - count).filter((s) => /\p{L}/u.test(s));
      count += sentences.length;
      if (sentences.length) out.push(sentences);
      if (count >= MAX_SENTENCES) return out;
    }
  }
  return out;
}
