import { TABLE } from '@prima/store';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  type GlobalSecondaryIndexProps,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface PrimaTableProps {
  /** Physical table name, e.g. `prima-prod`. A fixed name makes CloudFormation refuse a replacing change. */
  readonly tableName: string;
  /** KMS alias of the table key, e.g. `alias/prima-prod-table`. */
  readonly keyAlias: string;
}

/** Every key attribute of the table definition is a string. */
const str = (name: string) => ({ name, type: AttributeType.STRING });

/** The GSIs of the store's table definition, in CDK's shape: a new index in TABLE appears here unchanged. */
export function globalSecondaryIndexes(): GlobalSecondaryIndexProps[] {
  return Object.entries(TABLE.indexes).map(([indexName, index]) => ({
    indexName,
    partitionKey: str(index.partitionKey),
    ...(index.sortKey ? { sortKey: str(index.sortKey) } : {}),
    projectionType: ProjectionType[index.projection],
  }));
}

/**
 * The single table, built from `TABLE` in @prima/store (the same definition DynamoDB Local is created from):
 * keys, GSIs and projections, TTL attribute, a NEW_AND_OLD_IMAGES stream for the workers, on-demand billing.
 * Data protection: point-in-time recovery, deletion protection, retained on stack deletion or replacement, and
 * encrypted with a customer-managed KMS key (rotated yearly, retained as well: without it the backups are
 * unreadable).
 *
 * `Table` (AWS::DynamoDB::Table), not `TableV2` (AWS::DynamoDB::GlobalTable): a global table cannot render a
 * customer-managed key in an environment-agnostic stack, and a point-in-time restore yields a plain table.
 */
export class PrimaTable extends Construct {
  readonly table: Table;
  readonly key: Key;

  constructor(scope: Construct, id: string, props: PrimaTableProps) {
    super(scope, id);

    this.key = new Key(this, 'Key', {
      alias: props.keyAlias,
      description: `Encrypts the Prima table ${props.tableName} and its backups`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
      pendingWindow: Duration.days(30),
    });

    this.table = new Table(this, 'Table', {
      tableName: props.tableName,
      partitionKey: str(TABLE.partitionKey),
      sortKey: str(TABLE.sortKey),
      timeToLiveAttribute: TABLE.ttlAttribute,
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
    });
    for (const index of globalSecondaryIndexes()) this.table.addGlobalSecondaryIndex(index);
  }
}
