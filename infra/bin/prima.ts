import { App } from 'aws-cdk-lib';
import { addPrima } from '../lib/prima';
import { StageError } from '../lib/stage';

// The CDK app (cdk.json runs it with tsx): `pnpm synth`, `pnpm cdk deploy --all -c stage=prod`.
const app = new App();
try {
  addPrima(app);
} catch (e) {
  if (e instanceof StageError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
app.synth();
