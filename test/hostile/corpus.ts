// Hostile-input corpus (issue 8): mail that tries to inject markup, smuggle look-alike digits into phone
// numbers, exhaust time or memory, or break the MIME parser. Everything is generated here, deterministically,
// so nothing large is committed: the 10 MB bodies are built only when a test asks for their bytes.
//
// Every case is a complete input file (an .eml unless `ext` says otherwise) plus what the engine may answer
// for it. The harness tests feed the same cases through parseEmail → extractContact, the CLI and the
// proposal → compose/booking path.

import { createHash } from "node:crypto";
import { prng } from "../../src/dev/emulator/index";

export type HostileCategory =
  | "injection" // script/style/event-handler markup in names, subjects, signatures, agenda text, file names
  | "link" // javascript:, data:, vbscript: links and disguised tel: links
  | "homoglyph" // look-alike digits, letters posing as digits, bidi overrides and invisible characters in numbers
  | "huge-body" // 10 MB bodies of several shapes
  | "deep-nesting" // 10^5 levels of HTML nesting, unclosed tags and comments
  | "malformed-mime" // broken boundaries, bad base64/QP, missing headers, binary garbage
  | "charset" // wrong, unknown and dangerous charsets, broken encoded-words
  | "huge-header" // megabyte header lines, 10^5 header lines, 10^4 recipients
  | "many-phones"; // thousands of phone-like strings

export interface HostileExpectation {
  /**
   * Every E.164 the engine may report for this message (best or any of `numbers`). Anything else is a
   * mis-dial: a number the sender never wrote, typically built from look-alike or reordered digits.
   * `undefined` means no constraint beyond "no crash, bounded time".
   */
  allowedNumbers?: string[];
  /** Extensions the engine may report (digits only); any other extension is a mis-dial. */
  allowedExt?: (string | null)[];
  /** The number a person reading the rendered message would dial, when there is one (recall figure only). */
  intended?: string | null;
  /** True when the input carries no usable message, so a "cannot read" answer is the right one. */
  mayBeUnusable?: boolean;
}

export interface HostileCase {
  /** Stable, unique, file-name safe. */
  id: string;
  category: HostileCategory;
  description: string;
  /** File name extension for the CLI ("eml", "txt", "mbox"). */
  ext: "eml" | "txt" | "mbox";
  /** "large" cases (≥ ~1 MB) are built on demand and run one at a time in a process of their own. */
  size: "small" | "large";
  /** The hostile string planted in the message, when the case is about markup reaching the output. */
  payload?: string;
  expect: HostileExpectation;
  /**
   * The input file's bytes. Deterministic: the same bytes on every call and every machine. A large case takes
   * `scale` (default 1): the same shape with its hostile dimension (body size, depth, count, length) multiplied
   * by it, so the tests can check that work grows linearly (time at scale 1 against time at SMALL_SCALE) rather
   * than compare wall-clock time with a fixed bound. Small cases ignore it.
   */
  bytes(scale?: number): Buffer;
}

// ---------------------------------------------------------------------------------------------------------
// Building blocks

/** Fixed sender and number used throughout, so the expected answer is always known. */
export const CLIENT = {
  name: "Jane Client",
  address: "jane.client@clientco.com",
  e164: "+12125550142",
  written: "+1 212 555 0142",
} as const;
export const ATTORNEY = { name: "Alex Attorney", address: "alex@lawfirm.example" } as const;

/** The emulator's deterministic PRNG (mulberry32): reproducible garbage without committing it. */
export const seededRandom = prng;

function randomBytes(seed: number, n: number): Buffer {
  const rnd = seededRandom(seed);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256);
  return b;
}

/** RFC 2047 encoded-word (UTF-8, base64), split so each word stays within the 75-character limit. */
export function encodedWord(s: string): string {
  const bytes = Buffer.from(s, "utf8");
  const words: string[] = [];
  // 45 bytes → 60 base64 characters; plus "=?UTF-8?B?" and "?=" stays under 75.
  for (let i = 0; i < bytes.length; ) {
    let end = Math.min(i + 45, bytes.length);
    while (end < bytes.length && end > i + 1 && (bytes[end] & 0xc0) === 0x80) end--; // don't split a character
    words.push(`=?UTF-8?B?${bytes.subarray(i, end).toString("base64")}?=`);
    i = end;
  }
  return words.join("\r\n ");
}

function mailbox(name: string, address: string, encode: "quoted" | "encoded" = "quoted"): string {
  if (encode === "encoded" || !/^[\x20-\x7e]*$/.test(name)) return `${encodedWord(name)} <${address}>`;
  return `"${name.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}" <${address}>`;
}

export interface EmlParts {
  from?: string | null;
  to?: string | null;
  subject?: string | null;
  date?: string | null;
  messageId?: string | null;
  /** Extra raw header lines (already folded). */
  headers?: string[];
  contentType?: string | null;
  transferEncoding?: string | null;
  body: string | Buffer;
}

/** Assembles an RFC 5322 message with CRLF line ends. `null` leaves a header out. */
export function eml(p: EmlParts): Buffer {
  const h: string[] = [];
  if (p.from !== null) h.push(`From: ${p.from ?? mailbox(CLIENT.name, CLIENT.address)}`);
  if (p.to !== null) h.push(`To: ${p.to ?? mailbox(ATTORNEY.name, ATTORNEY.address)}`);
  if (p.subject !== null) h.push(`Subject: ${p.subject ?? "Re: Escrow documents"}`);
  if (p.date !== null) h.push(`Date: ${p.date ?? "Tue, 10 Nov 2026 09:15:00 -0500"}`);
  if (p.messageId !== null) h.push(`Message-ID: ${p.messageId ?? "<hostile@clientco.com>"}`);
  h.push("MIME-Version: 1.0");
  if (p.contentType !== null) h.push(`Content-Type: ${p.contentType ?? "text/plain; charset=utf-8"}`);
  if (p.transferEncoding !== null && p.transferEncoding !== undefined)
    h.push(`Content-Transfer-Encoding: ${p.transferEncoding}`);
  h.push(...(p.headers ?? []));
  const head = Buffer.from(h.join("\r\n") + "\r\n\r\n", "utf8");
  const body = typeof p.body === "string" ? Buffer.from(p.body.replace(/\r?\n/g, "\r\n"), "utf8") : p.body;
  return Buffer.concat([head, body]);
}

const QUESTION = "Could you let me know whether the escrow documents are ready before Friday?";

