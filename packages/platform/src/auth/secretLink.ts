import { createHash, randomBytes } from 'node:crypto';

/**
 * A secret link (e.g. a survey link sent to a customer) is the only credential of a public operation.
 * Only its hash is stored: a leaked database gives no working link.
 */
export interface SecretLinkToken {
  /** 32 random bytes, base64url: goes into the link, never into the database or an event. */
  token: string;
  /** What the database keeps and looks the token up by. */
  hash: string;
}

export function newSecretLinkToken(): SecretLinkToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretLinkToken(token) };
}

/** SHA-256, hex: the token has 256 random bits, so no salt or slow hash is needed. */
export function hashSecretLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
