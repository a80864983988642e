import { createHash, randomBytes } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { newId } from './clock';
import { NotFoundError } from './errors';
import { getItem, type Key, putNew, queryAll, tenantItem } from './items';
import { keys } from './keys';
import type { TenantDb } from './store';

/**
 * Per-tenant API keys of Open311 clients. The key itself is shown once, when it is created; only its SHA-256 hash is
 * stored, as the sort key of the item (`META` / `APIKEY#<hash>`), so checking a presented key is one GetItem in the
 * tenant's own partition: a key of another tenant is simply not there. A revoked key stays, for the record.
 */
export interface ApiKey {
  id: string;
  name: string;
  /** The last four characters of the key, to tell keys apart; the key itself is never stored. */
  hint: string;
  createdAt: string;
  /** The official who created it. */
  createdBy: string | null;
  lastUsedAt: string | null;
  revoked: boolean;
  revokedAt: string | null;
}

interface StoredApiKey extends ApiKey {
  hash: string;
}

/** Keys begin with this, so that a leaked key is recognisable (secret scanners, logs). */
export const API_KEY_PREFIX = 'p311_';

/** A key as presented is at most this long; anything longer is not ours and is not hashed. */
const MAX_KEY_LENGTH = 100;

const hashOf = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

const apiKeyKey = (db: TenantDb, hash: string): Key => ({
  PK: keys.meta(db.tenantId),
  SK: keys.apiKey(hash),
});

const publicPart = ({ hash: _, ...key }: StoredApiKey): ApiKey => key;

export const apiKeys = {
  /**
   * Creates a key: 32 random bytes, base64url, behind the prefix. Returns the key record and the key itself, which
   * the caller shows once and which cannot be read back.
   */
  async create(
    db: TenantDb,
    input: { name: string; createdBy: string | null },
    now: string,
  ): Promise<{ apiKey: ApiKey; secret: string }> {
    const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const hash = hashOf(secret);
    const stored: StoredApiKey = {
      id: newId(),
      name: input.name,
      hint: secret.slice(-4),
      createdAt: now,
      createdBy: input.createdBy,
      lastUsedAt: null,
      revoked: false,
      revokedAt: null,
      hash,
    };
    await putNew(db, tenantItem(db, apiKeyKey(db, hash), 'ApiKey', { ...stored }));
    return { apiKey: publicPart(stored), secret };
  },

  /** Every key of the tenant (a handful), newest first; never the hash. */
  async all(db: TenantDb): Promise<ApiKey[]> {
    const items = await queryAll<StoredApiKey>(db, { pk: keys.meta(db.tenantId), skPrefix: 'APIKEY#' });
    return items
      .map(publicPart)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  },

  /**
   * The active key matching a presented secret, or null (unknown in this tenant, revoked, or malformed). Records
   * the use (`lastUsedAt`).
   */
  async verify(db: TenantDb, secret: string, now: string): Promise<ApiKey | null> {
    if (!secret.startsWith(API_KEY_PREFIX) || secret.length > MAX_KEY_LENGTH) return null;
    const key = apiKeyKey(db, hashOf(secret));
    const stored = await getItem<StoredApiKey>(db, key, true);
    if (!stored || stored.revoked) return null;
    try {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: key,
          UpdateExpression: 'SET lastUsedAt = :now',
          ConditionExpression: 'attribute_exists(PK) AND revoked = :no',
          ExpressionAttributeValues: { ':now': now, ':no': false },
        }),
      );
    } catch (e) {
      // Revoked between the read and the write: the key no longer admits anyone.
      if (e instanceof ConditionalCheckFailedException) return null;
      throw e;
    }
    return { ...publicPart(stored), lastUsedAt: now };
  },

  /** Revokes a key by its id; revoking a revoked key changes nothing. NotFoundError when the tenant has no such key. */
  async revoke(db: TenantDb, id: string, now: string): Promise<ApiKey> {
    const items = await queryAll<StoredApiKey>(db, { pk: keys.meta(db.tenantId), skPrefix: 'APIKEY#' });
    const stored = items.find((k) => k.id === id);
    if (!stored) throw new NotFoundError('apiKey');
    if (stored.revoked) return publicPart(stored);
    const key = apiKeyKey(db, stored.hash);
    try {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: key,
          UpdateExpression: 'SET revoked = :yes, revokedAt = :now',
          ConditionExpression: 'attribute_exists(PK) AND revoked = :no',
          ExpressionAttributeValues: { ':yes': true, ':no': false, ':now': now },
        }),
      );
    } catch (e) {
      // Revoked concurrently: the first revocation stands.
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
      const current = await getItem<StoredApiKey>(db, key, true);
      if (!current) throw new NotFoundError('apiKey');
      return publicPart(current);
    }
    return publicPart({ ...stored, revoked: true, revokedAt: now });
  },
};
