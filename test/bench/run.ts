/**
 * `pnpm bench`: benchmarks against an in-memory DynamoDB Local. Latency is reported as a ratio to a baseline
 * measured in the same run (never as an absolute target); DynamoDB cost per call is reported as measured.
 * Exits non-zero when a read cost grows with the data behind it.
 */
import { createLocalApp, ensureTable, startDynamoDbLocal } from '@prima/local';
import { CostMeter } from './lib';
import { complaintsScenario } from './scenarios/complaints';
import { foundation } from './scenarios/foundation';
import { improvement } from './scenarios/improvement';
import { surveys } from './scenarios/surveys';

// The SDK warns on Node 20 at every client creation; the supported runtime in AWS is nodejs22.x.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const ddb = await startDynamoDbLocal();
let ok = false;
try {
  await ensureTable(ddb.endpoint, 'prima-bench');
  const meter = new CostMeter();
  const local = await createLocalApp({
    endpoint: ddb.endpoint,
    tableName: 'prima-bench',
    baseUrl: 'http://localhost',
    logLevel: 'SILENT',
    observe: meter.observe,
  });
  ok = await foundation(local, meter);
  ok = (await complaintsScenario(local, meter)) && ok;
  ok = (await surveys(local, meter)) && ok;
  ok = (await improvement(local, meter)) && ok;
} finally {
  await ddb.stop();
}
process.exit(ok ? 0 : 1);
