// In-memory token buckets by key: a burst up to the limit, refilled evenly over the window, keys apart,
// and never more keys than the bound.
import { RateLimiter } from '../src/limits/rateLimiter';

const start = Date.parse('2026-05-04T10:00:00.000Z');

it('lets a key take its limit at once, then as much as the window refills', () => {
  const limiter = new RateLimiter({ limit: 3, windowMs: 60_000, maxKeys: 10 });
  expect([1, 2, 3, 4].map(() => limiter.take('link', start))).toEqual([true, true, true, false]);
  expect(limiter.take('link', start + 19_999)).toBe(false); // not yet a whole one back
  expect(limiter.take('link', start + 20_000)).toBe(true); // 60 s / 3
  expect(limiter.take('link', start + 20_001)).toBe(false);
  // A refused take takes nothing: after a long rest the bucket is full, not more.
  expect([1, 2, 3, 4].map(() => limiter.take('link', start + 3_600_000))).toEqual([true, true, true, false]);
});

it('keeps keys apart', () => {
  const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 10 });
  expect(limiter.take('a', start)).toBe(true);
  expect(limiter.take('a', start)).toBe(false);
  expect(limiter.take('b', start)).toBe(true);
});

it('holds at most maxKeys, forgetting the key used least recently', () => {
  const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 });
  limiter.take('a', start);
  limiter.take('b', start);
  expect(limiter.take('a', start)).toBe(false); // a is now the most recently used
  limiter.take('c', start); // forgets b
  expect(limiter.size).toBe(2);
  expect(limiter.take('a', start)).toBe(false);
  expect(limiter.take('b', start)).toBe(true); // forgotten: full again (and c is forgotten now)
  expect(limiter.take('c', start)).toBe(true);
});

it('refuses a limit that would let nothing through or never refill', () => {
  expect(() => new RateLimiter({ limit: 0, windowMs: 1, maxKeys: 1 })).toThrow(/positive/);
  expect(() => new RateLimiter({ limit: 1, windowMs: 0, maxKeys: 1 })).toThrow(/positive/);
});
