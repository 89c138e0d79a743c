// Reading one sentence of a client's email: is it a topic for the call (and of which kind), scheduling
// logistics, or small talk; and what is it about, in a few words. Decided by the word classes its words
// fall into (lexicon.ts), not by matching sentence patterns.
import { detectLanguage, scoreLanguages } from "./language";
import { LEXICONS, type Lang, type Lexicon } from "./lexicon";
import { tokenize, type Token } from "./tokens";
import type { AgendaKind } from "./types";

export type TopicKind = Exclude<AgendaKind, "template">;
export type SentenceRole = "topic" | "logistics" | "social" | "none";

export interface Reading {
  role: SentenceRole;
  /** For topics: what the sentence's form makes it. */
  kind: TopicKind | null;
  /** For topics: what it is about, in a few words. */
  phrase: string;
  lang: Lang;
  /** The sentence points at an attached file ("attached", "anbei", "ci-joint", "adjunto"). */
  attaches?: boolean;
}

/** A sentence longer than this is read by its start only: hostile input stays linear. */
const MAX_SENTENCE_CHARS = 1000;
/** The phrase the attorney reads at a glance. */
const MAX_PHRASE_WORDS = 8;

/** Words that address the reader: with an ask verb they make an indirect question ("could you confirm"). */
const ADDRESSEE: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["you", "please", "let", "kindly", "whether", "if"]),
  de: new Set(["sie", "du", "ihr", "bitte", "ob"]),
  fr: new Set(["vous", "tu", "pourriez", "pouvez", "merci", "si"]),
  es: new Set(["usted", "puedes", "podrías", "podría", "favor", "si"]),
};

/** Words that open a wish or a courtesy ("Hope the move went well", "J'espère que …"): the sentence is small talk. */
const SOCIAL_HEAD: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["hope", "hoping", "hopefully", "congratulations", "congrats", "sorry", "apologies", "glad", "wishing", "enjoy", "welcome", "understood", "noted", "hi", "hello", "hey", "morning"]),
  de: new Set(["hoffe", "hoffen", "hoffentlich", "glückwunsch", "entschuldigung", "entschuldigen", "freue", "freuen", "schönen", "verstanden", "notiert", "hallo", "guten", "richten"]),
  fr: new Set(["espère", "espérons", "espérant", "félicitations", "désolé", "désolée", "ravi", "ravie", "bonnes", "excellent", "entendu", "noté", "bonjour", "bonsoir", "salut"]),
  es: new Set(["espero", "esperamos", "ojalá", "felicidades", "enhorabuena", "perdón", "disculpa", "disculpas", "feliz", "entendido", "anotado", "hola", "buenos", "buenas"]),
};

/** A greeting opens the sentence ("Hola Martín, ¿cómo andás?", "Guten Morgen Frau Dr. Vogt"): small talk even as a question. */
const GREETING_HEAD: ReadonlySet<string> = new Set("hi hello hey dear hallo servus moin guten bonjour bonsoir salut hola buenos buenas estimado estimada querido querida".split(" "));

type WordClass = "stop" | "frame" | "logistics" | "social" | "generic" | "neutral" | "weak" | "content";

/** Bare day numbers, ordinals, clock times and years say when, not what. */
const NEUTRAL_NUMBER = /^(\d{1,2}(st|nd|rd|th|er|e|º|ª)?|\d{1,2}[:h.]\d{2}(am|pm|h)?|\d{1,2}(am|pm|h)|(19|20)\d{2})$/i;
const PHONE_LIKE = /^\+?[\d\s().-]{7,}$/;

