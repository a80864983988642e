import { join } from 'node:path';
import { type Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
} from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LOCKFILE, putEsbuildOnPath, REPO_ROOT } from '../paths';
import type { StageConfig } from '../stage';

export interface PrimaFunctionProps {
  readonly config: StageConfig;
  /** Physical name, e.g. `prima-prod-api`. */
  readonly functionName: string;
  readonly description: string;
  /** Entry file relative to the repository root. */
  readonly entry: string;
  readonly environment: Record<string, string>;
  readonly memorySize: number;
  readonly timeout: Duration;
}

/**
 * A Node.js function as every Prima function runs: nodejs22.x on arm64 (Graviton, about 20% cheaper per GB-s),
 * bundled by esbuild as minified ESM with source maps (the AWS SDK inside the bundle, pinned by the lockfile
 * rather than whatever the runtime ships), JSON logs into its own log group with the stage's retention, and its
 * own role that may write to that log group and nothing else until the caller grants more.
 */
export class PrimaFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: PrimaFunctionProps) {
    super(scope, id);
    const { config } = props;

    this.logGroup = new LogGroup(this, 'Logs', {
      logGroupName: `/aws/lambda/${props.functionName}`,
      retention: config.logRetentionDays as RetentionDays,
      removalPolicy: config.stage === 'prod' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    this.role = new Role(this, 'Role', {
      roleName: props.functionName,
      description: `Execution role of ${props.functionName}`,
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    });
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'OwnLogGroup',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    putEsbuildOnPath();
    this.fn = new NodejsFunction(this, 'Function', {
      functionName: props.functionName,
      description: props.description,
      entry: join(REPO_ROOT, props.entry),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, LOCKFILE),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        minify: true,
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: false,
        mainFields: ['module', 'main'],
        bundleAwsSDK: true,
        // CommonJS dependencies inside an ESM bundle may still call require() for Node built-ins.
        banner: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
        logLevel: LogLevel.ERROR,
      },
    });
    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'nodejs22.x is the runtime Prima is built and tested for (DESIGN.md: nodejs22.x on Lambda); a runtime ' +
        'upgrade is a deliberate change together with the toolchain, not a side effect of a linter update.',
    });
  }
}
