// Signed link tokens and template rendering: pure logic, no I/O.
import {
  hyperlinks,
  renderEmail,
  templateSyntaxErrors,
  trackLinks,
  withOpenPixel,
} from '../src/email/emailRendering';
import { EmailLinks, LinkSigner } from '../src/email/signedLinks';

const signer = new LinkSigner('a-secret-of-enough-length-for-tests');
const messageId = '6f9619ff-8b86-4d01-b42d-00c04fc964ff';

describe('LinkSigner', () => {
  test('verifies its own tokens for their purpose only', () => {
    const token = signer.sign({ purpose: 'unsubscribe', messageId });
    expect(signer.verify(token, 'unsubscribe')).toEqual({ purpose: 'unsubscribe', messageId });
    expect(signer.verify(token, 'open')).toBeNull();
    expect(signer.verify(token, 'click')).toBeNull();
  });

  test('refuses altered claims, another key, junk and expired tokens', () => {
    const token = signer.sign({ purpose: 'click', messageId, url: 'https://shop.example/' });
    const [payload, mac] = token.split('.');
    const altered = Buffer.from(
      Buffer.from(payload!, 'base64url').toString().replace('shop.example', 'evil.example'),
    ).toString('base64url');
    expect(signer.verify(`${altered}.${mac}`, 'click')).toBeNull();
    expect(new LinkSigner('another-secret-of-enough-length').verify(token, 'click')).toBeNull();
    expect(signer.verify('junk', 'click')).toBeNull();
    expect(signer.verify(`${token}.extra`, 'click')).toBeNull();
    const expiresAt = Math.floor(Date.parse('2026-01-01T00:00:00Z') / 1000);
    const expiring = signer.sign({
      purpose: 'confirm',
      consentId: messageId,
      requestId: messageId,
      expiresAt,
    });
    expect(signer.verify(expiring, 'confirm', new Date('2025-12-31T23:59:59Z'))).not.toBeNull();
    expect(signer.verify(expiring, 'confirm', new Date('2026-01-01T00:00:01Z'))).toBeNull();
  });

  test('links carry the message id but nothing about the recipient', () => {
    const links = new EmailLinks('http://127.0.0.1:4004', signer);
    const pixel = links.openPixel(messageId);
    expect(pixel.startsWith('http://127.0.0.1:4004/email/o/')).toBe(true);
    const claims = JSON.parse(
      Buffer.from(pixel.split('/email/o/')[1]!.split('.')[0]!, 'base64url').toString(),
    );
    expect(claims).toEqual({ purpose: 'open', messageId });
  });
});

describe('email rendering', () => {
  const template = {
    subject: 'News for {{name}}',
    htmlBody:
      '<p>Hi {{name}}</p><a href="https://shop.example/a?x=1&amp;y=2">Shop</a> <a href="{{unsubscribeUrl}}">Stop</a>',
    textBody: 'Hi {{name}}',
  };

  test('escapes variables in HTML only', () => {
    const rendered = renderEmail(template, { name: 'Tom & <Jerry>', unsubscribeUrl: 'http://svc/u/t' });
    expect(rendered.subject).toBe('News for Tom & <Jerry>');
    expect(rendered.html).toContain('<p>Hi Tom &amp; &lt;Jerry&gt;</p>');
    expect(rendered.text).toBe('Hi Tom & <Jerry>');
  });

  test('tracks outside links, keeps the service’s own, and adds the pixel', () => {
    const { html } = renderEmail(template, { name: 'x', unsubscribeUrl: 'http://svc/u/t' });
    const tracked = trackLinks(
      html,
      (url) => `http://svc/c?to=${encodeURIComponent(url)}`,
      (url) => url.startsWith('http://svc/'),
    );
    expect(tracked).toContain(
      `href="http://svc/c?to=${encodeURIComponent('https://shop.example/a?x=1&y=2')}"`,
    );
    expect(tracked).toContain('href="http://svc/u/t"');
    expect(withOpenPixel('<body><p>x</p></body>', 'http://svc/o/t')).toBe(
      '<body><p>x</p><img src="http://svc/o/t" width="1" height="1" alt="" style="display:none"></body>',
    );
  });

  test('names the part whose syntax is wrong', () => {
    expect(templateSyntaxErrors({ subject: 'ok {{name}}', htmlBody: '{{#if}}' })).toEqual({
      'input.htmlBody': expect.stringMatching(/^Not a valid template: /),
    });
  });
});

