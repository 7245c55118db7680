export interface RateLimit {
  /** What one key may take within `windowMs`: also the burst a fresh key may take at once. */
  limit: number;
  /** The window over which `limit` is refilled, evenly. */
  windowMs: number;
  /** The most keys held; beyond, the one used least recently is forgotten (and starts full again). */
  maxKeys: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets by key (a link, a client address), in the memory of one process: a check costs no I/O, so
 * a flood is turned away before it reaches the database. Bounded: at most `maxKeys` buckets, the least
 * recently used forgotten first (a Map keeps insertion order; a used key is moved to the end). Per process:
 * with n replicas a key may take up to n × `limit` (docs/decisions.md).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly rate: RateLimit) {
    if (!(rate.limit > 0 && rate.windowMs > 0 && rate.maxKeys > 0)) {
      throw new Error(`A rate limit needs a positive limit, window and key count: ${JSON.stringify(rate)}`);
    }
  }

  /** Takes one from `key`'s bucket: false, taking nothing, when it is empty. */
  take(key: string, now = Date.now()): boolean {
    const { limit, windowMs, maxKeys } = this.rate;
    const bucket = this.buckets.get(key);
    let tokens = limit;
    if (bucket) {
      tokens = Math.min(limit, bucket.tokens + (Math.max(0, now - bucket.at) * limit) / windowMs);
      this.buckets.delete(key);
    } else if (this.buckets.size >= maxKeys) {
      this.buckets.delete(this.buckets.keys().next().value!);
    }
    const allowed = tokens >= 1;
    this.buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: now });
    return allowed;
  }

  /** How many keys it holds now (at most `maxKeys`). */
  get size(): number {
    return this.buckets.size;
  }
}
