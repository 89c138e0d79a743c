// Likely IANA time zone of a sender from their country, state or province, and the Date header's offset.
// A small table on purpose: the add-in needs a good first guess for proposing times, which the user can change.

const COUNTRY_ZONE: Record<string, string> = {
  GB: "Europe/London", IE: "Europe/Dublin", DE: "Europe/Berlin", FR: "Europe/Paris", NL: "Europe/Amsterdam", BE: "Europe/Brussels",
  CH: "Europe/Zurich", AT: "Europe/Vienna", IT: "Europe/Rome", ES: "Europe/Madrid", PT: "Europe/Lisbon", SE: "Europe/Stockholm",
  NO: "Europe/Oslo", DK: "Europe/Copenhagen", FI: "Europe/Helsinki", PL: "Europe/Warsaw", CZ: "Europe/Prague", SK: "Europe/Bratislava",
  HU: "Europe/Budapest", RO: "Europe/Bucharest", GR: "Europe/Athens", TR: "Europe/Istanbul", LU: "Europe/Luxembourg", SI: "Europe/Ljubljana",
  HR: "Europe/Zagreb", UA: "Europe/Kyiv", IL: "Asia/Jerusalem", AE: "Asia/Dubai", IN: "Asia/Kolkata", SG: "Asia/Singapore",
  HK: "Asia/Hong_Kong", CN: "Asia/Shanghai", TW: "Asia/Taipei", JP: "Asia/Tokyo", KR: "Asia/Seoul", NZ: "Pacific/Auckland",
  ZA: "Africa/Johannesburg", AR: "America/Argentina/Buenos_Aires", CL: "America/Santiago", CO: "America/Bogota",
};

const US_STATE_ZONE: Record<string, string> = {};
const zoneStates: Array<[string, string]> = [
  ["America/New_York", "CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV"],
  ["America/Chicago", "AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI"],
  ["America/Denver", "CO MT NM UT WY ID"],
  ["America/Phoenix", "AZ"],
  ["America/Los_Angeles", "CA NV OR WA"],
  ["America/Anchorage", "AK"],
  ["Pacific/Honolulu", "HI"],
];
for (const [zone, states] of zoneStates) for (const s of states.split(" ")) US_STATE_ZONE[s] = zone;

const US_STATE_ADDRESS = new RegExp(`\\b(${Object.keys(US_STATE_ZONE).join("|")})\\.?,?\\s+\\d{5}\\b`);

const CA_PROVINCE_ZONE: Array<[RegExp, string]> = [
  [/\b(AB|Alberta|Calgary|Edmonton)\b/, "America/Edmonton"], [/\b(BC|British Columbia|Vancouver|Victoria)\b/, "America/Vancouver"],
  [/\b(ON|Ontario|Toronto|Ottawa)\b/, "America/Toronto"], [/\b(QC|Quebec|Québec|Montr[eé]al)\b/, "America/Toronto"],
  [/\b(MB|Manitoba|Winnipeg)\b/, "America/Winnipeg"], [/\b(SK|Saskatchewan|Regina|Saskatoon)\b/, "America/Regina"],
  [/\b(NS|NB|PE|Nova Scotia|New Brunswick|Halifax)\b/, "America/Halifax"], [/\b(NL|Newfoundland)\b/, "America/St_Johns"],
];

// Standard-time and daylight offsets (minutes) of the main zones of large multi-zone countries.
const OFFSET_ZONES: Record<string, Array<[number[], string]>> = {
  US: [[[-300], "America/New_York"], [[-360], "America/Chicago"], [[-420], "America/Denver"], [[-480], "America/Los_Angeles"], [[-540], "America/Anchorage"], [[-600], "Pacific/Honolulu"]],
  CA: [[[-300], "America/Toronto"], [[-360], "America/Winnipeg"], [[-420], "America/Edmonton"], [[-480], "America/Vancouver"], [[-210, -150], "America/St_Johns"], [[-180], "America/Halifax"]],
  AU: [[[600, 660], "Australia/Sydney"], [[570, 630], "Australia/Adelaide"], [[480], "Australia/Perth"]],
  BR: [[[-180, -120], "America/Sao_Paulo"], [[-240], "America/Manaus"]],
  MX: [[[-360], "America/Mexico_City"], [[-420], "America/Hermosillo"], [[-480], "America/Tijuana"]],
  RU: [[[180], "Europe/Moscow"], [[300], "Asia/Yekaterinburg"], [[420], "Asia/Novosibirsk"]],
};
const DEFAULT_ZONE: Record<string, string> = { US: "America/New_York", CA: "America/Toronto", AU: "Australia/Sydney", BR: "America/Sao_Paulo", MX: "America/Mexico_City", RU: "Europe/Moscow" };

function offsetMinutes(date: string | null | undefined): number | null {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(date ?? "");
  if (!m) return null;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * IANA zone for a sender in `country`: a fixed zone for single-zone countries; for the US and Canada the state
 * or province in the signature, then the Date header's UTC offset; null when the country is unknown.
 */
export function guessTimeZone(country: string | null, signatureText: string, date?: string | null): string | null {
  if (!country) return null;
  if (COUNTRY_ZONE[country]) return COUNTRY_ZONE[country];
  if (country === "US") {
    const st = US_STATE_ADDRESS.exec(signatureText);
    if (st) return US_STATE_ZONE[st[1]];
  }
  if (country === "CA") {
    for (const [re, zone] of CA_PROVINCE_ZONE) if (re.test(signatureText)) return zone;
  }
  let offset = offsetMinutes(date);
  if (offset !== null) {
    // Northern-hemisphere daylight time (April to October) is one hour ahead of the zone's standard offset.
    const month = Number(/^\d{4}-(\d{2})/.exec(date ?? "")?.[1] ?? 0);
    if (["US", "CA", "MX"].includes(country) && month >= 4 && month <= 10) offset -= 60;
    for (const [offsets, zone] of OFFSET_ZONES[country] ?? []) if (offsets.includes(offset)) return zone;
  }
  return DEFAULT_ZONE[country] ?? null;
}
