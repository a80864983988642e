import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { addPrima } from './lib/prima';

const cdkJson = JSON.parse(readFileSync('/work/main/cdk.json', 'utf8'));
const app = new App({
  outdir: '/tmp/cdkout-try',
  context: {
    ...cdkJson.context,
    ...(process.env.BUNDLE ? {} : { 'aws:cdk:bundling-stacks': [] }),
    'prima:webAssets': 'skip',
    ...(process.env.STAGE ? { stage: process.env.STAGE } : {}),
  },
});
try {
  addPrima(app);
  app.synth();
  console.log('OK');
} catch (e) {
  console.log('ERR', (e as Error).message.slice(0, 6000));
}
