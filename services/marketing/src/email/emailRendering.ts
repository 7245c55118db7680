import Handlebars from 'handlebars';

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

const anchorHref = /(<a\b[^>]*?\bhref\s*=\s*)(["'])(https?:\/\/[^"']+)\2/gi;

/**
 * Points every http(s) link of the HTML at `track(url)` (the target as the browser would read it), but
 * links for which `keep(url)` holds (the service's own, e.g. unsubscribe).
 */
export function trackLinks(
  html: string,
  track: (url: string) => string,
  keep: (url: string) => boolean,
): string {
  return html.replace(anchorHref, (match, start: string, quote: string, href: string) => {
    const url = href.replace(/&amp;/g, '&');
    if (keep(url)) return match;
    return `${start}${quote}${track(url).replace(/&/g, '&amp;')}${quote}`;
  });
}

/** Adds the open pixel at the end of the body. */
export function withOpenPixel(html: string, pixelUrl: string): string {
  const pixel = `<img src="${pixelUrl}" width="1" height="1" alt="" style="display:none">`;
  return /<\/body>/i.test(html) ? html.replace(/<\/body>/i, `${pixel}</body>`) : `${html}${pixel}`;
}
