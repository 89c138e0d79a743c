// Reading one sentence of a client's email: is it a topic for the call (and of which kind), scheduling
// logistics, or small talk; and what is it about, in a few words. Decided by the word classes its words
// fall into (lexicon.ts), not by matching sentence patterns.
import { detectLanguage, scoreLanguages } from "./language";
import { LEXICONS, wordSet, type Lang, type Lexicon } from "./lexicon";
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
  en: new Set(["hope", "hoping", "hopefully", "congratulations", "congrats", "sorry", "apologies", "glad", "wishing", "enjoy", "welcome", "understood", "noted", "hi", "hello", "hey", "morning", "pardon", "regards"]),
  de: new Set(["hoffe", "hoffen", "hoffentlich", "glückwunsch", "entschuldigung", "entschuldigen", "freue", "freuen", "schönen", "verstanden", "notiert", "hallo", "guten", "genießen", "genießt", "geniessen", "richten", "grüße", "verzeihung", "sorry"]),
  fr: new Set(["espère", "espérons", "espérant", "félicitations", "désolé", "désolée", "ravi", "ravie", "bonnes", "excellent", "entendu", "noté", "bonjour", "bonsoir", "salut", "profitez", "profite", "pardon", "pardonnez", "excusez", "amitiés", "salutations"]),
  es: new Set(["espero", "esperamos", "ojalá", "felicidades", "enhorabuena", "perdón", "disculpa", "disculpas", "feliz", "entendido", "anotado", "hola", "buen", "buenos", "buenas", "disfrute", "disfruta", "disfruten", "disfrutad", "perdona", "perdone", "disculpe", "saludos", "recuerdos", "besos", "abrazos"]),
};

/** How far into the sentence a courtesy word still opens it ("Alors d'abord, félicitations …"). */
const SOCIAL_HEAD_WINDOW = 4;

/** A greeting opens the sentence ("Hola Martín, ¿cómo andás?", "Guten Morgen Frau Dr. Vogt"): small talk even as a question. */
const GREETING_HEAD: ReadonlySet<string> = wordSet("hi hello hey dear hallo servus moin guten bonjour bonsoir salut hola buenos buenas estimado estimada querido querida");

type WordClass = "stop" | "frame" | "logistics" | "social" | "generic" | "neutral" | "weak" | "content";

