// The consent rules, without a database: what a consent change sets, which event it emits, and what it
// refuses.
import type { ConsentEntity } from '../src/consent/consent.entity';
import { confirmationRequest, consentChange } from '../src/consent/consent.rules';

const now = new Date('2026-05-04T10:00:00.000Z');
const earlier = new Date('2026-05-01T10:00:00.000Z');

const row = {
  id: '00000000-0000-4000-8000-000000000001',
  tenantId: 't',
  version: 1,
  createdAt: earlier,
  updatedAt: earlier,
};

describe('consent', () => {
  const consent = (fields: Partial<ConsentEntity> = {}) =>
    ({
      ...row,
      email: 'ann@example.com',
      status: 'UNKNOWN',
      source: null,
      proof: null,
      changedAt: null,
      confirmationRequestId: 'r1',
      confirmationRequestedAt: earlier,
      ...fields,
    }) as ConsentEntity;
  const optIn = { status: 'OPTED_IN', source: 'MANUAL', proof: 'Form' } as const;

  it('applies a decision, superseding a pending opt-in link; the same decision again is none', () => {
    expect(consentChange(consent(), optIn, now)).toEqual({
      set: { ...optIn, changedAt: now, confirmationRequestId: null, confirmationRequestedAt: null },
      event: 'crm.marketing.consent.changed.v1',
      data: { previousStatus: 'UNKNOWN' },
    });
    expect(consentChange(consent(optIn), optIn, now)).toBeNull();
  });

  it('requests a confirmation unless the address opted in, naming the field the image does not show', () => {
    expect(confirmationRequest(consent(), 'r2', now)).toMatchObject({
      set: { confirmationRequestId: 'r2', confirmationRequestedAt: now },
      data: { changedFields: ['confirmationRequestedAt'] },
      evenIfUnchanged: true,
    });
    expect(confirmationRequest(consent({ status: 'OPTED_IN' }), 'r2', now)).toBeNull();
  });
});
