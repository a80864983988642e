import { createTableInput, TABLE } from '@prima/store';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Resource, resources, synth } from './support';

/** The data stack of a stage, synthesized with the whole app as `cdk synth` builds it. */
function synthData(stage?: string) {
  const { stacks, template } = synth(stage ? { stage } : {});
  return { stack: stacks.data, template: template('data') };
}

function only(template: Template, type: string): { id: string; resource: Resource } {
  const found = Object.entries(template.findResources(type));
  expect(found, type).toHaveLength(1);
  const [id, resource] = found[0]!;
  return { id, resource: resource as Resource };
}

const byName = <T extends { IndexName?: string }>(list: T[]) =>
  [...list].sort((a, b) => String(a.IndexName).localeCompare(String(b.IndexName)));

describe('data stack', () => {
  let template: Template;
  let table: Resource;
  let keyId: string;
  let key: Resource;

  beforeAll(() => {
    ({ template } = synthData());
    table = only(template, 'AWS::DynamoDB::Table').resource;
    ({ id: keyId, resource: key } = only(template, 'AWS::KMS::Key'));
  }, 120_000);

  it('has the key schema of the store definition', () => {
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ]);
  });

  it('has every GSI of the store definition, with its keys and projection, and no other', () => {
    const expected = Object.entries(TABLE.indexes).map(([IndexName, idx]) => ({
      IndexName,
      KeySchema: [
        { AttributeName: idx.partitionKey, KeyType: 'HASH' },
        ...(idx.sortKey ? [{ AttributeName: idx.sortKey, KeyType: 'RANGE' }] : []),
      ],
      Projection: { ProjectionType: idx.projection },
    }));
    expect(byName(table.Properties.GlobalSecondaryIndexes as { IndexName: string }[])).toEqual(
      byName(expected),
    );
  });

  it('defines the same attributes, keys and indexes as the DynamoDB Local table', () => {
    const local = createTableInput('local');
    const sortAttrs = (a: unknown) =>
      [...(a as { AttributeName: string }[])].sort((x, y) => x.AttributeName.localeCompare(y.AttributeName));
    expect(sortAttrs(table.Properties.AttributeDefinitions)).toEqual(sortAttrs(local.AttributeDefinitions));
    expect(table.Properties.KeySchema).toEqual(local.KeySchema);
    expect(byName(table.Properties.GlobalSecondaryIndexes as { IndexName: string }[])).toEqual(
      byName(local.GlobalSecondaryIndexes ?? []),
    );
  });

  it('expires items by the TTL attribute', () => {
    expect(table.Properties.TimeToLiveSpecification).toEqual({
      AttributeName: TABLE.ttlAttribute,
      Enabled: true,
    });
  });

  it('bills on demand and streams new and old images', () => {
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.ProvisionedThroughput).toBeUndefined();
    expect(table.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
  });

  it('keeps point-in-time recovery on', () => {
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  it('is protected from deletion and retained by CloudFormation on delete and replace', () => {
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });

  it('is encrypted with its own customer-managed KMS key, rotated and retained', () => {
    expect(table.Properties.SSESpecification).toEqual({
      SSEEnabled: true,
      SSEType: 'KMS',
      KMSMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
    });
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.DeletionPolicy).toBe('Retain');
    expect(key.UpdateReplacePolicy).toBe('Retain');
    template.hasResourceProperties('AWS::KMS::Alias', {
      AliasName: 'alias/prima-dev-table',
      TargetKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
    });
  });

  it('keeps attachments in a private, encrypted, versioned bucket that is retained and logged', () => {
    const attachments = resources(template, 'AWS::S3::Bucket').find(([id]) => id.startsWith('Attachments'));
    expect(attachments).toBeDefined();
    const [, bucket] = attachments!;
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.Properties.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.Properties.LoggingConfiguration).toBeDefined();
    // Only presigned POSTs and GETs from the app's origins; no PUT, no DELETE from browsers.
    const cors = (bucket.Properties.CorsConfiguration as { CorsRules: { AllowedMethods: string[] }[] })
      .CorsRules;
    expect(cors.flatMap((r) => r.AllowedMethods).sort()).toEqual(['GET', 'HEAD', 'POST']);
  });

  it('refuses plain-HTTP access to every bucket', () => {
    for (const [, policy] of resources(template, 'AWS::S3::BucketPolicy')) {
      const statements = (policy.Properties.PolicyDocument as { Statement: Record<string, unknown>[] })
        .Statement;
      expect(statements).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    }
    expect(resources(template, 'AWS::S3::BucketPolicy')).toHaveLength(2);
  });

  it('exports the table name and ARN', () => {
    const tableId = only(template, 'AWS::DynamoDB::Table').id;
    template.hasOutput('TableName', { Value: { Ref: tableId } });
    template.hasOutput('TableArn', { Value: { 'Fn::GetAtt': [tableId, 'Arn'] } });
  });
});

describe('stages', () => {
  it('defaults to dev in the stage region, account left to the deploying credentials', () => {
    const { stack, template } = synthData();
    expect(stack.stackName).toBe('prima-dev-data');
    expect(stack.region).toBe('ap-southeast-3');
    expect(stack.environment).toMatch(/^aws:\/\/(unknown-account|\d{12})\/ap-southeast-3$/);
    expect(stack.terminationProtection).toBe(false);
    template.hasResourceProperties('AWS::DynamoDB::Table', { TableName: 'prima-dev' });
  });

  it('names the prod stage and protects its stack from termination', () => {
    const { stack, template } = synthData('prod');
    expect(stack.stackName).toBe('prima-prod-data');
    expect(stack.terminationProtection).toBe(true);
    template.hasResourceProperties('AWS::DynamoDB::Table', { TableName: 'prima-prod' });
    template.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/prima-prod-table' });
  });

  it('rejects an unknown stage with the accepted values', () => {
    expect(() => synthData('production')).toThrow(/dev\|staging\|prod/);
  });
});
