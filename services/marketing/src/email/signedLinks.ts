import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** What a link does; signed into its token, so that an open link cannot be used to unsubscribe. */
export type LinkPurpose = 'open' | 'click' | 'unsubscribe' | 'confirm';

/**
 * The claims of a link token: the email message (a random UUID) and for clicks the target, or for an
 * opt-in the consent and its pending request. Nothing personal: an address is never in a link.
 */
export interface LinkClaims {
  purpose: LinkPurpose;
  messageId?: string;
  url?: string;
  consentId?: string;
  requestId?: string;
  /** Seconds since the epoch after which the token is refused. */
  expiresAt?: number;
}

/**
 * Signs and checks the tokens of links that work without a login: `<payload>.<HMAC-SHA256>`, both
 * base64url. A changed payload or a token of another purpose is refused.
 */
export class LinkSigner {
  private readonly key: Buffer;

  constructor(secret: string) {
    // A key of its own, so that link tokens and JWTs never share one.
    this.key = Buffer.from(hkdfSync('sha256', secret, 'crm-marketing', 'signed email links', 32));
  }

  sign(claims: LinkClaims): string {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  verify(token: string, purpose: LinkPurpose, now = new Date()): LinkClaims | null {
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let claims: LinkClaims;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as LinkClaims;
    } catch {
      return null;
    }
    if (claims.purpose !== purpose) return null;
    if (claims.expiresAt !== undefined && claims.expiresAt * 1000 < now.getTime()) return null;
    return claims;
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

/** The URLs of one campaign message: open pixel, tracked links, unsubscribe. */
export class EmailLinks {
  constructor(
    private readonly publicUrl: string,
    private readonly signer: LinkSigner,
  ) {}

  openPixel(messageId: string): string {
    return `${this.publicUrl}/email/o/${this.signer.sign({ purpose: 'open', messageId })}`;
  }

  click(messageId: string, url: string): string {
    return `${this.publicUrl}/email/c/${this.signer.sign({ purpose: 'click', messageId, url })}`;
  }

  unsubscribe(messageId: string): string {
    return `${this.publicUrl}/email/u/${this.signer.sign({ purpose: 'unsubscribe', messageId })}`;
  }

  consentConfirmation(consentId: string, requestId: string, expiresAt: Date): string {
    const token = this.signer.sign({
      purpose: 'confirm',
      consentId,
      requestId,
      expiresAt: Math.floor(expiresAt.getTime() / 1000),
    });
    return `${this.publicUrl}/consent/confirm/${token}`;
  }
}
