import { TABLE } from '@prima/store';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ITEM_ACTIONS } from '../lib/constructs/tenant-isolation';
import { actionsOf, covers, resources, roleNamed, roleStatements, type Statement, synth } from './support';

/** Actions that would reach table data without naming a partition key, or any data at all. */
const UNCONFINED = [
  'dynamodb:Scan',
  'dynamodb:PartiQLSelect',
  'dynamodb:PartiQLInsert',
  'dynamodb:PartiQLUpdate',
  'dynamodb:PartiQLDelete',
  'dynamodb:ExecuteStatement',
  'dynamodb:BatchExecuteStatement',
  'dynamodb:ExecuteTransaction',
];
const DATA_ACTIONS = [
  ...ITEM_ACTIONS,
  ...UNCONFINED,
  'dynamodb:DescribeTable',
  'dynamodb:ExportTableToPointInTime',
];

const allows = (statements: Statement[], action: string) =>
  statements.filter((s) => s.Effect === 'Allow' && actionsOf(s).some((a) => covers(a, action)));

const tableJoin = (resource: unknown) => JSON.stringify(resource);

describe('tenant isolation in IAM (token-vending machine)', () => {
  let api: Template;
  let workers: Template;
  let tenantRole: Statement[];
  let platformRole: Statement[];
  let apiRole: Statement[];
  let tenantTrust: Statement[];
  let platformTrust: Statement[];
  let apiRoleId: string;

  beforeAll(() => {
    const s = synth();
    api = s.template('api');
    workers = s.template('workers');
    apiRoleId = roleNamed(api, 'prima-dev-api');
    const tenantId = roleNamed(api, 'prima-dev-tenant-access');
    const platformId = roleNamed(api, 'prima-dev-platform-access');
    tenantRole = roleStatements(api, tenantId);
    platformRole = roleStatements(api, platformId);
    apiRole = roleStatements(api, apiRoleId);
    const trust = (id: string) =>
      (
        (api.findResources('AWS::IAM::Role')[id] as { Properties: { AssumeRolePolicyDocument: unknown } })
          .Properties.AssumeRolePolicyDocument as { Statement: Statement[] }
      ).Statement;
    tenantTrust = trust(tenantId);
    platformTrust = trust(platformId);
  }, 120_000);

  describe('the API function’s own role', () => {
    it('cannot touch table data at all', () => {
      for (const action of DATA_ACTIONS) expect(allows(apiRole, action), action).toEqual([]);
      expect(apiRole.flatMap(actionsOf).filter((a) => a.startsWith('dynamodb:'))).toEqual([]);
    });

    it('cannot touch attachments or the table key', () => {
      for (const action of [
        's3:GetObject',
        's3:PutObject',
        's3:DeleteObject',
        's3:ListBucket',
        'kms:Decrypt',
      ]) {
        expect(allows(apiRole, action), action).toEqual([]);
      }
    });

    it('may only assume the two data roles, tagging the session', () => {
      const sts = apiRole.filter((s) => actionsOf(s).some((a) => a.startsWith('sts:')));
      expect(sts).toHaveLength(1);
      expect([...actionsOf(sts[0]!)].sort()).toEqual(['sts:AssumeRole', 'sts:TagSession']);
      expect(JSON.stringify(sts[0]!.Resource)).toMatch(/IsolationTenantAccess/);
      expect(JSON.stringify(sts[0]!.Resource)).toMatch(/IsolationPlatformAccess/);
      expect(JSON.stringify(sts[0]!.Resource)).not.toContain('*');
    });
  });

  describe('the tenant-access role', () => {
    it('allows the item and query actions only under the session’s own tenant prefix', () => {
      const items = tenantRole.filter(
        (s) => s.Effect === 'Allow' && actionsOf(s).some((a) => a.startsWith('dynamodb:')),
      );
      expect(items).toHaveLength(1);
      const [statement] = items;
      expect([...actionsOf(statement!)].sort()).toEqual([...ITEM_ACTIONS].sort());
      expect(statement!.Condition).toEqual({
        'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`T#\${aws:PrincipalTag/tenantId}#*`] },
        Null: { 'dynamodb:LeadingKeys': 'false' },
      });
    });

    it('names the table and each of its indexes, and nothing else', () => {
      const [statement] = tenantRole.filter((s) => s.Sid === 'TenantItemsOnly');
      const list = statement!.Resource as unknown[];
      expect(list).toHaveLength(1 + Object.keys(TABLE.indexes).length);
      for (const index of Object.keys(TABLE.indexes)) {
        expect(
          list.some((r) => tableJoin(r).includes(`/index/${index}`)),
          index,
        ).toBe(true);
      }
      expect(list.map(tableJoin).join()).toContain('prima-dev-data');
    });

    it('allows no Scan and no PartiQL, and denies them explicitly', () => {
      for (const action of UNCONFINED) expect(allows(tenantRole, action), action).toEqual([]);
      expect(tenantRole.flatMap(actionsOf).filter((a) => /^dynamodb:\*|^\*$/.test(a))).toEqual([]);
      const deny = tenantRole.find((s) => s.Effect === 'Deny');
      expect([...actionsOf(deny!)].sort()).toEqual(['dynamodb:PartiQL*', 'dynamodb:Scan']);
    });

    it('reaches only the tenant’s own attachments prefix', () => {
      const s3 = tenantRole.filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')));
      expect(s3).toHaveLength(1);
      expect([...actionsOf(s3[0]!)].sort()).toEqual(['s3:DeleteObject', 's3:GetObject', 's3:PutObject']);
      expect(tableJoin(s3[0]!.Resource)).toContain(`/\${aws:PrincipalTag/tenantId}/*`);
      expect(tableJoin(s3[0]!.Resource)).toContain('prima-dev-attachments-');
    });

    it('uses the table key only through DynamoDB', () => {
      const kms = tenantRole.find((s) => actionsOf(s).some((a) => a.startsWith('kms:')));
      expect(kms!.Condition).toEqual({
        StringEquals: { 'kms:ViaService': 'dynamodb.ap-southeast-3.amazonaws.com' },
      });
    });

    it('trusts only the API role, which must tag the session with one tenant id and nothing else', () => {
      for (const s of tenantTrust) expect(s.Principal).toEqual({ AWS: { 'Fn::GetAtt': [apiRoleId, 'Arn'] } });
      const assume = tenantTrust.find((s) => actionsOf(s).includes('sts:AssumeRole'));
      expect(assume).toBeDefined();
      const tag = tenantTrust.find((s) => actionsOf(s).includes('sts:TagSession'));
      expect(tag!.Condition).toEqual({
        StringLike: { 'aws:RequestTag/tenantId': '?'.repeat(26) },
        StringNotLike: { 'aws:RequestTag/tenantId': [`*\${*}*`, `*\${?}*`] },
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['tenantId'] },
      });
    });
  });

  describe('the platform-access role', () => {
    it('reaches the registry (P#) and tenant partitions, never by Scan or PartiQL', () => {
      const [items] = platformRole.filter((s) => s.Sid === 'RegistryAndTenantItems');
      expect(items!.Condition).toEqual({
        'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['P#*', 'T#*'] },
        Null: { 'dynamodb:LeadingKeys': 'false' },
      });
      for (const action of UNCONFINED) expect(allows(platformRole, action), action).toEqual([]);
      expect(platformRole.some((s) => s.Effect === 'Deny' && actionsOf(s).includes('dynamodb:Scan'))).toBe(
        true,
      );
    });

    it('trusts only the API role, without session tags', () => {
      expect(platformTrust).toHaveLength(1);
      expect(platformTrust[0]).toMatchObject({
        Action: 'sts:AssumeRole',
        Principal: { AWS: { 'Fn::GetAtt': [apiRoleId, 'Arn'] } },
      });
    });
  });

  describe('the workers’ roles', () => {
    it('reach the registry and tenant partitions by key only: no Scan, no PartiQL', () => {
      for (const name of ['prima-dev-sla-sweeper', 'prima-dev-notification-sender']) {
        const statements = roleStatements(workers, roleNamed(workers, name));
        const items = statements.find((s) => s.Sid === 'RegistryAndTenantItems');
        expect(items!.Condition, name).toMatchObject({
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['P#*', 'T#*'] },
        });
        for (const action of UNCONFINED) expect(allows(statements, action), `${name} ${action}`).toEqual([]);
      }
    });
  });

  it('no role anywhere in the stage allows Scan or PartiQL on the table', () => {
    const s = synth({ stage: 'staging' });
    for (const concern of ['data', 'auth', 'edge', 'api', 'workers', 'ops'] as const) {
      const template = s.template(concern);
      for (const [id] of resources(template, 'AWS::IAM::Role')) {
        const statements = roleStatements(template, id);
        for (const action of UNCONFINED) {
          expect(allows(statements, action), `${concern} ${id} ${action}`).toEqual([]);
        }
      }
    }
  }, 120_000);
});
