import type { Actor } from '@crm/platform';
import type { DataSource } from 'typeorm';
import { changeConsent, consentIdOf } from '../consent/consent.commands';
import { tracked, unsubscribed, type Interaction } from './emailMessage.rules';
import { changeEmailMessage, messageFlow } from './emailMessageChange';

/** The actor of changes made through the links of a campaign email (no login: the signed token is the key). */
const linkActor = (messageId: string): Actor => ({ actorId: 'system:email-link', requestId: messageId });

/**
 * A later open or click of a sent message: one statement that only counts it on the row (no lock, audit
 * record or event: the first one had them). False when there was no first one yet, or the message is not
 * a sent one.
 */
async function countedAgain(
  dataSource: DataSource,
  id: string,
  kind: Interaction['kind'],
  now: Date,
): Promise<boolean> {
  const [count, last, first] =
    kind === 'open'
      ? ['open_count', 'last_opened_at', 'first_opened_at']
      : ['click_count', 'last_clicked_at', 'first_clicked_at'];
  const [, counted] = (await dataSource.query(
    `UPDATE email_message SET ${count} = ${count} + 1, ${last} = greatest(${last}, $2)
      WHERE id = $1 AND status = 'SENT' AND ${first} IS NOT NULL`,
    [id, now],
  )) as [unknown, number];
  return counted > 0;
}

/**
 * An open or a click of a sent message. The first one is a change of the message (counted, the event, the
 * audit record) and moves its member on; every later one is only counted. Of two first ones at once, the
 * pipeline's row lock lets one be first; the other finds it done and counts.
 */
async function recordInteraction(
  dataSource: DataSource,
  id: string,
  interaction: Interaction,
  now: Date,
): Promise<void> {
  if (await countedAgain(dataSource, id, interaction.kind, now)) return;
  const operation = interaction.kind === 'open' ? 'openEmail' : 'clickEmailLink';
  const first = await messageFlow(dataSource, id, linkActor(id), (context) =>
    changeEmailMessage(context, { id, operation }, (message) => tracked(message, interaction, now), now),
  );
  if (!first) await countedAgain(dataSource, id, interaction.kind, now);
}

export function recordOpen(dataSource: DataSource, id: string, now = new Date()): Promise<void> {
  return recordInteraction(dataSource, id, { kind: 'open' }, now);
}

export function recordClick(
  dataSource: DataSource,
  id: string,
  url: string,
  now = new Date(),
): Promise<void> {
  return recordInteraction(dataSource, id, { kind: 'click', url }, now);
}

/**
 * The one-click unsubscribe of a message: the member is UNSUBSCRIBED and the address OPTED_OUT (so no
 * campaign mails it again), with events. A repeat changes nothing.
 */
export async function unsubscribe(dataSource: DataSource, id: string, now = new Date()): Promise<void> {
  await messageFlow(dataSource, id, linkActor(id), async (context) => {
    const operation = 'unsubscribe';
    const message = await changeEmailMessage(
      context,
      { id, operation },
      (row) => unsubscribed(row, now),
      now,
    );
    if (!message) return;
    await changeConsent(
      context,
      operation,
      await consentIdOf(context.db, message.recipient),
      {
        status: 'OPTED_OUT',
        source: 'UNSUBSCRIBE_LINK',
        proof: `Unsubscribe link of campaign email ${message.messageId}, used ${now.toISOString()}`,
      },
      now,
    );
  });
}
