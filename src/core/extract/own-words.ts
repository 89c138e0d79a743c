// Numbers the sender gives about themselves in running text: "My cell is 415-555-0177", "call me on
// 07700 900123", "Sie erreichen mich unter 089 5550310", "mon portable : 06 12 34 56 78", "llámame al 600 123 456".
// Numbers of people the sender mentions ("you can reach Maria at …") never count: only a first-person
// phrase right before the number does, with no third person named in between.
import type { FoundNumber } from "../types";
import { PHONE_RUN, classifyLabel, findPhonesInLine } from "../phones";
import type { SenderBlock } from "../signature";

// A first-person contact phrase: a possessive with a phone noun, or a contact verb with a first-person object.
// Word classes per language, not sentences; the number must follow within a short stretch of the same sentence.
const PHONE_NOUN = String.raw`(?:cell(?:\s*phone)?|mobile|mob|direct(?:\s+(?:line|dial))?|(?:phone|telephone|tel)(?:\s+number)?|number|line|landline|office(?:\s+line)?|handy(?:nummer)?|mobil(?:nummer|telefon)?|nummer|telefon(?:nummer)?|durchwahl|portable|mobile|num[ée]ro|t[ée]l[ée]phone|fixe|ligne(?:\s+directe)?|m[óo]vil|celular|n[úu]mero|tel[ée]fono|cellulare|numero|telemóvel)`;
const SELF_CONTACT = new RegExp(
  [
    String.raw`\b(?:my|mein(?:e|er)?|mon|ma|mes|mi|mis|mio|mia|mijn|meu|minha)\s+(?:(?:new|personal|own|private|direct|work|office|neue|persönliche|nouveau|nouvelle|nuevo|nueva|personal)\s+)?${PHONE_NOUN}\b`,
    String.raw`\b(?:call|reach|text|ring|phone|contact|try|get)\s+me\b`,
    String.raw`\bI(?:'m| am)\s+(?:on|at|reachable)\b`,
    String.raw`\bgive\s+me\s+a\s+(?:call|ring|buzz)\b`,
    String.raw`\b(?:erreichen\s+sie\s+mich|sie\s+erreichen\s+mich|du\s+erreichst\s+mich|erreichst\s+du\s+mich|rufen\s+sie\s+mich|ruf\s+mich|mich\s+(?:erreichen|anrufen)|ich\s+bin\s+(?:unter|erreichbar))\b`,
    String.raw`\b(?:me\s+joindre|m'appeler|m['’]appeler|appelez[- ]moi|appelle[- ]moi|me\s+contacter|je\s+suis\s+joignable)\b`,
    String.raw`\b(?:ll[áa]m(?:ame|eme)|llamarme|localizarme|contactarme|me\s+(?:puedes|puede|pueden)\s+(?:llamar|localizar|contactar))\b`,
    String.raw`\b(?:chiamami|mi\s+(?:puoi|può)\s+(?:chiamare|contattare)|bel\s+me|ligue[- ]me)\b`,
  ].join("|"),
  "iu",
);
// Ways to reach the sender offered, not asked for: "I can be reached at …", and the same said of the firm
// ("please call us at …", "Sie erreichen uns unter …"). They add numbers; they do not overrule the signature.
const OFFERED_CONTACT = new RegExp(
  [
    String.raw`\bI\s+(?:can|may|will|could)\s+(?:also\s+)?be\s+reached\b`,
    String.raw`\b(?:call|reach|ring|phone|contact)\s+us\b`,
    String.raw`\bwe\s+(?:can|may)\s+(?:also\s+)?be\s+reached\b`,
    String.raw`\bgive\s+us\s+a\s+(?:call|ring)\b`,
    String.raw`\b(?:erreichen\s+sie\s+uns|sie\s+erreichen\s+uns|rufen\s+sie\s+uns)\b`,
    String.raw`\b(?:nous\s+joindre|appelez[- ]nous|nous\s+contacter)\b`,
    String.raw`\b(?:ll[áa]menos|llamarnos|cont[áa]ctenos|contactarnos)\b`,
  ].join("|"),
  "iu",
);

// Someone else between the phrase and the number: "call me or my assistant Maria on …", "reach him at".
const THIRD_PARTY = /\b(?:him|her|his|their|them|colleague|assistant|secretary|office manager|paralegal|partner|wife|husband|help ?desk|hotline|support|service desk|ihn|ihr(?:e|en)?|kolleg(?:e|in)|sekretariat|assistent(?:in)?|lui|elle|coll[èe]gue|secr[ée]taire|assistante?|colega|secretari[ao]|asistente)\b/i;

const MAX_GAP = 60;

/** Sentences of the running text above the signature block (lines joined, so wrapped sentences read whole). */
function sentencesAbove(lines: string[], block: SenderBlock): string[] {
  const end = block.lines.length > 0 ? block.start : lines.length;
  const text = lines.slice(0, end).join("\n").slice(0, 20_000);
  // Most mail states no number above its signature: the sentences below are pieces of the text with its
  // whitespace runs made one space, so a digit run in none of them is not in the whole text read that way either.
  if (!PHONE_RUN.test(text.replace(/\s+/g, " "))) return [];
  return text
    .split(/\n\s*\n/)
    .flatMap((p) => p.replace(/\s+/g, " ").split(/(?<=[.!?])\s+(?=\p{Lu})/u))
    .filter((s) => s.length <= 400 && PHONE_RUN.test(s));
}

/**
 * The sender's own numbers stated in their words, with the kind their phrase names. `directive` numbers were
 * asked for ("call me on …", "my new cell is …"); `offered` ones listed among ways to reach them or the firm.
 */
export function ownWordsNumbers(lines: string[], block: SenderBlock, region: string): { directive: FoundNumber[]; offered: FoundNumber[] } {
  const directive: FoundNumber[] = [];
  const offered: FoundNumber[] = [];
  for (const sentence of sentencesAbove(lines, block)) {
    const self = SELF_CONTACT.exec(sentence);
    const offer = self ? null : OFFERED_CONTACT.exec(sentence);
    const phrase = self ?? offer;
    if (!phrase) continue;
    const firm = offer !== null && !/^I\b/i.test(offer[0]);
    const out = self ? directive : offered;
    const from = phrase.index + phrase[0].length;
    for (const phone of findPhonesInLine(sentence, region)) {
      if (phone.start < from) continue;
      const gap = sentence.slice(from, phone.start);
      // Only the first number(s) close after the phrase; a mention of someone else in between ends it.
      // "…any question: Helpdesk on …": a colon and a name introduce someone else's line.
      if (phone.start - from > MAX_GAP || THIRD_PARTY.test(gap) || /:\s*\p{Lu}/u.test(gap)) break;
      const said = classifyLabel(phone.label?.text ?? phrase[0]);
      const kind = said === "fax" || said === "other" || said === "mobile" || said === "main" ? said : firm || /\bour\b/i.test(gap) ? "main" : phone.type === "MOBILE" ? "mobile" : "direct";
      out.push({
        e164: phone.e164,
        ext: phone.ext,
        kind,
        label: phone.label?.text ?? phrase[0],
        line: sentence.trim(),
        // A sentence is weaker evidence than a signature block.
        confidence: 0.6,
        country: phone.country,
        display: phone.display,
      });
    }
  }
  return { directive, offered };
}
