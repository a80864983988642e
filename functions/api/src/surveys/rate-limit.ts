/**
 * Abuse limit of public survey submissions: an in-memory token bucket per client and campaign. The bucket key is
 * SHA-256(daily salt ‖ client address ‖ campaign id): the address is never stored or logged, and the salt is
 * random, held in memory only and replaced every day (UTC), so yesterday's keys cannot be linked to today's, and
 * nothing lets anyone recover an address from a key. The buckets are dropped with the salt.
 *
 * The limit is per process (per Lambda instance in AWS): it is a brake on one client hammering one instance, not
 * a global quota; several instances each allow the burst. The counter at a service desk (one tablet, one address)
 * and citizens behind one NAT share a bucket, hence a generous burst and refill.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';

export interface RateLimitOptions {
  /** Submissions a client may make at once. */
  capacity: number;
  /** Seconds to earn back one submission. */
  refillSeconds: number;
  /** Buckets kept at most; the oldest are forgotten first (a forgotten bucket is a full one). */
  maxBuckets: number;
}

export const SURVEY_RATE_LIMIT: RateLimitOptions = { capacity: 20, refillSeconds: 20, maxBuckets: 50_000 };

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private buckets = new Map<string, Bucket>();
  private salt = randomBytes(32);
  private day = '';

  constructor(private readonly options: RateLimitOptions) {}

  /** The bucket key of a client on a campaign, with today's salt. */
  private keyOf(client: string, scope: string, nowMs: number): string {
    const day = new Date(nowMs).toISOString().slice(0, 10);
    if (day !== this.day) {
      this.day = day;
      this.salt = randomBytes(32);
      this.buckets.clear();
    }
    return createHash('sha256')
      .update(this.salt)
      .update(client)
      .update('\u0000')
      .update(scope)
      .digest('base64url');
  }

  /** Takes one token; when none is left, says in how many seconds the next one comes. */
  take(
    client: string,
    scope: string,
    nowMs: number,
  ): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const { capacity, refillSeconds, maxBuckets } = this.options;
    const key = this.keyOf(client, scope, nowMs);
    const b = this.buckets.get(key) ?? { tokens: capacity, at: nowMs };
    const tokens = Math.min(capacity, b.tokens + Math.max(0, nowMs - b.at) / 1000 / refillSeconds);
    // Re-insert, so the Map's order is least recently used first.
    this.buckets.delete(key);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: nowMs });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) * refillSeconds)) };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: nowMs });
    while (this.buckets.size > maxBuckets) this.buckets.delete(this.buckets.keys().next().value!);
    return { ok: true };
  }
}

/** The process-wide limiter of survey submissions. */
export const surveySubmissionLimiter = new TokenBuckets(SURVEY_RATE_LIMIT);

type MaybeEnv = {
  event?: { requestContext?: { http?: { sourceIp?: string }; identity?: { sourceIp?: string } } };
  incoming?: { socket?: { remoteAddress?: string } };
};

/**
 * The client's network address as the platform saw it: API Gateway's source IP on Lambda, the socket's peer on the
 * local Node server. Client-supplied headers (X-Forwarded-For) are not trusted. Unknown → one shared bucket.
 */
export function clientAddress(c: Context): string {
  const env = (c.env ?? {}) as MaybeEnv;
  return (
    env.event?.requestContext?.http?.sourceIp ??
    env.event?.requestContext?.identity?.sourceIp ??
    env.incoming?.socket?.remoteAddress ??
    'unknown'
  );
}