/** Bare day numbers, ordinals, clock times and years say when, not what. */
const NEUTRAL_NUMBER = /^(\d{1,2}(st|nd|rd|th|er|e|º|ª)?|\d{1,2}[-–]\d{1,2}|\d{1,2}[:h.]\d{2}(am|pm|h)?|\d{1,2}(am|pm|h)|(19|20)\d{2})$/i;
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
const NUMBER_WORDS = wordSet(
  "two three four five six seven eight nine ten twelve twenty thirty forty zwei drei vier fünf sechs sieben acht neun zehn zwölf zwanzig dreißig vierzig",
  "deux trois quatre cinq six sept huit neuf dix douze vingt trente quarante dos tres cuatro cinco seis siete ocho nueve diez doce veinte treinta cuarenta",
);
const isNumber = (t?: Token) => !!t && (/^\d+$/.test(t.norm) || NUMBER_WORDS.has(t.norm) || /^(one|an|a|half|eine|einer|halbe|une|un|demi|una|un|media|medio)$/.test(t.norm));
/** Units of a call's length and of a time-zone gap: "20 min", "eine halbe Stunde", "45 minutos", "six hours". */
const TIME_UNIT = /^(min|mins|minute|minutes|minuten|minuto|minutos|hour|hours|hr|hrs|stunde|stunden|std|heure|heures|h|hora|horas)$/;
/** A duration: a number and a time unit. Said of a call ("Kurzer Call, 20 min?"), it is its length. */
const hasDuration = (tokens: Token[]) => tokens.some((t, i) => TIME_UNIT.test(t.norm) && isNumber(tokens[i - 1]));
/** Words that compare clocks: "eight hours behind", "sechs Stunden später", "six heures de décalage", "seis horas menos". */
const SHIFT = /^(ahead|behind|later|earlier|difference|voraus|zurück|später|früher|zeitverschiebung|zeitunterschied|unterschied|décalage|avance|retard|plus|moins|detrás|delante|adelantados|atrasados|más|menos|diferencia)$/;
/** Indices of a time-zone gap ("ocho horas por detrás", "six hours ahead"): it says when the writer can talk, like a clock time. */
function timeShift(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (!TIME_UNIT.test(t.norm) || !isNumber(tokens[i - 1])) return;
    const k = tokens.slice(i + 1, i + 4).findIndex((x) => SHIFT.test(x.norm));
    if (k >= 0) for (let j = i - 1; j <= i + 1 + k; j++) out.add(j);
  });
  return out;
}

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
  en: new Set(["join", "joins", "joining", "attend", "attending", "participate", "dial", "chance", "office", "offices", "pickup", "loop", "in-person", "person", "preparation", "come", "pop", "urgent", "urgently", "ideal", "prefer", "prefers", "keep"]),
  de: new Set(["teilnehmen", "dabei", "dazukommen", "dazu", "einwählen", "kanzlei", "büro", "komme", "kommen", "vorbeikommen", "vorbei", "gelegenheit", "moment", "persönlich", "persönliches", "persönlichen", "vorbereitung", "dringend", "eilig", "eilt", "brennt", "abstimmen", "weitergeht", "ideal", "lieber", "liebsten", "bevorzugen"]),
  fr: new Set(["joindre", "participer", "participera", "assister", "cabinet", "bureau", "bureaux", "viendrai", "venir", "passer", "occasion", "instant", "personne", "préparation", "urgent", "urgence", "idéal", "joignable", "proposer", "après", "apres", "préférez", "préférer", "souhaiterait", "souhaiterais", "se"]),
  es: new Set(["unirse", "unirá", "participar", "participará", "asistir", "despacho", "oficina", "oficinas", "pasar", "pasarme", "acercarme", "ocasión", "momento", "persona", "preparación", "urgente", "ideal", "prefiere", "prefieres", "prefieren", "avisame", "avísame", "avíseme", "queda", "cómodo", "cómoda", "pongamos", "ponernos"]),
};

/** Role nouns for people: partners, colleagues, family, officers ("my business partner Leah will join"). */
const PEOPLE: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["partner", "colleague", "assistant", "husband", "wife", "son", "daughter", "mom", "mum", "dad", "mother", "father", "boss", "manager", "director", "ceo", "cfo", "coo", "founder", "cofounder", "co-founder", "team", "accountant", "secretary", "business", "both", "sister", "brother", "her", "him", "lawyer", "attorney", "solicitor", "counsel"]),
  de: new Set(["partner", "partnerin", "kollege", "kollegin", "assistentin", "assistent", "mann", "frau", "sohn", "tochter", "mutter", "vater", "geschäftsführer", "geschäftsführerin", "chef", "chefin", "team", "steuerberater", "steuerberaterin", "beide", "herr", "dr", "schwester", "bruder", "anwalt", "anwältin", "rechtsanwalt", "rechtsanwältin", "sekretariat", "sekretärin", "sekretär"]),
  fr: new Set(["associé", "associée", "collègue", "assistante", "assistant", "mari", "femme", "fils", "fille", "mère", "père", "directeur", "directrice", "gérant", "gérante", "équipe", "comptable", "sœur", "soeur", "frère", "responsable", "avocat", "avocate", "secrétariat", "secrétaire"]),
  es: new Set(["socio", "socia", "colega", "asistente", "marido", "esposo", "esposa", "mujer", "hijo", "hija", "madre", "padre", "director", "directora", "gerente", "equipo", "contable", "ambos", "hermana", "hermano", "contador", "contadora", "abogado", "abogada", "secretaria", "secretario"]),
};

/** Where the sentence goes on after a short label before a colon or dash ("Yes: …", "lange nichts gehört - …"); 0 without one. */
function labelEnd(sentence: string, tokens: Token[]): number {
  for (let j = 0; j < Math.min(tokens.length - 2, 4); j++) if (/[:–—]|\s-\s/.test(sentence.slice(tokens[j].end, tokens[j + 1].start))) return j + 1;
  return 0;
}