describe('finding and tracking links with an HTML parser', () => {
  const track = (html: string) =>
    trackLinks(
      html,
      (url) => `http://svc/c/${encodeURIComponent(url)}`,
      (url) => url.startsWith('http://svc/'),
    );
  const urls = (html: string) => hyperlinks(html).map((link) => link.url);

  test('reads links as a browser does: any case, any quotes, entities decoded, spaces around dropped', () => {
    const html =
      '<A HREF="https://a.example/x?p=1&amp;q=2">A</A>' +
      "<a class=button href='https://b.example/'>B</a>" +
      '<a href=https://c.example/?k=v>C</a>' +
      '<a href = " https://d.example/ " >D</a>' +
      '<a href="&#104;ttps://e.example/">E</a>' +
      '<map><area shape=rect coords="0,0,1,1" href="https://f.example/"></map>';
    expect(urls(html)).toEqual([
      'https://a.example/x?p=1&q=2',
      'https://b.example/',
      'https://c.example/?k=v',
      'https://d.example/',
      'https://e.example/',
      'https://f.example/',
    ]);
    expect(track(html)).toBe(
      `<A HREF="http://svc/c/${encodeURIComponent('https://a.example/x?p=1&q=2')}">A</A>` +
        `<a class=button href="http://svc/c/${encodeURIComponent('https://b.example/')}">B</a>` +
        `<a href="http://svc/c/${encodeURIComponent('https://c.example/?k=v')}">C</a>` +
        `<a href = "http://svc/c/${encodeURIComponent('https://d.example/')}" >D</a>` +
        `<a href="http://svc/c/${encodeURIComponent('https://e.example/')}">E</a>` +
        `<map><area shape=rect coords="0,0,1,1" href="http://svc/c/${encodeURIComponent('https://f.example/')}"></map>`,
    );
  });

  test('leaves alone what only looks like a link', () => {
    const html =
      '<!-- <a href="https://in-a-comment.example/">x</a> -->' +
      '<style>a[href="https://in-style.example/"] { color: red }</style>' +
      '<script>document.write(\'<a href="https://in-script.example/">\')</script>' +
      '<title><a href="https://in-title.example/"></title>' +
      '<textarea><a href="https://in-textarea.example/"></textarea>' +
      '<a data-href="https://data.example/" title=\'say href="https://title.example/"\'>no href</a>' +
      '<link href="https://stylesheet.example/"><img src="https://image.example/">' +
      '<a href="mailto:ann@example.com">mail</a><a href="/relative">relative</a>' +
      '<a href="javascript:alert(1)">script</a><a href>empty</a>' +
      '<p>https://text.example/ in text</p>';
    expect(urls(html)).toEqual([]);
    expect(track(html)).toBe(html);
  });

  test('takes the first of repeated hrefs, keeps the service’s own links, and skips an unfinished tag', () => {
    expect(urls('<a href="mailto:x@example.com" href="https://second.example/">x</a>')).toEqual([]);
    expect(urls('<a href="https://first.example/" HREF="https://second.example/">x</a>')).toEqual([
      'https://first.example/',
    ]);
    const own = '<a href="http://svc/u/token">Unsubscribe</a>';
    expect(track(own)).toBe(own);
    expect(urls('<p>end</p><a href="https://never-closed.example/"')).toEqual([]);
  });

  test('finds links inside nested and misnested markup', () => {
    const html =
      '<table><tr><td><a href="https://outer.example/"><b><a href="https://inner.example/">in</a></b></a></td>' +
      '<td><p><a href="https://unclosed.example/">no end tags<div><a href=\'https://after.example/\'></table>' +
      '<svg><a href="https://svg.example/"/></svg>';
    expect(urls(html)).toEqual([
      'https://outer.example/',
      'https://inner.example/',
      'https://unclosed.example/',
      'https://after.example/',
      'https://svg.example/',
    ]);
    const tracked = track(html);
    expect(urls(tracked)).toEqual(urls(html).map((url) => `http://svc/c/${encodeURIComponent(url)}`));
    // Only the values changed: without them the markup is the same.
    const withoutHrefs = (text: string) => text.replace(/href=("[^"]*"|'[^']*')/g, 'href');
    expect(withoutHrefs(tracked)).toBe(withoutHrefs(html));
  });

  test('writes a tracked value so that it cannot end the attribute', () => {
    const tracked = trackLinks(
      '<a href="https://x.example/">x</a>',
      () => 'http://svc/c/a"b\'c<d>&e',
      () => false,
    );
    expect(tracked).toBe('<a href="http://svc/c/a&quot;b&#39;c&lt;d&gt;&amp;e">x</a>');
    expect(urls(tracked.replace('http://svc/c/', 'https://svc/c/'))).toEqual(['https://svc/c/a"b\'c<d>&e']);
  });

  test('passes a hostile template through unchanged: one tag with many attribute names, no link', () => {
    const hostile = '<a '.repeat(33_000);
    expect(hyperlinks(hostile)).toEqual([]);
    expect(track(hostile)).toBe(hostile);
    const hostileLinks = '<a href="https://x.example/">'.repeat(3_000);
    expect(hyperlinks(hostileLinks)).toHaveLength(3_000);
  });
});
