import { createHmac } from 'node:crypto';
import type { SocialPostEntity } from './socialPost.entity';

/** Publishes a post to a network; throws when it could not, with the reason as the message. */
export interface SocialConnector {
  publish(post: SocialPostEntity): Promise<{ externalId: string | null }>;
}

export const signatureHeader = 'x-crm-signature';
export const timestampHeader = 'x-crm-timestamp';

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`: the receiver checks both, so a replay with another time fails. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * The built-in connector: POSTs the post as JSON to a webhook (e.g. an automation that posts to the
 * networks), signed with HMAC-SHA256 over the timestamp and the body. A 2xx answer publishes; its JSON
 * `id`, if any, is the network's id of the post.
 */
export class WebhookConnector implements SocialConnector {
  constructor(
    private readonly url: string,
    private readonly secret: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async publish(post: SocialPostEntity): Promise<{ externalId: string | null }> {
    const body = JSON.stringify({
      id: post.id,
      tenantId: post.tenantId,
      campaignId: post.campaignId,
      channel: post.channel,
      text: post.text,
      mediaUrl: post.mediaUrl,
      scheduledAt: post.scheduledAt?.toISOString() ?? null,
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [timestampHeader]: timestamp,
        [signatureHeader]: webhookSignature(this.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const answer = await response.text();
    if (!response.ok) throw new Error(`Webhook answered ${response.status}: ${answer.slice(0, 200)}`);
    try {
      const id = (JSON.parse(answer) as { id?: unknown }).id;
      return { externalId: id == null ? null : String(id) };
    } catch {
      return { externalId: null };
    }
  }
}
