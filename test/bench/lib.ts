import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { CommandObservation, TenantDb } from '@prima/store';
import { Bench } from 'tinybench';

/** What one API call costs: DynamoDB requests and consumed capacity units, averaged over the measured calls. */
export interface Cost {
  requests: number;
  capacityUnits: number;
}

/** Collects store observations; `during` measures one async call's DynamoDB cost. */
export class CostMeter {
  private log: CommandObservation[] = [];
  readonly observe = (o: CommandObservation) => {
    this.log.push(o);
  };
  async during(fn: () => Promise<unknown>): Promise<Cost> {
    this.log = [];
    await fn();
    return { requests: this.log.length, capacityUnits: this.log.reduce((s, o) => s + o.capacityUnits, 0) };
  }
}

/** Writes items 25 at a time (bench fixtures only). */
export async function bulkPut(db: TenantDb, items: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let request = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    while (request.length > 0) {
      const res = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.tableName]: request } }));
      request = (res.UnprocessedItems?.[db.tableName] ?? []) as typeof request;
    }
  }
}

export interface Scenario {
  name: string;
  run: () => Promise<unknown>;
}

export interface Row {
  name: string;
  meanMs: number;
  ratio: number;
  cost: Cost;
}

/** Times every scenario in one tinybench run and reports each as a ratio to the first (the baseline). */
export async function measure(
  scenarios: Scenario[],
  meter: CostMeter,
  opts: { time?: number; warmupTime?: number; iterations?: number } = {},
): Promise<Row[]> {
  const bench = new Bench({
    time: opts.time ?? 1500,
    warmupTime: opts.warmupTime ?? 300,
    ...(opts.iterations === undefined ? {} : { iterations: opts.iterations }),
  });
  for (const s of scenarios) bench.add(s.name, s.run);
  await bench.run();
  const rows: Row[] = [];
  for (const [i, task] of bench.tasks.entries()) {
    const mean = task.result && 'latency' in task.result ? task.result.latency.mean : Number.NaN;
    rows.push({ name: task.name, meanMs: mean, ratio: 0, cost: await meter.during(scenarios[i]!.run) });
  }
  const base = rows[0]!.meanMs;
  for (const r of rows) r.ratio = r.meanMs / base;
  return rows;
}

export function printTable(title: string, rows: Row[]): void {
  console.log(`\n## ${title}\n`);
  console.log('| scenario | mean ms | × baseline | DynamoDB requests | capacity units |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.meanMs.toFixed(2)} | ${r.ratio.toFixed(2)} | ${r.cost.requests} | ${r.cost.capacityUnits.toFixed(1)} |`,
    );
  }
}