function classOf(t: Token, index: number, lex: Lexicon): WordClass {
  const w = t.norm;
  if (/^\d/.test(w)) return NEUTRAL_NUMBER.test(w) ? "neutral" : PHONE_LIKE.test(w) && w.replace(/\D/g, "").length >= 7 ? "logistics" : "content";
  if (lex.stop.has(w) || lex.interrogatives.has(w) || NUMBER_WORDS.has(w)) return "stop";
  if (lex.frame.has(w) || lex.attachment.has(w) || lex.askVerbs.has(w)) return "frame";
  if (isLogisticsWord(w, lex)) return "logistics";
  // People who join or are mentioned ("my business partner", "unser Geschäftsführer") are who, not what.
  if (PEOPLE[langOf(lex)].has(w) || PEOPLE[langOf(lex)].has(w.replace(/(e?s|en|n)$/, ""))) return "weak";
  if (lex.social.has(w) || lex.gratitude.has(w)) return "social";
  if (lex.generic.has(w) || lex.pointers.has(w)) return "generic";
  if (w.length < 2) return "stop";
  // A capitalised word inside an English, French or Spanish sentence is a name (a place, a person): small talk
  // and logistics mention them ("your trip to Lisbon") without making a topic of them. Acronyms (NDA, VAT) are content.
  if (!lex.nounsCapitalised && index > 0 && /^\p{Lu}\p{Ll}/u.test(t.text)) return "weak";
  return "content";
}

/** Days relative to the message: a report dated by them says when something happened or will. */
const RELATIVE_DAY: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["today", "yesterday", "tomorrow", "tonight"]),
  de: new Set(["heute", "gestern", "morgen", "früh"]),
  fr: new Set(["aujourd", "hier", "demain"]),
  es: new Set(["hoy", "ayer", "mañana"]),
};

/** Words of worry or doubt: a report carrying one is a point to discuss. */
const CONCERN: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["worried", "worry", "worries", "concern", "concerned", "unsure", "problem", "issue", "risk", "but", "however", "only", "still"]),
  de: new Set(["sorge", "sorgen", "bedenken", "unsicher", "problem", "risiko", "aber", "jedoch", "nur", "noch"]),
  fr: new Set(["inquiet", "inquiète", "inquiétude", "doute", "problème", "risque", "mais", "cependant", "seulement", "toujours"]),
  es: new Set(["preocupa", "preocupado", "duda", "dudas", "problema", "riesgo", "pero", "sin", "solo", "todavía"]),
};

/** Small counts ("two or three slots", "deux ou trois créneaux") say how many, not what. */
const NUMBER_WORDS: ReadonlySet<string> = new Set("two three four zwei drei vier deux trois quatre dos tres cuatro".split(" "));

/** Scheduling and contact words, plurals folded ("mornings", "afternoons", "Termine"). */
function isLogisticsWord(w: string, lex: Lexicon): boolean {
  const has = (x: string) => lex.logistics.has(x) || lex.dates.has(x) || lex.setup.has(x) || lex.callNouns.has(x) || PARTICIPATION[langOf(lex)].has(x);
  return has(w) || (w.length > 4 && /s$/.test(w) && has(w.slice(0, -1)));
}

const langOf = (lex: Lexicon): Lang => (lex === LEXICONS.de ? "de" : lex === LEXICONS.fr ? "fr" : lex === LEXICONS.es ? "es" : "en");

/**
 * Taking part in a call and where it happens: joining, dialling in, coming to the office, a chance or a moment to
 * talk. They say who and where for the call, never what it is about.
 */
const PARTICIPATION: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["join", "joins", "joining", "attend", "attending", "participate", "dial", "chance", "office", "offices", "pickup", "loop", "in-person", "person", "come", "pop", "urgent", "urgently", "ideal", "prefer", "prefers", "keep"]),
  de: new Set(["teilnehmen", "dabei", "dazukommen", "dazu", "einwählen", "kanzlei", "büro", "komme", "kommen", "vorbeikommen", "vorbei", "gelegenheit", "moment", "persönlich", "dringend", "eilig", "brennt", "abstimmen", "weitergeht", "ideal", "lieber", "bevorzugen"]),
  fr: new Set(["joindre", "participer", "participera", "assister", "cabinet", "bureau", "bureaux", "viendrai", "venir", "passer", "occasion", "instant", "personne", "urgent", "urgence", "idéal", "joignable", "proposer", "après", "apres", "préférez", "préférer", "souhaiterait", "souhaiterais", "se"]),
  es: new Set(["unirse", "unirá", "participar", "participará", "asistir", "despacho", "oficina", "oficinas", "pasar", "pasarme", "acercarme", "ocasión", "momento", "persona", "urgente", "ideal", "prefiere", "prefieres", "prefieren", "avisame", "avísame", "avíseme", "queda", "cómodo", "cómoda", "pongamos", "ponernos"]),
};

