import { type App, Tags } from 'aws-cdk-lib';
import { DataStack } from './stacks/data-stack';
import { stackName, stageConfig } from './stage';

export interface PrimaStacks {
  data: DataStack;
}

/**
 * Adds one stage of Prima to the app. The stacks are environment-agnostic (no account or region at synth
 * time): `cdk deploy` takes both from the credentials it runs with.
 */
export function addPrima(app: App): PrimaStacks {
  const config = stageConfig(app.node.tryGetContext('stage'));
  Tags.of(app).add('project', 'prima');
  Tags.of(app).add('stage', config.stage);
  const data = new DataStack(app, stackName(config.stage, 'data'), { config });
  return { data };
}
