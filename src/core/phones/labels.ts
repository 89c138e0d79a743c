// Phone-line labels as people write them in signatures, in the languages the corpus and our clients use.
// Hand-written on purpose: no library knows signature vocabulary, and the list is the spec (corpus README).
import type { PhoneKind } from "../types";

/** What a label says about a line. "generic" (Phone, Tel, Office...) becomes direct or main once the block is known. */
export type LabelKind = PhoneKind | "generic";

const WORDS: Array<[LabelKind, string[]]> = [
  ["fax", ["傳真", "传真", "ファックス", "ファクス", "팩스", "fax", "telefax", "facsimile", "facsímil", "facsimil", "fx", "telecopier", "telecopy", "télécopie", "télécopieur", "telecopie", "efax", "faks", "telefaks", "fax-nr", "fax to email", "fax to e-mail", "fax to mail", "fax2mail", "fax2email"]],
  ["mobile", ["携帯", "携帯電話", "手機", "手机", "行動電話", "移动电话", "휴대폰", "핸드폰", "휴대전화", "mobile", "mobil", "mob", "mobiel", "mobiltelefon", "cell", "cellular", "cellphone", "cel", "handy", "portable", "móvil", "movil", "celular", "cellulare", "gsm", "natel", "mobile phone", "cell phone", "mobilní", "iphone", "blackberry", "bb", "whatsapp", "text", "sms", "mobilnr", "handynummer", "cellulaire", "telemóvel", "telemovel", "matkapuhelin", "gsm-nr"]],
  ["direct", ["直通", "直通電話", "直線", "직통", "direct", "direct dial", "direct line", "directline", "dd", "ddi", "dir", "direkt", "durchwahl", "direktwahl", "dw", "ligne directe", "directo", "diretto", "direct tel", "direkte", "doorkies", "doorkiesnummer", "direktnummer"]],
  ["main", ["代表", "代表電話", "總機", "总机", "대표", "대표전화", "main", "switchboard", "reception", "zentrale", "central", "centrale", "centralita", "general", "standard", "department", "dept", "headquarters", "hq", "firm", "company", "main line", "front desk", "support", "helpdesk", "help desk", "hotline", "service desk", "växel", "vaxel", "sentralbord", "omstilling", "centralino", "zentral"]],
  ["other", ["home", "hm", "res", "pager", "beeper", "pgr", "secretary", "assistant", "asst", "voicemail", "voice mail", "vm", "follow-me", "follow me", "private", "privat", "residence", "after hours", "emergency", "domicile", "casa", "skype", "evening", "evenings", "weekend", "weekends", "night",
    // A conference bridge is nobody's line to call back (corpus README): "Dial-in: +1 646 …, passcode 1234#".
    "dial-in", "dial in", "dialin", "call-in", "conference", "conference line", "bridge", "passcode", "participant code", "access code", "meeting id", "join by phone", "einwahl", "einwahlnummer", "konferenz", "telefonkonferenz", "audioconférence", "audioconference", "conférence", "conferencia", "teleconference", "conference call"]],
  ["generic", ["電話", "电话", "전화", "tel番号", "phone", "ph", "phn", "tel", "tele", "telephone", "telefon", "telefono", "teléfono", "téléphone", "telefone", "telf", "tfno", "tlf", "tf", "tfn", "tél", "tel.", "telefoon", "puhelin", "fixe", "fon", "office", "work", "voice", "business", "ofc", "landline", "numéro", "number", "no", "nr", "#"]],
];

// Single letters are labels only in label position ("T:", "M +44", "(c)"), never as words in text.
const LETTERS: Record<string, LabelKind> = { t: "generic", p: "generic", o: "generic", w: "generic", b: "generic", m: "mobile", c: "mobile", h: "other", f: "fax", d: "direct" };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = WORDS.flatMap(([kind, ws]) => ws.map((w) => ({ kind, w }))).sort((a, b) => b.w.length - a.w.length);
const KIND_OF = new Map(byLength.map(({ kind, w }) => [w, kind]));
/** Label words, longest first so "direct dial" wins over "direct". Letters-only words need word boundaries. */
export const LABEL_WORD = new RegExp(
  `(?<![\\p{L}\\d])(?:${byLength.map(({ w }) => escape(w).replace(/ /g, "[\\s.-]*")).join("|")})(?![\\p{L}])`,
  "giu",
);

// Within one segment the most specific word wins: "direct fax" is a fax, "mobile phone" a mobile.
const SPECIFICITY: LabelKind[] = ["fax", "other", "mobile", "main", "direct", "tollfree", "generic"];

function wordKind(word: string): LabelKind | null {
  const w = word.toLowerCase().replace(/[\s.-]+/g, " ").trim();
  return KIND_OF.get(w) ?? KIND_OF.get(w.replace(/ /g, "")) ?? (w.length === 1 ? (LETTERS[w] ?? null) : null);
}

/**
 * Kind named by a label phrase. Segments joined by "/", "&", "and" name several roles of one line, and a
 * voice role beats fax ("ph/fax" is a phone, "home / fax" a home line); inside a segment the most specific
 * word wins ("direct fax" is a fax).
 */
