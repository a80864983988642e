import { Annotations, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
  Unit,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { resourceName, type StageConfig } from '../stage';
import type { ApiStack } from './api-stack';
import type { DataStack } from './data-stack';
import type { EdgeStack } from './edge-stack';
import type { ProtectionStack } from './protection-stack';
import type { Worker, WorkersStack } from './workers-stack';

export interface OpsStackProps extends StackProps {
  readonly config: StageConfig;
  readonly data: DataStack;
  readonly edge: EdgeStack;
  readonly api: ApiStack;
  readonly workers: WorkersStack;
  readonly protection: ProtectionStack;
}

/** Namespace of the metrics taken from the API's request log lines. */
export const metricsNamespace = (config: StageConfig) => `Prima/${config.stage}`;

/** Latency (p99 over 5 minutes, API Gateway's view) above which the stage alarms. */
export const LATENCY_P99_MS = 3000;

/**
 * Operations: the alarm topic (e-mail), alarms on the API (5xx, p99 latency, Lambda errors and throttles) and the
 * workers (dead-letter depth, throttles), per-tenant metrics taken from the API's JSON request log lines, and one
 * dashboard per stage.
 *
 * Per-tenant metrics come from a CloudWatch Logs metric filter, not from code: the API already logs one JSON line
 * per request with `tenantId`, `status` and `durationMs` (Powertools Logger), and a metric filter with a
 * `tenantId` dimension turns those into `Requests`, `ServerErrors` and `Latency` per tenant without a metrics
 * library or extra PutMetricData calls.
 */
export class OpsStack extends Stack {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OpsStackProps) {
    const { config, data, edge, api, workers, protection, ...stackProps } = props;
    super(scope, id, {
      description: `Prima ${config.stage}: alarms, alarm topic, per-tenant metrics, dashboard`,
      terminationProtection: config.terminationProtection,
      ...stackProps,
    });

    // CloudWatch can only publish to an encrypted topic whose key lets it: a small key of our own.
    const topicKey = new Key(this, 'AlarmTopicKey', {
      description: `Encrypts the Prima ${config.stage} alarm topic`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    topicKey.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'Alarms', {
      topicName: resourceName(config, 'alarms'),
      displayName: `Prima ${config.stage} alarms`,
      masterKey: topicKey,
      enforceSSL: true,
    });
    if (config.alarmEmail) this.topic.addSubscription(new EmailSubscription(config.alarmEmail));
    else {
      Annotations.of(this).addWarningV2(
        'prima:no-alarm-email',
        `No alarmEmail for stage ${config.stage}: alarms go to the topic, but nobody is subscribed to it.`,
      );
    }
    const action = new SnsAction(this.topic);

    const alarm = (
      id: string,
      metric: IMetric,
      threshold: number,
      description: string,
      evaluationPeriods = 1,
      datapointsToAlarm = evaluationPeriods,
    ) => {
      const a = new Alarm(this, id, {
        alarmName: resourceName(config, id.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()),
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods,
        datapointsToAlarm,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      a.addAlarmAction(action);
      a.addOkAction(action);
      this.alarms.push(a);
      return a;
    };

    const fiveMinutes = Duration.minutes(5);
    const httpApi = edge.httpApi;
    const api5xx = httpApi.metricServerError({ period: fiveMinutes, statistic: 'Sum' });
    const api4xx = httpApi.metricClientError({ period: fiveMinutes, statistic: 'Sum' });
    const apiCount = httpApi.metricCount({ period: fiveMinutes, statistic: 'Sum' });
    const apiP99 = httpApi.metricLatency({ period: fiveMinutes, statistic: 'p99' });
    const apiP50 = httpApi.metricLatency({ period: fiveMinutes, statistic: 'p50' });
    const fn = api.api.fn;

    alarm('Api5xx', api5xx, 5, 'The API answered 5 or more 5xx in 5 minutes (server errors: ours).');
    alarm(
      'ApiLatencyP99',
      apiP99,
      LATENCY_P99_MS,
      `API p99 latency at or above ${LATENCY_P99_MS} ms for 15 minutes.`,
      3,
    );
    alarm(
      'ApiFunctionErrors',
      fn.metricErrors({ period: fiveMinutes, statistic: 'Sum' }),
      5,
      'The API function failed 5 or more invocations in 5 minutes.',
    );
    alarm(
      'ApiThrottles',
      fn.metricThrottles({ period: fiveMinutes, statistic: 'Sum' }),
      1,
      'The API function was throttled (concurrency limit): requests were refused.',
    );

    const workerAlarms = (label: string, w: Worker) => {
      alarm(
        `${label}Dlq`,
        w.dlq.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }),
        1,
        `A ${label} run failed and landed in its dead-letter queue; inspect the message, then purge it.`,
      );
      alarm(
        `${label}Throttles`,
        w.fn.fn.metricThrottles({ period: fiveMinutes, statistic: 'Sum' }),
        1,
        `The ${label} was throttled.`,
      );
    };
    workerAlarms('SlaSweeper', workers.slaSweeper);
    workerAlarms('NotificationSender', workers.notificationSender);

    // Per-tenant metrics from the request log lines ({"message":"request","tenantId":…,"status":…}).
    const namespace = metricsNamespace(config);
    const requestLine = '$.message = "request" && $.tenantId = "*"';
    const filters = [
      { id: 'TenantRequests', metricName: 'Requests', pattern: `{ ${requestLine} }`, value: '1' },
      {
        id: 'TenantServerErrors',
        metricName: 'ServerErrors',
        pattern: `{ ${requestLine} && $.status >= 500 }`,
        value: '1',
      },
      {
        id: 'TenantClientErrors',
        metricName: 'ClientErrors',
        pattern: `{ ${requestLine} && $.status >= 400 && $.status < 500 }`,
        value: '1',
      },
      { id: 'TenantLatency', metricName: 'Latency', pattern: `{ ${requestLine} }`, value: '$.durationMs' },
    ];
    for (const f of filters) {
      new MetricFilter(this, f.id, {
        logGroup: api.api.logGroup,
        filterName: resourceName(config, f.metricName.toLowerCase()),
        filterPattern: FilterPattern.literal(f.pattern),
        metricNamespace: namespace,
        metricName: f.metricName,
        metricValue: f.value,
        dimensions: { tenantId: '$.tenantId' },
        unit: f.metricName === 'Latency' ? Unit.MILLISECONDS : Unit.COUNT,
      });
    }
    const perTenant = (metricName: string, stat: string, label: string) =>
      new MathExpression({
        expression: `SEARCH('{${namespace},tenantId} MetricName="${metricName}"', '${stat}', 300)`,
        label,
        period: fiveMinutes,
      });

    const table = data.table;
    const wafMetric = (rule: string) =>
      new Metric({
        namespace: 'AWS/WAFV2',
        metricName: 'BlockedRequests',
        dimensionsMap: { WebACL: resourceName(config, 'web'), Rule: rule },
        region: protection.region,
        statistic: 'Sum',
        period: fiveMinutes,
      });

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: resourceName(config, 'operations'),
      defaultInterval: Duration.hours(6),
    });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown: `# Prima ${config.stage}\nAPI, per-tenant traffic, DynamoDB, workers and WAF. Alarms mail ${config.alarmEmail ?? '(no alarmEmail set)'}.`,
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API requests and errors',
        left: [apiCount],
        right: [api4xx, api5xx],
        width: 8,
      }),
      new GraphWidget({ title: 'API latency (ms)', left: [apiP50, apiP99], width: 8 }),
      new GraphWidget({
        title: 'API function',
        left: [fn.metricInvocations({ period: fiveMinutes }), fn.metricErrors({ period: fiveMinutes })],
        right: [
          fn.metricThrottles({ period: fiveMinutes }),
          fn.metricDuration({ period: fiveMinutes, statistic: 'p99' }),
        ],
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Requests per tenant', left: [perTenant('Requests', 'Sum', '')], width: 8 }),
      new GraphWidget({ title: '5xx per tenant', left: [perTenant('ServerErrors', 'Sum', '')], width: 8 }),
      new GraphWidget({
        title: 'p99 latency per tenant (ms)',
        left: [perTenant('Latency', 'p99', '')],
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'DynamoDB capacity',
        left: [
          table.metricConsumedReadCapacityUnits({ period: fiveMinutes }),
          table.metricConsumedWriteCapacityUnits({ period: fiveMinutes }),
        ],
        right: [table.metricThrottledRequestsForOperations({ period: fiveMinutes })],
        width: 8,
      }),
      new GraphWidget({
        title: 'Workers',
        left: [
          workers.slaSweeper.fn.fn.metricErrors({ period: fiveMinutes, label: 'sweeper errors' }),
          workers.notificationSender.fn.fn.metricErrors({ period: fiveMinutes, label: 'sender errors' }),
        ],
        right: [
          workers.slaSweeper.dlq.metricApproximateNumberOfMessagesVisible({ label: 'sweeper DLQ' }),
          workers.notificationSender.dlq.metricApproximateNumberOfMessagesVisible({ label: 'sender DLQ' }),
        ],
        width: 8,
      }),
      new GraphWidget({
        title: 'WAF blocked requests (us-east-1)',
        left: ['rate-public-routes', 'rate-all', 'common-rule-set', 'known-bad-inputs', 'ip-reputation'].map(
          wafMetric,
        ),
        width: 8,
      }),
    );

    new CfnOutput(this, 'AlarmTopicArn', { value: this.topic.topicArn });
    new CfnOutput(this, 'DashboardName', { value: this.dashboard.dashboardName });
  }
}
