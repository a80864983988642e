import type { CommandObservation } from './store';

type Capacity = { CapacityUnits?: number };
type Output = { ConsumedCapacity?: Capacity | Capacity[] };

interface StackLike {
  add: (
    mw: (
      next: (args: { input: Record<string, unknown> }) => Promise<{ output: Output }>,
      context: { commandName?: string },
    ) => (args: { input: Record<string, unknown> }) => Promise<{ output: Output }>,
    options: { step: 'initialize'; name: string },
  ) => void;
}

/** Asks DynamoDB for the consumed capacity of every command and reports it; used by benchmarks only. */
export function addObserver(
  client: { middlewareStack: unknown },
  observe: (o: CommandObservation) => void,
): void {
  (client.middlewareStack as StackLike).add(
    (next, context) => async (args) => {
      args.input.ReturnConsumedCapacity ??= 'TOTAL';
      const result = await next(args);
      const cc = result.output.ConsumedCapacity;
      const units = (Array.isArray(cc) ? cc : cc ? [cc] : []).reduce(
        (sum, c) => sum + (c.CapacityUnits ?? 0),
        0,
      );
      observe({ command: context.commandName ?? 'UnknownCommand', capacityUnits: units });
      return result;
    },
    { step: 'initialize', name: 'observeCapacity' },
  );
}
