// Signed link tokens and template rendering: pure logic, no I/O.
import { renderEmail, templateSyntaxErrors, trackLinks, withOpenPixel } from '../src/email/emailRendering';
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
