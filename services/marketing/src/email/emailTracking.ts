import type { Actor } from '@crm/platform';
import type { DataSource } from 'typeorm';
import { changeConsent, consentIdOf } from '../consent/consent.commands';
import { tracked, unsubscribed, type Interaction } from './emailMessage.rules';
import { changeEmailMessage, messageFlow } from './emailMessageChange';

/** The actor of changes made through the links of a campaign email (no login: the signed token is the key). */
const linkActor = (messageId: string): Actor => ({ actorId: 'system:email-link', requestId: messageId });

/** An open or a click of a sent message: counts, the event, and the member forward (never back). */
async function recordInteraction(
  dataSource: DataSource,
  id: string,
  interaction: Interaction,
  now: Date,
): Promise<void> {
  const operation = interaction.kind === 'open' ? 'openEmail' : 'clickEmailLink';
  await messageFlow(dataSource, id, linkActor(id), (context) =>
    changeEmailMessage(context, { id, operation }, (message) => tracked(message, interaction, now), now),
  );
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
