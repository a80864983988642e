import { PLATFORM_PREFIX, TABLE } from '@prima/store';
import { Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import {
  Effect,
  type IGrantable,
  type IRole,
  PolicyDocument,
  PolicyStatement,
  Role,
} from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeWildcardResource } from '../nag';

/**
 * The DynamoDB actions repository code uses: single items, batches, queries and condition checks.
 * TransactWriteItems and TransactGetItems are authorised per contained operation (Put/Update/Delete/
 * ConditionCheckItem, GetItem), so they need no action of their own. Scan and every PartiQL action are absent on
 * purpose: neither names a partition key, so `dynamodb:LeadingKeys` cannot confine them.
 */
export const ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;

/** Denied outright on the table in every data role, whatever else a future policy might allow. */
export const DENIED_ACTIONS = ['dynamodb:Scan', 'dynamodb:PartiQL*'] as const;

/** KMS use through DynamoDB for a table with a customer-managed key (what DynamoDB asks of the caller). */
export const TABLE_KEY_ACTIONS = [
  'kms:Decrypt',
  'kms:DescribeKey',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
] as const;

/** The session tag the token-vending machine sets, and the key prefix it confines a tenant session to. */
export const TENANT_TAG = 'tenantId';
export const TENANT_LEADING_KEY = `T#\${aws:PrincipalTag/${TENANT_TAG}}#*`;
/** Every tenant partition (platform code widens to named tenants with a session policy). */
export const ANY_TENANT_LEADING_KEY = 'T#*';
export const PLATFORM_LEADING_KEY = `${PLATFORM_PREFIX}*`;

/** The table and each of its indexes by name (no wildcard: a new index in TABLE appears here by itself). */
export function tableResources(table: ITable): string[] {
  return [table.tableArn, ...Object.keys(TABLE.indexes).map((name) => `${table.tableArn}/index/${name}`)];
}

/**
 * Item and query actions on the table and its indexes, only where every partition key the request touches
 * (`dynamodb:LeadingKeys`) matches one of `leadingKeys`. The Null check makes a request without partition keys
 * fail rather than pass `ForAllValues` vacuously.
 */
export function itemStatement(table: ITable, leadingKeys: readonly string[], sid: string): PolicyStatement {
  return new PolicyStatement({
    sid,
    effect: Effect.ALLOW,
    actions: [...ITEM_ACTIONS],
    resources: tableResources(table),
    conditions: {
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...leadingKeys] },
      Null: { 'dynamodb:LeadingKeys': 'false' },
    },
  });
}

export function denyUnconfinedStatement(table: ITable): PolicyStatement {
  return new PolicyStatement({
    sid: 'DenyScanAndPartiQL',
    effect: Effect.DENY,
    actions: [...DENIED_ACTIONS],
    resources: tableResources(table),
  });
}

