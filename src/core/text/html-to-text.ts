// HTML to plain text that keeps the visual line structure signatures rely on.
//
// Built on htmlparser2's Tokenizer rather than its Parser: the Parser keeps its open-element stack with
// Array.unshift/indexOf and goes quadratic on deeply nested or unbalanced markup (measured: 2 MB of nested
// <div> takes ~30 s), while the tokenizer is a linear state machine. We need no tree anyway: only "does this
// tag break the line", "are we inside a quote / hidden element" and the href of tel: links.
import { Tokenizer } from "htmlparser2";
import type { TokenizerCallbacks } from "htmlparser2";
import { normalizeText } from "./normalize";

/**
 * Line written where an HTML reply divider starts (Outlook's reply header div, Gmail/Thunderbird/Yahoo quote
 * containers). It is the divider Outlook itself writes in plain text, so splitQuoted handles both alike.
 */
export const QUOTE_MARKER = "-----Original Message-----";

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
  "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);
const CELL = new Set(["td", "th"]);
// Content never shown to the reader.
// (Not svg/object/iframe: left unclosed they would hide the rest of the message, while browsers show it.)
const HIDDEN = new Set(["script", "style", "head", "title", "template", "noscript", "xml"]);
// Content that ends an unclosed <head>, as in browsers.
const HEAD_CONTENT = new Set(["meta", "link", "title", "style", "script", "base", "noscript", "template", "xml"]);
const VOID = new Set(["br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr", "param"]);
const QUOTE_CONTAINER_CLASS = /\b(gmail_quote|moz-cite-prefix|yahoo_quoted|OutlookMessageHeader)\b/i;
const QUOTE_CONTAINER_ID = /^(divRplyFwdMsg|stopSpelling|mail-editor-reference-message-container)$/i;
// Desktop Outlook opens the quoted header with a div whose only decoration is a thin top border.
const OUTLOOK_DIVIDER_STYLE = /border-top:\s*solid\s+#?[0-9a-f]{3,6}\s+1(\.0)?pt/i;
const HIDDEN_STYLE = /display\s*:\s*none/i;
/** The alt text of a signature's phone icon: one label word ("phone", "mobile", "Fax", "Tel."), nothing else. */
const ICON_LABEL = /^\s*(?:phone|telephone|tel|mobile|mob|cell|fax|direct|office|handy|telefon|t[ée]l[ée]phone|portable|m[óo]vil|tel[ée]fono)\.?\s*$/i;
const WS = /[ \t\n\r\f]+/g;

class TextWriter implements TokenizerCallbacks {
  private readonly lines: string[] = [];
  // The current line as parts plus what we need to know about it, so no step re-reads (and flattens) the
  // whole line: a 5 MB line of entities or cells must stay linear.
  private parts: string[] = [];
  private lastChar = "";
  private hasText = false;
  private quoteDepth = 0;
  private preDepth = 0;
  /** Name and nesting count of the hidden element being skipped. */
  private skipName: string | null = null;
  private skipCount = 0;
  private tagName = "";
  private attrName = "";
  private attrValue = "";
  private attrs: Record<string, string> = {};
  private telHref: string | null = null;
  private telDigits = 0;

  constructor(private readonly html: string) {}

  result(): string {
    this.flushText();
    this.breakLine();
    return this.lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  }

  private append(s: string): void {
    if (s.length === 0) return;
    this.parts.push(s);
    this.lastChar = s[s.length - 1];
    if (!this.hasText && /\S/.test(s)) this.hasText = true;
    if (this.telHref !== null) this.telDigits += (s.match(/\d/g) ?? []).length;
  }

  private pushText(s: string): void {
    if (this.skipName !== null || s.length === 0) return;
    if (this.preDepth > 0) {
      const pieces = s.replace(/\r\n?/g, "\n").split("\n");
      pieces.forEach((p, i) => {
        if (i > 0) this.newLine();
        this.append(p);
      });
      return;
    }
    const collapsed = s.replace(WS, " ");
    const atLineStart = this.parts.length === 0 || this.lastChar === " " || this.lastChar === "\t";
    this.append(atLineStart ? collapsed.replace(/^ /, "") : collapsed);
  }

  private newLine(): void {
    // Trailing blanks dropped by scanning, not /[ \t]+$/ (quadratic on a megabyte of spaces before a word).
    const joined = this.parts.join("");
    let end = joined.length;
    while (end > 0 && (joined[end - 1] === " " || joined[end - 1] === "\t")) end--;
    const text = joined.slice(0, end);
    this.lines.push(this.quoteDepth > 0 ? "> ".repeat(Math.min(this.quoteDepth, 50)) + text : text);
    this.parts = [];
    this.lastChar = "";
    this.hasText = false;
  }

  /** End the current line unless it is empty (block boundaries do not stack blank lines). */
  private breakLine(): void {
    if (this.hasText) this.newLine();
    else {
      this.parts = [];
      this.lastChar = "";
    }
  }

  private marker(): void {
    this.breakLine();
    this.lines.push(QUOTE_MARKER);
  }

  // The tokenizer reports text in many small adjacent pieces on some inputs (every "<" of "<<<<" is its own
  // text event); adjacent pieces are joined into one slice before any work is done on them.
  private pendingStart = -1;
  private pendingEnd = -1;

