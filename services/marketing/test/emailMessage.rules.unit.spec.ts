// The email message rules, without a database: what sending, tracking (the first open and click only), a
// bounce and an unsubscribe set, which event they emit, and what they refuse.
import { ConflictError } from '@crm/platform';
import type { EmailMessageEntity } from '../src/email/emailMessage.entity';
import { refused, reportedBounce, sent, tracked, unsubscribed } from '../src/email/emailMessage.rules';

const now = new Date('2026-05-04T10:00:00.000Z');
const earlier = new Date('2026-05-01T10:00:00.000Z');

const row = {
  id: '00000000-0000-4000-8000-000000000001',
  tenantId: 't',
  version: 1,
  createdAt: earlier,
  updatedAt: earlier,
};

describe('email messages', () => {
  const message = (fields: Partial<EmailMessageEntity> = {}) =>
    ({
      ...row,
      status: 'SENT',
      openCount: 1,
      firstOpenedAt: earlier,
      clickCount: 0,
      firstClickedAt: null,
      unsubscribedAt: null,
      ...fields,
    }) as EmailMessageEntity;

  it('records a send or a refusal of a claimed message once, ending the claim', () => {
    expect(sent(message({ status: 'SENDING' }), now)).toMatchObject({
      set: { status: 'SENT', sentAt: now, leaseOwner: null },
      memberStatus: 'SENT',
    });
    expect(sent(message(), now)).toBeNull();
    expect(refused(message({ status: 'SENDING' }), '550 no such user', now)).toMatchObject({
      set: { status: 'BOUNCED', bounceReason: '550 no such user', leaseOwner: null },
      event: 'crm.marketing.email.bounced.v1',
    });
    expect(refused(message(), '550', now)).toBeNull();
  });

  it('bounces a reported message only once it was sent', () => {
    expect(reportedBounce(message(), 'Mailbox full', now).memberStatus).toBe('BOUNCED');
    expect(() => reportedBounce(message({ status: 'QUEUED' }), 'Mailbox full', now)).toThrow(ConflictError);
  });

  it('makes the first open and the first click of a sent message a change; a later one is none', () => {
    const unopened = message({ openCount: 0, firstOpenedAt: null });
    expect(tracked(unopened, { kind: 'open' }, now)).toEqual({
      set: { openCount: 1, firstOpenedAt: now, lastOpenedAt: now },
      event: 'crm.marketing.email.opened.v1',
      memberStatus: 'OPENED',
    });
    expect(tracked(message(), { kind: 'open' }, now)).toBeNull(); // opened already: only counted
    expect(tracked(message(), { kind: 'click', url: 'https://x.example' }, now)).toEqual({
      set: { clickCount: 1, firstClickedAt: now, lastClickedAt: now },
      event: 'crm.marketing.email.clicked.v1',
      data: { url: 'https://x.example' },
      memberStatus: 'CLICKED',
    });
    const clicked = message({ clickCount: 1, firstClickedAt: earlier });
    expect(tracked(clicked, { kind: 'click', url: 'https://y.example' }, now)).toBeNull();
    expect(tracked(message({ status: 'BOUNCED', firstOpenedAt: null }), { kind: 'open' }, now)).toBeNull();
  });

  it('unsubscribes once', () => {
    expect(unsubscribed(message(), now)?.set).toEqual({ unsubscribedAt: now });
    expect(unsubscribed(message({ unsubscribedAt: earlier }), now)).toBeNull();
  });
});