/** Being sent to the reader by someone: "referred", "empfohlen", "sur les conseils de", "de parte de". */
const REFERRAL: Record<Lang, RegExp> = {
  en: /^(referred|referral|recommended|recommendation|suggested)$/,
  de: /^(empfohlen|empfehlung|empfahl|verwiesen|tipp)$/,
  fr: /^(conseils|recommandé|recommandée|recommandation|recommandations|adressé|adressée|part)$/,
  es: /^(parte|recomendó|recomendaron|recomendado|recomendada|recomendación|recomendaciones)$/,
};
/** The writer writing or turning to the reader. */
const WRITE_TO = /^(write|writing|contact|contacting|reaching|schreibe|schreiben|wende|melde|écris|écrire|contacte|contacter|permets|escribo|escribir|contacto|contactar|dirijo)$/;
/** The reader's contact details, got from someone ("Ihre Nummer habe ich von Herrn Kessler"). */
const CONTACT_NOUN = /^(number|name|details|contact|email|nummer|kontakt|kontaktdaten|adresse|namen|numéro|coordonnées|nom|número|contacto|datos|correo)$/;
const READER_POSSESSIVE = /^(your|ihre|ihren|deine|deinen|votre|vos|ton|tes|tu|tus|su|sus)$/;
/** The reader as object, per language: French "le" is an article, Spanish "le" is "you". */
const READER_OBJECT: Record<Lang, RegExp> = { en: /^you$/, de: /^(sie|ihnen|dich|dir)$/, fr: /^(vous|te|t)$/, es: /^(te|le|usted|ti)$/ };
/** "About", "wegen", "au sujet de", "sobre": the sentence names a matter. */
const ABOUT = /^(about|regarding|concerning|re|wegen|bezüglich|betreffend|hinsichtlich|sujet|concernant|propos|sobre|acerca|respecto)$/;

/** The writer says who sent them to the reader, and nothing asked, filed or worried about. */
function introducesWriter(tokens: Token[], lex: Lexicon, lang: Lang): boolean {
  // "de la part de", "de parte de": who sent; "il part au Canada" is a departure.
  const onBehalf = (i: number) => tokens[i - 1]?.norm === "de" || (tokens[i - 2]?.norm === "de" && /^(la|ma|sa)$/.test(tokens[i - 1]?.norm ?? ""));
  const referred = tokens.some((t, i) => REFERRAL[lang].test(t.norm) && (!/^parte?$/.test(t.norm) || onBehalf(i)));
  const sent = referred && tokens.some((t) => WRITE_TO.test(t.norm) || READER_OBJECT[lang].test(t.norm));
  const given = tokens.some((t, i) => CONTACT_NOUN.test(t.norm) && READER_POSSESSIVE.test(tokens[i - 1]?.norm ?? ""));
  if (!sent && !given) return false;
  return !tokens.some((t) => ABOUT.test(t.norm) || lex.askVerbs.has(t.norm) || lex.requestWords.has(t.norm) || NEED.test(t.norm)) && !worried(tokens);
}

/** "In relation to", "in Bezug auf", "en relación con": the multi-word forms of ABOUT. */
const ABOUT_NOUN = /^(relation|bezug|sachen|relación|rapport|referencia)$/;

/**
 * An opener: the writer says they write about something ("I'm writing about the lease", "ich schreibe wegen …",
 * "Je me permets de vous écrire au sujet du bail", "Te escribo en relación con el contrato"). It names the matter
 * the following sentences raise; by itself it asks nothing. Writing "because" something happened is a report, not this.
 */
function opensLetter(tokens: Token[], lex: Lexicon): boolean {
  // The last writing verb of the head: "me permets de vous écrire au sujet de".
  const w = tokens.slice(0, 6).map((t) => WRITE_TO.test(t.norm)).lastIndexOf(true);
  if (w < 0) return false;
  const about = tokens.findIndex((t, i) => i > w && i <= w + 4 && (ABOUT.test(t.norm) || ABOUT_NOUN.test(t.norm)));
  if (about < 0 || tokens.slice(w + 1, about).some((t) => lex.subordinators.has(t.norm))) return false;
  return !tokens.slice(about + 1).some((t) => lex.subordinators.has(t.norm) || lex.askVerbs.has(t.norm) || lex.requestWords.has(t.norm) || NEED.test(t.norm));
}

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

