import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import {
  backoffDelay,
  InterruptibleDelay,
  PeriodicTask,
  TenantDb,
  type Actor,
  type BackgroundTask,
  type Logger,
} from '@crm/platform';
import type { Transporter } from 'nodemailer';
import { In, type DataSource } from 'typeorm';
import type { MarketingConfig } from '../config';
import { renderEmail, trackLinks, withOpenPixel, type TemplateParts } from './emailRendering';
import { EmailMessageEntity } from './emailMessage.entity';
import { refused, sent } from './emailMessage.rules';
import { changeEmailMessage, messageFlow } from './emailMessageChange';
import { emailSends } from './emailSend.commands';
import { EmailSendEntity } from './emailSend.entity';
import { EmailTemplateEntity } from './emailTemplate.entity';
import { smtpResponseCode, smtpTransport } from './mailer';

export const emailSenderActor: Actor = { actorId: 'system:email-sender' };

export interface EmailSenderOptions {
  dataSource: DataSource;
  /** SMTP_URL, MAIL_FROM, the EMAIL_* settings and the links of the messages. */
  config: MarketingConfig;
  log: Logger;
  /** Messages claimed at once. */
  batchSize?: number;
  /** How long a claim holds before another sender may take the messages (a sender that died). */
  leaseMs?: number;
  /** A message handed to SMTP this long ago and never recorded is in doubt (its sender died meanwhile). */
  inDoubtAfterMs?: number;
  /** Temporary SMTP failures before a message counts as bounced. */
  maxAttempts?: number;
}

/**
 * Sends queued campaign messages in the background, safe with several replicas and across restarts:
 *
 * 1. claims a batch of QUEUED rows (FOR UPDATE SKIP LOCKED, then a lease in the row);
 * 2. per message, waits for its slot (messages per second) and moves it QUEUED → SENDING in one statement
 *    that also checks consent and membership again (a member who unsubscribed meanwhile is SKIPPED);
 * 3. hands it to SMTP with its fixed Message-ID; accepted messages are recorded SENT together once the
 *    claimed batch is through (a 5xx answer records BOUNCED; a temporary failure puts the message back in
 *    the queue with a backoff).
 *
 * Guarantee: a message is handed to SMTP at most once. Stopping finishes the messages in flight, records
 * them and gives the rest of the claim back. A crash leaves the accepted but unrecorded messages and those
 * in flight in SENDING; after `inDoubtAfterMs` they are recorded as SENT without being sent again. So no
 * one gets a message twice, and at most `concurrency` recipients per crash (those in flight) may miss one.
 * One gap: a connection lost after the message data went out but before the server's reply is retried as a
 * temporary failure, so that message may arrive twice (with the same Message-ID, by which some mail systems deduplicate).
 */
export class EmailSender implements BackgroundTask {
  readonly name = 'email-sender';
  private readonly worker = `${hostname()}/${process.pid}/${randomUUID()}`;
  private readonly pacing = new InterruptibleDelay();
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly inDoubtAfterMs: number;
  private readonly maxAttempts: number;
  private stopping = false;
  private nextSlotAt = 0;
  private transport?: Transporter;
  private task?: PeriodicTask;
  private templates = new Map<string, Promise<TemplateParts | null>>();
  /** Messages the SMTP server accepted, not yet recorded as SENT. */
  private readonly accepted: { id: string; at: Date }[] = [];
  /** The batch being recorded while the lanes go on sending, if any. */
  private recording?: Promise<void>;

  constructor(private readonly options: EmailSenderOptions) {
    this.batchSize = options.batchSize ?? 50;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.inDoubtAfterMs = options.inDoubtAfterMs ?? 5 * 60_000;
    this.maxAttempts = options.maxAttempts ?? 5;
  }

  start(): void {
    this.stopping = false;
    this.task = new PeriodicTask({
      name: this.name,
      intervalMs: this.options.config.EMAIL_SEND_INTERVAL_MS,
      run: () => this.round(),
      log: this.options.log,
    });
    this.task.start();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.pacing.interrupt();
    await this.task?.stop();
    await this.recording;
    await this.recordAccepted(); // what a failed round left
    this.transport?.close();
    this.transport = undefined;
  }

  /** One round: in-doubt rows, then batches until the queue is empty (or stop), then finished sends. */
  async round(): Promise<number> {
    this.transport ??= smtpTransport(this.options.config.SMTP_URL, true);
    this.templates = new Map();
    await this.resolveInDoubt();
    let handled = 0;
    while (!this.stopping) {
      const claimed = await this.claim();
      if (claimed.length === 0) break;
      const lane = async () => {
        for (let message = claimed.shift(); message && !this.stopping; message = claimed.shift()) {
          await this.deliver(message);
          handled += 1;
        }
      };
      await Promise.all(Array.from({ length: this.options.config.EMAIL_SEND_CONCURRENCY }, lane));
      await this.recording;
      await this.recordAccepted();
      // What stopping left of the claim goes back at once, not when the lease runs out.
      await this.options.dataSource.query(
        `UPDATE email_message SET lease_owner = NULL, lease_until = NULL
         WHERE lease_owner = $1 AND status = 'QUEUED'`,
        [this.worker],
      );
    }
    await this.completeSends();
    return handled;
  }