/** Role nouns for people: partners, colleagues, family, officers ("my business partner Leah will join"). */
const PEOPLE: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["partner", "colleague", "assistant", "husband", "wife", "son", "daughter", "mom", "mum", "dad", "mother", "father", "boss", "manager", "director", "ceo", "cfo", "coo", "founder", "cofounder", "co-founder", "team", "accountant", "secretary", "business", "both", "sister", "brother", "her", "him"]),
  de: new Set(["partner", "partnerin", "kollege", "kollegin", "assistentin", "assistent", "mann", "frau", "sohn", "tochter", "mutter", "vater", "geschäftsführer", "geschäftsführerin", "chef", "chefin", "team", "steuerberater", "steuerberaterin", "beide", "herr", "dr", "schwester", "bruder"]),
  fr: new Set(["associé", "associée", "collègue", "assistante", "assistant", "mari", "femme", "fils", "fille", "mère", "père", "directeur", "directrice", "gérant", "gérante", "équipe", "comptable", "sœur", "soeur", "frère", "responsable"]),
  es: new Set(["socio", "socia", "colega", "asistente", "marido", "esposo", "esposa", "mujer", "hijo", "hija", "madre", "padre", "director", "directora", "gerente", "equipo", "contable", "ambos", "hermana", "hermano", "contador", "contadora"]),
};

/** Tokens of the sentence's frame at its start: lead-ins, a label ("Yes:", "Not yet -"), subject, modals, frame verbs. */
function frameEnd(sentence: string, tokens: Token[], lex: Lexicon, lang: Lang): { start: number; frame: Token[] } {
  let i = 0;
  while (i < tokens.length && lex.leadIns.has(tokens[i].norm)) i++;
  // A short label before a colon or dash ("Yes: what happens …", "Quick question - …") is not the point.
  for (let j = i; j < Math.min(tokens.length - 2, i + 4); j++) {
    const between = sentence.slice(tokens[j].end, tokens[j + 1].start);
    if (/[:–—]|\s-\s/.test(between)) {
      i = j + 1;
      break;
    }
  }
  const begin = i;
  const inFrame = (t: Token) => lex.frame.has(t.norm) || lex.attachment.has(t.norm) || lex.askVerbs.has(t.norm) || /^(find|herewith|here|please|bitte|veuillez|trouverez|encontrará|adjunto)$/.test(t.norm);
  // A noun subject before a frame verb: "Our finance director wants to …", "Der Vermieter will …".
  if (i < tokens.length && (!inFrame(tokens[i]) || lex.determiners.has(tokens[i].norm))) {
    for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
      if (inFrame(tokens[j])) {
        if (lex.wantVerbs.has(tokens[j].norm) && hasFrameVerb(tokens, j, lex, lang)) i = j;
        break;
      }
    }
  }
  // "Is the escrow agent confirmed …": the copula that opens a yes/no question.
  if (i < tokens.length - 1 && lex.questionAux.has(tokens[i].norm) && lex.determiners.has(tokens[i + 1].norm)) i++;
  while (i < tokens.length && inFrame(tokens[i])) {
    // A preposition or determiner-like frame word only belongs to the frame when a frame word came before it.
    i++;
  }
  // Do not strip a whole sentence: the frame leaves at least one word.
  if (i >= tokens.length) i = begin;
  return { start: i, frame: tokens.slice(begin, i) };
}

/** A frame verb (not only modals and pronouns) at or after `from`, within the frame run. */
function hasFrameVerb(tokens: Token[], from: number, lex: Lexicon, lang: Lang): boolean {
  for (let j = from; j < tokens.length && (lex.frame.has(tokens[j].norm) || lex.askVerbs.has(tokens[j].norm)); j++) {
    if (!AUXILIARIES[lang].has(tokens[j].norm)) return true;
  }
  return false;
}