export function tableKeyStatement(key: IKey): PolicyStatement {
  return new PolicyStatement({
    sid: 'TableKeyThroughDynamoDB',
    effect: Effect.ALLOW,
    actions: [...TABLE_KEY_ACTIONS],
    resources: [key.keyArn],
    conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${Stack.of(key).region}.amazonaws.com` } },
  });
}

export interface TenantIsolationProps {
  /** Names the roles: `prima-<stage>-tenant-access`, `prima-<stage>-platform-access`. */
  readonly namePrefix: string;
  readonly table: ITable;
  readonly tableKey: IKey;
  readonly attachments: IBucket;
  /** The role that may assume both roles: the API function's. */
  readonly caller: IRole;
}

/**
 * Tenant isolation in IAM, the token-vending-machine pattern (docs/adr/007-tenant-isolation-iam.md):
 *
 * - **tenant-access role**: assumed by the API per tenant with the session tag `tenantId`. Its policy allows the
 *   item and query actions only where `dynamodb:LeadingKeys` matches `T#${aws:PrincipalTag/tenantId}#*`, and the
 *   tenant's attachments only under `<tenantId>/` in the bucket. A session can reach one tenant, whatever the
 *   code asks for.
 * - **platform-access role**: the registry (`P#…`) plus any tenant, for the platform operator's routes and the
 *   slug lookup of the public pages. The API narrows every session with a session policy to the registry and the
 *   tenants the call names, so the role's reach over all tenants is never held by one session at once (except
 *   registry pages listing many tenants, where the policy would exceed the session-policy size).
 *
 * The API function's own role gets no data permission at all: only `sts:AssumeRole`/`sts:TagSession` on these.
 */
export class TenantIsolation extends Construct {
  readonly tenantRole: Role;
  readonly platformRole: Role;

  constructor(scope: Construct, id: string, props: TenantIsolationProps) {
    super(scope, id);
    const { table, tableKey, attachments, caller } = props;

    this.tenantRole = new Role(this, 'TenantAccess', {
      roleName: `${props.namePrefix}-tenant-access`,
      description: "Assumed by the Prima API per tenant (session tag tenantId): that tenant's items only",
      assumedBy: caller,
      inlinePolicies: {
        TenantData: new PolicyDocument({
          statements: [
            itemStatement(table, [TENANT_LEADING_KEY], 'TenantItemsOnly'),
            denyUnconfinedStatement(table),
            tableKeyStatement(tableKey),
            new PolicyStatement({
              sid: 'TenantAttachmentsOnly',
              actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
              resources: [attachments.arnForObjects(`\${aws:PrincipalTag/${TENANT_TAG}}/*`)],
            }),
          ],
        }),
      },
    });
    // Session tags: only `tenantId`, exactly 26 characters (a ULID), never containing a wildcard: the tag is
    // substituted into the LeadingKeys pattern, and a value such as `*` would otherwise open every tenant.
    this.tenantRole.assumeRolePolicy?.addStatements(
      new PolicyStatement({
        sid: 'TagSessionWithOneTenant',
        actions: ['sts:TagSession'],
        principals: [caller],
        conditions: {
          StringLike: { [`aws:RequestTag/${TENANT_TAG}`]: '?'.repeat(26) },
          StringNotLike: { [`aws:RequestTag/${TENANT_TAG}`]: [`*\${*}*`, `*\${?}*`] },
          'ForAllValues:StringEquals': { 'aws:TagKeys': [TENANT_TAG] },
        },
      }),
    );
    this.platformRole = new Role(this, 'PlatformAccess', {
      roleName: `${props.namePrefix}-platform-access`,
      description:
        'Assumed by the Prima API for platform operations; each session is narrowed by a session policy',
      assumedBy: caller,
      inlinePolicies: {
        PlatformData: new PolicyDocument({
          statements: [
            itemStatement(table, [PLATFORM_LEADING_KEY, ANY_TENANT_LEADING_KEY], 'RegistryAndTenantItems'),
            denyUnconfinedStatement(table),
            tableKeyStatement(tableKey),
            // Export and deletion of a tenant include its attachments (`<tenantId>/…`).
            new PolicyStatement({
              sid: 'TenantAttachmentsForExportAndDelete',
              actions: ['s3:GetObject', 's3:DeleteObject'],
              resources: [attachments.arnForObjects('*')],
            }),
            new PolicyStatement({
              sid: 'ListAttachments',
              actions: ['s3:ListBucket'],
              resources: [attachments.bucketArn],
            }),
          ],
        }),
      },
    });

    acknowledgeWildcardResource(
      this.tenantRole,
      attachments.arnForObjects(`\${aws:PrincipalTag/${TENANT_TAG}}/*`),
      "The wildcard is inside the tenant's own prefix: the policy variable confines a session to <tenantId>/.",
    );
    acknowledgeWildcardResource(
      this.platformRole,
      attachments.arnForObjects('*'),
      'Export and deletion of a tenant read and delete its attachments; each session is narrowed by a session ' +
        'policy to the named tenants (<tenantId>/*).',
    );

    const assume = new PolicyStatement({
      sid: 'AssumeDataRoles',
      actions: ['sts:AssumeRole', 'sts:TagSession'],
      resources: [this.tenantRole.roleArn, this.platformRole.roleArn],
    });
    (caller as IGrantable).grantPrincipal.addToPrincipalPolicy(assume);
  }
}