  private claim(): Promise<EmailMessageEntity[]> {
    return this.options.dataSource.transaction(async (manager) => {
      const rows = await manager
        .createQueryBuilder(EmailMessageEntity, 'm')
        .where(`m.status = 'QUEUED'`)
        .andWhere('(m.leaseUntil IS NULL OR m.leaseUntil < now())')
        .orderBy('m.createdAt')
        .addOrderBy('m.id')
        .limit(this.claimSize())
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length > 0) {
        await manager.query(
          `UPDATE email_message SET lease_owner = $1, lease_until = now() + $2 * interval '1 millisecond'
           WHERE id = ANY($3)`,
          [this.worker, this.leaseMs, rows.map((row) => row.id)],
        );
      }
      return rows;
    });
  }

  /** No more than the rate lets go out in half a lease, so that a slow send never outlives its claim. */
  private claimSize(): number {
    const sendable = (this.options.config.EMAIL_RATE_PER_SECOND * this.leaseMs) / 2000;
    return Math.max(1, Math.min(this.batchSize, Math.floor(sendable)));
  }

  /** Waits for the next free slot of the rate limit (shared by the lanes). */
  private async waitForSlot(): Promise<void> {
    const spacingMs = 1000 / this.options.config.EMAIL_RATE_PER_SECOND;
    const now = Date.now();
    const slot = Math.max(now, this.nextSlotAt);
    this.nextSlotAt = slot + spacingMs;
    if (slot > now) await this.pacing.wait(slot - now);
  }

  private async deliver(message: EmailMessageEntity): Promise<void> {
    await this.waitForSlot();
    if (this.stopping) return;
    const [marked] = (await this.options.dataSource.query(
      `UPDATE email_message m SET status = 'SENDING', sending_at = now()
       WHERE m.id = $1 AND m.status = 'QUEUED' AND m.lease_owner = $2
         AND EXISTS (SELECT 1 FROM consent c
                     WHERE c.tenant_id = m.tenant_id AND c.email = m.recipient AND c.status = 'OPTED_IN')
         AND NOT EXISTS (SELECT 1 FROM campaign_member cm
                         WHERE cm.tenant_id = m.tenant_id AND cm.id = m.member_id
                           AND cm.status IN ('UNSUBSCRIBED', 'BOUNCED'))
       RETURNING m.id`,
      [message.id, this.worker],
    )) as [unknown[], number];
    if (marked.length === 0) {
      await this.skip(
        message.id,
        'No consent any more, or the member unsubscribed or bounced, when its turn came',
      );
      return;
    }
    const template = await this.template(message.templateId);
    if (!template) {
      await this.skip(message.id, 'The template was deleted', 'SENDING');
      return;
    }
    try {
      await this.transport!.sendMail(this.compose(message, template));
    } catch (error) {
      await this.failed(message, error as Error);
      return;
    }
    // Recorded in batches beside the lanes: SENDING already keeps it from ever being sent again.
    this.accepted.push({ id: message.id, at: new Date() });
    if (this.accepted.length >= 20)
      this.recording ??= this.recordAccepted().finally(() => (this.recording = undefined));
  }

  private compose(message: EmailMessageEntity, template: TemplateParts) {
    const { links, MARKETING_PUBLIC_URL, MAIL_FROM } = this.options.config;
    const unsubscribeUrl = links.unsubscribe(message.id);
    const rendered = renderEmail(template, { ...message.variables, unsubscribeUrl });
    let html = trackLinks(
      rendered.html,
      (url) => links.click(message.id, url),
      (url) => url.startsWith(MARKETING_PUBLIC_URL),
    );
    if (!html.includes(unsubscribeUrl)) html += `<p><a href="${unsubscribeUrl}">Unsubscribe</a></p>`;
    html = withOpenPixel(html, links.openPixel(message.id));
    const text = rendered.text ?? '';
    return {
      from: MAIL_FROM,
      to: message.recipient,
      subject: rendered.subject,
      html,
      text: text.includes(unsubscribeUrl) ? text : `${text}\n\nUnsubscribe: ${unsubscribeUrl}\n`.trimStart(),
      messageId: message.messageId,
      headers: {
        'List-Unsubscribe': `<${unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }

  private template(id: string): Promise<TemplateParts | null> {
    let template = this.templates.get(id);
    if (!template) {
      template = this.options.dataSource.manager.findOne(EmailTemplateEntity, { where: { id } });
      this.templates.set(id, template);
    }
    return template;
  }

  private async skip(id: string, reason: string, from: 'QUEUED' | 'SENDING' = 'QUEUED'): Promise<void> {
    await this.options.dataSource.query(
      `UPDATE email_message SET status = 'SKIPPED', skip_reason = $3, lease_owner = NULL, lease_until = NULL
       WHERE id = $1 AND status = $4 AND lease_owner = $2`,
      [id, this.worker, reason, from],
    );
  }

  /** A 5xx answer bounces the message; anything else is retried later, up to `maxAttempts`. */
  private async failed(message: EmailMessageEntity, error: Error): Promise<void> {
    const code = smtpResponseCode(error);
    const attempts = message.attempts + 1;
    if ((code !== null && code >= 500) || attempts >= this.maxAttempts) {
      const reason =
        code !== null && code >= 500 ? error.message : `Gave up after ${attempts} attempts: ${error.message}`;
      await this.recordBounce(message.id, reason, new Date());
      return;
    }
    this.options.log.warn(
      { err: error, messageId: message.id, attempts },
      'SMTP send failed; retrying later',
    );
    await this.options.dataSource.query(
      `UPDATE email_message SET status = 'QUEUED', attempts = $2, sending_at = NULL, lease_owner = NULL,
         lease_until = now() + $3 * interval '1 millisecond'
       WHERE id = $1 AND status = 'SENDING'`,
      [message.id, attempts, backoffDelay(attempts, 5_000, 300_000)],
    );
  }

  /**
   * Records the messages the SMTP server accepted as SENT, many per transaction (one commit for the lot);
   * a batch that fails (e.g. a deadlock on a shared member) is recorded one by one.
   */
  private async recordAccepted(): Promise<void> {
    while (this.accepted.length > 0) {
      const batch = this.accepted.splice(0, 100);
      try {
        await this.recordSent(batch);
      } catch (error) {
        this.options.log.warn({ err: error }, 'recording sent emails failed; recording them one by one');
        for (const one of batch) await this.recordSent([one]);
      }
    }
  }

  private recordSent(accepted: { id: string; at: Date }[]): Promise<void> {
    const acceptedAt = new Map(accepted.map(({ id, at }) => [id, at]));
    return this.options.dataSource.transaction(async (manager) => {
      // The batch locked at once, in id order (the changes below lock each message again: theirs already).
      const messages = await manager.find(EmailMessageEntity, {
        where: { id: In([...acceptedAt.keys()]) },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      for (const { id, tenantId } of messages) {
        const at = acceptedAt.get(id)!;
        await changeEmailMessage(
          { db: new TenantDb(manager, tenantId), actor: emailSenderActor },
          { id, operation: 'sendEmail' },
          (message) => sent(message, at),
          at,
        );
      }
    });
  }

  /** A 5xx answer (or the last attempt) for a message in SENDING; nothing if it is recorded already. */
  private async recordBounce(id: string, reason: string, now: Date): Promise<void> {
    await messageFlow(this.options.dataSource, id, emailSenderActor, (context) =>
      changeEmailMessage(
        context,
        { id, operation: 'sendEmail' },
        (message) => refused(message, reason, now),
        now,
      ),
    );
  }

  /** Rows left in SENDING by a sender that died after handing them to SMTP: recorded as SENT, never resent. */
  private async resolveInDoubt(): Promise<void> {
    const rows: { id: string }[] = await this.options.dataSource.query(
      `SELECT id FROM email_message
       WHERE status = 'SENDING' AND sending_at < now() - $1 * interval '1 millisecond' LIMIT 500`,
      [this.inDoubtAfterMs],
    );
    for (const { id } of rows) {
      this.options.log.warn(
        { messageId: id },
        'email in doubt (sender stopped after SMTP): recorded as sent',
      );
      await this.recordSent([{ id, at: new Date() }]);
    }
  }

  /** Sends with nothing left to send become COMPLETED (once: the row is locked and re-checked). */
  private async completeSends(): Promise<void> {
    await this.options.dataSource.transaction(async (manager) => {
      const sends = await manager
        .createQueryBuilder(EmailSendEntity, 's')
        .where(`s.status = 'RUNNING'`)
        .andWhere(
          `NOT EXISTS (SELECT 1 FROM email_message m
            WHERE m.send_id = s.id AND m.status IN ('QUEUED', 'SENDING'))`,
        )
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const send of sends) {
        await emailSends.change(
          { db: new TenantDb(manager, send.tenantId), actor: emailSenderActor },
          { id: send.id, operation: 'completeEmailSend' },
          () => ({
            set: { status: 'COMPLETED', completedAt: new Date() },
            event: 'crm.marketing.email_send.completed.v1',
          }),
        );
      }
    });
  }
}