/** Auxiliaries and modals that alone do not frame a topic ("The landlord can still invoke …" keeps its subject). */
const AUXILIARIES: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["is", "are", "was", "were", "has", "have", "had", "will", "can", "could", "may", "might", "must", "should", "would", "does", "do", "did"]),
  de: new Set(["ist", "sind", "war", "hat", "haben", "hatte", "kann", "können", "könnte", "wird", "werden", "soll", "sollte"]),
  fr: new Set(["a", "ont", "est", "sont", "peut", "peuvent", "doit", "va", "vont"]),
  es: new Set(["es", "son", "está", "están", "ha", "han", "tiene", "tienen", "puede", "pueden", "debe", "va", "van"]),
};

/** Need-words: a request in the client's first person ("We need the cap table", "Nous avons besoin de …"). */
const NEED = /^(need|needs|needed|require|requires|brauchen|brauche|benötigen|benötige|besoin|necesitamos|necesito|necesita)$/;

const isDate = (t: Token, lex: Lexicon) => lex.dates.has(t.norm) || NEUTRAL_NUMBER.test(t.norm) || /^\d{1,2}[/.]\d{1,2}([/.]\d{2,4})?$/.test(t.norm) || /^q[1-4]$/.test(t.norm);

/** Index of a deadline preposition with a date after it ("by Friday", "bis zum 31. März", "avant le 31 mars"). */
function deadlineAt(tokens: Token[], lex: Lexicon): number {
  for (let i = 0; i < tokens.length; i++) {
    if (lex.deadlineNouns.has(tokens[i].norm)) return i;
    if (!lex.deadlinePreps.has(tokens[i].norm)) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
      if (isDate(tokens[j], lex)) return i;
      if (lex.subordinators.has(tokens[j].norm) && !lex.deadlinePreps.has(tokens[j].norm)) break;
    }
  }
  return -1;
}