/** The plain-text body every simple case starts from: a question for the agenda, a sign-off and a signature. */
export function plainBody(opts: { question?: string; signature?: string[]; prose?: string } = {}): string {
  const sig = opts.signature ?? [CLIENT.name, "Partner, ClientCo Ltd", `Direct: ${CLIENT.written}`];
  return [
    "Hi Alex,",
    "",
    opts.prose ?? "Thanks for the update on the closing.",
    opts.question ?? QUESTION,
    "",
    "Best regards,",
    ...sig,
    "",
  ].join("\n");
}

/** The same message as HTML; `sigHtml` is inserted raw (hostile on purpose). */
export function htmlBody(opts: { question?: string; sigHtml?: string } = {}): string {
  const sig =
    opts.sigHtml ??
    `<p>${CLIENT.name}<br>Partner, ClientCo Ltd<br>Direct: <a href="tel:${CLIENT.e164}">${CLIENT.written}</a></p>`;
  return `<html><head><meta charset="utf-8"></head><body><p>Hi Alex,</p><p>Thanks for the update on the closing.</p><p>${
    opts.question ?? QUESTION
  }</p><p>Best regards,</p>${sig}</body></html>\n`;
}

const ok = (): HostileExpectation => ({ allowedNumbers: [CLIENT.e164], allowedExt: [null], intended: CLIENT.e164 });

// ---------------------------------------------------------------------------------------------------------
// Markup payloads: the classic XSS vectors plus mutation-XSS and filter-evasion forms.

export const MARKUP_PAYLOADS: readonly string[] = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  '"><script>alert(document.cookie)</script>',
  "'><img src=x onerror=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click me</a>',
  "<style>body{display:none}</style>",
  '<div style="background:url(javascript:alert(1))">x</div>',
  "<body onload=alert(1)>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "<ScRiPt>alert(1)</sCrIpT>",
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  "<input autofocus onfocus=alert(1)>",
  "{{constructor.constructor('alert(1)')()}}",
  "<!--<script>-->alert(1)",
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  "<details open ontoggle=alert(1)>",
  "<link rel=stylesheet href=data:text/css,body{color:red}>",
  "]]><script>alert(1)</script><![CDATA[",
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
  "<template><script>alert(1)</script></template>",
  "<video><source onerror=alert(1)></video>",
  "<marquee onstart=alert(1)>",
];

type Placement = "display-name" | "subject" | "signature-text" | "signature-html" | "agenda-text" | "attachment-name";

function injectionCase(payload: string, index: number, where: Placement): HostileCase {
  const id = `injection-${where}-${String(index).padStart(2, "0")}`;
  const description = `markup payload #${index} in the ${where.replace("-", " ")}`;
  let build: () => Buffer;
  switch (where) {
    case "display-name":
      // Alternate between a quoted string and an encoded-word: parsers decode them along different paths.
      build = () =>
        eml({
          from: mailbox(`Jane ${payload} Client`, CLIENT.address, index % 2 ? "encoded" : "quoted"),
          body: plainBody({ signature: [`Jane ${payload} Client`, "ClientCo Ltd", `Direct: ${CLIENT.written}`] }),
        });
      break;
    case "subject":
      build = () =>
        eml({ subject: index % 2 ? encodedWord(`Re: ${payload}`) : `Re: ${payload}`, body: plainBody() });
      break;
    case "signature-text":
      build = () =>
        eml({
          body: plainBody({ signature: [CLIENT.name, `${payload} | ClientCo Ltd`, `Direct: ${CLIENT.written}`] }),
        });
      break;
    case "signature-html":
      build = () =>
        eml({
          contentType: "text/html; charset=utf-8",
          body: htmlBody({
            sigHtml: `<p>${CLIENT.name}<br>${payload}<br>ClientCo Ltd<br>Direct: <a href="tel:${CLIENT.e164}">${CLIENT.written}</a></p>`,
          }),
        });
      break;
    case "agenda-text":
      build = () => eml({ body: plainBody({ question: `Could you confirm ${payload} before the 31st?` }) });
      break;
    case "attachment-name": {
      const boundary = "b-attach";
      build = () =>
        eml({
          contentType: `multipart/mixed; boundary="${boundary}"`,
          body: [
            `--${boundary}`,
            "Content-Type: text/plain; charset=utf-8",
            "",
            plainBody({ question: "Please review the attached draft before Friday?" }),
            `--${boundary}`,
            `Content-Type: application/pdf; name="${encodedWord(payload + ".pdf")}"`,
            `Content-Disposition: attachment; filename="${encodedWord(payload + ".pdf")}"`,
            "Content-Transfer-Encoding: base64",
            "",
            Buffer.from("%PDF-1.4\n%hostile\n").toString("base64"),
            `--${boundary}--`,
            "",
          ].join("\n"),
        });
      break;
    }
  }
  return { id, category: "injection", description, ext: "eml", size: "small", payload, expect: ok(), bytes: build };
}

