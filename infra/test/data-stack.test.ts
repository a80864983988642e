import { readFileSync } from 'node:fs';
import { createTableInput, TABLE } from '@prima/store';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { addPrima } from '../lib/prima';

/** The app as `cdk synth` builds it: cdk.json's context (feature flags) plus the stage. */
function synth(stage?: string) {
  const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
    context: Record<string, unknown>;
  };
  const app = new App({ context: { ...cdkJson.context, ...(stage ? { stage } : {}) } });
  const { data } = addPrima(app);
  return { stack: data, template: Template.fromStack(data) };
}

type Resource = {
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};

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
    ({ template } = synth());
    table = only(template, 'AWS::DynamoDB::Table').resource;
    ({ id: keyId, resource: key } = only(template, 'AWS::KMS::Key'));
  });

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

  it('exports the table name and ARN', () => {
    const tableId = only(template, 'AWS::DynamoDB::Table').id;
    template.hasOutput('TableName', { Value: { Ref: tableId } });
    template.hasOutput('TableArn', { Value: { 'Fn::GetAtt': [tableId, 'Arn'] } });
  });
});

describe('stages', () => {
  it('defaults to dev, environment-agnostic, without termination protection', () => {
    const { stack, template } = synth();
    expect(stack.stackName).toBe('prima-dev-data');
    expect(stack.environment).toBe('aws://unknown-account/unknown-region');
    expect(stack.terminationProtection).toBe(false);
    template.hasResourceProperties('AWS::DynamoDB::Table', { TableName: 'prima-dev' });
  });

  it('names the prod stage and protects its stack from termination', () => {
    const { stack, template } = synth('prod');
    expect(stack.stackName).toBe('prima-prod-data');
    expect(stack.terminationProtection).toBe(true);
    template.hasResourceProperties('AWS::DynamoDB::Table', { TableName: 'prima-prod' });
    template.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/prima-prod-table' });
  });

  it('rejects an unknown stage with the accepted values', () => {
    expect(() => synth('production')).toThrow(/dev\|staging\|prod/);
  });
});
