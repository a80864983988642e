import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { type CliDeps, type LocalApp, runCli } from '@prima/local';
import type { Store } from '@prima/store';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the operator CLI against `local`'s store and identity, capturing what it prints. */
export async function prima(local: LocalApp, ...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const deps: CliDeps = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    connect: async () => ({ store: local.store, identity: local.identity }),
  };
  const code = await runCli(argv, deps);
  return { code, out, err };
}

/** Stored items whose PK begins with `prefix`: a Scan, for inspection in tests only. */
export async function itemsWithPk(store: Store, prefix: string): Promise<Record<string, unknown>[]> {
  const client = store.adminClient();
  const found: Record<string, unknown>[] = [];
  let start: Record<string, never> | undefined;
  try {
    do {
      const page = await client.send(
        new ScanCommand({
          TableName: store.tableName,
          FilterExpression: 'begins_with(PK, :p)',
          ExpressionAttributeValues: { ':p': { S: prefix } },
          ExclusiveStartKey: start,
        }),
      );
      found.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey as typeof start;
    } while (start);
  } finally {
    client.destroy();
  }
  return found;
}
