import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The single table, described once. The CDK stack and the local bootstrap both build the table from this, so the
 * keys and indexes in AWS and on DynamoDB Local cannot drift apart.
 */
export const TABLE = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** What kind of entity an item holds (Complaint, Unit, …). Not `type`: entities have fields called type. */
  entityAttribute: 'entity',
  /** Epoch seconds; DynamoDB's TTL removes the item after it (idempotency records, sessions). */
  ttlAttribute: 'expiresAt',
  indexes: {
    /** Secondary access patterns within a tenant (lists by parent, by status, by date). */
    GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK', projection: 'ALL' },
    /** Queues of one OPD unit (complaints dispatched to it, by deadline). */
    GSI2: { partitionKey: 'GSI2PK', sortKey: 'GSI2SK', projection: 'ALL' },
    /** Timelines by period (complaints by month of submission). */
    GSI3: { partitionKey: 'GSI3PK', sortKey: 'GSI3SK', projection: 'ALL' },
    /** Every item of a tenant, sharded, keys only: export and delete a tenant without a Scan. */
    ByTenant: { partitionKey: 'TPK', sortKey: undefined, projection: 'KEYS_ONLY' },
  },
} as const;

export type IndexName = keyof typeof TABLE.indexes;

/** Attribute names that hold a partition key (of the table or of an index): the tenant guard checks each. */
export const PARTITION_KEY_ATTRIBUTES: readonly string[] = [
  TABLE.partitionKey,
  ...Object.values(TABLE.indexes).map((i) => i.partitionKey),
];

export const partitionKeyOf = (indexName: string | undefined): string | undefined =>
  indexName === undefined
    ? TABLE.partitionKey
    : (TABLE.indexes as Record<string, { partitionKey: string }>)[indexName]?.partitionKey;

/** CreateTable input for DynamoDB Local (on-demand, like the CDK table). */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const attrs = new Set<string>([TABLE.partitionKey, TABLE.sortKey]);
  for (const idx of Object.values(TABLE.indexes)) {
    attrs.add(idx.partitionKey);
    if (idx.sortKey) attrs.add(idx.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attrs].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: Object.entries(TABLE.indexes).map(([IndexName, idx]) => ({
      IndexName,
      KeySchema: [
        { AttributeName: idx.partitionKey, KeyType: 'HASH' as const },
        ...(idx.sortKey ? [{ AttributeName: idx.sortKey, KeyType: 'RANGE' as const }] : []),
      ],
      Projection: { ProjectionType: idx.projection },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  };
}
