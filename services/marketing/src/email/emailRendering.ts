import Handlebars from 'handlebars';
import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

const handlebars = Handlebars.create();

export interface TemplateParts {
  subject: string;
  htmlBody: string;
  textBody: string | null;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string | undefined;
}

/** The handlebars syntax error of each part, by input field; empty when every part compiles. */
export function templateSyntaxErrors(parts: Partial<TemplateParts>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, source] of Object.entries(parts)) {
    if (typeof source !== 'string') continue;
    try {
      handlebars.parse(source);
    } catch (error) {
      errors[`input.${field}`] = `Not a valid template: ${(error as Error).message.split('\n')[0]}`;
    }
  }
  return errors;
}

/** Renders a template: variables are HTML-escaped in the HTML body, plain in the subject and text. */
export function renderEmail(template: TemplateParts, variables: Record<string, unknown>): RenderedEmail {
  const plain = (source: string) => handlebars.compile(source, { noEscape: true })(variables);
  return {
    subject: plain(template.subject).replace(/[\r\n]+/g, ' '),
    html: handlebars.compile(template.htmlBody)(variables),
    text: template.textBody == null ? undefined : plain(template.textBody),
  };
}

/** The elements whose `href` is a link a reader follows. */
const linkElements = new Set(['a', 'area']);

/** Where an http(s) link of an HTML document stands: its target, and the source span of its quoted value. */
export interface Hyperlink {
  /** The target as the browser reads it: entities decoded, surrounding spaces dropped. */
  url: string;
  /** The value in the source, quotes included: `[start, end)`. */
  start: number;
  end: number;
}

const isSpace = (code: number) => code <= 0x20;

/** The value without the C0 controls and spaces a browser strips around a URL (no regex: no backtracking). */
function trimUrl(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isSpace(value.charCodeAt(start))) start++;
  while (end > start && isSpace(value.charCodeAt(end - 1))) end--;
  return value.slice(start, end);
}

/**
 * The http(s) links (`<a href>`, `<area href>`) of an HTML document, found by htmlparser2's HTML tokenizer:
 * one pass over the text, so linear in its length whatever the markup. As a browser reads them: tag and
 * attribute names in any case, quoted or not, entities decoded, the first `href` of a tag; nothing in
 * comments, `<script>`, `<style>`, `<title>` or `<textarea>`, and nothing in a tag the document leaves open.
 */
export function hyperlinks(html: string): Hyperlink[] {
  const found: Hyperlink[] = [];
  let inLinkTag = false;
  let hrefSeen = false;
  let pending: Hyperlink | null = null;
  let readingHref = false;
  let nameEnd = 0;
  let value = '';
  const closeTag = () => {
    if (pending) found.push(pending);
    pending = null;
    inLinkTag = false;
  };
  const ignore = () => undefined;
  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      inLinkTag = linkElements.has(html.slice(start, end).toLowerCase());
      hrefSeen = false;
      pending = null;
    },
    onattribname(start, end) {
      readingHref =
        inLinkTag && !hrefSeen && end - start === 4 && html.slice(start, end).toLowerCase() === 'href';
      nameEnd = end;
      value = '';
    },
    onattribdata(start, end) {
      if (readingHref) value += html.slice(start, end);
    },
    onattribentity(codePoint) {
      if (readingHref) value += String.fromCodePoint(codePoint);
    },
    onattribend(quote, end) {
      if (!readingHref) return;
      readingHref = false;
      hrefSeen = true; // a browser keeps the first of repeated attributes
      if (quote === QuoteType.NoValue) return;
      // The value starts after the name, `=` and any spaces: a scan within the attribute, once.
      let start = nameEnd;
      while (start < end && html[start] !== '=') start++;
      start++;
      while (start < end && isSpace(html.charCodeAt(start))) start++;
      const url = trimUrl(value);
      if (/^https?:\/\//i.test(url)) pending = { url, start, end };
    },
    onopentagend: closeTag,
    onselfclosingtag: closeTag,
    onclosetag: ignore,
    oncdata: ignore,
    oncomment: ignore,
    ondeclaration: ignore,
    onend: ignore,
    onprocessinginstruction: ignore,
    ontext: ignore,
    ontextentity: ignore,
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return found;
}

const attributeEscapes: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

/**
 * Points every http(s) link of the HTML at `track(url)` (the target as the browser would read it), but
 * links for which `keep(url)` holds (the service's own, e.g. unsubscribe). Only the links' values change,
 * each written as a double-quoted attribute value; the rest of the markup stays as it was.
 */
export function trackLinks(
  html: string,
  track: (url: string) => string,
  keep: (url: string) => boolean,
): string {
  const parts: string[] = [];
  let from = 0;
  for (const link of hyperlinks(html)) {
    if (keep(link.url)) continue;
    const tracked = track(link.url).replace(/[&"'<>]/g, (char) => attributeEscapes[char]!);
    parts.push(html.slice(from, link.start), `"${tracked}"`);
    from = link.end;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/** Adds the open pixel at the end of the body. */
export function withOpenPixel(html: string, pixelUrl: string): string {
  const pixel = `<img src="${pixelUrl}" width="1" height="1" alt="" style="display:none">`;
  return /<\/body>/i.test(html) ? html.replace(/<\/body>/i, `${pixel}</body>`) : `${html}${pixel}`;
}
