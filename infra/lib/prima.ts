import { type App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ApiStack } from './stacks/api-stack';
import { AuthStack } from './stacks/auth-stack';
import { DataStack } from './stacks/data-stack';
import { EdgeStack } from './stacks/edge-stack';
import { OpsStack } from './stacks/ops-stack';
import { ProtectionStack } from './stacks/protection-stack';
import { WorkersStack } from './stacks/workers-stack';
import { type StageConfig, stackName, stageConfig } from './stage';

export interface PrimaStacks {
  config: StageConfig;
  data: DataStack;
  auth: AuthStack;
  protection: ProtectionStack;
  edge: EdgeStack;
  api: ApiStack;
  workers: WorkersStack;
  ops: OpsStack;
}

export interface PrimaOptions {
  /** Run cdk-nag's AwsSolutions checks as a validation plugin at synthesis (default true). */
  readonly nag?: boolean;
}

/**
 * Adds one stage of Prima to the app: seven stacks named `prima-<stage>-<concern>`.
 *
 * Every stack has an explicit region (the stage's; the protection stack us-east-1, where CloudFront's WAF and
 * log bucket must be) so that the edge stack may read the protection stack's outputs across regions. The
 * account stays open: `cdk deploy` takes it from the credentials it runs with, and synthesis needs none.
 * References between stacks are weak (`Fn::GetStackOutput`, cdk.json), so no stack blocks another's deletion.
 */
export function addPrima(app: App, options: PrimaOptions = {}): PrimaStacks {
  const context = (key: string) => app.node.tryGetContext(key);
  const config = stageConfig(context('stage'), context);
  Tags.of(app).add('project', 'prima');
  Tags.of(app).add('stage', config.stage);

  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const env = { account, region: config.region };
  const common = { config, env, crossRegionReferences: true };
  const name = (concern: string) => stackName(config.stage, concern);

  const data = new DataStack(app, name('data'), common);
  const auth = new AuthStack(app, name('auth'), common);
  const protection = new ProtectionStack(app, name('protection'), {
    ...common,
    env: { account, region: 'us-east-1' },
  });
  const webAssets = context('prima:webAssets');
  const edge = new EdgeStack(app, name('edge'), {
    ...common,
    data,
    auth,
    protection,
    deployWebAssets: webAssets !== 'skip' && webAssets !== false,
  });
  const api = new ApiStack(app, name('api'), { ...common, data, auth, edge });
  const workers = new WorkersStack(app, name('workers'), { ...common, data, edge });
  const ops = new OpsStack(app, name('ops'), { ...common, data, edge, api, workers, protection });

  if (options.nag !== false) Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { config, data, auth, protection, edge, api, workers, ops };
}