  private flushText(): void {
    if (this.pendingStart < 0) return;
    const s = this.html.slice(this.pendingStart, this.pendingEnd);
    this.pendingStart = this.pendingEnd = -1;
    this.pushText(s);
  }

  ontext(start: number, end: number): void {
    if (this.pendingStart >= 0 && this.pendingEnd === start) {
      this.pendingEnd = end;
      return;
    }
    this.flushText();
    this.pendingStart = start;
    this.pendingEnd = end;
  }
  ontextentity(cp: number): void {
    this.flushText();
    this.pushText(String.fromCodePoint(cp));
  }
  onopentagname(start: number, end: number): void {
    this.flushText();
    this.tagName = this.html.slice(start, end).toLowerCase();
    this.attrs = {};
  }
  onattribname(start: number, end: number): void {
    this.attrName = this.html.slice(start, end).toLowerCase();
    this.attrValue = "";
  }
  onattribdata(start: number, end: number): void {
    if (this.attrValue.length < 2048) this.attrValue += this.html.slice(start, end);
  }
  onattribentity(cp: number): void {
    if (this.attrValue.length < 2048) this.attrValue += String.fromCodePoint(cp);
  }
  onattribend(): void {
    if (["href", "style", "id", "class", "alt"].includes(this.attrName)) this.attrs[this.attrName] = this.attrValue;
  }
  onopentagend(): void {
    this.openTag(this.tagName, this.attrs);
  }
  onselfclosingtag(): void {
    this.openTag(this.tagName, this.attrs);
    if (!VOID.has(this.tagName)) this.closeTag(this.tagName);
  }
  onclosetag(start: number, end: number): void {
    this.flushText();
    this.closeTag(this.html.slice(start, end).toLowerCase());
  }
  oncdata(): void {
    this.flushText();
  }
  oncomment(): void {
    this.flushText();
  }
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}

  private openTag(name: string, attrs: Record<string, string>): void {
    if (this.skipName === "head" && !HEAD_CONTENT.has(name) && name !== "head") {
      this.skipName = null;
    } else if (this.skipName !== null) {
      if (name === this.skipName) this.skipCount++;
      return;
    }
    if (HIDDEN.has(name) || (attrs.style !== undefined && HIDDEN_STYLE.test(attrs.style) && !VOID.has(name))) {
      this.skipName = name;
      this.skipCount = 1;
      return;
    }
    if (
      (attrs.id !== undefined && QUOTE_CONTAINER_ID.test(attrs.id)) ||
      (name !== "blockquote" && attrs.class !== undefined && QUOTE_CONTAINER_CLASS.test(attrs.class)) ||
      (name === "div" && attrs.style !== undefined && OUTLOOK_DIVIDER_STYLE.test(attrs.style))
    ) {
      this.marker();
    }
    if (name === "br") {
      this.newLine();
    } else if (BLOCK.has(name)) {
      this.breakLine();
      if (name === "blockquote") this.quoteDepth++;
      if (name === "pre") this.preDepth++;
    } else if (CELL.has(name)) {
      if (this.hasText && this.lastChar !== "\t") this.append("\t");
    } else if (name === "img" && attrs.alt !== undefined && ICON_LABEL.test(attrs.alt)) {
      // Signature icons stand for the label ("📞 +1 …", "<img alt="mobile">"): their alt text is the label.
      this.pushText(` ${attrs.alt.trim()} `);
    } else if (name === "a" && attrs.href && /^\s*tel:/i.test(attrs.href)) {
      this.telHref = attrs.href.replace(/^\s*tel:\s*/i, "").trim();
      this.telDigits = 0;
    }
  }

  private closeTag(name: string): void {
    if (this.skipName !== null) {
      if (name === this.skipName && --this.skipCount === 0) this.skipName = null;
      return;
    }
    if (BLOCK.has(name)) {
      this.breakLine();
      if (name === "blockquote" && this.quoteDepth > 0) this.quoteDepth--;
      if (name === "pre" && this.preDepth > 0) this.preDepth--;
    } else if (name === "a" && this.telHref !== null) {
      // A tel: link whose visible text carries no number ("Call me") still gives the number.
      const href = this.telHref;
      const shownDigits = this.telDigits;
      this.telHref = null;
      if (shownDigits < 5) this.append(`${this.lastChar === " " || this.parts.length === 0 ? "" : " "}${decodeURIComponentSafe(href)}`);
    }
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * HTML to text: one line per br/p/div/li/tr, table cells separated by a tab, entities decoded, script/style and
 * display:none dropped, blockquote lines prefixed with "> ", reply dividers marked with QUOTE_MARKER, tel: link
 * numbers kept. Linear in the input size and never throws.
 */
export function htmlToText(html: string): string {
  try {
    const writer = new TextWriter(html);
    const tokenizer = new Tokenizer({ decodeEntities: true }, writer);
    tokenizer.write(html);
    tokenizer.end();
    return normalizeText(writer.result());
  } catch {
    // The tokenizer is total over strings; this guards only against the unforeseen.
    return normalizeText(html.replace(/<[^>]*>/g, " "));
  }
}
