// Which of the supported languages a text is in: the share of its words in each language's function-word
// profile, plus letters only one of them uses. Short texts lean on the prior (the message's language).
import { LANGS, LEXICONS, type Lang } from "./lexicon";

const MARKS: Record<Lang, RegExp> = { en: /(?!)/, de: /[äöüß]/i, fr: /[çèêëàâîïôœù]/i, es: /[ñ¿¡áíóú]/i };

export function scoreLanguages(words: readonly string[], text: string): Record<Lang, number> {
  const score: Record<Lang, number> = { en: 0, de: 0, fr: 0, es: 0 };
  for (const w of words) for (const l of LANGS) if (LEXICONS[l].profile.has(w)) score[l] += 1;
  for (const l of LANGS) if (MARKS[l].test(text)) score[l] += 1.5;
  return score;
}

export function detectLanguage(words: readonly string[], text: string, prior: Lang = "en"): Lang {
  const score = scoreLanguages(words, text);
  score[prior] += 0.5;
  let best: Lang = prior;
  for (const l of LANGS) if (score[l] > score[best]) best = l;
  return best;
}

/** Words for detection, without segmenting: lower-cased letter runs. */
export function roughWords(text: string, max = 400): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, max);
}
