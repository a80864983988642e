import { describe, expect, it } from 'vitest';
import { checkCommand, TenantGuardError } from './guard';

const A = '01JD7Q9X4ZB8F6M2N3P5R7S9TA';
const B = '01JD7Q9X4ZB8F6M2N3P5R7S9TB';
const TENANT_A = [`T#${A}#`];
const T = 'prima';

const pkA = `T#${A}#META`;
const pkB = `T#${B}#META`;

/** Values as the document client sends them (plain) and as the low-level client sends them (marshalled). */
const FORMS = {
  plain: (s: string) => s,
  marshalled: (s: string) => ({ S: s }),
} as const;

const ok = (name: string, input: Record<string, unknown>, allowed: readonly string[] = TENANT_A) =>
  expect(() => checkCommand(name, input, allowed)).not.toThrow();
const rejected = (name: string, input: Record<string, unknown>, allowed: readonly string[] = TENANT_A) =>
  expect(() => checkCommand(name, input, allowed)).toThrow(TenantGuardError);

describe.each(Object.entries(FORMS))('tenant guard, %s values', (_, v) => {
  const key = (pk: string, sk = 'UNIT#1') => ({ PK: v(pk), SK: v(sk) });

  describe('GetItem', () => {
    it('allows a key of the tenant', () => ok('GetItemCommand', { TableName: T, Key: key(pkA) }));
    it('rejects a key of another tenant', () => rejected('GetItemCommand', { TableName: T, Key: key(pkB) }));
    it('rejects a platform key', () => rejected('GetItemCommand', { TableName: T, Key: key('P#TENANTS') }));
    it('rejects a key without partition key', () =>
      rejected('GetItemCommand', { TableName: T, Key: { SK: v('UNIT#1') } }));
    it('rejects a missing key', () => rejected('GetItemCommand', { TableName: T }));
  });

  describe('PutItem', () => {
    it('allows an item whose keys are all the tenant', () =>
      ok('PutItemCommand', {
        TableName: T,
        Item: { ...key(pkA), GSI1PK: v(`T#${A}#UNIT#1#SERVICES`), TPK: v(`T#${A}#ALL#3`), name: v('x') },
      }));
    it('rejects an item of another tenant', () =>
      rejected('PutItemCommand', { TableName: T, Item: key(pkB) }));
    it('rejects an item of the tenant whose GSI1PK points to another tenant', () =>
      rejected('PutItemCommand', {
        TableName: T,
        Item: { ...key(pkA), GSI1PK: v(`T#${B}#UNIT#1#SERVICES`) },
      }));
    it('rejects an item of the tenant whose TPK points to another tenant', () =>
      rejected('PutItemCommand', { TableName: T, Item: { ...key(pkA), TPK: v(`T#${B}#ALL#0`) } }));
    it('rejects an index key that is not a string', () =>
      rejected('PutItemCommand', { TableName: T, Item: { ...key(pkA), GSI1PK: { N: '1' } } }));
    it('does not police ordinary attributes', () =>
      ok('PutItemCommand', { TableName: T, Item: { ...key(pkA), note: v(`T#${B}#META`) } }));
  });

  describe('UpdateItem', () => {
    const update = (extra: Record<string, unknown>) => ({ TableName: T, Key: key(pkA), ...extra });

    it('allows an update of the tenant', () =>
      ok(
        'UpdateItemCommand',
        update({
          UpdateExpression: 'SET #n = :n, #v = #v + :one',
          ExpressionAttributeNames: { '#n': 'name', '#v': 'version' },
          ExpressionAttributeValues: { ':n': v('Baru'), ':one': { N: '1' } },
        }),
      ));
    it('rejects an update of another tenant', () =>
      rejected('UpdateItemCommand', {
        TableName: T,
        Key: key(pkB),
        UpdateExpression: 'SET #n = :n',
        ExpressionAttributeNames: { '#n': 'name' },
        ExpressionAttributeValues: { ':n': v('x') },
      }));
    it('allows moving the item within the tenant index', () =>
      ok(
        'UpdateItemCommand',
        update({
          UpdateExpression: 'SET GSI1PK = :g, GSI1SK = :s',
          ExpressionAttributeValues: { ':g': v(`T#${A}#UNIT#2#SERVICES`), ':s': v('a') },
        }),
      ));
    it('rejects an update that sets GSI1PK to another tenant', () =>
      rejected(
        'UpdateItemCommand',
        update({
          UpdateExpression: 'SET GSI1PK = :g',
          ExpressionAttributeValues: { ':g': v(`T#${B}#UNIT#2#SERVICES`) },
        }),
      ));
    it('rejects it through an attribute name placeholder too', () =>
      rejected(
        'UpdateItemCommand',
        update({
          UpdateExpression: 'SET #a = :a, #f3 = :f3',
          ExpressionAttributeNames: { '#a': 'name', '#f3': 'GSI1PK' },
          ExpressionAttributeValues: { ':a': v('x'), ':f3': v(`T#${B}#UNIT#2#SERVICES`) },
        }),
      ));
    it('rejects it without spaces and inside if_not_exists', () => {
      rejected(
        'UpdateItemCommand',
        update({ UpdateExpression: 'SET TPK=:t', ExpressionAttributeValues: { ':t': v(`T#${B}#ALL#1`) } }),
      );
      rejected(
        'UpdateItemCommand',
        update({
          UpdateExpression: 'SET TPK = if_not_exists(TPK, :t)',
          ExpressionAttributeValues: { ':t': v(`T#${B}#ALL#1`) },
        }),
      );
    });
    it('rejects an index key copied from another attribute (its value cannot be checked)', () =>
      rejected(
        'UpdateItemCommand',
        update({ UpdateExpression: 'SET GSI1PK = smuggled', ExpressionAttributeValues: {} }),
      ));
    it('rejects an index key set through the legacy AttributeUpdates parameter', () =>
      rejected(
        'UpdateItemCommand',
        update({ AttributeUpdates: { GSI1PK: { Action: 'PUT', Value: v(`T#${B}#UNIT#2#SERVICES`) } } }),
      ));
  });

  describe('DeleteItem', () => {
    it('allows a key of the tenant', () => ok('DeleteItemCommand', { TableName: T, Key: key(pkA) }));
    it('rejects a key of another tenant', () =>
      rejected('DeleteItemCommand', { TableName: T, Key: key(pkB) }));
  });

  describe('Query', () => {
    it('allows the table partition of the tenant', () =>
      ok('QueryCommand', {
        TableName: T,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
        ExpressionAttributeValues: { ':pk': v(pkA), ':sk': v('UNIT#') },
      }));
    it('rejects the table partition of another tenant', () =>
      rejected('QueryCommand', {
        TableName: T,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': v(pkB) },
      }));
    it('reads the partition key through attribute name placeholders', () => {
      const q = (pk: string) => ({
        TableName: T,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :sk)',
        ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
        ExpressionAttributeValues: { ':pk': v(pk), ':sk': v('USER#') },
      });
      ok('QueryCommand', q(pkA));
      rejected('QueryCommand', q(pkB));
    });
    it('is not fooled by an in-scope sort key condition', () =>
      rejected('QueryCommand', {
        TableName: T,
        KeyConditionExpression: 'SK = :a AND PK = :b',
        ExpressionAttributeValues: { ':a': v(pkA), ':b': v(pkB) },
      }));
    it('rejects a query without a partition key condition', () => {
      rejected('QueryCommand', { TableName: T, ExpressionAttributeValues: { ':pk': v(pkA) } });
      rejected('QueryCommand', {
        TableName: T,
        KeyConditions: { PK: { ComparisonOperator: 'EQ', AttributeValueList: [v(pkB)] } },
      });
    });
    it('checks GSI1 by its own partition key', () => {
      const q = (g: string) => ({
        TableName: T,
        IndexName: 'GSI1',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'GSI1PK' },
        ExpressionAttributeValues: { ':pk': v(g) },
      });
      ok('QueryCommand', q(`T#${A}#UNIT#1#SERVICES`));
      rejected('QueryCommand', q(`T#${B}#UNIT#1#SERVICES`));
    });
    it('on GSI1, a table PK condition is not the index partition key', () =>
      rejected('QueryCommand', {
        TableName: T,
        IndexName: 'GSI1',
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': v(pkA) },
      }));
    it('checks ByTenant by TPK', () => {
      const q = (tpk: string) => ({
        TableName: T,
        IndexName: 'ByTenant',
        KeyConditionExpression: 'TPK = :p',
        ExpressionAttributeValues: { ':p': v(tpk) },
      });
      ok('QueryCommand', q(`T#${A}#ALL#0`));
      rejected('QueryCommand', q(`T#${B}#ALL#0`));
    });
    it('rejects an unknown index', () =>
      rejected('QueryCommand', {
        TableName: T,
        IndexName: 'Everything',
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': v(pkA) },
      }));
    it('rejects an ExclusiveStartKey of another tenant', () => {
      rejected('QueryCommand', {
        TableName: T,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': v(pkA) },
        ExclusiveStartKey: key(pkB),
      });
      rejected('QueryCommand', {
        TableName: T,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': v(`T#${A}#UNIT#1#SERVICES`) },
        ExclusiveStartKey: { ...key(pkA), GSI1PK: v(`T#${B}#UNIT#1#SERVICES`), GSI1SK: v('a') },
      });
      rejected('QueryCommand', {
        TableName: T,
        IndexName: 'ByTenant',
        KeyConditionExpression: 'TPK = :p',
        ExpressionAttributeValues: { ':p': v(`T#${A}#ALL#0`) },
        ExclusiveStartKey: { ...key(pkA), TPK: v(`T#${B}#ALL#0`) },
      });
    });
    it('allows an ExclusiveStartKey of the same partition', () =>
      ok('QueryCommand', {
        TableName: T,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': v(pkA) },
        ExclusiveStartKey: key(pkA),
      }));
  });

  describe('BatchGetItem', () => {
    it('allows keys of the tenant', () =>
      ok('BatchGetItemCommand', { RequestItems: { [T]: { Keys: [key(pkA), key(pkA, 'UNIT#2')] } } }));
    it('rejects when any key is another tenant', () =>
      rejected('BatchGetItemCommand', { RequestItems: { [T]: { Keys: [key(pkA), key(pkB)] } } }));
    it('checks every table named', () =>
      rejected('BatchGetItemCommand', {
        RequestItems: { [T]: { Keys: [key(pkA)] }, other: { Keys: [key(pkB)] } },
      }));
  });

  describe('BatchWriteItem', () => {
    it('allows puts and deletes of the tenant', () =>
      ok('BatchWriteItemCommand', {
        RequestItems: {
          [T]: [
            { PutRequest: { Item: { ...key(pkA), TPK: v(`T#${A}#ALL#1`) } } },
            { DeleteRequest: { Key: key(pkA, 'UNIT#2') } },
          ],
        },
      }));
    it('rejects a put of another tenant', () =>
      rejected('BatchWriteItemCommand', {
        RequestItems: { [T]: [{ DeleteRequest: { Key: key(pkA) } }, { PutRequest: { Item: key(pkB) } }] },
      }));
    it('rejects a put whose index key is another tenant', () =>
      rejected('BatchWriteItemCommand', {
        RequestItems: { [T]: [{ PutRequest: { Item: { ...key(pkA), TPK: v(`T#${B}#ALL#1`) } } }] },
      }));
    it('rejects a delete of another tenant', () =>
      rejected('BatchWriteItemCommand', { RequestItems: { [T]: [{ DeleteRequest: { Key: key(pkB) } }] } }));
    it('rejects a request that is neither put nor delete', () =>
      rejected('BatchWriteItemCommand', { RequestItems: { [T]: [{}] } }));
  });

  describe('TransactWriteItems', () => {
    const put = (pk: string, extra: Record<string, unknown> = {}) => ({
      Put: { TableName: T, Item: { ...key(pk), ...extra } },
    });
    const upd = (pk: string, g?: string) => ({
      Update: {
        TableName: T,
        Key: key(pk),
        UpdateExpression: g ? 'SET #g = :g' : 'SET #n = :n',
        ExpressionAttributeNames: g ? { '#g': 'GSI1PK' } : { '#n': 'name' },
        ExpressionAttributeValues: g ? { ':g': v(g) } : { ':n': v('x') },
      },
    });
    const del = (pk: string) => ({ Delete: { TableName: T, Key: key(pk) } });
    const check = (pk: string) => ({
      ConditionCheck: { TableName: T, Key: key(pk), ConditionExpression: 'attribute_exists(PK)' },
    });

    it('allows Put, Update, Delete and ConditionCheck of the tenant', () =>
      ok('TransactWriteItemsCommand', { TransactItems: [put(pkA), upd(pkA), del(pkA), check(pkA)] }));
    it('rejects a Put of another tenant', () =>
      rejected('TransactWriteItemsCommand', { TransactItems: [put(pkA), put(pkB)] }));
    it('rejects a Put whose GSI1PK is another tenant', () =>
      rejected('TransactWriteItemsCommand', {
        TransactItems: [put(pkA, { GSI1PK: v(`T#${B}#UNIT#1#SERVICES`) })],
      }));
    it('rejects an Update of another tenant', () =>
      rejected('TransactWriteItemsCommand', { TransactItems: [upd(pkA), upd(pkB)] }));
    it('rejects an Update moving an item into another tenant index', () =>
      rejected('TransactWriteItemsCommand', { TransactItems: [upd(pkA, `T#${B}#UNIT#1#SERVICES`)] }));
    it('rejects a Delete of another tenant', () =>
      rejected('TransactWriteItemsCommand', { TransactItems: [del(pkB)] }));
    it('rejects a ConditionCheck on another tenant', () =>
      rejected('TransactWriteItemsCommand', { TransactItems: [put(pkA), check(pkB)] }));
    it('rejects an item of unknown kind', () =>
      rejected('TransactWriteItemsCommand', { TransactItems: [{ Mystery: { Key: key(pkA) } }] }));
  });

  describe('TransactGetItems', () => {
    it('allows gets of the tenant', () =>
      ok('TransactGetItemsCommand', { TransactItems: [{ Get: { TableName: T, Key: key(pkA) } }] }));
    it('rejects a get of another tenant', () =>
      rejected('TransactGetItemsCommand', {
        TransactItems: [{ Get: { TableName: T, Key: key(pkA) } }, { Get: { TableName: T, Key: key(pkB) } }],
      }));
    it('rejects an entry without Get', () => rejected('TransactGetItemsCommand', { TransactItems: [{}] }));
  });

  describe('commands that are never allowed through a scoped client', () => {
    it('Scan, even filtered to the tenant', () => {
      rejected('ScanCommand', { TableName: T });
      rejected('ScanCommand', {
        TableName: T,
        FilterExpression: 'begins_with(PK, :p)',
        ExpressionAttributeValues: { ':p': v(`T#${A}#`) },
      });
      rejected('ScanCommand', { TableName: T }, ['P#', `T#${A}#`]);
    });
    it('ExecuteStatement and other PartiQL', () => {
      rejected('ExecuteStatementCommand', { Statement: `SELECT * FROM "${T}" WHERE PK = '${pkA}'` });
      rejected('BatchExecuteStatementCommand', { Statements: [] });
      rejected('ExecuteTransactionCommand', { TransactStatements: [] });
    });
    it('table administration', () => {
      rejected('DeleteTableCommand', { TableName: T });
      rejected('CreateTableCommand', { TableName: T });
      rejected('UpdateTableCommand', { TableName: T });
    });
    it('a command the guard cannot name', () => rejected('UnknownCommand', { Key: key(pkA) }));
  });

  describe('platform scope: P# plus the tenants named', () => {
    const platform = ['P#'];
    const widened = ['P#', `T#${A}#`];

    it('allows platform keys', () => {
      ok('GetItemCommand', { TableName: T, Key: key('P#TENANTS', `TENANT#${A}`) }, platform);
      ok('PutItemCommand', { TableName: T, Item: key('P#SLUG#kab-x', 'ITEM') }, platform);
      ok(
        'QueryCommand',
        {
          TableName: T,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': v('P#TENANTS') },
        },
        platform,
      );
    });
    it('without tenants named, reads no tenant at all', () => {
      rejected('GetItemCommand', { TableName: T, Key: key(pkA) }, platform);
      rejected('BatchGetItemCommand', { RequestItems: { [T]: { Keys: [key(pkA)] } } }, platform);
    });
    it('widened to tenant A, reads A but not B', () => {
      ok('GetItemCommand', { TableName: T, Key: key(pkA) }, widened);
      ok('BatchGetItemCommand', { RequestItems: { [T]: { Keys: [key('P#TENANTS'), key(pkA)] } } }, widened);
      rejected('GetItemCommand', { TableName: T, Key: key(pkB) }, widened);
      rejected('BatchGetItemCommand', { RequestItems: { [T]: { Keys: [key(pkA), key(pkB)] } } }, widened);
      rejected(
        'TransactWriteItemsCommand',
        { TransactItems: [{ Put: { TableName: T, Item: key('P#SLUG#x') } }, { Put: { Item: key(pkB) } }] },
        widened,
      );
    });
    it('a tenant scope never reaches platform items', () => {
      rejected('GetItemCommand', { TableName: T, Key: key('P#CRED#admin@x.id', 'ITEM') });
      rejected('PutItemCommand', { TableName: T, Item: key('P#SLUG#kab-x', 'ITEM') });
    });
    it('a prefix is matched from the start of the key only', () => {
      rejected('GetItemCommand', { TableName: T, Key: key(`X#T#${A}#META`) });
      rejected('GetItemCommand', { TableName: T, Key: key(`T#${A}`) });
    });
  });
});

describe('tenant guard errors', () => {
  it('name the command and the offending key', () => {
    expect(() => checkCommand('GetItemCommand', { Key: { PK: pkB, SK: 'X' } }, TENANT_A)).toThrow(
      /GetItemCommand rejected by the tenant guard: .*T#01JD7Q9X4ZB8F6M2N3P5R7S9TB#META/,
    );
  });
});
