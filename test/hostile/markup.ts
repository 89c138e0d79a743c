// Judges HTML that Dialback writes (call-request email, event body): it may only contain the plain
// formatting compose uses, and links only to tel:, mailto: or https:. Anything else means text from the
// input became markup. Parsed the way a browser tokenizes, so an escaped payload reads as text, not tags.
import { Parser } from "htmlparser2";

/** Elements compose and booking may write. Anything else (script, img, svg, iframe, style, form…) is injected. */
const ALLOWED_ELEMENTS = new Set([
  "div", "p", "br", "ul", "ol", "li", "a", "b", "strong", "i", "em", "span", "table", "thead", "tbody", "tr", "td", "th", "hr",
]);
const ALLOWED_ATTRIBUTES = new Set(["href", "title", "class", "dir", "lang"]);
const SAFE_HREF = /^(tel:\+[1-9]\d{5,14}(;ext=\d{1,10})?|mailto:[^\s"'<>]+|https:\/\/[^\s"'<>]+)$/i;

export interface MarkupProblem {
  what: string;
  detail: string;
}

/** Everything in `html` that could run script, load content or navigate somewhere unsafe. */
export function unsafeMarkup(html: string): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!ALLOWED_ELEMENTS.has(name)) problems.push({ what: "element", detail: `<${name}>` });
        for (const [attr, value] of Object.entries(attribs)) {
          if (/^on/i.test(attr)) problems.push({ what: "event handler", detail: `<${name} ${attr}="${value}">` });
          else if (!ALLOWED_ATTRIBUTES.has(attr)) problems.push({ what: "attribute", detail: `<${name} ${attr}="${value}">` });
          if (attr === "href" && !SAFE_HREF.test(value.trim())) problems.push({ what: "href", detail: `<a href="${value}">` });
        }
      },
      oncomment(data) {
        problems.push({ what: "comment", detail: `<!--${data.slice(0, 60)}-->` });
      },
      onprocessinginstruction(name, data) {
        problems.push({ what: "declaration", detail: data.slice(0, 60) || name });
      },
      oncdatastart() {
        problems.push({ what: "cdata", detail: "<![CDATA[" });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeCDATA: false },
  );
  parser.write(html);
  parser.end();
  // Belt and braces on the raw string, in case a tokenizer difference hid a tag from the parser above.
  if (/<\s*script/i.test(html)) problems.push({ what: "raw", detail: "<script" });
  return problems;
}

/** Text of a plain-text header value (subject, name) that would let it break out into other headers. */
export function headerBreaks(value: string): boolean {
  return /[\r\n\u0000\u2028\u2029]/.test(value);
}
