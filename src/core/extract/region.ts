// Which country a signature's local numbers belong to: address clues, the sender domain, sibling numbers.
import type { Mailbox } from "../types";

// Country names as written in signatures (English and native forms), and big cities. A name counts only in
// address position (alone on its line, after a comma, or beside a postcode) so firm names such as
// "Credit Suisse" or "Deutsche Bank" do not move a Boston office to Switzerland.
const COUNTRIES: Array<[string, string]> = [
  ["united states(?: of america)?|u\\.s\\.a\\.?|usa|u\\.s\\.", "US"], ["canada", "CA"], ["united kingdom|great britain|england|scotland|wales|northern ireland|uk", "GB"],
  ["germany|deutschland|allemagne", "DE"], ["france", "FR"], ["ireland|éire", "IE"], ["netherlands|the netherlands|nederland|holland", "NL"],
  ["belgium|belgique|belgië", "BE"], ["switzerland|schweiz|suisse|svizzera", "CH"], ["austria|österreich", "AT"], ["italy|italia", "IT"],
  ["spain|españa", "ES"], ["portugal", "PT"], ["sweden|sverige", "SE"], ["norway|norge", "NO"], ["denmark|danmark", "DK"], ["finland|suomi", "FI"],
  ["poland|polska", "PL"], ["czech republic|czechia|česká republika|czech rep\\.?", "CZ"], ["hungary|magyarország", "HU"], ["israel", "IL"], ["india", "IN"],
  ["japan", "JP"], ["china|p\\.?r\\.? china", "CN"], ["hong kong", "HK"], ["singapore", "SG"], ["australia", "AU"], ["new zealand", "NZ"],
  ["brazil|brasil", "BR"], ["mexico|méxico", "MX"], ["argentina", "AR"], ["south africa", "ZA"], ["luxembourg", "LU"], ["greece", "GR"],
  ["romania|românia", "RO"], ["turkey|türkiye", "TR"], ["russia|russian federation", "RU"], ["south korea|korea", "KR"], ["taiwan", "TW"],
  ["united arab emirates|uae", "AE"], ["slovakia|slovensko", "SK"], ["slovenia|slovenija", "SI"], ["croatia|hrvatska", "HR"], ["ukraine", "UA"],
  ["chile", "CL"], ["colombia", "CO"],
];
const CITIES: Array<[string, string]> = [
  ["london|manchester|edinburgh|glasgow|birmingham", "GB"], ["frankfurt(?: am main)?|münchen|munich|hamburg|berlin|düsseldorf|köln|cologne|stuttgart|nürnberg|nuremberg|hannover|göttingen", "DE"],
  ["paris|lyon", "FR"], ["dublin|cork", "IE"], ["amsterdam|rotterdam|eindhoven", "NL"], ["brussels|bruxelles", "BE"], ["zürich|zurich|geneva|genève", "CH"],
  ["wien|vienna", "AT"], ["milano|milan|roma|rome", "IT"], ["madrid|barcelona", "ES"], ["stockholm|göteborg|gothenburg", "SE"], ["oslo", "NO"],
  ["praha|prague", "CZ"], ["tel aviv|jerusalem", "IL"], ["bangalore|bengaluru|mumbai|new delhi|ahmedabad|pune|chennai|hyderabad", "IN"], ["tokyo|osaka", "JP"],
  ["toronto|calgary|vancouver|montreal|montréal|ottawa|edmonton|winnipeg", "CA"], ["sydney|melbourne", "AU"], ["são paulo|sao paulo", "BR"],
];
const wordRe = (words: string) => `(?<![\\p{L}])(?:${words})(?![\\p{L}])`;
// Alone on the line, after a comma or postcode, or followed only by punctuation at the end of an address line.
const COUNTRY_RE = COUNTRIES.map(([words, cc]) => ({
  re: new RegExp(`^[\\s\\W]*${wordRe(words)}[\\s.]*$|(?:[,/|]|\\d{3,}[A-Z]{0,2})\\s*${wordRe(words)}`, "iu"),
  cc,
}));
// One pass over each line with every name at once; the per-country patterns run only on lines that match.
const ANY_COUNTRY = new RegExp(wordRe(COUNTRIES.map(([w]) => w).join("|")), "iu");
// A city beside a postcode: "75010 Paris", "D-60325 Frankfurt", "London EC4M 9QQ", "Calgary, Alberta T2P 3H7", "Toronto, ON".
const titleCase = (words: string) => words.replace(/(^|[|\s(])(\p{Ll})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
const ANY_CITY = new RegExp(wordRe(CITIES.map(([w]) => titleCase(w)).join("|")), "u");
const CITY_RE = CITIES.map(([words, cc]) => ({
  re: new RegExp(`\\d{4,5}\\s+${wordRe(titleCase(words))}|${wordRe(titleCase(words))},?\\s+(?:[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d|\\d{3,6}|[A-Z]{2}\\b|[A-Z][a-z]+ [A-Z]\\d)`, "u"),
  cc,
}));

const US_STATES = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
const US_ADDRESS = new RegExp(`\\b(${US_STATES})\\.?,?\\s+\\d{5}(?:-\\d{4})?\\b`);
const CA_PROVINCES = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|Alberta|British Columbia|Ontario|Quebec|Québec|Manitoba|Saskatchewan|Nova Scotia";
const CA_POSTCODE = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b/;
const CA_ADDRESS = new RegExp(`\\b(?:${CA_PROVINCES})\\b[,\\s]+${CA_POSTCODE.source.slice(2, -2)}|${CA_POSTCODE.source}`);
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}\b/;
// "D-60325 Frankfurt", "F-75008 Paris", "CH-8001": the old European country-letter postcode prefixes.
const EU_PREFIX: Record<string, string> = { D: "DE", F: "FR", A: "AT", CH: "CH", I: "IT", B: "BE", NL: "NL", S: "SE", DK: "DK", N: "NO", L: "LU", E: "ES", CZ: "CZ", PL: "PL" };
const EU_POSTCODE = /\b(D|F|A|CH|I|B|NL|S|DK|N|L|E|CZ|PL)-\d{4,5}\s+\p{Lu}/u;

/** Country from address lines and country names in the signature, or null. */
export function regionFromAddress(lines: string[]): string | null {
  const text = lines.join("\n");
  // Each per-line pass first asks the whole text once: a line's match is also one in the text (no pattern
  // looks past a line's ends but at non-letters), so a text without one has no line with one.
  if (EU_POSTCODE.test(text)) {
    for (const line of lines) {
      const eu = EU_POSTCODE.exec(line);
      if (eu) return EU_PREFIX[eu[1]];
    }
  }
  // Country names are the strongest clue; scan from the bottom where the address usually ends.
  if (ANY_COUNTRY.test(text)) {
    for (let i = lines.length - 1; i >= 0; i--) {
      if (lines[i].length > 300 || !ANY_COUNTRY.test(lines[i])) continue;
      for (const { re, cc } of COUNTRY_RE) if (re.test(lines[i])) return cc;
    }
  }
  if (ANY_CITY.test(text)) {
    for (let i = lines.length - 1; i >= 0; i--) {
      if (lines[i].length > 300 || !ANY_CITY.test(lines[i])) continue;
      for (const { re, cc } of CITY_RE) if (re.test(lines[i])) return cc;
    }
  }
  if (CA_ADDRESS.test(text)) return "CA";
  if (US_ADDRESS.test(text)) return "US";
  if (UK_POSTCODE.test(text)) return "GB";
  return null;
}

// Country-code top-level domains that differ from the ISO code, and generic ones that say nothing.
const TLD_ALIASES: Record<string, string> = { uk: "GB", el: "GR" };
const GENERIC_TLDS = new Set(["com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "me", "tv", "ai", "app", "dev", "eu", "local", "localdomain"]);

/** Country from the sender address's country-code TLD (".de", ".co.uk"), or null for generic domains. */
export function regionFromDomain(address: string | null | undefined): string | null {
  const tld = (address ?? "").toLowerCase().split("@")[1]?.split(".").pop();
  if (!tld || GENERIC_TLDS.has(tld) || !/^[a-z]{2}$/.test(tld)) return null;
  if (tld === "us") return "US";
  return TLD_ALIASES[tld] ?? tld.toUpperCase();
}

export interface RegionEvidence {
  region: string;
  source: "address" | "domain" | "numbers" | "default";
}

/** Address, then domain, then the country of numbers written with a country code, then the default. */
export function inferRegion(
  blockLines: string[],
  from: Mailbox,
  internationalCountries: string[] | (() => string[]),
  defaultRegion = "US",
): RegionEvidence {
  const address = regionFromAddress(blockLines);
  if (address) return { region: address, source: "address" };
  const domain = regionFromDomain(from.address);
  if (domain) return { region: domain, source: "domain" };
  const countries = typeof internationalCountries === "function" ? internationalCountries() : internationalCountries;
  if (countries.length > 0) return { region: countries[0], source: "numbers" };
  // Through a list or a webmail address, the signature's own e-mail address may still carry a country domain
  // ("e-mail: …@wit.edu.pl"). Only when all such addresses agree.
  // The address must be the sender's own (their name in its local part), not a quoted correspondent's.
  const fold = (x: string) => x.normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/g, "l").toLowerCase();
  const names = (from.name ?? "").replace(/\s+via\s+\S.*$/i, "").split(/[\s,]+/).map(fold).filter((w) => /^[a-z]{3,}$/.test(w));
  const own = (addr: string) => names.some((n) => fold(addr.split("@")[0]).includes(n));
  const blockDomains = new Set(blockLines.flatMap((l) => (l.length > 300 || !l.includes("@") ? [] : [...l.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].filter((m) => own(m[0])).map((m) => regionFromDomain(m[0])))));
  if (blockDomains.size === 1) {
    const [only] = blockDomains;
    if (only) return { region: only, source: "domain" };
  }
  return { region: defaultRegion, source: "default" };
}

// Countries whose language the text is written in, for telling apart readings of a local number that several
// countries at the Date header's offset accept ("09422-505601" is German, and also a valid Italian number).
// Function words, phone-label words and letters each language alone uses; a tie-break, not a language detector.
const LANGUAGE_HINTS: Array<{ countries: string[]; words: RegExp; letters: RegExp }> = [
  { countries: ["DE", "AT", "CH"], words: /\b(?:und|der|die|das|nicht|mit|für|ist|ich|sie|wir|bitte|vielen|dank|grüße|gruß|telefon|durchwahl|handy|mobiltelefon)\b/giu, letters: /[äöüß]/giu },
  { countries: ["FR", "BE", "CH"], words: /\b(?:et|le|la|les|des|est|pour|avec|vous|nous|merci|cordialement|bonjour|tél|courriel|portable|télécopie)\b/giu, letters: /[çèêëœ]/giu },
  { countries: ["IT", "CH"], words: /\b(?:il|di|che|per|con|sono|grazie|saluti|cordiali|buongiorno|cellulare|telefono)\b/giu, letters: /(?!)/gu },
  { countries: ["ES"], words: /\b(?:el|los|las|que|por|para|con|gracias|saludos|hola|usted|teléfono|móvil|correo)\b/giu, letters: /[ñ¿¡]/giu },
  { countries: ["NL", "BE"], words: /\b(?:het|een|van|niet|voor|met|bedankt|groeten|telefoon|mobiel)\b/giu, letters: /(?!)/gu },
  { countries: ["PT", "BR"], words: /\b(?:não|obrigad[oa]|com|para|uma|você)\b/giu, letters: /[ãõ]/giu },
  // Scripts: kana is Japanese, hangul Korean; Han characters alone are Chinese (any of these countries).
  { countries: ["JP"], words: /(?!)/gu, letters: /[\u3040-\u30ff]/gu },
  { countries: ["KR"], words: /(?!)/gu, letters: /[\uac00-\ud7af]/gu },
  { countries: ["CN", "TW", "HK", "SG"], words: /(?!)/gu, letters: /[\u4e00-\u9fff]/gu },
];

/** The countries of the text's most likely language, or [] when no language stands out. */
export function regionsOfLanguage(text: string): string[] {
  // Addresses and host names are no words of a language ("linagora.com" is not Portuguese "com").
  // Token by token: one regex over the whole sample backtracks quadratically on a long run without spaces.
  const sample = text
    .slice(0, 20_000)
    .split(/\s+/)
    .filter((t) => !/\w[.@]\w/.test(t))
    .join(" ");
  const scores = LANGUAGE_HINTS.map((h) => (sample.match(h.words) ?? []).length + 2 * (sample.match(h.letters) ?? []).length);
  // Japanese is written with kanji too: any run of kana makes the Han characters Japanese.
  const kana = LANGUAGE_HINTS.findIndex((h) => h.countries[0] === "JP");
  const han = LANGUAGE_HINTS.findIndex((h) => h.countries[0] === "CN");
  if (scores[kana] >= 6) scores[han] = 0;
  const top = Math.max(...scores);
  if (top < 3) return [];
  // Only a clear winner: English mail quoting a German footer should not count.
  const winner = scores.indexOf(top);
  const second = Math.max(...scores.filter((_s, i) => i !== winner));
  return top >= 2 * second ? LANGUAGE_HINTS[winner].countries : [];
}
