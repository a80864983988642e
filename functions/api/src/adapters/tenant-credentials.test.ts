import { AssumeRoleCommand, type AssumeRoleCommandInput, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createIsolatedStore,
  createTenantCredentials,
  platformSessionPolicy,
  type TenantCredentialsConfig,
} from './tenant-credentials';

const TENANT_A = '01JAAAAAAAAAAAAAAAAAAAAAAA';
const TENANT_B = '01JBBBBBBBBBBBBBBBBBBBBBBB';
const ACCOUNT = '123456789012';
const ARNS = {
  tenantRoleArn: `arn:aws:iam::${ACCOUNT}:role/prima-prod-tenant-access`,
  platformRoleArn: `arn:aws:iam::${ACCOUNT}:role/prima-prod-platform-access`,
  tableArn: `arn:aws:dynamodb:ap-southeast-3:${ACCOUNT}:table/prima-prod`,
  tableKeyArn: `arn:aws:kms:ap-southeast-3:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
  attachmentsBucket: `prima-prod-attachments-${ACCOUNT}-ap-southeast-3`,
};

const sts = mockClient(STSClient);
let clock: number;
let issued: number;

/** STS answers each AssumeRole with fresh credentials valid for the requested duration. */
function answer() {
  sts.on(AssumeRoleCommand).callsFake(async (input: AssumeRoleCommandInput) => {
    issued++;
    return {
      Credentials: {
        AccessKeyId: `ASIA${String(issued).padStart(4, '0')}`,
        SecretAccessKey: `secret-${issued}`,
        SessionToken: `token-${issued}-${input.RoleSessionName}`,
        Expiration: new Date(clock + (input.DurationSeconds ?? 3600) * 1000),
      },
    };
  });
}

function machine(extra: Partial<TenantCredentialsConfig> = {}) {
  return createTenantCredentials({
    sts: new STSClient({ region: 'ap-southeast-3' }),
    now: () => clock,
    ...ARNS,
    ...extra,
  });
}

const calls = () => sts.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input);
const policyOf = (input: AssumeRoleCommandInput) =>
  JSON.parse(input.Policy!) as {
    Statement: {
      Action: string | string[];
      Resource: string | string[];
      Condition?: Record<string, Record<string, string[]>>;
    }[];
  };
const leadingKeys = (input: AssumeRoleCommandInput) =>
  policyOf(input).Statement.find((s) => s.Condition?.['ForAllValues:StringLike'])!.Condition![
    'ForAllValues:StringLike'
  ]!['dynamodb:LeadingKeys'];

beforeEach(() => {
  sts.reset();
  clock = Date.parse('2026-03-02T01:00:00Z');
  issued = 0;
  answer();
});
afterEach(() => sts.reset());

describe('token-vending machine', () => {
  describe('tenant sessions', () => {
    it('assume the tenant-access role tagged with the tenant, for an hour (the role-chaining maximum)', async () => {
      const creds = await machine().forTenant(TENANT_A)();
      expect(calls()).toEqual([
        {
          RoleArn: ARNS.tenantRoleArn,
          RoleSessionName: `tenant-${TENANT_A}`,
          Tags: [{ Key: 'tenantId', Value: TENANT_A }],
          DurationSeconds: 3600,
        },
      ]);
      expect(creds).toMatchObject({ accessKeyId: 'ASIA0001', sessionToken: `token-1-tenant-${TENANT_A}` });
      expect(creds.expiration).toEqual(new Date(clock + 3_600_000));
    });

    it('are cached per tenant inside the warm function', async () => {
      const tvm = machine();
      const a1 = await tvm.forTenant(TENANT_A)();
      const a2 = await tvm.forTenant(TENANT_A)();
      const b = await tvm.forTenant(TENANT_B)();
      expect(a2).toBe(a1);
      expect(b.accessKeyId).not.toBe(a1.accessKeyId);
      expect(calls().map((c) => c.Tags)).toEqual([
        [{ Key: 'tenantId', Value: TENANT_A }],
        [{ Key: 'tenantId', Value: TENANT_B }],
      ]);
    });

    it('are renewed before they expire, with more left than a presigned URL lives (15 minutes)', async () => {
      const tvm = machine();
      const first = await tvm.forTenant(TENANT_A)();
      clock += 39 * 60_000; // 21 minutes left: still good
      expect(await tvm.forTenant(TENANT_A)()).toBe(first);
      clock += 2 * 60_000; // 19 minutes left: renewed
      const second = await tvm.forTenant(TENANT_A)();
      expect(second.accessKeyId).not.toBe(first.accessKeyId);
      expect(second.expiration.getTime() - clock).toBe(3_600_000);
      expect(calls()).toHaveLength(2);
    });

    it('ask STS once when many requests of one tenant arrive together', async () => {
      const tvm = machine();
      const all = await Promise.all(Array.from({ length: 10 }, () => tvm.forTenant(TENANT_A)()));
      expect(new Set(all).size).toBe(1);
      expect(calls()).toHaveLength(1);
    });

    it('ask again after a failed AssumeRole', async () => {
      sts.on(AssumeRoleCommand).rejectsOnce(new Error('throttled'));
      const tvm = machine();
      await expect(tvm.forTenant(TENANT_A)()).rejects.toThrow('throttled');
      sts.reset();
      answer();
      await expect(tvm.forTenant(TENANT_A)()).resolves.toMatchObject({ accessKeyId: 'ASIA0001' });
    });

    it.each([['*'], ['T#*'], [''], ['01jaaaaaaaaaaaaaaaaaaaaaaa'], [`${TENANT_A}#x`]])(
      'refuse %j as a tenant id before asking STS',
      (tenantId) => {
        expect(() => machine().forTenant(tenantId)).toThrow(/not a tenant id/);
        expect(calls()).toHaveLength(0);
      },
    );
  });

  describe('platform sessions', () => {
    it('for the registry alone: the platform role narrowed to P# items, no attachments', async () => {
      await machine().forPlatform()();
      const [input] = calls();
      expect(input).toMatchObject({ RoleArn: ARNS.platformRoleArn, RoleSessionName: 'platform-registry' });
      expect(input!.Tags).toBeUndefined();
      expect(leadingKeys(input!)).toEqual(['P#*']);
      expect(input!.Policy).not.toContain('s3:');
    });

    it('widened to named tenants: their partitions and attachments, nobody else’s', async () => {
      await machine().forPlatform([TENANT_B, TENANT_A])();
      const [input] = calls();
      expect(leadingKeys(input!)).toEqual(['P#*', `T#${TENANT_A}#*`, `T#${TENANT_B}#*`]);
      const s3 = policyOf(input!).Statement.find((s) => JSON.stringify(s.Action).includes('s3:GetObject'))!;
      expect(s3.Resource).toEqual([
        `arn:aws:s3:::${ARNS.attachmentsBucket}/${TENANT_A}/*`,
        `arn:aws:s3:::${ARNS.attachmentsBucket}/${TENANT_B}/*`,
      ]);
      expect(input!.Policy).not.toContain('dynamodb:Scan');
      expect(input!.Policy).not.toContain('PartiQL');
    });

    it('are cached per set of tenants, whatever their order', async () => {
      const tvm = machine();
      await tvm.forPlatform([TENANT_A, TENANT_B])();
      await tvm.forPlatform([TENANT_B, TENANT_A])();
      await tvm.forPlatform()();
      expect(calls()).toHaveLength(2);
    });

    it('stay within the session-policy size: attachments for a few tenants, items for a page, else the role', async () => {
      const ids = (n: number) => Array.from({ length: n }, (_, i) => `01J${String(i).padStart(23, '0')}`);
      for (const n of [1, 5, 25, 40, 100]) await machine().forPlatform(ids(n))();
      const [one, five, page, forty, hundred] = calls();
      for (const input of calls()) expect(input.Policy!.length).toBeLessThanOrEqual(2048);
      expect(one!.Policy).toContain('s3:GetObject');
      expect(five!.Policy).toContain('s3:GetObject');
      expect(leadingKeys(page!)).toHaveLength(26);
      expect(page!.Policy).not.toContain('s3:');
      expect(leadingKeys(forty!)).toHaveLength(41);
      expect(leadingKeys(hundred!)).toEqual(['P#*', 'T#*']);
      expect(hundred!.Policy).not.toContain('s3:');
    });

    it('builds the policy from the table, key and bucket it is given', () => {
      const policy = JSON.parse(platformSessionPolicy(ARNS, [TENANT_A])) as {
        Statement: { Resource: unknown }[];
      };
      expect(policy.Statement.map((s) => s.Resource)).toEqual([
        [ARNS.tableArn, `${ARNS.tableArn}/index/*`],
        ARNS.tableKeyArn,
        [`arn:aws:s3:::${ARNS.attachmentsBucket}/${TENANT_A}/*`],
        `arn:aws:s3:::${ARNS.attachmentsBucket}`,
      ]);
    });
  });

  describe('plugged into the store', () => {
    it('gives a tenant scope the tenant’s session and the registry the platform’s', async () => {
      const store = createIsolatedStore({
        tableName: 'prima-prod',
        client: { region: 'ap-southeast-3' },
        credentials: machine(),
      });
      const tenantCreds = await store.forTenant(TENANT_A).doc.config.credentials();
      expect(tenantCreds.sessionToken).toBe(`token-1-tenant-${TENANT_A}`);
      const registryCreds = await store.forPlatform().doc.config.credentials();
      expect(registryCreds.sessionToken).toBe('token-2-platform-registry');
      expect(calls().map((c) => c.RoleArn)).toEqual([ARNS.tenantRoleArn, ARNS.platformRoleArn]);
    });

    it('gives a widened platform scope a session naming exactly its tenants', async () => {
      const store = createIsolatedStore({ tableName: 'prima-prod', credentials: machine() });
      const db = store.forPlatform([TENANT_B]);
      expect(db.prefixes).toEqual(['P#', `T#${TENANT_B}#`]);
      await db.doc.config.credentials();
      expect(leadingKeys(calls()[0]!)).toEqual(['P#*', `T#${TENANT_B}#*`]);
    });

    it('keeps the store’s scopes (and with them its tenant guard) unchanged', () => {
      const store = createIsolatedStore({ tableName: 'prima-prod', credentials: machine() });
      expect(store.forTenant(TENANT_A).prefixes).toEqual([`T#${TENANT_A}#`]);
      expect(store.forPlatform().prefixes).toEqual(['P#']);
      expect(store.tableName).toBe('prima-prod');
    });
  });
});
