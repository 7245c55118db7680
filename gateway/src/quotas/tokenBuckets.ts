import { Pool } from 'pg';
import { databaseUrl, ensureDatabase, serviceDatabaseName } from '@crm/platform';

/** A bucket's size and how fast it fills again, in cost units (see the platform's queryEstimate). */
export interface BucketLimit {
  capacity: number;
  refillPerSecond: number;
}

/** A bucket's level at `at` (SQL): what it had, plus what it gained since, up to its capacity. */
const level = (capacity: string, refillPerSecond: string, at: string) =>
  `LEAST(${capacity}, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM (${at}::timestamptz - b.updated_at))) * ${refillPerSecond})`;

export type Charge = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Token buckets of request cost, kept in PostgreSQL so that every gateway replica draws from one budget
 * (docs/decisions.md, "Quotas"). A charge is one statement per bucket: the row is locked only while it runs,
 * so a tenant that floods waits on its own rows, never on another tenant's.
 */
export class TokenBuckets {
  private constructor(private readonly pool: Pool) {}

  static async open(adminUrl: string, prefix: string): Promise<TokenBuckets> {
    const database = serviceDatabaseName(prefix, 'gateway');
    await ensureDatabase(adminUrl, database);
    // A quota check must not hold a request long: a slow store answers within a second or is skipped.
    const pool = new Pool({
      connectionString: databaseUrl(adminUrl, database),
      max: 5,
      statement_timeout: 1_000,
    });
    await pool.query(
      `CREATE TABLE IF NOT EXISTS quota_bucket (
         key text PRIMARY KEY,
         tokens double precision NOT NULL,
         updated_at timestamptz NOT NULL
       )`,
    );
    return new TokenBuckets(pool);
  }

  /**
   * Takes `cost` from every bucket, or from none: a bucket that lacks it refuses, the ones charged before it
   * get theirs back, and the answer says when the emptiest would have enough.
   */
  async charge(
    buckets: { key: string; limit: BucketLimit }[],
    cost: number,
    at = new Date(),
  ): Promise<Charge> {
    const charged: { key: string; limit: BucketLimit }[] = [];
    for (const bucket of buckets) {
      const taken = await this.take(bucket.key, bucket.limit, cost, at);
      if (taken === null) {
        await Promise.all(charged.map((done) => this.giveBack(done.key, done.limit, cost)));
        return {
          allowed: false,
          retryAfterSeconds: await this.secondsUntil(bucket.key, bucket.limit, cost, at),
        };
      }
      charged.push(bucket);
    }
    return { allowed: true };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async take(key: string, limit: BucketLimit, cost: number, at: Date): Promise<number | null> {
    const { rows } = await this.pool.query<{ tokens: number }>(
      `INSERT INTO quota_bucket AS b (key, tokens, updated_at) VALUES ($1, $2::float8 - $4::float8, $5::timestamptz)
       ON CONFLICT (key) DO UPDATE
         SET tokens = ${level('$2::float8', '$3::float8', '$5')} - $4::float8, updated_at = GREATEST(b.updated_at, $5::timestamptz)
         WHERE ${level('$2::float8', '$3::float8', '$5')} >= $4::float8
       RETURNING tokens`,
      [key, limit.capacity, limit.refillPerSecond, cost, at],
    );
    return rows[0]?.tokens ?? null;
  }

  private async giveBack(key: string, limit: BucketLimit, cost: number): Promise<void> {
    await this.pool.query(
      'UPDATE quota_bucket SET tokens = LEAST($2::float8, tokens + $3::float8) WHERE key = $1',
      [key, limit.capacity, cost],
    );
  }

  private async secondsUntil(key: string, limit: BucketLimit, cost: number, at: Date): Promise<number> {
    const { rows } = await this.pool.query<{ level: number }>(
      `SELECT ${level('$2::float8', '$3::float8', '$4')} AS level FROM quota_bucket b WHERE key = $1`,
      [key, limit.capacity, limit.refillPerSecond, at],
    );
    const missing = cost - (rows[0]?.level ?? 0);
    return Math.max(1, Math.ceil(missing / limit.refillPerSecond));
  }
}
