import { ensureTable, startDynamoDbLocal } from '@prima/local';
import type { TestProject } from 'vitest/node';

export const TEST_TABLE = 'prima-test';

/** One in-memory DynamoDB Local for the whole run, on a free port; stopped by its pid at the end. */
export default async function setup(project: TestProject) {
  const ddb = await startDynamoDbLocal();
  await ensureTable(ddb.endpoint, TEST_TABLE);
  project.provide('ddbEndpoint', ddb.endpoint);
  return async () => {
    await ddb.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    ddbEndpoint: string;
  }
}
