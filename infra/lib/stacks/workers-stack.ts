import { Annotations, CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Schedule, ScheduleExpression, ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { PrimaFunction } from '../constructs/prima-function';
import {
  ANY_TENANT_LEADING_KEY,
  denyUnconfinedStatement,
  itemStatement,
  PLATFORM_LEADING_KEY,
  tableKeyStatement,
} from '../constructs/tenant-isolation';
import { acknowledgeWildcardResource } from '../nag';
import { ENTRIES } from '../paths';
import { resourceName, type StageConfig } from '../stage';
import type { DataStack } from './data-stack';
import type { EdgeStack } from './edge-stack';

export interface WorkersStackProps extends StackProps {
  readonly config: StageConfig;
  readonly data: DataStack;
  readonly edge: EdgeStack;
}

export interface Worker {
  readonly fn: PrimaFunction;
  /** Failed runs: after the scheduler's delivery retries, and after the function's own retries. */
  readonly dlq: Queue;
  readonly schedule: Schedule;
}

interface WorkerSpec {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly entry: string;
  readonly rate: Duration;
  /** A run must end before the next one starts. */
  readonly timeout: Duration;
  /** Retries of a failed run by Lambda; the sender's next run a minute later is its retry. */
  readonly retryAttempts: number;
  readonly environment: Record<string, string>;
  readonly enabled: boolean;
}

/**
 * The scheduled workers, each a Lambda function invoked by EventBridge Scheduler:
 * - the SLA sweeper, every 5 minutes: moves complaints past their deadlines;
 * - the notification sender, every minute: delivers the outbox through SES.
 *
 * Each has a dead-letter queue (SQS, encrypted) that receives both an invocation the scheduler could not deliver
 * (after its retries) and a run that failed (after Lambda's async retries). The workers are platform code: they
 * walk every active tenant, so their roles reach the registry and every tenant partition, never by Scan or
 * PartiQL (docs/adr/007-tenant-isolation-iam.md).
 */
export class WorkersStack extends Stack {
  readonly slaSweeper: Worker;
  readonly notificationSender: Worker;

  constructor(scope: Construct, id: string, props: WorkersStackProps) {
    const { config, data, edge, ...stackProps } = props;
    super(scope, id, {
      description: `Prima ${config.stage}: SLA sweeper and notification sender, their schedules and DLQs`,
      terminationProtection: config.terminationProtection,
      ...stackProps,
    });

    const group = new ScheduleGroup(this, 'Schedules', {
      scheduleGroupName: resourceName(config, 'workers'),
    });

    const worker = (spec: WorkerSpec): Worker => {
      const dlq = new Queue(this, `${spec.id}Dlq`, {
        queueName: resourceName(config, `${spec.name}-dlq`),
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
      Validations.of(dlq).acknowledge({
        id: 'AwsSolutions-SQS3',
        reason: `This queue is the dead-letter queue of the ${spec.name} (scheduler and Lambda failures).`,
      });

      const fn = new PrimaFunction(this, spec.id, {
        config,
        functionName: resourceName(config, spec.name),
        description: spec.description,
        entry: spec.entry,
        memorySize: 512,
        timeout: spec.timeout,
        environment: { TABLE_NAME: data.table.tableName, LOG_LEVEL: 'INFO', ...spec.environment },
      });
      fn.role.addToPrincipalPolicy(
        itemStatement(data.table, [PLATFORM_LEADING_KEY, ANY_TENANT_LEADING_KEY], 'RegistryAndTenantItems'),
      );
      fn.role.addToPrincipalPolicy(denyUnconfinedStatement(data.table));
      fn.role.addToPrincipalPolicy(tableKeyStatement(data.key));
      fn.fn.configureAsyncInvoke({
        retryAttempts: spec.retryAttempts,
        maxEventAge: spec.rate.toSeconds() >= 300 ? spec.rate : Duration.minutes(1),
        onFailure: new SqsDestination(dlq),
      });

      const schedule = new Schedule(this, `${spec.id}Schedule`, {
        scheduleName: resourceName(config, spec.name),
        scheduleGroup: group,
        description: spec.description,
        schedule: ScheduleExpression.rate(spec.rate),
        enabled: spec.enabled,
        target: new LambdaInvoke(fn.fn, {
          deadLetterQueue: dlq,
          retryAttempts: 2,
          // A late run is worthless once the next one is due.
          maxEventAge: spec.rate.toSeconds() >= 300 ? spec.rate : Duration.minutes(1),
        }),
      });
      acknowledgeWildcardResource(
        this,
        `${fn.fn.functionArn}:*`,
        `EventBridge Scheduler's role for the ${spec.name}: invoke the function and its versions (CDK's grant).`,
      );
      return { fn, dlq, schedule };
    };

    this.slaSweeper = worker({
      id: 'SlaSweeper',
      name: 'sla-sweeper',
      description: 'Prima SLA sweeper: escalations and automatic transitions past deadlines',
      entry: ENTRIES.slaSweeper,
      rate: Duration.minutes(5),
      timeout: Duration.minutes(2),
      retryAttempts: 1,
      environment: {},
      enabled: true,
    });

    const mailFrom = config.mailFrom;
    if (!mailFrom) {
      Annotations.of(this).addWarningV2(
        'prima:mail-not-configured',
        `No mailFrom for stage ${config.stage}: the notification sender is deployed with its schedule disabled; ` +
          'notifications wait in the outbox until mailFrom (a verified SES identity) is set.',
      );
    }
    this.notificationSender = worker({
      id: 'NotificationSender',
      name: 'notification-sender',
      description: 'Prima notification sender: delivers the outbox through SES',
      entry: ENTRIES.notificationSender,
      rate: Duration.minutes(1),
      timeout: Duration.seconds(50),
      retryAttempts: 0,
      environment: {
        MAIL_FROM: mailFrom ?? `no-reply@${config.domainName ?? 'example.invalid'}`,
        PUBLIC_BASE_URL: edge.webUrl,
      },
      enabled: mailFrom !== undefined,
    });
    if (mailFrom) {
      const domain = mailFrom.split('@')[1]!;
      // SES authorises a send against the identity that covers the From address: the address or its domain.
      this.notificationSender.fn.role.addToPrincipalPolicy(
        new PolicyStatement({
          sid: 'SendFromTheStageIdentity',
          actions: ['ses:SendEmail'],
          resources: [
            this.formatArn({ service: 'ses', resource: 'identity', resourceName: mailFrom }),
            this.formatArn({ service: 'ses', resource: 'identity', resourceName: domain }),
          ],
          conditions: { StringEquals: { 'ses:FromAddress': mailFrom } },
        }),
      );
    }

    new CfnOutput(this, 'SlaSweeperDlqUrl', { value: this.slaSweeper.dlq.queueUrl });
    new CfnOutput(this, 'NotificationSenderDlqUrl', { value: this.notificationSender.dlq.queueUrl });
  }
}
