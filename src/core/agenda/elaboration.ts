// Does a sentence go on about the point before it, rather than raise a new one? It refers back at its start (a
// pronoun or demonstrative) or names what the previous sentence named, and adds no new point ("also", "außerdem").
import { keyTerms } from "./keyTerms";
import { LEXICONS, wordSet, type Lang } from "./lexicon";
import { tokenize } from "./tokens";
import type { AgendaKind } from "./types";

/**
 * Pronouns that point back to what was just said: neuter and demonstrative ones, and object pronouns ("I told her
 * I'd ask"). Subject pronouns for people ("he", "they") and possessives are left out: the same people recur in
 * new points ("They've agreed the margin but …").
 */
const ANAPHORS: Record<Lang, ReadonlySet<string>> = {
  en: wordSet("it this that these those them her him"),
  de: wordSet("das dies diese dieses es ihm ihn dafür davon damit darüber dazu"),
  fr: wordSet("cela ça ce c ceci lui"),
  es: wordSet("eso esto ello"),
};

/** Words that add a point: a sentence with one is a new item whatever it refers to. */
const ADDITIVE: Record<Lang, ReadonlySet<string>> = {
  en: wordSet("also too another additionally furthermore moreover separately"),
  de: wordSet("auch außerdem zudem ferner weiterhin zusätzlich"),
  fr: wordSet("aussi ailleurs également autre enfin"),
  es: wordSet("además también otra otro asimismo tampoco"),
};

/** How far into the sentence (after lead-in connectives) a pronoun still refers back. */
const HEAD_TOKENS = 3;
/** An elaboration is short; a long sentence carries a point of its own even when it opens with "das" or "this". */
const MAX_TOKENS = 10;

/** Which kind a folded item keeps: the one that asks most of the attorney. */
export const KIND_STRENGTH: Record<AgendaKind, number> = { question: 4, request: 3, deadline: 2, attachment: 1, topic: 0, template: -1 };

export function elaborates(sentence: string, lang: Lang, previousTerms: Set<string>): boolean {
  const tokens = tokenize(sentence, lang);
  if (tokens.length > MAX_TOKENS) return false;
  if (tokens.some((t) => ADDITIVE[lang].has(t.norm))) return false;
  let i = 0;
  while (i < tokens.length && LEXICONS[lang].leadIns.has(tokens[i].norm)) i++;
  if (tokens.slice(i, i + HEAD_TOKENS).some((t) => ANAPHORS[lang].has(t.norm))) return true;
  // Or it names what the previous sentence named ("I'd rather we alternate Christmas Eve and Christmas Day").
  for (const t of keyTerms(sentence)) if (previousTerms.has(t)) return true;
  return false;
}