export function classifyLabel(label: string | null | undefined): LabelKind | null {
  if (!label) return null;
  const segments = label.toLowerCase().split(/\s*(?:\/|&|\+|\band\b|\bor\b|\bund\b|\bet\b|\by\b)\s*/);
  const kinds: LabelKind[] = [];
  for (const seg of segments) {
    const found: LabelKind[] = [];
    for (const m of seg.matchAll(LABEL_WORD)) {
      const k = wordKind(m[0]);
      if (k) found.push(k);
    }
    const letter = /^\W*([a-z])\W*$/i.exec(seg);
    if (found.length === 0 && letter && LETTERS[letter[1]]) found.push(LETTERS[letter[1]]);
    if (found.length) kinds.push(SPECIFICITY.find((k) => found.includes(k)) as LabelKind);
  }
  if (kinds.length === 0) return null;
  const voice: LabelKind[] = kinds.filter((k) => k !== "fax");
  if (voice.length === 0) return "fax";
  return SPECIFICITY.find((k) => voice.includes(k)) ?? null;
}

export interface LabelSpan {
  text: string;
  kind: LabelKind;
}

/** The label written just before a number ("Tel.:", "Direct Dial", "M"), searching back from the number. */
export function labelBefore(prefix: string): LabelSpan | null {
  const tail = prefix.slice(-40);
  // A single letter right before the number: "T: ", "M ", "(o)".
  const letter = /(?:^|[\s|,;(\t])\(?([a-z])\)?\s*[:.]?\s*[:=]?\s*[(+]?$/i.exec(tail);
  const words = [...tail.matchAll(LABEL_WORD)];
  const last = words[words.length - 1];
  if (last) {
    // "(+353 or 0)" and similar dialling hints may sit between the label and the digits.
    const between = tail.slice((last.index ?? 0) + last[0].length).replace(/\(\+?\d{1,3}[^)]{0,10}\)?$/, "");
    // Only separators, another label word or a short qualifier ("Tel. (direct):") may sit between label and number.
    if (/^[\s:.,;=>\-–|/()#*\]\[]*(?:\d{0,2}[\s:.)]*)?$/.test(between) || between.length <= 3) {
      // Take the whole label phrase, e.g. "Direct Dial", "Tel/Fax", "Work (direct line)".
      let start = last.index ?? 0;
      for (let i = words.length - 2; i >= 0; i--) {
        const w = words[i];
        const gap = tail.slice((w.index ?? 0) + w[0].length, start);
        if (/^[\s/&().:-]{0,3}$/.test(gap)) start = w.index ?? 0;
        else break;
      }
      const text = tail.slice(start, (last.index ?? 0) + last[0].length);
      const kind = classifyLabel(text);
      if (kind) return { text: text.trim(), kind };
    }
  }
  if (letter && LETTERS[letter[1].toLowerCase()]) {
    const l = letter[1].toLowerCase();
    // A lone letter counts only as a label (colon, parentheses or start of line), not inside a word or name.
    // ... or after a column separator: "T +44 20 ... | F +44 20 ...", "• M 0171 ...".
    if (/(?:^|\s)\(?[a-z]\)?\s*[:.]|^\s*[a-z]\s*$|\([a-z]\)\s*$|(?:[|•·\t,;/]|\s{2})\s*[a-z]\s+[(+]?$/i.test(tail.slice(-8)) || /^\s*[a-z]\s*$/i.test(tail)) {
      return { text: letter[0].trim(), kind: LETTERS[l] };
    }
  }
  return null;
}

/** A label written after a number: "(fax)", "direct", "- Office", "--cell", "<== Zentrale". */
export function labelAfter(suffix: string): LabelSpan | null {
  const head = suffix.slice(0, 40);
  const m = /^[\s,;:\-–=<>*]*\(?\s*([\p{L}][\p{L} -]*[\p{L}]|[\p{L}])\s*\)?(?=$|[\s,;.)/|:]|\d)/iu.exec(head);
  if (!m) return null;
  const phrase = m[1].trim();
  if (!phrase) return null;
  // "713-555-0177 or my assistant Jane at …": a conjunction after the number starts another clause, not a label.
  if (/^(?:or|and|oder|und|ou|et|o|y|e)\s/i.test(phrase)) return null;
  // Only the first one or two words right after the number.
  const words = phrase.split(/\s+/).slice(0, 3).join(" ");
  const kind = classifyLabel(words) ?? (phrase.length === 1 && /\(\s*[a-z]\s*\)/i.test(head) ? LETTERS[phrase.toLowerCase()] ?? null : null);
  if (!kind) return null;
  if (phrase.length === 1 && !/\(\s*[a-z]\s*\)/i.test(head)) return null;
  return { text: words, kind };
}

/** True when a line holds only a label ("Telephone:", "Fax"), so it names the number on the next line. */
export function isLabelOnly(line: string): LabelSpan | null {
  const t = line.trim();
  if (!t || t.length > 30 || /\d{3}/.test(t)) return null;
  const stripped = t.replace(LABEL_WORD, "").replace(/[\s:.\-/|()#*]/g, "");
  if (stripped.length > 0) return null;
  const kind = classifyLabel(t);
  return kind ? { text: t.replace(/[:\s]+$/, ""), kind } : null;
}