/** Verbs and adjectives of not knowing that take an "if" clause: "I don't know if", "ich weiß nicht, ob", "je me demande si", "no sé si". */
const DOUBT: Record<Lang, RegExp> = {
  en: /^(know|sure|certain|unsure|clear|wonder|wondering|wondered)$/,
  de: /^(weiß|wissen|sicher|unsicher|klar|frage|fragen)$/,
  fr: /^(sais|savons|sait|sûr|sûre|sûrs|certain|certaine|demande|demandons|demandais|comprends)$/,
  es: /^(sé|sabemos|sabe|seguro|segura|seguros|claro|pregunto|preguntaba|preguntamos)$/,
};
const IF_CLAUSE: Record<Lang, RegExp> = { en: /^(if|whether)$/, de: /^ob$/, fr: /^si$/, es: /^si$/ };

/**
 * An indirect question: a doubt verb near the start and its "if" a few function words on ("Je ne sais même pas
 * si …"). Returns the index after the "if" (where the point starts), or -1.
 */
function indirectQuestion(tokens: Token[], lex: Lexicon, lang: Lang): number {
  for (let i = 0; i < Math.min(tokens.length, 7); i++) {
    if (!DOUBT[lang].test(tokens[i].norm)) continue;
    for (let j = i + 1; j <= i + 4 && j < tokens.length - 1; j++) {
      if (IF_CLAUSE[lang].test(tokens[j].norm)) return j + 1;
      if (!lex.stop.has(tokens[j].norm) && !lex.frame.has(tokens[j].norm)) break;
    }
  }
  return -1;
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
const NEED = /^(need|needs|needed|require|requires|brauchen|brauche|bräuchte|bräuchten|benötigen|benötige|besoin|necesitamos|necesito|necesita)$/;

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
  // "Photo attached.": too short to be a point, it still announces the files (of the point before it).
  if (tokens.length < 3 || /:\s*$/.test(sentence)) return tokens.length < 3 && tokens.some((t) => lex.attachment.has(t.norm)) ? { ...none, attaches: true } : none;

  const classes = tokens.map((t, i) => classOf(t, i, lex));
  // "Alex - see below", "Jane, could you …": the name the client addresses is not a topic.
  if (tokens.length > 1 && /^\p{Lu}/u.test(tokens[0].text) && /^\s*([,:–—]|-\s)/.test(sentence.slice(tokens[0].end, tokens[1].start))) classes[0] = "stop";
  // "Sarah will join the call", "Dmitri est ravi": a bare capitalised first word before an auxiliary is a name.
  if (!lex.nounsCapitalised && tokens.length > 1 && /^\p{Lu}\p{Ll}/u.test(tokens[0].text) && AUXILIARIES[lang].has(tokens[1].norm) && !lex.frame.has(tokens[0].norm)) classes[0] = "weak";
  // The name after a title ("Herr Kühne", "Mme Ferreira") is who, in German too where every noun is capitalised.
  for (let i = 1; i < tokens.length; i++) if (classes[i] === "content" && TITLE.test(tokens[i - 1].norm) && /^\p{Lu}/u.test(tokens[i].text)) classes[i] = "weak";
  // A phone number written in groups ("612 345 678") is one contact detail, not three amounts.
  for (const m of sentence.matchAll(/\+?\d[\d\s().\/-]{6,}\d/g)) {
    if (m[0].replace(/\D/g, "").length < 7) continue;
    const from = m.index ?? 0;
    tokens.forEach((t, i) => {
      if (t.start >= from && t.end <= from + m[0].length) classes[i] = "logistics";
    });
  }
  // "sin problema", "no problem", "kein Problem", "pas de problème": the writer says it is fine, which names no matter.
  tokens.forEach((t, i) => {
    if (WORRY.test(t.norm) && [tokens[i - 1], tokens[i - 2]].some((n) => /^(no|kein|keine|pas|sans|sin|ningún|aucun)$/.test(n?.norm ?? ""))) classes[i] = "social";
  });
  const count = (c: WordClass) => classes.filter((x) => x === c).length;
  const content = count("content");
  const attaches = tokens.some((t) => lex.attachment.has(t.norm));
  const question = /\?["')\]]*\s*$/.test(sentence);
  if (GREETING_HEAD.has(tokens[0].norm)) return { ...none, role: "social" };
  // A courtesy opens it: small talk, and a question after it is small talk too unless it names the matter
  // ("richten Sie Grüße aus - wie war Ihr Urlaub?"); thanks make a statement small talk whatever it says.
  const socialHead = [0, labelEnd(sentence, tokens)].some((from) => tokens.slice(from, from + SOCIAL_HEAD_WINDOW).some((t) => SOCIAL_HEAD[lang].has(t.norm)));
  const thanks = tokens.some((t, i) => lex.gratitude.has(t.norm) && !(t.norm === "merci" && /^d(e)?$/.test(tokens[i + 1]?.norm ?? "")));
  if (question ? socialHead && matterWords(tokens, classes, lang) <= 2 : thanks || socialHead) return { ...none, role: "social" };
  // "I was referred to you by …", "Je me permets de vous écrire sur les conseils de …": who sent the writer, not what about.
  if (!question && !attaches && introducesWriter(tokens, lex, lang)) return { ...none, role: "social" };
  if (!question && !attaches && opensLetter(tokens, lex)) return { ...none, role: "social" };
  // "See below from the buyer's counsel": it points at the forwarded text, which is not the client's.
  if (content <= 2 && tokens.some((t) => lex.pointers.has(t.norm))) return none;
  const setsUpCall = tokens.some((t) => lex.setup.has(t.norm)) && tokens.some((t) => lex.callNouns.has(t.norm));
  // A call about one thing is the call, not a point for it ("Could we set up a call about the lease?").
  // "Notre responsable TI participera à l'appel", "Sarah will join the call": who takes part, not what about.
  const joinsCall = tokens.some((t) => PARTICIPATION[lang].has(t.norm)) && tokens.some((t) => lex.callNouns.has(t.norm));
  if (content === 0 || (content <= 1 && (setsUpCall || joinsCall || count("logistics") >= 3 || hasDuration(tokens)))) {
    return { ...none, role: count("logistics") > 0 ? "logistics" : count("social") > 0 ? "social" : "none" };
  }
  // The sentence's main clauses (not those a subordinator opens: "since …", "when you get a chance", "if easier")
  // carry no content word and speak of the call, the time or the place: the sentence is logistics, whatever its
  // side clause adds ("Mornings are best for me since I'm doing school pickup").
  if (!attaches && mainClausesAreLogistics(sentence, tokens, classes, lex)) return { ...none, role: "logistics" };
  // Where and when the writer can be reached ("In Zurich till Thurs", "Je suis à Grasse lundi, dispo mercredi",
  // "El jueves estoy en Madrid, pero tengo hueco entre las 13 y las 14"): the places and jobs it names are whereabouts.
  if (!attaches && statesAvailability(sentence, tokens, classes, lex, lang)) return { ...none, role: "logistics" };
  // The writer offers to come to the office ("I can swing by your office with the binder", "podemos ir a su despacho"):
  // where the call happens, whatever they bring along.
  if (!question && !attaches && offersVisit(tokens, lex, lang)) return { ...none, role: "logistics" };
  // A file on its way ("I'll send it over tomorrow", "schicke ich Ihnen heute Abend per Mail", "Te mando las facturas
  // en el siguiente email"): when and how it comes is logistics; the file is a point once it is attached.
  if (!question && !attaches && promisesDelivery(tokens, lex, lang)) return { ...none, role: "logistics" };
  // A status report dated today or tomorrow ("Signed the DocuSign this morning", "Die Kaution ist heute früh
  // rausgegangen", "Das Gutachten schicke ich Ihnen morgen"): done or on its way, with nothing asked about it.
  const asksSomething = tokens.some((t) => lex.askVerbs.has(t.norm) || lex.interrogatives.has(t.norm) || NEED.test(t.norm) || CONCERN[lang].has(t.norm) || POLITE.test(t.norm));
  if (!question && !attaches && content <= 3 && !asksSomething && tokens.some((t, i) => RELATIVE_DAY[lang].has(t.norm) || (/^(morning|afternoon|evening)$/.test(t.norm) && tokens[i - 1]?.norm === "this"))) return { ...none, role: "logistics" };
  const framed = frameEnd(sentence, tokens, lex, lang);
  // The point of an indirect question is its "if" clause: "No sé si tenemos todos los DUA" is about the DUA.
  const indirect = indirectQuestion(tokens, lex, lang);
  const start = Math.max(framed.start, indirect);
  const kind = indirect > 0 && deadlineAt(tokens, lex) < 0 ? "question" : kindOf(sentence, tokens, framed.frame, lex, lang);
  return { role: "topic", kind, phrase: topicPhrase(sentence, tokens, start, lex, lang, classes), lang, attaches };
}

/** Times of day, weekdays and relative days: when the writer is free or busy (months and years date a matter instead). */
const WHEN: Record<Lang, ReadonlySet<string>> = {
  en: wordSet("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun weekend today tonight tomorrow morning afternoon evening noon midday lunch lunchtime eod cob always anytime whenever"),
  de: wordSet("montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende heute morgen übermorgen vormittag nachmittag abend mittag morgens vormittags nachmittags abends mittags mittagspause immer jederzeit"),
  fr: wordSet("lundi mardi mercredi jeudi vendredi samedi dimanche week-end weekend aujourd demain matin matinée après-midi apres-midi soir soirée midi déjeuner"),
  es: wordSet("lunes martes miércoles miercoles jueves viernes sábado sabado domingo hoy mañana manana tarde noche mediodía mediodia siempre"),
};
/** A span of days ("most days", "all day", "den ganzen Tag", "toute la journée", "cualquier día") or this / next week. */
const DAY_SPAN = /^(day|days|week|tag|tage|woche|jour|jours|journée|semaine|día|días|semana)$/;
const SPAN_HEAD = /^(most|all|any|every|this|next|jeden|ganzen|diese|nächste|tous|toute|toutes|cette|prochaine|cualquier|todos|todas|toda|esta|próxima)$/;
/** The writer is somewhere or doing something for a time ("I'm", "ich bin", "je suis", "estoy", "I work"). */
const PRESENCE: Record<Lang, ReadonlySet<string>> = {
  en: wordSet("am m we're re work working off around back away travelling traveling"),
  de: wordSet("bin arbeite unterwegs"),
  fr: wordSet("suis sommes serai serons travaille rentre"),
  es: wordSet("estoy estamos estaré estaremos trabajo voy vuelvo"),
};
/** Words that say the writer is free or reachable. */
const AVAILABLE: Record<Lang, ReadonlySet<string>> = {
  en: wordSet("free available reachable open"),
  de: wordSet("frei erreichbar verfügbar"),
  fr: wordSet("libre libres dispo dispos disponible disponibles joignable"),
  es: wordSet("libre libres disponible disponibles hueco localizable"),
};
/** Prepositions of a due date: with one the clause says when something is due, not when the writer is free. */
const DUE = /^(by|before|due|latest|spätestens|vor|fällig|frist|ici|échéance|délai|plazo|vence|límite)$/;

function isWhen(tokens: Token[], i: number, lang: Lang): boolean {
  const w = tokens[i].norm;
  if (timeShift(tokens).has(i)) return true;
  if (WHEN[lang].has(w) || WHEN[lang].has(w.replace(/s$/, ""))) return true;
  if (DAY_SPAN.test(w) && SPAN_HEAD.test(tokens[i - 1]?.norm ?? "")) return true;
  // A clock time: "2pm", "19:00", "11 h", or a bare hour after "till", "ab", "dès", "a las".
  if (/^\d{1,2}([:.h]\d{2})?(am|pm|h)?$/.test(w) && isClock(w) && (/\D/.test(w) || /^(am|pm|h|uhr|o'clock)$/.test(tokens[i + 1]?.norm ?? "") || /^(till|until|from|after|ab|bis|um|dès|jusqu|partir|vers|entre|las|desde|hasta)$/.test(tokens[i - 1]?.norm ?? ""))) return true;
  return false;
}

/** A clock time is one a clock shows: "99.95" (a percentage) or "12.75" is no time of day. */
function isClock(w: string): boolean {
  const [h, m] = w.split(/[:.h]/).map((x) => parseInt(x, 10));
  return h <= 24 && (m === undefined || Number.isNaN(m) || m < 60);
}

/** Prepositions of a time span ("till 4", "ab 19 Uhr", "jusqu'à mercredi", "a partir de las 6"): they say when. */
const TIME_PREP = /^(till|until|from|after|during|between|bis|ab|zwischen|während|jusqu'à|jusqu’à|jusqu|dès|pendant|entre|partir|vers|hasta|desde|durante|any|first|erste|ersten|premier|première|cualquier|primera|primer)$/;
/** A conditional opens a side clause in every language ("si ça te va", "if easier", "wenn dir das lieber ist"). */
const CONDITIONAL = /^(if|si|wenn|falls)$/;

/**
 * Where and when the writer can be reached. Every main clause has no content word or a time of day or weekday;
 * one of them says the writer is there or free ("I'm in the café most days till 4", "free any time Thursday"), is
 * a call at a time ("Telefonieren geht abends"), or is nothing but the time ("so ab 19 Uhr"); the others may name
 * one thing beside the time ("ab Mittwoch wieder im Haus"). No request, ask, file or due date in any of them.
 */
function statesAvailability(sentence: string, tokens: Token[], classes: WordClass[], lex: Lexicon, lang: Lang): boolean {
  // "dès 4 h", "until 3", "bis 11 Uhr" say when within the clause; they open no side clause here.
  // German puts the verb second: "da geht …" is an adverb and a main clause, "da ich … bin" a side clause.
  const v2 = (i: number) => lang === "de" && (AUXILIARIES.de.has(tokens[i + 1]?.norm ?? "") || /^(geht|passt|klappt|bin)$/.test(tokens[i + 1]?.norm ?? ""));
  const opens = (i: number) => (lex.subordinators.has(tokens[i].norm) && !TIME_PREP.test(tokens[i].norm) && !v2(i)) || CONDITIONAL.test(tokens[i].norm);
  const clauses: number[][] = [[]];
  for (let i = 0; i < tokens.length; i++) {
    const before = i > 0 ? sentence.slice(tokens[i - 1].end, tokens[i].start) : "";
    if (i > 0 && (/[,;:–—]|\s-\s/.test(before) || opens(i))) clauses.push([]);
    clauses[clauses.length - 1].push(i);
  }
  let strong = 0;
  for (const c of clauses.filter((c) => c.length > 0 && !opens(c[0]))) {
    const when = c.filter((i) => isWhen(tokens, i, lang));
    const content = c.filter((i) => classes[i] === "content" && !when.includes(i) && !TIME_PREP.test(tokens[i].norm));
    if (content.length === 0 && when.length === 0) continue;
    if (when.length === 0) return false;
    if (c.some((i) => lex.requestWords.has(tokens[i].norm) || lex.askVerbs.has(tokens[i].norm) || NEED.test(tokens[i].norm) || lex.attachment.has(tokens[i].norm))) return false;
    const free = c.some((i) => AVAILABLE[lang].has(tokens[i].norm));
    const due = c.some((i) => DUE.test(tokens[i].norm) || lex.deadlineNouns.has(tokens[i].norm));
    if (free) strong++;
    else if (due) return false;
    else if (content.length === 0 || c.some((i) => PRESENCE[lang].has(tokens[i].norm))) strong++;
    else if (content.length === 1 && c.some((i) => lex.callNouns.has(tokens[i].norm) || CALL_VERB.test(tokens[i].norm))) strong++;
    else if (content.length > 1) return false;
  }
  return strong > 0;
}

/** The lawyer's premises, and verbs of the writer coming there. */
const PREMISES = /^(office|offices|kanzlei|büro|cabinet|bureau|bureaux|despacho|oficina|oficinas)$/;
const COME: Record<Lang, ReadonlySet<string>> = {
  en: wordSet("come pop swing drop stop visit"),
  de: wordSet("komme kommen vorbeikommen vorbei"),
  fr: wordSet("passer venir viendrai viendrons"),
  es: wordSet("ir pasar pasarme pasarnos acercarme acercarnos venir"),
};
/** The writer as subject ("I", "wir", "nous", "podemos"). */
const WRITER: Record<Lang, ReadonlySet<string>> = {
  en: wordSet("i we"),
  de: wordSet("ich wir komme"),
  fr: wordSet("je j nous"),
  es: wordSet("yo nosotros puedo podemos pasarme pasarnos acercarme acercarnos"),
};

function offersVisit(tokens: Token[], lex: Lexicon, lang: Lang): boolean {
  if (!tokens.some((t) => PREMISES.test(t.norm)) || !tokens.some((t) => COME[lang].has(t.norm)) || !tokens.some((t) => WRITER[lang].has(t.norm))) return false;
  // "si c'est plus simple" is a condition, not a question word.
  return !tokens.some((t, i) => lex.askVerbs.has(t.norm) || (lex.interrogatives.has(t.norm) && !CONDITIONAL.test(t.norm)) || (NEED.test(t.norm) && !CONDITIONAL.test(tokens[i - 1]?.norm ?? ""))) && !worried(tokens);
}

/** Verbs of sending a file or of its arriving, in the forms a writer uses for their own sending. */
const DELIVERY: Record<Lang, ReadonlySet<string>> = {
  en: wordSet("send sending forward forwarding email follow follows"),
  de: wordSet("schicke schicken sende senden zukommen nachreichen reiche kommen kommt folgt folgen"),
  fr: wordSet("envoie envoyer enverrai envoyons transmets transmettre transmettrai joindrai suivra suivront"),
  es: wordSet("mando manda mandaré enviaré envío envía reenvío reenvía paso pasaré llegará llegarán"),
};
/** It comes in a later message, or it is the call's invitation. */
const CHANNEL = /^(separate|separater|separaten|séparé|séparée|siguiente|separado|invite|invitation|einladung|convocatoria|invitación|invitacion)$/;
/** The reader as recipient, or the writer as sender. */
const SENDER_OR_READER: Record<Lang, ReadonlySet<string>> = {
  en: wordSet("i we you"),
  de: wordSet("ich wir ihnen dir euch"),
  fr: wordSet("je j nous vous te t"),
  es: wordSet("te le os les yo nosotros"),
};
/** Worry and doubt, without the contrast particles of CONCERN ("noch nicht ganz fertig" is not a worry). */
const WORRY = /^(worried|worry|worries|concern|concerned|unsure|problem|issue|risk|sorge|sorgen|bedenken|unsicher|problem|risiko|inquiet|inquiète|inquiétude|doute|problème|risque|preocupa|preocupado|duda|dudas|problema|riesgo)$/;

/** A worry word not negated just before it ("no es problema", "sans problème", "no problem" are not worries). */
function worried(tokens: Token[]): boolean {
  const negation = (t?: Token) => !!t && /^(no|not|kein|keine|kein|pas|sans|sin|ningún|ninguna|aucun|aucune)$/.test(t.norm);
  return tokens.some((t, i) => WORRY.test(t.norm) && !negation(tokens[i - 1]) && !negation(tokens[i - 2]));
}

function promisesDelivery(tokens: Token[], lex: Lexicon, lang: Lang): boolean {
  if (!tokens.some((t) => DELIVERY[lang].has(t.norm))) return false;
  const channel = tokens.some((t) => CHANNEL.test(t.norm));
  if (!channel && !tokens.some((_, i) => isWhen(tokens, i, lang))) return false;
  if (!channel && !tokens.some((t) => SENDER_OR_READER[lang].has(t.norm))) return false;
  return !tokens.some((t) => lex.askVerbs.has(t.norm) || NEED.test(t.norm) || POLITE.test(t.norm)) && !worried(tokens);
}

/** Verbs of calling and talking, in their common forms. */
const CALL_VERB = /^(call|calls|calling|ring|phone|talk|speak|chat|meet|telefonieren|telefoniere|anrufen|rufe|sprechen|appeler|appelle|appellerai|appelons|rappeler|rappelle|téléphoner|parler|llamar|llamarte|llamarle|llamo|llamamos|llame|llamemos|hablar|hablamos|hablemos|charlar|vernos)$/;

/** Titles before a name ("Frau Dr. Egger", "Mme Ferreira"). */
const TITLE = /^(mr|mrs|ms|dr|prof|herr|frau|mme|mlle|m|me|maître|sr|sra|srta|señor|señora|don|doña)$/;

/** Content words that name the matter: not the courtesy words, not a name after a title. */
function matterWords(tokens: Token[], classes: WordClass[], lang: Lang): number {
  return tokens.filter((t, i) => classes[i] === "content" && !SOCIAL_HEAD[lang].has(t.norm) && !TITLE.test(tokens[i - 1]?.norm ?? "")).length;
}

/** Request markers: a sentence with one asks for something, whatever day it names ("Please send it tomorrow"). */
const POLITE = /^(please|kindly|bitte|svp|favor)$/;

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