/** The kind of topic the sentence's form makes it. */
function kindOf(sentence: string, tokens: Token[], frame: Token[], lex: Lexicon, lang: Lang): TopicKind {
  if (/\?["')\]]*\s*$/.test(sentence) || /^\s*¿/.test(sentence)) return "question";
  if (deadlineAt(tokens, lex) >= 0) return "deadline";
  const first = frame[0] ?? tokens[0];
  const asks = frame.some((t) => lex.askVerbs.has(t.norm)) && frame.some((t) => ADDRESSEE[lang].has(t.norm));
  if (asks || (first && lex.interrogatives.has(first.norm) && first === tokens[0])) return "question";
  const addressed = frame.some((t) => ADDRESSEE[lang].has(t.norm)) || (!!first && first === tokens[0] && lex.requestWords.has(first.norm));
  const requested = frame.some((t) => lex.requestWords.has(t.norm)) && (addressed || frame.some((t) => NEED.test(t.norm)));
  if (requested || tokens.some((t) => /^(outstanding|pending|waiting|ausstehend|offen|attente|attendons|pendiente|esperando)$/.test(t.norm))) return "request";
  if (tokens.some((t) => lex.attachment.has(t.norm))) return "attachment";
  return "topic";
}

/** Read one sentence. `prior` is the language of the message around it. */
export function readSentence(raw: string, given?: Lang): Reading {
  const prior: Lang = given ?? "en";
  const sentence = raw.length > MAX_SENTENCE_CHARS ? raw.slice(0, MAX_SENTENCE_CHARS) : raw;
  const first = tokenize(sentence, prior);
  // A short sentence leaves its message's language only on clear evidence ("On peut s'appeler jeudi matin ?"
  // shares "on" with English): the other language must lead by more than one word.
  const scores = scoreLanguages(
    first.map((t) => t.norm),
    sentence,
  );
  const guess = detectLanguage(
    first.map((t) => t.norm),
    sentence,
    prior,
  );
  const lang = given === undefined || scores[guess] - scores[prior] > 1 ? guess : prior;
  const lex = LEXICONS[lang];
  const tokens = lang === prior ? first : tokenize(sentence, lang);
  const none: Reading = { role: "none", kind: null, phrase: "", lang };
  // A lead-in to a list ("A couple of things:") is not itself a point; one or two words are a reflex ("Thoughts?").
  if (tokens.length < 3 || /:\s*$/.test(sentence)) return none;

  const classes = tokens.map((t, i) => classOf(t, i, lex));
  // "Alex - see below", "Jane, could you …": the name the client addresses is not a topic.
  if (tokens.length > 1 && /^\p{Lu}/u.test(tokens[0].text) && /^\s*([,:–—]|-\s)/.test(sentence.slice(tokens[0].end, tokens[1].start))) classes[0] = "stop";
  // "Sarah will join the call", "Dmitri est ravi": a bare capitalised first word before an auxiliary is a name.
  if (!lex.nounsCapitalised && tokens.length > 1 && /^\p{Lu}\p{Ll}/u.test(tokens[0].text) && AUXILIARIES[lang].has(tokens[1].norm) && !lex.frame.has(tokens[0].norm)) classes[0] = "weak";
  const count = (c: WordClass) => classes.filter((x) => x === c).length;
  const content = count("content");
  const attaches = tokens.some((t) => lex.attachment.has(t.norm));
  const question = /\?["')\]]*\s*$/.test(sentence);
  if (GREETING_HEAD.has(tokens[0].norm)) return { ...none, role: "social" };
  if (!question && (tokens.some((t, i) => lex.gratitude.has(t.norm) && !(t.norm === "merci" && /^d(e)?$/.test(tokens[i + 1]?.norm ?? ""))) || tokens.slice(0, 3).some((t) => SOCIAL_HEAD[lang].has(t.norm)))) return { ...none, role: "social" };
  // "See below from the buyer's counsel": it points at the forwarded text, which is not the client's.
  if (content <= 2 && tokens.some((t) => lex.pointers.has(t.norm))) return none;
  const setsUpCall = tokens.some((t) => lex.setup.has(t.norm)) && tokens.some((t) => lex.callNouns.has(t.norm));
  // A call about one thing is the call, not a point for it ("Could we set up a call about the lease?").
  // "Notre responsable TI participera à l'appel", "Sarah will join the call": who takes part, not what about.
  const joinsCall = tokens.some((t) => PARTICIPATION[lang].has(t.norm)) && tokens.some((t) => lex.callNouns.has(t.norm));
  if (content === 0 || (content <= 1 && (setsUpCall || joinsCall || count("logistics") >= 3))) {
    return { ...none, role: count("logistics") > 0 ? "logistics" : count("social") > 0 ? "social" : "none" };
  }
  // The sentence's main clauses (not those a subordinator opens: "since …", "when you get a chance", "if easier")
  // carry no content word and speak of the call, the time or the place: the sentence is logistics, whatever its
  // side clause adds ("Mornings are best for me since I'm doing school pickup").
  if (!attaches && mainClausesAreLogistics(sentence, tokens, classes, lex)) return { ...none, role: "logistics" };
  // A status report dated today or tomorrow ("Signed the DocuSign this morning", "Die Kaution ist heute früh
  // rausgegangen", "Das Gutachten schicke ich Ihnen morgen"): done or on its way, with nothing asked about it.
  const asksSomething = tokens.some((t) => lex.askVerbs.has(t.norm) || lex.interrogatives.has(t.norm) || NEED.test(t.norm) || CONCERN[lang].has(t.norm));
  if (!question && !attaches && content <= 3 && !asksSomething && tokens.some((t, i) => RELATIVE_DAY[lang].has(t.norm) || (/^(morning|afternoon|evening)$/.test(t.norm) && tokens[i - 1]?.norm === "this"))) return { ...none, role: "logistics" };
  const { start, frame } = frameEnd(sentence, tokens, lex, lang);
  const kind = kindOf(sentence, tokens, frame, lex, lang);
  return { role: "topic", kind, phrase: topicPhrase(sentence, tokens, start, lex, lang, classes), lang, attaches };
}

/** Clauses split at commas, semicolons and dashes and at subordinators; main clauses are those no subordinator opens. */
function mainClausesAreLogistics(sentence: string, tokens: Token[], classes: WordClass[], lex: Lexicon): boolean {
  const clauses: number[][] = [[]];
  for (let i = 0; i < tokens.length; i++) {
    const before = i > 0 ? sentence.slice(tokens[i - 1].end, tokens[i].start) : "";
    if (i > 0 && (/[,;:–—]|\s-\s/.test(before) || lex.subordinators.has(tokens[i].norm))) clauses.push([]);
    clauses[clauses.length - 1].push(i);
  }
  const main = clauses.filter((c) => c.length > 0 && !lex.subordinators.has(tokens[c[0]].norm) && !lex.deadlinePreps.has(tokens[c[0]].norm));
  if (main.length === 0 || main.length === clauses.length) return false;
  const mainContent = main.some((c) => c.some((i) => classes[i] === "content"));
  const mainLogistics = main.some((c) => c.some((i) => classes[i] === "logistics"));
  return !mainContent && mainLogistics;
}

/** The kind of agenda item a sentence is, or null when it is not one (logistics, small talk, a reflex). */
export function classifySentence(sentence: string, prior?: Lang): TopicKind | null {
  const r = readSentence(sentence, prior);
  return r.role === "topic" ? r.kind : null;
}

/**
 * What the sentence is about: the frame off the front, a trailing subordinate clause or logistics off the end,
 * no leading determiner, at most a few words. For deadlines the date comes back on ("Redline before the 31st").
 */
function topicPhrase(sentence: string, tokens: Token[], from: number, lex: Lexicon, lang: Lang, classes?: WordClass[]): string {
  const phrase = topicPhraseOnce(sentence, tokens, from, lex, lang, true);
  if (!classes) return phrase;
  // A phrase must say what: one word ("By", "Call") or none of the sentence's content words is no phrase.
  const content = new Set(tokens.filter((_, i) => classes[i] === "content").map((t) => t.norm));
  const words = tokenize(phrase, lang);
  // One word is enough only when it is a compound noun ("Haftungsklausel"), not an adjective left by a cut ("Realistic").
  const says = (ws: Token[]) => ws.some((t) => content.has(t.norm)) && (ws.length >= 2 || ws[0].text.length >= 10);
  if (says(words)) return phrase;
  const wider = topicPhraseOnce(sentence, tokens, from, lex, lang, false);
  const wideWords = tokenize(wider, lang);
  if (says(wideWords)) return wider;
  // Still nothing: the sentence's content words in order, from the first to the last (at most the cap).
  const idx = tokens.map((_, i) => i).filter((i) => classes[i] === "content");
  if (idx.length === 0) return shorten(sentence);
  const last = idx.filter((i) => i - idx[0] < MAX_PHRASE_WORDS).pop() as number;
  const text = span(sentence, tokens[idx[0]], tokens[last]).replace(/[\s,;:.!?¿¡"')\]]+$/u, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function topicPhraseOnce(sentence: string, tokens: Token[], from: number, lex: Lexicon, lang: Lang, cutClauses: boolean): string {
  let start = from;
  let end = tokens.length;
  // The date of a deadline comes off the phrase and back on at its end ("Redline before the 31st").
  let deadline: Token[] = [];
  const d = deadlineAt(tokens, lex);
  if (d >= start && !lex.deadlineNouns.has(tokens[d].norm)) {
    let e = d + 1;
    while (e < tokens.length && e < d + 5 && !isDate(tokens[e - 1], lex)) e++;
    while (e < tokens.length && isDate(tokens[e], lex)) e++;
    // "end of the month", "Ende des Monats": a date word a few function words on belongs to it.
    for (let k = e; k < Math.min(tokens.length, e + 3) && lex.stop.has(tokens[k].norm); k++) if (k + 1 < tokens.length && isDate(tokens[k + 1], lex)) e = k + 2;
    const b = d > start && /^(no|not|nicht|pas)$/.test(tokens[d - 1].norm) ? d - 1 : d;
    deadline = tokens.slice(b, e);
    // German puts it before the object ("bis zum 31. März den Entwurf … schicken"); English after.
    if (b <= start) start = e;
    else end = b;
  }
  for (let i = start + 2; cutClauses && i < end; i++) {
    const prev = sentence.slice(tokens[i - 1].end, tokens[i].start);
    if (lex.subordinators.has(tokens[i].norm) || /[;–—]|\s-\s/.test(prev) || (/,/.test(prev) && (lex.subordinators.has(tokens[i].norm) || lex.frame.has(tokens[i].norm)))) {
      end = i;
      break;
    }
  }
  let s = start;
  while (s < end - 1 && lex.determiners.has(tokens[s].norm)) s++;
  // Trailing logistics and function words ("… on our call", "… at all", "… next week").
  while (end - 1 > s && isTrailing(tokens[end - 1], lex, lang)) end--;
  // "… for your records": a purpose the attorney does not need to read.
  if (end - s > 4 && /^(for|pour|para|für)$/.test(tokens[end - 3].norm) && /^(your|our|my|their|votre|vos|notre|nos|su|sus|tu|tus|nuestro|nuestros|ihre|unsere|deine)$/.test(tokens[end - 2].norm)) end -= 3;
  let words = tokens.slice(s, end);
  if (words.length > MAX_PHRASE_WORDS) {
    // Cut before a function word (a preposition or conjunction starts the next unit), else at the cap.
    let cut = MAX_PHRASE_WORDS;
    for (let i = MAX_PHRASE_WORDS; i >= 3; i--) {
      if (lex.stop.has(words[i].norm) && !lex.determiners.has(words[i - 1].norm)) {
        cut = i;
        break;
      }
    }
    words = words.slice(0, cut);
    while (words.length > 1 && lex.stop.has(words[words.length - 1].norm)) words.pop();
  }
  // Everything was frame or date ("We have to sign by Friday" with "sign" read as the verb): keep the words before the date.
  if (words.length === 0 && deadline.length > 0 && deadline[0].start > tokens[from].start) words = tokens.slice(from, tokens.indexOf(deadline[0]));
  if (words.length === 0) return shorten(sentence);
  let phrase = span(sentence, words[0], words[words.length - 1]);
  if (deadline.length > 0 && words.length + deadline.length <= MAX_PHRASE_WORDS + 2) phrase = `${phrase} ${span(sentence, deadline[0], deadline[deadline.length - 1])}`;
  phrase = phrase.replace(/[\s,;:.!?¿¡"')\]]+$/u, "").replace(/^[\s,;:.!?¿¡"'(\[-]+/u, "");
  if (!/\p{L}/u.test(phrase)) return shorten(sentence);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

function isTrailing(t: Token, lex: Lexicon, lang: Lang): boolean {
  // German ends on its verb ("die Haftungsklausel besprechen"): a frame verb there is frame too.
  return (lang === "de" && lex.frame.has(t.norm)) || lex.stop.has(t.norm) || lex.logistics.has(t.norm) || lex.dates.has(t.norm) || (NEUTRAL_NUMBER.test(t.norm) && !/^\d+(\.\d+)?$/.test(t.norm));
}

/** The text from one token to another, widened to whitespace so markup and punctuation inside a word stay whole. */
function span(sentence: string, from: Token, to: Token): string {
  let a = from.start;
  while (a > 0 && !/\s/.test(sentence[a - 1])) a--;
  let b = to.end;
  while (b < sentence.length && !/\s/.test(sentence[b])) b++;
  return sentence.slice(a, b);
}

const LEAD_IN = /^(also|and|so|but|finally|lastly|separately|one more thing|oh and|plus|p\.?s\.?|secondly|firstly|thirdly)[,:;]?\s+/i;

/** Trimmed to the point: lead-in words off, first letter up, at most `max` characters at a word boundary. */
export function shorten(sentence: string, max = 160): string {
  let s = sentence.trim().replace(/^[-_=*~\s]{2,}/, "").replace(LEAD_IN, "");
  s = s.charAt(0).toUpperCase() + s.slice(1);
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:\s]+$/, "")}…`;
}
