import { PARTITION_KEY_ATTRIBUTES, partitionKeyOf, TABLE } from './table';

/**
 * The tenant guard: inspects every command before it leaves the process and rejects it when any partition key it
 * touches (table or index) falls outside the allowed prefixes. The same rule that IAM `dynamodb:LeadingKeys`
 * enforces in AWS, enforced in every environment, so an isolation bug fails loudly in tests and locally.
 */
export class TenantGuardError extends Error {
  override name = 'TenantGuardError';
}

type Input = Record<string, unknown>;
type Item = Record<string, unknown>;

/** A key attribute may arrive marshalled ({ S: '…' }) or as a plain string (document client before marshalling). */
function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'S' in value && typeof (value as { S: unknown }).S === 'string') {
    return (value as { S: string }).S;
  }
  return undefined;
}

export function checkCommand(commandName: string, input: Input, allowed: readonly string[]): void {
  const fail = (why: string): never => {
    throw new TenantGuardError(`${commandName} rejected by the tenant guard: ${why}`);
  };
  const inScope = (pk: string | undefined, what: string) => {
    if (pk === undefined) fail(`${what} has no partition key`);
    if (!allowed.some((p) => pk!.startsWith(p)))
      fail(`${what} partition key ${pk} is outside ${allowed.join(', ')}`);
  };
  const checkKey = (key: Item | undefined, what: string) => inScope(str(key?.[TABLE.partitionKey]), what);
  const checkItem = (item: Item | undefined, what: string) => {
    checkKey(item, what);
    for (const attr of PARTITION_KEY_ATTRIBUTES) {
      if (item?.[attr] !== undefined) inScope(str(item[attr]), `${what}.${attr}`);
    }
  };
  const checkUpdate = (u: Input, what: string) => {
    checkKey(u.Key as Item, what);
    // The legacy form cannot be checked the same way; nothing in Prima uses it.
    if (u.AttributeUpdates !== undefined) fail('AttributeUpdates is not allowed; use UpdateExpression');
    // An update that moves the item into an index partition must keep it inside the scope too: a partition-key
    // attribute may only be set from a value placeholder (optionally inside if_not_exists), which is then checked.
    const names = (u.ExpressionAttributeNames ?? {}) as Record<string, string>;
    const values = (u.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
    for (const { lhs, rhs } of assignments(String(u.UpdateExpression ?? ''))) {
      const attr = lhs.startsWith('#') ? names[lhs] : lhs;
      if (!attr || !PARTITION_KEY_ATTRIBUTES.includes(attr)) continue;
      const placeholder = /^(?::\w+|if_not_exists\(\s*[#\w]+\s*,\s*(:\w+)\s*\))$/.exec(rhs);
      if (!placeholder) fail(`${what}.${attr} may only be set from a value placeholder`);
      inScope(str(values[placeholder![1] ?? rhs]), `${what}.${attr}`);
    }
  };

  switch (commandName) {
    case 'GetItemCommand':
    case 'DeleteItemCommand':
      checkKey(input.Key as Item, 'Key');
      return;
    case 'PutItemCommand':
      checkItem(input.Item as Item, 'Item');
      return;
    case 'UpdateItemCommand':
      checkUpdate(input, 'Key');
      return;
    case 'QueryCommand': {
      if (input.KeyConditions !== undefined || input.QueryFilter !== undefined)
        fail('legacy KeyConditions/QueryFilter are not allowed');
      const pkAttr =
        partitionKeyOf(input.IndexName as string | undefined) ??
        fail(`unknown index ${String(input.IndexName)}`);
      const names = (input.ExpressionAttributeNames ?? {}) as Record<string, string>;
      const values = (input.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
      const cond = String(input.KeyConditionExpression ?? '');
      let pk: string | undefined;
      for (const m of cond.matchAll(/([#\w]+)\s*=\s*(:\w+)/g)) {
        const attr = m[1]!.startsWith('#') ? names[m[1]!] : m[1];
        if (attr === pkAttr) pk = str(values[m[2]!]);
      }
      inScope(pk, 'KeyConditionExpression');
      if (input.ExclusiveStartKey)
        inScope(str((input.ExclusiveStartKey as Item)[pkAttr]), 'ExclusiveStartKey');
      return;
    }
    case 'BatchGetItemCommand':
      for (const req of Object.values((input.RequestItems ?? {}) as Record<string, { Keys?: Item[] }>)) {
        for (const k of req.Keys ?? []) checkKey(k, 'Keys[]');
      }
      return;
    case 'BatchWriteItemCommand':
      for (const reqs of Object.values((input.RequestItems ?? {}) as Record<string, Input[]>)) {
        for (const r of reqs) {
          if (r.PutRequest) checkItem((r.PutRequest as Input).Item as Item, 'PutRequest.Item');
          else checkKey((r.DeleteRequest as Input | undefined)?.Key as Item, 'DeleteRequest.Key');
        }
      }
      return;
    case 'TransactWriteItemsCommand':
      for (const t of (input.TransactItems ?? []) as Input[]) {
        if (t.Put) checkItem((t.Put as Input).Item as Item, 'Put.Item');
        else if (t.Update) checkUpdate(t.Update as Input, 'Update.Key');
        else if (t.Delete) checkKey((t.Delete as Input).Key as Item, 'Delete.Key');
        else if (t.ConditionCheck) checkKey((t.ConditionCheck as Input).Key as Item, 'ConditionCheck.Key');
        else fail('unknown transact item');
      }
      return;
    case 'TransactGetItemsCommand':
      for (const t of (input.TransactItems ?? []) as Input[])
        checkKey((t.Get as Input | undefined)?.Key as Item, 'Get.Key');
      return;
    default:
      // Scan, PartiQL and table administration are never allowed through a scoped client.
      fail('command not allowed in a scoped client');
  }
}

/** The `lhs = rhs` assignments of an update expression's SET clauses, rhs cut at the next top-level comma. */
function assignments(expr: string): { lhs: string; rhs: string }[] {
  const out: { lhs: string; rhs: string }[] = [];
  const clause = /\b(SET|REMOVE|ADD|DELETE)\b/gi;
  const parts: { keyword: string; start: number }[] = [];
  for (const m of expr.matchAll(clause))
    parts.push({ keyword: m[1]!.toUpperCase(), start: m.index! + m[0].length });
  parts.forEach((part, i) => {
    if (part.keyword !== 'SET') return;
    const body = expr.slice(
      part.start,
      i + 1 < parts.length ? parts[i + 1]!.start - parts[i + 1]!.keyword.length : undefined,
    );
    let depth = 0;
    let current = '';
    const items: string[] = [];
    for (const ch of body) {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      if (ch === ',' && depth === 0) {
        items.push(current);
        current = '';
      } else current += ch;
    }
    items.push(current);
    for (const item of items) {
      const eq = item.indexOf('=');
      if (eq > 0) out.push({ lhs: item.slice(0, eq).trim(), rhs: item.slice(eq + 1).trim() });
    }
  });
  return out;
}

interface StackLike {
  add: (
    mw: (
      next: (args: { input: unknown }) => Promise<unknown>,
      context: { commandName?: string },
    ) => (args: { input: unknown }) => Promise<unknown>,
    options: { step: 'initialize'; name: string; priority: 'high' },
  ) => void;
}

/** Adds the guard to a client's middleware stack. */
export function addTenantGuard(
  client: { middlewareStack: unknown },
  allowedPrefixes: readonly string[],
): void {
  (client.middlewareStack as StackLike).add(
    (next, context) => async (args) => {
      checkCommand(context.commandName ?? 'UnknownCommand', args.input as Input, allowedPrefixes);
      return next(args);
    },
    { step: 'initialize', name: 'tenantGuard', priority: 'high' },
  );
}