function injectionCases(): HostileCase[] {
  const out: HostileCase[] = [];
  const everywhere: Placement[] = ["display-name", "subject", "signature-html", "agenda-text"];
  MARKUP_PAYLOADS.forEach((p, i) => everywhere.forEach((w) => out.push(injectionCase(p, i, w))));
  // A representative subset in the remaining places keeps the corpus from growing without adding coverage.
  MARKUP_PAYLOADS.slice(0, 8).forEach((p, i) => {
    out.push(injectionCase(p, i, "signature-text"));
    out.push(injectionCase(p, i, "attachment-name"));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Links

function linkCases(): HostileCase[] {
  const html = (id: string, description: string, sigHtml: string, expect: HostileExpectation = ok()): HostileCase => ({
    id: `link-${id}`,
    category: "link",
    description,
    ext: "eml",
    size: "small",
    payload: sigHtml,
    expect,
    bytes: () => eml({ contentType: "text/html; charset=utf-8", body: htmlBody({ sigHtml }) }),
  });
  const sig = (a: string) => `<p>${CLIENT.name}<br>ClientCo Ltd<br>Direct: ${a}</p>`;
  const W = CLIENT.written;
  return [
    html("javascript-href", "tel number wrapped in a javascript: link", sig(`<a href="javascript:alert(1)">${W}</a>`)),
    html("javascript-mixed-case", "JaVaScRiPt: scheme", sig(`<a href="JaVaScRiPt:alert(1)">${W}</a>`)),
    html("javascript-entity", "scheme hidden behind character references", sig(`<a href="&#106;ava&#x73;cript&colon;alert(1)">${W}</a>`)),
    html("javascript-tab", "scheme split by a tab and newline", sig(`<a href="java\tscr\nipt:alert(1)">${W}</a>`)),
    html("javascript-leading-space", "scheme after leading spaces and controls", sig(`<a href=" \x01 javascript:alert(1)">${W}</a>`)),
    html("vbscript-href", "vbscript: scheme", sig(`<a href="vbscript:msgbox(1)">${W}</a>`)),
    html("data-html-href", "data:text/html link", sig(`<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">${W}</a>`)),
    html("data-svg-img", "data:image/svg+xml image with script", sig(`${W}<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`)),
    html("tel-javascript", "tel: prefix followed by javascript", sig(`<a href="tel:javascript:alert(1)">${W}</a>`)),
    html("tel-payload-params", "tel: link with markup in its parameters", sig(`<a href="tel:${CLIENT.e164};ext=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">${W}</a>`)),
    html(
      "tel-href-differs",
      "visible number and tel: href disagree (the visible one is what the reader expects to be called)",
      sig(`<a href="tel:+12125550199">${W}</a>`),
      { allowedNumbers: [CLIENT.e164, "+12125550199"], allowedExt: [null], intended: CLIENT.e164 },
    ),
    html("onclick-tel", "tel link with an event handler", sig(`<a href="tel:${CLIENT.e164}" onclick="alert(1)" onmouseover="alert(2)">${W}</a>`)),
    html("srcdoc-iframe", "iframe srcdoc with script next to the number", sig(`${W}<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>`)),
    html("formaction", "button with javascript formaction", sig(`${W}<button formaction="javascript:alert(1)">x</button>`)),
    {
      id: "link-javascript-in-text",
      category: "link",
      description: "javascript: and data: URLs written as plain text beside the number; must never become links",
      ext: "eml",
      size: "small",
      payload: "javascript:alert(1) data:text/html,<script>alert(1)</script>",
      expect: ok(),
      bytes: () =>
        eml({
          body: plainBody({
            question: "Could you open javascript:alert(1) and data:text/html,<script>alert(1)</script> before Friday?",
            signature: [CLIENT.name, "Web: javascript:alert(document.domain)", `Direct: ${W}`],
          }),
        }),
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Homoglyphs, bidi overrides and invisible characters in numbers

/** Replace ASCII digits with the digit of the same value in another script, whose zero is at `zero`. */
function digitsIn(s: string, zero: number): string {
  return s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
}

function homoglyphCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (id: string, description: string, line: string, expect: Partial<HostileExpectation> = {}) =>
    cases.push({
      id: `homoglyph-${id}`,
      category: "homoglyph",
      description,
      ext: "eml",
      size: "small",
      payload: line,
      expect: {
        allowedNumbers: [CLIENT.e164],
        allowedExt: [null],
        intended: CLIENT.e164,
        ...expect,
      },
      bytes: () => eml({ body: plainBody({ signature: [CLIENT.name, "ClientCo Ltd", line] }) }),
    });

  // Real digits of other scripts: their value is unambiguous, so normalising them is right (or rejecting).
  const scripts: [string, number][] = [
    ["fullwidth", 0xff10],
    ["arabic-indic", 0x0660],
    ["extended-arabic-indic", 0x06f0],
    ["devanagari", 0x0966],
    ["bengali", 0x09e6],
    ["thai", 0x0e50],
    ["math-bold", 0x1d7ce],
    ["math-monospace", 0x1d7f6],
    ["nko", 0x07c0],
    ["myanmar", 0x1040],
  ];
  for (const [name, zero] of scripts) {
    add(`${name}-digits`, `${name} digits`, `Direct: +${digitsIn("1 212 555 0142", zero)}`);
  }
  add("fullwidth-plus", "full-width plus and digits", `Direct: \uff0b${digitsIn("1 212 555 0142", 0xff10)}`);
  add("small-plus", "small plus sign (U+FE62)", `Direct: \ufe621 212 555 0142`);
  add("mixed-scripts", "Latin, Arabic-Indic and full-width digits mixed in one number", `Direct: +1 2\u0661\u0662 ５55 0142`);
  add("superscript", "superscript digits (compatibility forms)", "Direct: +\u00b9 \u00b2\u00b9\u00b2 \u2075\u2075\u2075 \u2070\u00b9\u2074\u00b2");
  add("circled", "circled digits", "Direct: +\u2460 \u2461\u2460\u2461 \u2464\u2464\u2464 \u24ea\u2460\u2463\u2461");
  add("keycap", "keycap emoji digits", "Direct: +1\ufe0f\u20e3 2\ufe0f\u20e31\ufe0f\u20e32\ufe0f\u20e3 555 0142");
  add("bengali-four-looks-like-eight", "Bengali four (looks like 8): its digit value is what was typed", "Direct: +1 212 555 01\u09ea2");

  // Letters posing as digits: no digit value, so the only safe answers are the visually intended number or none.
  add("cyrillic-o-zero", "Cyrillic capital O for zero", "Direct: +1 212 555 \u041e142");
  add("latin-o-zero", "Latin capital O for zero (vanity keypad maps O to 6)", "Direct: +1 212 555 O142");
  add("greek-omicron-zero", "Greek omicron for zero", "Direct: +1 212 555 \u039f142");
  add("latin-l-one", "lower-case L for one", "Direct: +l 2l2 555 0l42");
  add("capital-i-one", "capital I for one", "Direct: +I 2I2 555 0I42");
  add("cyrillic-ze-three", "Cyrillic Ze for three", "Direct: +1 212 555 01\u0417\u0417", {
    allowedNumbers: ["+12125550133"],
    intended: "+12125550133",
  });
  add("cyrillic-be-six", "Cyrillic small be for six", "Direct: +1 212 555 01\u0431\u0431", {
    allowedNumbers: ["+12125550166"],
    intended: "+12125550166",
  });
  add("slashed-zero-combining", "zero with a combining long solidus (renders like Ø)", "Direct: +1 212 555 0\u0338142");

  // Bidi overrides: the logical order differs from what is shown, so the logical digits are a different number.
  add(
    "rlo-whole-number",
    "whole number reversed inside U+202E; renders as +1 212 555 0142",
    "Direct: \u202e2410 555 212 1+\u202c",
  );
  add(
    "rlo-partial-valid-trap",
    "U+202E reverses part of the number; read logically it is the valid +1 212 241 0555, shown it is +1 212 555 0142",
    "Direct: +1 212 \u202e2410 555\u202c",
  );
  add(
    "rlo-national-format",
    "U+202E inside a national-format US number",
    "Direct: (212) \u202e2410-555\u202c",
  );
  add(
    "rlo-swaps-labels",
    "U+202E makes the fax line look like the direct line",
    "\u202e2410 555 212 1+ :tceriD\u202c | Fax: +1 212 555 0199",
    { allowedNumbers: [CLIENT.e164, "+12125550199"] },
  );
  add("lro-harmless", "U+202D left-to-right override around an already left-to-right number", "Direct: \u202d+1 212 555 0142\u202c");
  add("rlm-lrm-marks", "invisible directional marks between digit groups", "Direct: +1 212\u200f 555\u200e 0142");
  add("arabic-letter-mark", "Arabic letter mark (U+061C) between digit groups", "Direct: +1 212\u061c555\u061c0142");
  add("isolates", "directional isolates around digit groups", "Direct: +1 \u2066212\u2069 \u2068555\u2069 0142");
  add("zero-width", "zero-width space, joiners, word joiner, BOM and soft hyphen inside the number", "Direct: +1 2\u200b12 5\u200c55 0\u200d1\u20604\ufeff2\u00ad");
  add("unicode-dashes", "every Unicode dash as a separator", "Direct: +1\u2010212\u2011555\u20120142 / alt: +1\u2013212\u2014555\u2212 0142");
  add("fullwidth-parens", "full-width parentheses and hyphen", "Direct: \uff08212\uff09555\uff0d0142", { allowedNumbers: [CLIENT.e164] });
  add("ext-fullwidth", "extension in full-width digits", "Direct: +1 212 555 0142 ext. \uff11\uff12\uff13", {
    allowedExt: ["123", null],
  });
  add("ext-cyrillic-x", "extension marker written with Cyrillic х", "Direct: +1 212 555 0142 \u0445123", {
    allowedExt: ["123", null],
  });
  add("ext-letters", "extension made of look-alike letters", "Direct: +1 212 555 0142 ext. l2З", {
    allowedExt: ["123", null],
  });
  add("uk-cyrillic-o", "UK number with a Cyrillic O", "Direct: +44 20 7946 \u041e958", {
    allowedNumbers: ["+442079460958"],
    intended: "+442079460958",
  });
  add("uk-arabic-indic", "UK number in Arabic-Indic digits", `Direct: +${digitsIn("44 20 7946 0958", 0x0660)}`, {
    allowedNumbers: ["+442079460958"],
    intended: "+442079460958",
  });
  add("nbsp-thin-spaces", "no-break, thin, ideographic and narrow no-break spaces as separators", "Direct: +1\u00a0212\u2009555\u3000\u202f0142");
  return cases;
}

// ---------------------------------------------------------------------------------------------------------
// 10 MB bodies, built on demand

const TEN_MB = 10 * 1024 * 1024;

/** `count` multiplied by a large case's scale, as a whole number (at least 1). */
function scaled(count: number, scale: number): number {
  return Math.max(1, Math.round(count * scale));
}

function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));
}

function hugeBodyCases(): HostileCase[] {
  const big = (
    id: string,
    description: string,
    build: (size: number) => Buffer,
    expect: HostileExpectation = { allowedNumbers: [CLIENT.e164], allowedExt: [null], intended: CLIENT.e164 },
  ): HostileCase => ({ id: `huge-${id}`, category: "huge-body", description, ext: "eml", size: "large", expect, bytes: (scale = 1) => build(scaled(TEN_MB, scale)) });
  const sigText = `\nBest regards,\n${CLIENT.name}\nDirect: ${CLIENT.written}\n`;
  const sigHtml = `<p>Best regards,<br>${CLIENT.name}<br>Direct: ${CLIENT.written}</p>`;
  const lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.\n";
  return [
    big("plain-lorem", "10 MB of prose lines, signature at the end", (size) =>
      eml({ body: "Hi Alex,\n" + repeatTo(lorem, size) + sigText }),
    ),
    big("html-paragraphs", "10 MB of HTML paragraphs, signature at the end", (size) =>
      eml({
        contentType: "text/html; charset=utf-8",
        body: "<html><body>" + repeatTo(`<p>${lorem}</p>`, size) + sigHtml + "</body></html>",
      }),
    ),
    big("single-line", "10 MB on one line without a newline or space", (size) =>
      eml({ body: repeatTo("a", size) + sigText }),
    ),
    big("digit-soup", "10 MB of digits and separators (phone-like everywhere)", (size) =>
      eml({ body: repeatTo("12 555 01 4-2 (21) 2.5 ", size) + sigText }),
      { intended: CLIENT.e164 },
    ),
    big("angle-brackets", "10 MB of '<' in an HTML body", (size) =>
      eml({ contentType: "text/html; charset=utf-8", body: repeatTo("<", size) + sigHtml }),
      { intended: CLIENT.e164 },
    ),
    big("entity-soup", "10 MB of numeric character references that decode to digits", (size) =>
      eml({ contentType: "text/html; charset=utf-8", body: repeatTo("&#x31;&#50;&amp;&nbsp;&#xFF10;", size) + sigHtml }),
      { intended: CLIENT.e164 },
    ),
    big("base64", "10 MB base64-encoded text body", (size) =>
      eml({
        transferEncoding: "base64",
        body: (Buffer.from("Hi Alex,\n" + repeatTo(lorem, (size * 3) / 4) + sigText).toString("base64").match(/.{1,76}/g) ?? []).join(
          "\n",
        ),
      }),
    ),
    big("quoted-printable", "10 MB quoted-printable body full of soft breaks and escapes", (size) =>
      eml({ transferEncoding: "quoted-printable", body: repeatTo("caf=C3=A9 =3D=3D =\n", size) + sigText }),
    ),
    big("quote-markers", "10 MB of '>' quoted lines, the newest message on top", (size) =>
      eml({ body: `Hi Alex,\n${QUESTION}\n${sigText}\n` + repeatTo("> > > > quoted line 212 555 0199\n", size) }),
      { allowedNumbers: [CLIENT.e164], allowedExt: [null], intended: CLIENT.e164 },
    ),
    big("reply-headers", "10 MB of Outlook reply header blocks", (size) =>
      eml({
        body:
          `Hi Alex,\n${QUESTION}\n${sigText}\n` +
          repeatTo("From: Someone Else <x@example.com>\nSent: Monday, 9 November 2026 10:00\nTo: Alex\nSubject: RE: x\nTel: +1 212 555 0199\n\n", size),
      }),
      { allowedNumbers: [CLIENT.e164], allowedExt: [null], intended: CLIENT.e164 },
    ),
    big("wrote-lines", "10 MB of 'On ... wrote:' lines", (size) =>
      eml({ body: `Hi Alex,\n${QUESTION}\n${sigText}\n` + repeatTo("On Mon, 9 Nov 2026 at 10:00, Someone <x@example.com> wrote:\n", size) }),
      { allowedNumbers: [CLIENT.e164], allowedExt: [null], intended: CLIENT.e164 },
    ),
    big("whitespace", "10 MB of spaces, tabs, no-break spaces and blank lines", (size) =>
      eml({ body: "Hi Alex,\n" + repeatTo(" \t\u00a0\n\n", size) + sigText }),
    ),
    big("many-questions", "10 MB of question sentences (agenda extraction)", (size) =>
      eml({ body: "Hi Alex,\n" + repeatTo("Could you let me know whether <b>item</b> is ready? ", size) + sigText }),
    ),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Deep nesting (10^5 levels)

const DEPTH = 100_000;

function deepNestingCases(): HostileCase[] {
  const deep = (id: string, description: string, html: (depth: number) => string, expect: HostileExpectation = { intended: CLIENT.e164, allowedNumbers: [CLIENT.e164], allowedExt: [null] }): HostileCase => ({
    id: `deep-${id}`,
    category: "deep-nesting",
    description,
    ext: "eml",
    size: "large",
    expect,
    bytes: (scale = 1) => eml({ contentType: "text/html; charset=utf-8", body: html(scaled(DEPTH, scale)) }),
  });
  const sig = `<p>${CLIENT.name}<br>Direct: ${CLIENT.written}</p>`;
  return [
    deep("div-closed", "10^5 nested, properly closed <div>s with the signature innermost", (d) => "<div>".repeat(d) + sig + "</div>".repeat(d)),
    deep("div-unclosed", "10^5 nested <div>s never closed", (d) => "<div>".repeat(d) + sig),
    deep("blockquote", "10^5 nested <blockquote>s (quote detection) after the signature", (d) => `<p>${QUESTION}</p>${sig}` + "<blockquote>".repeat(d) + "old text +1 212 555 0199" + "</blockquote>".repeat(d)),
    deep("table", "tables nested 3×10^4 deep", (d) => "<table><tr><td>".repeat(Math.round(d / 3)) + sig + "</td></tr></table>".repeat(Math.round(d / 3))),
    deep("inline-unclosed", "10^5 alternating unclosed <b><i><span>", (d) => "<b><i><span>".repeat(Math.round(d / 3)) + sig),
    deep("links", "10^5 nested tel: links", (d) => `<a href="tel:${CLIENT.e164}">`.repeat(d) + CLIENT.written + "</a>".repeat(d)),
    deep("lists", "10^5 nested lists", (d) => "<ul><li>".repeat(Math.round(d / 2)) + sig + "</li></ul>".repeat(Math.round(d / 2))),
    deep("unclosed-comment", "an unclosed comment before the signature", (d) => `<p>${QUESTION}</p><!-- ` + "x".repeat(d) + sig, {}),
    deep("unclosed-script", "an unclosed <script> swallowing the rest", (d) => `<p>${QUESTION}</p><script>` + "var a=1;".repeat(Math.round(d / 8)) + sig, {}),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Malformed MIME

function malformedMimeCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (id: string, description: string, build: (scale: number) => Buffer, expect: HostileExpectation = { mayBeUnusable: true }, ext: HostileCase["ext"] = "eml", size: HostileCase["size"] = "small") =>
    cases.push({ id: `mime-${id}`, category: "malformed-mime", description, ext, size, expect, bytes: (scale = 1) => build(scale) });
  const text = plainBody();
  const safe: HostileExpectation = { allowedNumbers: [CLIENT.e164], allowedExt: [null], intended: CLIENT.e164, mayBeUnusable: true };

  add("boundary-absent", "multipart boundary declared but never used", () =>
    eml({ contentType: 'multipart/alternative; boundary="nowhere"', body: text }), safe);
  add("boundary-unclosed", "multipart never closed", () =>
    eml({ contentType: 'multipart/alternative; boundary="b1"', body: `--b1\nContent-Type: text/plain\n\n${text}` }), safe);
  add("boundary-reused", "nested multipart reusing its parent's boundary", () =>
    eml({
      contentType: 'multipart/mixed; boundary="same"',
      body: `--same\nContent-Type: multipart/alternative; boundary="same"\n\n--same\nContent-Type: text/plain\n\n${text}\n--same--\n--same--\n`,
    }), safe);
  add("boundary-empty", 'empty boundary parameter (boundary="")', () =>
    eml({ contentType: 'multipart/mixed; boundary=""', body: `--\nContent-Type: text/plain\n\n${text}\n----\n` }), safe);
  add("boundary-missing-param", "multipart with no boundary parameter", () =>
    eml({ contentType: "multipart/mixed", body: text }), safe);
  add("boundary-huge", "5,000-character boundary", () => {
    const b = "B".repeat(5000);
    return eml({ contentType: `multipart/mixed; boundary="${b}"`, body: `--${b}\nContent-Type: text/plain\n\n${text}\n--${b}--\n` });
  }, safe);
  add("multipart-1000-deep", "multiparts nested 1,000 deep", () => {
    let body = `Content-Type: text/plain\n\n${text}`;
    for (let i = 0; i < 1000; i++) body = `Content-Type: multipart/mixed; boundary="d${i}"\n\n--d${i}\n${body}\n--d${i}--\n`;
    const [head, ...rest] = body.split("\n\n");
    return eml({ contentType: head.replace(/^Content-Type: /, ""), body: rest.join("\n\n") });
  }, safe);
  add("multipart-10000-parts", "10,000 empty parts before the text part", (scale) =>
    eml({
      contentType: 'multipart/mixed; boundary="p"',
      body: "--p\nContent-Type: text/plain\n\n\n".repeat(scaled(10_000, scale)) + `--p\nContent-Type: text/plain\n\n${text}\n--p--\n`,
    }), { ...safe, mayBeUnusable: true }, "eml", "large");
  add("rfc822-200-deep", "message/rfc822 nested 200 deep", () => {
    let inner = eml({ body: text }).toString("utf8");
    for (let i = 0; i < 200; i++)
      inner = eml({ contentType: 'multipart/mixed; boundary="m' + i + '"', body: `--m${i}\nContent-Type: message/rfc822\n\n${inner}\n--m${i}--\n` }).toString("utf8");
    return Buffer.from(inner, "utf8");
  }, { mayBeUnusable: true });
  add("base64-invalid-chars", "base64 body full of characters outside the alphabet", () =>
    eml({ transferEncoding: "base64", body: "!!!@@@###$$$%%%^^^&&&***\n" + Buffer.from(text).toString("base64").replace(/A/g, "*") }), { mayBeUnusable: true });
  add("base64-truncated", "base64 cut mid-quantum with no padding", () =>
    eml({ transferEncoding: "base64", body: Buffer.from(text).toString("base64").slice(0, -3) }), { mayBeUnusable: true });
  add("base64-padding-mid", "base64 with '=' padding in the middle and stray whitespace", () => {
    const b = Buffer.from(text).toString("base64");
    return eml({ transferEncoding: "base64", body: b.slice(0, 20) + "==\n \t" + b.slice(20) });
  }, { mayBeUnusable: true });
  add("base64-not-base64", "declared base64 but the body is plain text", () =>
    eml({ transferEncoding: "base64", body: text }), { mayBeUnusable: true });
  add("qp-invalid-escapes", "quoted-printable with =ZZ, =Q, and '=' at the very end", () =>
    eml({ transferEncoding: "quoted-printable", body: text.replace(/a/g, "=ZZ").replace(/e/g, "=Q") + "=" }), { mayBeUnusable: true });
  add("qp-encoded-markup", "quoted-printable hiding <script> as =3C…=3E", () =>
    eml({ transferEncoding: "quoted-printable", body: plainBody({ question: "Could you check =3Cscript=3Ealert(1)=3C/script=3E before Friday?" }) }), safe);
  add("unknown-cte", "unknown Content-Transfer-Encoding", () =>
    eml({ transferEncoding: "x-uuencode-rot13", body: text }), safe);
  add("content-type-garbage", "Content-Type that is not a media type", () =>
    eml({ contentType: 'text/;;;====;charset="";boundary', body: text }), safe);
  add("no-from", "no From header at all", () => eml({ from: null, body: text }), safe);
  add("from-empty", "empty From header", () => eml({ from: "", body: text }), safe);
  add("from-group", "From is an empty group", () => eml({ from: "undisclosed-recipients:;", body: text }), safe);
  add("from-injection-address", "From address carrying a javascript: scheme and markup", () =>
    eml({ from: '"<img src=x onerror=alert(1)>" <javascript:alert(1)@clientco.com>', body: text }), safe);
  add("from-1000-addresses", "From with 1,000 mailboxes", () =>
    eml({ from: Array.from({ length: 1000 }, (_, i) => `u${i}@x${i}.com`).join(", "), body: text }), safe);
  add("no-headers", "a body without any header", () => Buffer.from(text, "utf8"), safe);
  add("headers-only", "headers with no blank line and no body", () =>
    Buffer.from(`From: ${CLIENT.address}\r\nSubject: nothing\r\nContent-Type: text/plain`, "utf8"), { mayBeUnusable: true, allowedNumbers: [] });
  add("empty-file", "a zero-byte file", () => Buffer.alloc(0), { mayBeUnusable: true, allowedNumbers: [] });
  add("binary-garbage", "64 KB of random bytes", () => randomBytes(8, 64 * 1024), { mayBeUnusable: true });
  add("nul-bytes", "NUL bytes inside headers and body", () =>
    eml({ subject: "Re:\0\0 escrow\0", body: text.replace(/ /g, " \0") }), { mayBeUnusable: true, allowedNumbers: [CLIENT.e164], allowedExt: [null] });
  add("png-file", "a PNG image passed as mail", () =>
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(9, 4096)]), { mayBeUnusable: true, allowedNumbers: [] });
  add("pdf-file", "a PDF passed as mail", () => Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"), { mayBeUnusable: true, allowedNumbers: [] });
  add("header-no-colon", "header lines without a colon and a line that is only a colon", () =>
    Buffer.concat([Buffer.from("this is not a header\r\n:\r\n: value\r\n"), eml({ body: text })]), { mayBeUnusable: true });
  add("cr-only-line-ends", "old Mac CR-only line ends", () =>
    Buffer.from(eml({ body: text }).toString("utf8").replace(/\r\n/g, "\r"), "utf8"), { mayBeUnusable: true, allowedNumbers: [CLIENT.e164], allowedExt: [null] });
  add("mixed-line-ends", "CRLF, bare CR and bare LF mixed", () => {
    let i = 0;
    return Buffer.from(eml({ body: text }).toString("utf8").replace(/\r\n/g, () => ["\r\n", "\n", "\r"][i++ % 3]), "utf8");
  }, { mayBeUnusable: true, allowedNumbers: [CLIENT.e164], allowedExt: [null] });
  add("date-garbage", "a Date header that is not a date", () => eml({ date: "99 Foo 99999 99:99:99 +9999", body: text }), safe);
  add("date-far-future", "a Date header in year 275760", () => eml({ date: "Sat, 13 Sep 275760 00:00:00 +0000", body: text }), safe);
  add("attachment-only", "no text part, only a base64 attachment", () =>
    eml({
      contentType: 'multipart/mixed; boundary="a"',
      body: `--a\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename="x.bin"\nContent-Transfer-Encoding: base64\n\n${randomBytes(10, 3000).toString("base64")}\n--a--\n`,
    }), { mayBeUnusable: true, allowedNumbers: [] });
  add("html-binary", "text/html part whose body is binary", () =>
    eml({ contentType: "text/html; charset=utf-8", body: randomBytes(11, 20_000) }), { mayBeUnusable: true });
  add("mbox-broken", "mbox with a broken separator and an unescaped From line in the body", () =>
    Buffer.concat([
      Buffer.from("From jane Tue Nov 10 09:15:00 2026\n"),
      eml({ body: text + "\nFrom here on we agree.\n" }),
      Buffer.from("\nFrom \n\nFrom garbage\x00\x01\n"),
    ]), { mayBeUnusable: true, allowedNumbers: [CLIENT.e164], allowedExt: [null] }, "mbox");
  add("plain-text-file", "a .txt file that is prose, not mail", () => Buffer.from("Shopping list\n- milk\n- eggs\n"), { mayBeUnusable: true, allowedNumbers: [] }, "txt");
  add("header-folded-10000", "one header folded over 10,000 lines", () =>
    eml({ headers: ["X-Folded: start" + "\r\n continued".repeat(10_000)], body: text }), safe);
  add("uuencoded-body", "legacy uuencoded block inside a text/plain body", () =>
    eml({ body: text + "\nbegin 644 evil.html\nM/'-C<FEP=#YA;&5R=\"@Q*3PO<V-R:7!T/@``\n`\nend\n" }), safe);
  return cases;
}

// ---------------------------------------------------------------------------------------------------------
// Charsets

function charsetCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const safe: HostileExpectation = { allowedNumbers: [CLIENT.e164], allowedExt: [null], intended: CLIENT.e164, mayBeUnusable: true };
  const add = (id: string, description: string, build: () => Buffer, expect: HostileExpectation = safe, payload?: string) =>
    cases.push({ id: `charset-${id}`, category: "charset", description, ext: "eml", size: "small", expect, payload, bytes: build });
  const text = plainBody();

  add("unknown", "unknown charset name", () => eml({ contentType: "text/plain; charset=x-klingon", body: text }));
  add("empty", "empty charset parameter", () => eml({ contentType: 'text/plain; charset=""', body: text }));
  add("markup-in-charset", "charset parameter carrying markup", () => eml({ contentType: 'text/plain; charset="<script>alert(1)</script>"', body: text }), safe, "<script>alert(1)</script>");
  add("utf7-xss", "UTF-7 that decodes to <script> (the classic UTF-7 XSS)", () =>
    eml({ contentType: "text/plain; charset=utf-7", body: plainBody({ question: "Could you check +ADw-script+AD4-alert(1)+ADw-/script+AD4- before Friday?" }) }), safe, "+ADw-script+AD4-alert(1)+ADw-/script+AD4-");
  add("utf7-html", "UTF-7 HTML body", () =>
    eml({ contentType: "text/html; charset=utf-7", body: htmlBody({ question: "+ADw-img src+AD0-x onerror+AD0-alert(1)+AD4-" }) }), safe, "+ADw-img src+AD0-x onerror+AD0-alert(1)+AD4-");
  add("utf16-no-bom", "UTF-16LE body without a BOM", () =>
    eml({ contentType: "text/plain; charset=utf-16", body: Buffer.from(text.replace(/\n/g, "\r\n"), "utf16le") }));
  add("utf32", "UTF-32 labelled body", () => {
    const cps = Array.from(text.replace(/\n/g, "\r\n"), (c) => c.codePointAt(0) ?? 0);
    const b = Buffer.alloc(cps.length * 4);
    cps.forEach((cp, i) => b.writeUInt32LE(cp, i * 4));
    return eml({ contentType: "text/plain; charset=utf-32", body: b });
  });
  add("latin1-as-utf8", "Latin-1 bytes labelled UTF-8 (invalid UTF-8 sequences)", () =>
    eml({ contentType: "text/plain; charset=utf-8", body: Buffer.from(plainBody({ prose: "Très bien, à bientôt. Téléphone ci-dessous." }).replace(/\n/g, "\r\n"), "latin1") }));
  add("utf8-as-latin1", "UTF-8 bytes labelled ISO-8859-1 (mojibake)", () =>
    eml({ contentType: "text/plain; charset=iso-8859-1", body: plainBody({ prose: "Très bien — à bientôt ☎" }) }));
  add("overlong-utf8", "overlong UTF-8 encodings of '<' and '>' around script", () =>
    eml({
      contentType: "text/html; charset=utf-8",
      body: Buffer.concat([Buffer.from(htmlBody().replace("</body>", "")), Buffer.from([0xc0, 0xbc]), Buffer.from("script"), Buffer.from([0xc0, 0xbe]), Buffer.from("alert(1)</body></html>")]),
    }));
  add("surrogates-utf8", "UTF-8 encoded lone surrogates (CESU-style) in the signature", () =>
    eml({ body: Buffer.concat([Buffer.from(text.replace(/\n/g, "\r\n")), Buffer.from([0xed, 0xa0, 0x80, 0xed, 0xbf, 0xbf, 0x0d, 0x0a])]) }));
  add("shift-jis-label", "Shift_JIS label on an ASCII-compatible body with a Japanese number", () =>
    eml({ contentType: "text/plain; charset=shift_jis", body: plainBody({ signature: ["Taro Client", "Tel: +81 3-1234-5678"] }) }),
    { allowedNumbers: ["+81312345678"], allowedExt: [null], intended: "+81312345678", mayBeUnusable: true });
  add("iso-2022-jp-escapes", "ISO-2022-JP escape sequences around the number", () =>
    eml({ contentType: "text/plain; charset=iso-2022-jp", body: Buffer.from(`Hi\r\n\x1b$B%F%9%H\x1b(B\r\n${CLIENT.name}\r\nDirect: \x1b$B\x1b(B${CLIENT.written}\r\n`, "latin1") }));
  add("gb18030", "GB18030 label on a body with Chinese text", () =>
    eml({ contentType: "text/plain; charset=gb18030", body: Buffer.from(text.replace(/\n/g, "\r\n"), "latin1") }));
  add("encoded-word-unknown", "encoded-word with an unknown charset in Subject and From", () =>
    eml({
      subject: "=?x-unknown?B?PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==?=",
      from: `=?x-unknown?Q?=3Cimg_src=3Dx_onerror=3Dalert(1)=3E?= <${CLIENT.address}>`,
      body: text,
    }), safe, "<script>alert(1)</script>");
  add("encoded-word-malformed", "malformed encoded-words (bad Q escapes, bad base64, unterminated)", () =>
    eml({ subject: "=?utf-8?Q?=ZZ=?= =?utf-8?B?!!!?= =?utf-8?B?PHNjcmlwdD4", from: `=?utf-8?B?<?=  <${CLIENT.address}>`, body: text }));
  add("encoded-word-crlf", "encoded-word in Subject that decodes to CRLF and a Bcc header", () =>
    eml({ subject: `=?UTF-8?B?${Buffer.from("Re: hi\r\nBcc: evil@example.com\r\n\r\n<script>alert(1)</script>").toString("base64")}?=`, body: text }), safe, "<script>alert(1)</script>");
  add("raw-8bit-headers", "raw 8-bit UTF-8 and Latin-1 bytes in headers", () =>
    Buffer.concat([Buffer.from("Subject: R\xe9union \xe2\x80\xae0142\r\n", "latin1"), eml({ body: text })]));
  return cases;
}

// ---------------------------------------------------------------------------------------------------------
// Huge headers

function hugeHeaderCases(): HostileCase[] {
  const safe: HostileExpectation = { allowedNumbers: [CLIENT.e164], allowedExt: [null], intended: CLIENT.e164, mayBeUnusable: true };
  const mk = (id: string, description: string, build: (n: (count: number) => number) => Buffer): HostileCase => ({
    id: `header-${id}`, category: "huge-header", description, ext: "eml", size: "large", expect: safe,
    bytes: (scale = 1) => build((count) => scaled(count, scale)),
  });
  const MB = 1024 * 1024;
  const text = plainBody();
  return [
    mk("subject-1mb", "a 1 MB Subject line", (n) => eml({ subject: "Re: " + "A".repeat(n(MB)), body: text })),
    mk("subject-1mb-markup", "a 1 MB Subject made of markup", (n) => eml({ subject: "<b>x</b><script>".repeat(n(MB / 16)), body: text })),
    mk("display-name-1mb", "a 1 MB display name", (n) => eml({ from: `"${"Jane ".repeat(n(MB / 5))}" <${CLIENT.address}>`, body: text })),
    mk("100k-header-lines", "100,000 header lines", (n) => eml({ headers: Array.from({ length: n(100_000) }, (_, i) => `X-Junk-${i}: ${i}`), body: text })),
    mk("10k-recipients", "10,000 To recipients", (n) => eml({ to: Array.from({ length: n(10_000) }, (_, i) => `"R ${i}" <r${i}@example.com>`).join(",\r\n "), body: text })),
    mk("message-id-1mb", "a 1 MB Message-ID", (n) => eml({ messageId: `<${"m".repeat(n(MB))}@x>`, body: text })),
    mk("references-1mb", "a 1 MB References header of 40,000 ids", (n) => eml({ headers: ["References: " + Array.from({ length: n(40_000) }, (_, i) => `<r${i}@x.com>`).join("\r\n ")], body: text })),
    mk("encoded-words-100k", "Subject of 100,000 encoded-words", (n) => eml({ subject: "=?UTF-8?B?QQ==?= ".repeat(n(100_000)), body: text })),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Thousands of phone-like strings

function manyPhoneCases(): HostileCase[] {
  const mk = (id: string, description: string, build: (n: (count: number) => number) => Buffer, expect: HostileExpectation = { intended: CLIENT.e164 }): HostileCase => ({
    id: `phones-${id}`, category: "many-phones", description, ext: "eml", size: "large", expect,
    bytes: (scale = 1) => build((count) => scaled(count, scale)),
  });
  return [
    mk("5000-signature-lines", "a signature block of 5,000 'Tel:' lines", (n) =>
      eml({ body: plainBody({ signature: [CLIENT.name, `Direct: ${CLIENT.written}`, ...Array.from({ length: n(5000) }, (_, i) => `Tel: +1 212 555 ${String(1000 + i).slice(-4)}`)] }) })),
    mk("100k-spaced-digits", "100,000 single digits separated by spaces", (n) =>
      eml({ body: plainBody({ prose: Array.from({ length: n(100_000) }, (_, i) => i % 10).join(" ") }) })),
    mk("20k-prose-numbers", "20,000 numbers in running prose", (n) =>
      eml({ body: plainBody({ prose: Array.from({ length: n(20_000) }, (_, i) => `call 555-${String(i).padStart(4, "0")} now`).join(" ") }) })),
    mk("ext-repeated", "'ext.' repeated 10,000 times after the number", (n) =>
      eml({ body: plainBody({ signature: [CLIENT.name, `Direct: ${CLIENT.written} ` + "ext. ".repeat(n(10_000)) + "12"] }) }), { intended: CLIENT.e164 }),
    mk("plus-run", "100,000 '+' signs before the number", (n) =>
      eml({ body: plainBody({ signature: [CLIENT.name, "Direct: " + "+".repeat(n(100_000)) + "1 212 555 0142"] }) })),
    mk("paren-run", "50,000 '(' before the number", (n) =>
      eml({ body: plainBody({ signature: [CLIENT.name, "Direct: " + "(".repeat(n(50_000)) + "212) 555 0142"] }) })),
    mk("dotted-run", "a 100,000-character dotted digit string", (n) =>
      eml({ body: plainBody({ signature: [CLIENT.name, "Direct: " + "1.2.".repeat(n(25_000))] }) }), { intended: null }),
    mk("10k-tel-links", "10,000 tel: links in an HTML signature", (n) =>
      eml({
        contentType: "text/html; charset=utf-8",
        body: htmlBody({ sigHtml: `<p>${CLIENT.name}<br>` + Array.from({ length: n(10_000) }, (_, i) => `<a href="tel:+1212555${String(1000 + i).slice(-4)}">+1 212 555 ${String(1000 + i).slice(-4)}</a><br>`).join("") + "</p>" }),
      }), { intended: null }),
    mk("label-run", "'Direct:' repeated 20,000 times on one line", (n) =>
      eml({ body: plainBody({ signature: [CLIENT.name, "Direct: ".repeat(n(20_000)) + CLIENT.written] }) })),
    mk("x-between-digits", "50,000 digits joined by 'x' (extension marker confusion)", (n) =>
      eml({ body: plainBody({ signature: [CLIENT.name, `Direct: ${CLIENT.written} ` + "1x".repeat(n(50_000))] }) })),
    mk("long-digit-run", "a single run of 200,000 digits", (n) =>
      eml({ body: plainBody({ signature: [CLIENT.name, "Direct: " + "2125550142".repeat(n(20_000))] }) }), { intended: null }),
  ];
}

// ---------------------------------------------------------------------------------------------------------

let cached: HostileCase[] | null = null;

/** The whole corpus, in a fixed order. Cheap to call: bytes are built lazily. */
export function hostileCorpus(): HostileCase[] {
  if (!cached) {
    cached = [
      ...injectionCases(),
      ...linkCases(),
      ...homoglyphCases(),
      ...malformedMimeCases(),
      ...charsetCases(),
      ...deepNestingCases(),
      ...hugeHeaderCases(),
      ...manyPhoneCases(),
      ...hugeBodyCases(),
    ];
  }
  return cached;
}

/** Cases that carry markup meant to reach composed output: the compose/booking checks look for these. */
export function markupCases(): HostileCase[] {
  return hostileCorpus().filter((c) => c.payload !== undefined && (c.category === "injection" || c.category === "link" || c.category === "charset"));
}

/** SHA-256 of a case's bytes, for the determinism check and for naming results. */
export function digest(c: HostileCase): string {
  return createHash("sha256").update(c.bytes()).digest("hex");
}
