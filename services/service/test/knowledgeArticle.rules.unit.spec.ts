// The knowledge article rules as pure decisions (no database): what publishing and withdrawing change.
import { publication } from '../src/knowledge/knowledgeArticle.rules';

const now = new Date('2026-03-10T12:00:00.000Z');

describe('publication', () => {
  it('publishes with the time, withdraws keeping it, and refuses either twice', () => {
    expect(publication({ id: 'a-1', published: false }, true, now)).toEqual({
      set: { published: true, publishedAt: now },
      event: 'crm.service.article.published.v1',
    });
    expect(publication({ id: 'a-1', published: true }, false, now)).toEqual({
      set: { published: false },
      event: 'crm.service.article.unpublished.v1',
    });
    expect(() => publication({ id: 'a-1', published: true }, true, now)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: 'Article a-1 is published already' }),
    );
  });
});
